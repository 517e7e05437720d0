// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Transfer: one file copied between any two of a local file, a file on an NFS
// mount and a file on another mount (or standard input/output), as a job with
// progress (bytes, rate) and cancel. The command line and the window copy only
// through it.
//
// Nothing is ever left half-written under the real name: the data goes to a
// hidden temporary name beside the target, created exclusively
// (".NAME.nfsnav-XXXXXX"), and is renamed into place only when complete and
// durable. Uploads write FILE_SYNC, so every acknowledged WRITE is on stable
// storage, then the size on the server is checked; downloads are fsync()ed,
// checked and renamed, and the folder fsync()ed. An existing target is
// replaced only by that rename, never deleted first; with noClobber it is
// kept and the transfer fails. On failure or cancel the temporary file is
// removed. Standard output as the target is written straight through.
//
// The copy runs on the transfer pool and waits there on RemoteFile; the job
// lives on the thread that started it. The copy asks a Session for work
// through a SessionLink, but the files it opens there need the Session until
// the job has ended (TransferQueue's transfers own their sessions). Waits on the server notice a cancel within CancelPollMs; the
// clean-up a failed copy owes (removing its temporary file) has a short
// deadline of its own, and a temporary it could not remove is named in the
// error as a partial copy.
#include "fileinfo.h"
#include "job.h"
#include "nfsurl.h"
#include "transferconflict.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class PauseGate;
class Session;
class SessionLink;

struct TransferEndpoint
{
    enum class Kind { None, Local, Remote, StandardStream };
    Kind kind = Kind::None;
    QString localPath;          // Local
    std::shared_ptr<SessionLink> link; // Remote
    QByteArray remotePath;      // Remote: the full server path
    int dirFd = -1;             // Local, inside a tree copy: the opened folder (not owned)
    QByteArray name;            // and the name in it

    static TransferEndpoint local(const QString &path) { return {Kind::Local, path, {}, {}, -1, {}}; }
    // On the Session's thread (it links to the Session).
    static TransferEndpoint remote(Session *s, const QByteArray &path);
    static TransferEndpoint remote(std::shared_ptr<SessionLink> link, const QByteArray &path)
    {
        return {Kind::Remote, {}, std::move(link), path, -1, {}};
    }
    // Standard input as a source, standard output as a target.
    static TransferEndpoint standardStream() { return {Kind::StandardStream, {}, {}, {}, -1, {}}; }
    // `name` inside the opened folder `dirFd`, never through a symlink; `path` names it in messages.
    static TransferEndpoint localAt(int dirFd, const QByteArray &name, const QString &path)
    {
        return {Kind::Local, path, {}, {}, dirFd, name};
    }
    // How messages name it: a local path, or "nfs://host/path".
    QString display() const;
};

struct TransferOptions
{
    bool noClobber = false;       // never replace an existing target (nfsnav -n, --skip)
    bool keepBoth = false;        // an existing target stays; the copy becomes "name (1).ext" (--rename)
    // An existing target is replaced (by the final rename) without asking the
    // window's conflict dialog: a cache copy, an upload the user already confirmed.
    bool replace = false;
    // A partial copy beside a local target (a temporary file a killed or
    // failed copy left) is claimed and continued when it still matches the
    // source; else the copy starts over (--resume).
    bool resume = false;
    bool preserveTimes = true;    // the target gets the source's modification time
    bool preserveMode = true;     // and its permission bits
    // Copy even when the target's free space is smaller than the source
    // (it may shrink meanwhile, or the source be sparse on a server that stores holes).
    bool force = false;
};

// What the transfer queue gives a copy besides its job: where it waits while
// paused, and where its bytes are counted (any of them may be null).
struct TransferControl
{
    PauseGate *pause = nullptr;
    std::function<void(qint64 done, qint64 total)> onBytes;
    // Asked when the target exists and the options name no policy (the
    // window's dialog); may wait for the user. Unset: the target is replaced.
    std::function<TransferConflict::Choice(const TransferConflict &)> askConflict;
    // Set, when the copy succeeded, to where it ended up: the target given,
    // or "name (n).ext" beside it when both were kept.
    TransferEndpoint *madeAt = nullptr;
    // What the caller knows already, each saving a request per file in a tree
    // copy: the free bytes at a remote target's folder (no FSSTAT is asked),
    // and the source's attributes, from its folder's listing (no GETATTR).
    std::optional<quint64> knownFree;
    std::optional<FileInfo> knownSource;
};

class Transfer : public Job
{
    Q_OBJECT
public:
    // Starts at once; the caller owns the job.
    [[nodiscard]] static Transfer *copy(const TransferEndpoint &from, const TransferEndpoint &to,
                                        const TransferOptions &options = {});

    // The same copy done on the calling thread, which waits: for worker
    // threads (a tree copy, the queue). `job` gives the cancel flag; progress
    // goes to control.onBytes when set, else to `job`.
    static NfsError copyHere(const std::shared_ptr<JobCore> &job, const TransferEndpoint &from,
                             const TransferEndpoint &to, const TransferOptions &options,
                             const TransferControl &control = {});

    // How often waits on the server look whether the copy was cancelled.
    static constexpr int CancelPollMs = 50;
    // How long a failed or cancelled copy waits for its clean-up (CLOSE and
    // REMOVE of the temporary file) before it ends anyway, leaving the rest
    // to run in the background: well inside the second a cancel may take.
    static constexpr int CleanUpDeadlineMs = 500;
    // How much of a partial copy's end must match the source to go on from it.
    static constexpr qint64 ResumeCheckBytes = 64 * 1024;

    // Bytes copied so far and the source's size (0 when unknown), as progress() gives them.
    qint64 bytesDone() const { return progressValue().first; }
    // The average rate since the start, in bytes per second.
    double bytesPerSecond() const;

private:
    struct State;
    Transfer(std::shared_ptr<JobCore> core, std::shared_ptr<State> state);
    std::shared_ptr<State> m_state;
};
