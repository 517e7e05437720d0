// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Session: one mount of one NFS export ("context-full" access).
//
// A Session owns a worker thread on which its libnfs context is created, used
// and destroyed, driven by libnfs's async API from that thread's event loop.
// Every operation returns a job that lives on the caller's thread and ends
// exactly once; the caller owns it. Paths are the server's full paths as bytes
// (what NfsUrl::path() gives), the export prefix included: the session knows
// which export it mounted and maps them. The first operation mounts; a lost
// connection is remounted on the next operation, with back-off after failures.
// The operations may be called from any thread while the Session exists; each
// job belongs to the thread that asked for it (a worker thread without an event
// loop waits on it with Job::wait()). Construction and destruction happen on
// one thread.
#include "directorylisting.h"
#include "exportlist.h"
#include "fileinfo.h"
#include "fsstats.h"
#include "job.h"
#include "nfsurl.h"

#include <QIODevice>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>

class SessionWorker;
class SessionOperations;
class RemoteFile;

// A whole small file for Session::putSmallFile.
struct SmallFile
{
    QByteArray path;          // where it goes; nothing may be there
    QByteArray temporary;     // the name it is written under first, beside `path`
    QByteArray data;
    quint32 mode = 0644;
    qint64 atimeNs = 0;       // nanoseconds since the epoch
    qint64 mtimeNs = 0;
    bool lookBeforeRename = false;   // never replace a file made meanwhile
};

struct MountInfo
{
    QByteArray exportPath;   // what was mounted ("/" for an NFSv4 pseudo root)
    int version = 3;
    quint64 readMax = 0;     // 0 when libnfs does not know (NFSv4)
    quint64 writeMax = 0;
};
Q_DECLARE_METATYPE(MountInfo)

using StatJob = ResultJob<FileInfo>;
using StatvfsJob = ResultJob<FsStats>;
using MountJob = ResultJob<MountInfo>;
using ExportListJob = ResultJob<ExportList>;
using ReadlinkJob = ResultJob<QByteArray>;
using AccessJob = ResultJob<int>;

