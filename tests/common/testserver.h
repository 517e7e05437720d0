// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TestServer: where the suites find the real NFS server the CTest fixture
// started (tests/rig/nfs-server.sh), and small helpers shared by the suites.
// The suites run inside the server's network namespace, where it is 127.0.0.1.
#include "job.h"
#include "nfsurl.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class RemoteFile;
class Session;

namespace TestServer {
// The rig's state folder (NFSNAV_TEST_STATE); the suite is skipped without it.
QString stateDir();
bool available();
// The export holding the fixtures, as a URL for NFSv3 (Path /srv/test) or
// NFSv4 (Pseudo /pseudo/test), with `sub` appended ("big", "scratch/x"...).
NfsUrl url(int version, const QByteArray &sub = {}, const QString &extraArgs = {});
QString urlText(int version, const QByteArray &sub = {}, const QString &extraArgs = {});
// The full server path of `sub` for that version ("/srv/test/sub" or "/pseudo/test/sub").
QByteArray path(int version, const QByteArray &sub = {});
// The same place as seen on the server's own disk (for checks behind NFS's back).
QString localPath(const QByteArray &sub = {});
// A folder name under scratch/ unique to this run, test function and row.
QByteArray scratchName(const char *tag);
// Runs the rig script (drop, undrop, freeze, thaw, restart) on this server; true on success.
bool rig(const QStringList &args);
// Creates a file with `content` through NFS (libnfs's nfs-cp over NFSv3), for
// suites that need files before RemoteFile exists to make them.
bool putFile(const QByteArray &sub, const QByteArray &content);
// The _data() rows of every suite that talks NFS: "v3" and "v4" in an int column "version".
void addVersions();

// nfsnav in the build tree (NFSNAV_BIN_DIR), run to its end.
struct ToolResult
{
    int code = -1;        // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};
QString nfsnavPath();
// Runs nfsnav with `args`; the NFSNAV_* defaults of the caller's environment
// are left out, and `env` ("NAME=value") is added.
ToolResult runNfsnav(const QStringList &args, const QStringList &env = {}, int timeoutMs = 300000);
// A folder (and its parents) on the NFSv3 export, made with `nfsnav mkdir -p`.
bool makeFolder(const QByteArray &sub);

// A local file's bytes ("<missing>" if it cannot be read), and writing one whole.
QByteArray readLocal(const QString &path);
bool writeLocal(const QString &path, const QByteArray &data);

// Reads an open RemoteFile to its end, on a thread without an event loop;
// "<error>" or "<stalled>" (nothing for 30 s) is appended when it could not.
QByteArray readRemote(RemoteFile &file);
// A file's bytes read through `session` ("<missing>" when it does not open),
// and a file written whole through it (true on success).
QByteArray getRemote(Session *session, const QByteArray &path);
bool putRemote(Session *session, const QByteArray &path, const QByteArray &bytes);
// Reproducible pseudo-random bytes, and their SHA-256 in hex.
QByteArray randomBytes(qint64 n, quint32 seed);
QByteArray sha256(const QByteArray &data);

// Waits for a job with a deadline; false when it did not end in time.
bool finishes(Job *job, int timeoutMs = 30000);
// Takes `job`, waits for its end and gives it back; a job that does not end
// within the deadline ends the suite.
template<typename J>
std::unique_ptr<J> awaited(J *job, int timeoutMs = 60000)
{
    std::unique_ptr<J> owned(job);
    if (!finishes(job, timeoutMs))
        qFatal("job did not finish in time");
    return owned;
}
}
