#pragma once
// SessionWorker: the half of a Session that lives on the session thread and
// alone touches its libnfs contexts. Private to the core.
#include "exportlist.h"
#include "job.h"
#include "nfserror.h"
#include "nfsurl.h"
#include "session.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <list>
#include <map>
#include <set>
#include <vector>
#include <memory>

struct nfs_context;
struct rpc_context;
struct nfsfh;
class RpcPump;
class RemoteFileBackend;

class SessionWorker : public QObject
{
    Q_OBJECT
public:
    // One libnfs call waiting for its answer, or waiting for the mount.
    struct Request
    {
        // Starts the call on `ctx`; `inside` maps a full server path to one
        // inside the mount. Returns libnfs's result (< 0: not started).
        using Starter = std::function<int(nfs_context *ctx, const std::function<QByteArray(const QByteArray &)> &inside,
                                          void *priv)>;
        // Success: turns libnfs's data into the job's value and finishes it.
        using Finisher = std::function<void(nfs_context *ctx, void *data)>;
        // Success, for calls whose status carries a count (READ, WRITE).
        using CountFinisher = std::function<void(nfs_context *ctx, void *data, int status)>;

        NfsError::Operation op = NfsError::Operation::Other;
        QList<QByteArray> paths;          // full server paths; the first names the error
        std::shared_ptr<JobCore> core;
        Starter start;
        Finisher done;
        CountFinisher doneWithStatus;     // used instead of done when set
        QDeadlineTimer deadline;          // while it waits for a mount
        SessionWorker *worker = nullptr;
        struct Connection *connection = nullptr;
        bool abandoned = false;           // timed out or cancelled; the reply is discarded
        quint64 connectionId = 0;         // non-zero: only valid on that connection (file handles)
        bool holdsSeqid = false;          // an NFSv4 OPEN or CLOSE: one at a time (see issue())
        struct Connection *target = nullptr;   // a file's own context, instead of the session's
        // The paths' folders were made real (see makePathsReal()); a
        // path to its real form where they differ, for `inside`.
        bool pathsReal = false;
        QHash<QByteArray, QByteArray> realPath;
        // An lstat on behalf of a request of kind `op` (for its words): its
        // reply holds attributes only, whatever `op` says.
        bool attributesOnly = false;
    };

    SessionWorker(Session *session, const NfsUrl &url);
    ~SessionWorker() override;

    // Session thread only, reached through queued calls from Session.
    void submit(Request *request);
    void submitMount(std::shared_ptr<ResultCore<MountInfo>> core);
    void submitExports(std::shared_ptr<ResultCore<ExportList>> core);
    void stat(std::shared_ptr<ResultCore<FileInfo>> core, const QByteArray &path, bool follow);
    void list(std::shared_ptr<ListingCore> core, const QByteArray &path, bool follow);
    void mkdir(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode);
    void rmdir(std::shared_ptr<JobCore> core, const QByteArray &path);
    void unlink(std::shared_ptr<JobCore> core, const QByteArray &path);
    void rename(std::shared_ptr<JobCore> core, const QByteArray &from, const QByteArray &to);
    void statvfs(std::shared_ptr<ResultCore<FsStats>> core, const QByteArray &path);
    void chmod(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode);
    void chown(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 uid, quint32 gid, bool follow);
    void utimes(std::shared_ptr<JobCore> core, const QByteArray &path, qint64 atimeNs, qint64 mtimeNs, bool follow);
    void symlink(std::shared_ptr<JobCore> core, const QByteArray &target, const QByteArray &linkPath);
    void readlink(std::shared_ptr<ResultCore<QByteArray>> core, const QByteArray &path);
    void link(std::shared_ptr<JobCore> core, const QByteArray &existing, const QByteArray &newPath);
    void truncate(std::shared_ptr<JobCore> core, const QByteArray &path, quint64 size);
    void createFile(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode, bool exclusive);
    // createFile's second half over NFSv4: mode and times.
    void settleCreated(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode);
    void access(std::shared_ptr<ResultCore<int>> core, const QByteArray &path);