class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, NotAnswering, Lost };
    Q_ENUM(State)

    // Where an NFSv3 session mounts: the export that holds the URL's path, or
    // the URL's folder itself. libnfs 4.0 looks every path up from its mount's
    // root, one LOOKUP per folder on the way: a session mounted at a folder
    // reaches its entries with one. It cannot reach anything outside that
    // folder; a server that refuses to mount the folder gets the export
    // mounted instead. NFSv4 always mounts its pseudo root.
    enum class MountPoint { Export, Folder };

    // Only the server part and options of `url` matter, and its path chooses
    // the export for NFSv3. `url` must be valid.
    explicit Session(const NfsUrl &url, QObject *parent = nullptr, MountPoint mountPoint = MountPoint::Export);
    ~Session() override;

    const NfsUrl &url() const { return m_url; }
    // The host as messages name it.
    QString server() const { return m_url.host(); }
    State state() const { return static_cast<State>(m_state.load()); }

    [[nodiscard]] MountJob *mount();
    [[nodiscard]] StatJob *stat(const QByteArray &path);
    [[nodiscard]] StatJob *lstat(const QByteArray &path);
    // A folder's entries. With `follow` a symlink to a folder is listed as the
    // folder; without, a symlink is refused (recursive walks never go through one).
    [[nodiscard]] DirectoryListing *list(const QByteArray &path, bool follow = true);
    // A folder's names only, following a symlink to it: over NFSv3 plain READDIR,
    // a fraction of the server's work per entry. Each entry has its name and
    // inode number, the type Unknown and no other attributes (over NFSv4 and
    // with libnfs's folder cache it has them all: the full listing is sent).
    [[nodiscard]] DirectoryListing *listNames(const QByteArray &path);
    [[nodiscard]] Job *mkdir(const QByteArray &path, quint32 mode = 0755);
    [[nodiscard]] Job *rmdir(const QByteArray &path);
    [[nodiscard]] Job *unlink(const QByteArray &path);
    [[nodiscard]] Job *rename(const QByteArray &from, const QByteArray &to);
    [[nodiscard]] StatvfsJob *statvfs(const QByteArray &path);
    [[nodiscard]] Job *chmod(const QByteArray &path, quint32 mode);
    // Numeric ids. With follow false a symlink itself is changed.
    [[nodiscard]] Job *chown(const QByteArray &path, quint32 uid, quint32 gid, bool follow = true);
    // Times in nanoseconds since the epoch (the server may keep microseconds).
    [[nodiscard]] Job *utimes(const QByteArray &path, qint64 atimeNs, qint64 mtimeNs, bool follow = true);
    // Creates `linkPath` holding the text `target` (dangling or not).
    [[nodiscard]] Job *symlink(const QByteArray &target, const QByteArray &linkPath);
    // The target text of a symlink.
    [[nodiscard]] ReadlinkJob *readlink(const QByteArray &path);
    [[nodiscard]] Job *link(const QByteArray &existing, const QByteArray &newPath);
    [[nodiscard]] Job *truncate(const QByteArray &path, quint64 size);
    // Creates an empty file (opened with O_CREAT and closed at once); with
    // exclusive false an existing file is left as it is. Over NFSv4 the mode
    // and times (now) are set afterwards: libnfs 4.0 sends no SETATTR after
    // its create, leaving the server's verifier in the times.
    [[nodiscard]] Job *createFile(const QByteArray &path, quint32 mode = 0644, bool exclusive = true);
    // A whole small file, the durable way, with every request on file handles
    // (NFSv3; NotSupported over NFSv4): written FILE_SYNC under its temporary
    // name with its mode and times, its size checked, renamed. Ends with Exists
    // when `path` exists (nothing made), and on any failure with nothing left
    // behind. Many small files take a third of the requests this way.
    [[nodiscard]] Job *putSmallFile(const SmallFile &file);
    // What the server lets this uid do: a mask of R_OK, W_OK and X_OK.
    [[nodiscard]] AccessJob *access(const QByteArray &path);
    // The server's NFSv3 export list (MOUNT EXPORT), with its own deadline; no mount needed.
    [[nodiscard]] ExportListJob *exports();

    // Opens a file on this mount; the caller owns the device (see RemoteFile).
    // `mode` as Python's ("r", "w+", ...) or a QIODevice::OpenMode.
    [[nodiscard]] RemoteFile *open(const QByteArray &path, QIODevice::OpenMode mode);
    [[nodiscard]] RemoteFile *open(const QByteArray &path, const QString &mode);

Q_SIGNALS:
    void stateChanged(Session::State state);
    // Emitted at the start of the destructor, on the destroying thread, while
    // operations may still be asked for: helpers that ask from other threads
    // connect with Qt::DirectConnection and stop asking.
    void aboutToClose();

private:
    friend class SessionWorker;
    friend class RemoteFile;
    // Makes the job for `fn`'s kind of core and posts the call with `args`
    // to the session thread: each operation is declared once, in SessionOperations.
    template<typename Core, typename... Params, typename... Args>
    auto ask(void (SessionOperations::*fn)(std::shared_ptr<Core>, Params...), Args &&...args);

    // Posts `fn` to the worker's thread, from any thread; false, and nothing
    // posted, once the destructor has begun. A post racing the end of the
    // thread reached its event dispatcher while Qt deleted it (a crash in
    // QEventDispatcherGlib::wakeUp when a copy's thread closed its file as
    // the program ended).
    template<typename Fn>
    bool post(Fn &&fn)
    {
        QMutexLocker lock(&m_postMutex);
        if (m_closed)
            return false;
        QMetaObject::invokeMethod(m_worker, std::forward<Fn>(fn), Qt::QueuedConnection);
        return true;
    }

    NfsUrl m_url;
    QThread m_thread;
    SessionWorker *m_worker = nullptr;   // lives on m_thread
    QMutex m_postMutex;
    bool m_closed = false;               // under m_postMutex
    std::atomic<int> m_state{int(State::Idle)};
};
