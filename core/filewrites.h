// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FileWrites: the WRITE side of a RemoteFileBackend, private to the core. It
// sends the pieces writeplan.h cuts from the FileCore's pending writes on the
// file's handle, and makes them durable before the handle goes: a durable
// upload over NFSv3 as UNSTABLE WRITEs and COMMITs whose verifiers are checked
// (verifiedwrites.h), over NFSv4 as FILE_SYNC WRITEs; other writes with one
// COMMIT at the end. Session thread only.
#include "filecore.h"
#include "nfserror.h"
#include "verifiedwrites.h"

#include <QByteArray>

#include <functional>
#include <memory>

class Connection;
class SessionWorker;
struct nfsfh;

class FileWrites : public std::enable_shared_from_this<FileWrites>
{
public:
    struct Hooks
    {
        std::function<void(qint64 bytes)> landed;        // acknowledged by the server
        std::function<void(const NfsError &)> failed;    // the file fails
        std::function<void()> kick;                      // the backend should look again
    };
    FileWrites(SessionWorker *worker, std::shared_ptr<FileCore> core, Hooks hooks);

    // The handle WRITEs go on: on `own` when not null, bound to `connection`.
    void setHandle(nfsfh *fh, Connection *own, quint64 connection);
    // Sends what the plan allows now.
    void issue();
    // The file closes: true once nothing is in flight and every WRITE is
    // durable; else what makes them durable goes (or is under way).
    bool settle();
    // A WRITE or COMMIT is in flight: the handle must not be freed.
    bool busy() const { return m_writes > 0 || m_verify.commitOut() || m_syncOut; }
    // The connection is gone: nothing is in flight any more.
    void abandon() { m_writes = 0; }

private:
    bool verifies() const;
    void writeStable(const FileCore::Write &piece);
    void writeUnstable(const FileCore::Write &piece);
    void landed(const FileCore::Write &piece, qint64 acknowledged);
    void writeFailed(const FileCore::Write &piece, const NfsError &e);
    void maybeCommit(bool closing);
    void syncAtClose();

    SessionWorker *m_worker;
    std::shared_ptr<FileCore> m_core;
    Hooks m_hooks;
    nfsfh *m_fh = nullptr;
    Connection *m_own = nullptr;
    quint64 m_connection = 0;
    QByteArray m_handle;      // the NFSv3 file handle, for the raw WRITEs and COMMITs
    int m_writes = 0;         // in flight
    bool m_dirty = false;     // written since open, not made durable by a COMMIT at the end
    bool m_syncOut = false;   // that COMMIT is in flight
    VerifiedWrites m_verify;
};