    static void onNfsReply(int status, nfs_context *ctx, void *data, void *priv);

    // For RemoteFileBackend, on the session thread.
    void enqueue(NfsError::Operation op, QList<QByteArray> paths, std::shared_ptr<JobCore> core,
                 Request::Starter start, Request::Finisher done);
    void submitOn(Request *request) { submit(request); }
    // The mounted connection's id, 0 when there is none.
    quint64 connectionId() const;
    static quint64 connectionIdOf(const struct Connection *connection);
    // The server's READ or WRITE size for this mount (0 when libnfs does not know: NFSv4).
    quint64 chunkLimit(bool forWrite) const;
    int version() const { return m_url.version(); }
    NfsError connectionLost(NfsError::Operation op, const QByteArray &path) const;
    // NFSv4 keeps one open state per open-owner and file, and libnfs 4.0 one
    // open-owner per context: two opens of a file would share it, and the
    // first CLOSE would end both (libnfs 4.0 does not count them). So over
    // NFSv4 a file is open once per context: claimOpen() says whether the
    // session's own context is free for `path`; if not, the file gets a
    // context of its own (openOwnConnection).
    bool claimOpen(const QByteArray &path);
    void releaseOpen(const QByteArray &path);
    // A context of its own, mounted like the session's; `ready` gets its id,
    // or 0 and the error. It goes with closeOwnConnection().
    struct Connection *openOwnConnection(std::function<void(quint64 id, const NfsError &error)> ready);
    void closeOwnConnection(struct Connection *connection);
    // A handle on a lost connection: freed once that connection is destroyed
    // (libnfs may still touch it until then; destroying never frees it).
    void discardHandle(quint64 connection, nfsfh *fh);
    // Open files: the worker keeps their backends until their handles are closed.
    void adoptFile(std::shared_ptr<RemoteFileBackend> file);
    void forgetFile(RemoteFileBackend *file);

private:
    struct ExportQuery;
    // As many symlink hops as Linux allows before ELOOP; "none" refuses a symlink.
    static constexpr int MaxSymlinkHops = 40;
    static constexpr int NoSymlinkHops = -1;
    // lstat of `path`, following symlinks ourselves (a bounded READLINK each,
    // at most `hopsLeft`), then `then` with the path reached and its attributes.
    // Errors end `core`, worded for `op` and the path first `asked`.
    void resolve(std::shared_ptr<JobCore> core, NfsError::Operation op, const QByteArray &asked,
                 const QByteArray &path, int hopsLeft, std::function<void(const QByteArray &, const FileInfo &)> then);
    void openFolder(std::shared_ptr<ListingCore> core, const QByteArray &path);
    // lstat of `path` for a request of kind `op`; `then` gets its attributes
    // under the name of `nameFrom`. `pathsReal`: its folder is known real.
    void lstatFor(std::shared_ptr<JobCore> core, NfsError::Operation op, const QByteArray &path,
                  const QByteArray &nameFrom, bool pathsReal, std::function<void(const FileInfo &)> then);
    // libnfs 4.0 follows a symlink inside a path badly: over NFSv4 it reads
    // the target past the end of the reply (and leaks when it leads nowhere);
    // over NFSv3, after an absolute target it drops the rest of the path and
    // answers for the wrong object. So before a request by path goes out, the
    // folder holding each path is made "real", free of symlinks, by our own
    // lstat and bounded READLINK, component by component below the export's
    // root; the request then names the real path. What was learnt is kept for
    // KnownFolderMs, and forgotten when the session changes a name at or above it.
    void makePathsReal(std::shared_ptr<std::unique_ptr<Request>> pending, qsizetype index);
    void realFolder(std::shared_ptr<JobCore> core, NfsError::Operation op, const QByteArray &asked, int hopsLeft,
                    std::function<void(const QByteArray &real)> then);
    // What was learnt about `path` or anything below it, as asked or as real.
    void forgetFolders(const QByteArray &path);
    static constexpr int KnownFolderMs = 5000;
    struct KnownFolder
    {
        QByteArray real;
        QDeadlineTimer expires;
    };
    QHash<QByteArray, KnownFolder> m_knownFolders;   // asked folder path -> real path
    QByteArray m_exportRoot = QByteArrayLiteral("/");   // of the last mount; paths are resolved below it
    void readTarget(std::shared_ptr<JobCore> core, const QByteArray &path, quint64 size,
                    std::function<void(const QByteArray &)> then);
    // Reads the target of the symlink `link` (of `size` bytes) and gives `then`
    // the path it leads to, normalised; a target outside the server's tree ends `core`.
    void followLink(std::shared_ptr<JobCore> core, const QByteArray &link, quint64 size,
                    std::function<void(const QByteArray &)> then);
    // NFSv4: runs `then` unless `path` is a symlink, which ends `core` with an
    // explanation. False (and nothing done) for NFSv3.
    bool onlyWithoutLink(std::shared_ptr<JobCore> core, const QByteArray &path, std::function<void()> then);
    // Adds what libnfs 4.0's own limits explain to a server's error.
    NfsError explain(const NfsError &error, NfsError::Operation op) const;
    void setState(Session::State state);
    void startMount();
    void mountNextCandidate();
    void onMountReply(int status, const char *message);
    void mountFailed(const NfsError &error);
    void mounted();
    void issue(Request *request, struct Connection *on = nullptr);
    struct Connection *connectTo(const QByteArray &exportPath, std::function<void(int, const char *)> onMount,
                                 NfsError *error);
    void statvfsOnOwnMount(std::shared_ptr<ResultCore<FsStats>> core, const QByteArray &path);
    void failRequest(Request *request, const NfsError &error);
    void releaseSeqid(Request *request);
    void retire(Connection *connection, const NfsError &reason);
    void destroy(Connection *connection);
    void watchdog();
    void queryExports(std::function<void(const NfsError &, const ExportList &)> done);
    void finishExportQuery(ExportQuery *query, const NfsError &error, const ExportList &list);
    nfs_context *newContext();
    QString server() const { return m_url.host(); }
    int timeoutSeconds() const { return m_url.timeoutSeconds(); }

