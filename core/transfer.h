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
// The copy runs on a thread of its own and waits there on RemoteFile; the job
// lives on the thread that started it. The Sessions must outlive the job's end.
#include "job.h"

#include <QString>

#include <functional>

class Session;

struct TransferEndpoint
{
    enum class Kind { None, Local, Remote, StandardStream };
    Kind kind = Kind::None;
    QString localPath;          // Local
    Session *session = nullptr; // Remote
    QByteArray remotePath;      // Remote: the full server path
    int dirFd = -1;             // Local, inside a tree copy: the opened folder (not owned)
    QByteArray name;            // and the name in it

    static TransferEndpoint local(const QString &path) { return {Kind::Local, path, nullptr, {}, -1, {}}; }
    static TransferEndpoint remote(Session *s, const QByteArray &path) { return {Kind::Remote, {}, s, path, -1, {}}; }
    // Standard input as a source, standard output as a target.
    static TransferEndpoint standardStream() { return {Kind::StandardStream, {}, nullptr, {}, -1, {}}; }
    // `name` inside the opened folder `dirFd`, never through a symlink; `path` names it in messages.
    static TransferEndpoint localAt(int dirFd, const QByteArray &name, const QString &path)
    {
        return {Kind::Local, path, nullptr, {}, dirFd, name};
    }
    // How messages name it: a local path, or "nfs://host/path".
    QString display() const;
};

struct TransferOptions
{
    bool noClobber = false;       // never replace an existing target
    bool preserveTimes = true;    // the target gets the source's modification time
    bool preserveMode = true;     // and its permission bits
};

class Transfer : public Job
{
    Q_OBJECT
public:
    // Starts at once; the caller owns the job.
    [[nodiscard]] static Transfer *copy(const TransferEndpoint &from, const TransferEndpoint &to,
                                        const TransferOptions &options = {});

    // The same copy done on the calling thread, which waits: for worker
    // threads (a tree copy). `job` gives the cancel flag; progress goes to `onBytes`.
    static NfsError copyHere(const std::shared_ptr<JobCore> &job, const TransferEndpoint &from,
                             const TransferEndpoint &to, const TransferOptions &options,
                             const std::function<void(qint64 done, qint64 total)> &onBytes);

    // Bytes copied so far and the source's size (0 when unknown), as progress() gives them.
    qint64 bytesDone() const { return progressValue().first; }
    // The average rate since the start, in bytes per second.
    double bytesPerSecond() const;

private:
    struct State;
    Transfer(std::shared_ptr<JobCore> core, std::shared_ptr<State> state);
    std::shared_ptr<State> m_state;
};