    Session *m_session;                     // only for its atomics
    NfsUrl m_url;
    Connection *m_connection = nullptr;     // the current one, mounted or mounting
    std::list<Connection *> m_auxiliary;    // short-lived ones for single questions
    std::list<Connection *> m_dying;
    std::list<std::shared_ptr<RemoteFileBackend>> m_files;
    std::multimap<quint64, nfsfh *> m_deadHandles;   // by connection id
    std::set<QByteArray> m_v4Opens;         // paths open on the session's own context
    bool m_seqidBusy = false;               // an NFSv4 OPEN or CLOSE is out
    std::list<Request *> m_seqidQueue;      // OPENs and CLOSEs waiting for it        // retired, destroyed on the next turn of the loop
    std::list<std::unique_ptr<Request>> m_waiting;                 // waiting for the mount
    std::list<std::shared_ptr<ResultCore<MountInfo>>> m_mountWaiters;
    QList<QByteArray> m_candidates;         // exports still to try
    NfsError m_firstMountError;             // the most telling failure among candidates
    bool m_mounting = false;
    bool m_closing = false;                 // in the destructor
    int m_failures = 0;                     // consecutive failed mounts, for back-off
    QDeadlineTimer m_backoff;
    QTimer m_mountDeadline;
    QTimer m_watchdog;
    QTimer m_backoffTimer;
    std::list<ExportQuery *> m_exportQueries;
    std::list<ExportQuery *> m_endedExportQueries;   // to be destroyed
    bool m_haveExportList = false;
    ExportList m_exportList;
};
