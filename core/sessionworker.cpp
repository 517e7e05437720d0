#include "sessionworker.h"

#include "displayname.h"
#include "logging.h"
#include "remotefilebackend.h"
#include "rpcpump.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <sys/time.h>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-mount.h>
#include <nfsc/libnfs-raw-nfs.h>

// Exported by libnfs 4.0 but declared in no header.
extern "C" void rpc_set_timeout(struct rpc_context *rpc, int timeout_ms);
extern "C" void nfs_free_nfsfh(struct nfsfh *nfsfh);
extern "C" void rpc_set_tcp_syncnt(struct rpc_context *rpc, int v);

using Op = NfsError::Operation;

// One libnfs context and what is in flight on it.
struct Connection
{
    quint64 id = 0;              // file handles are valid on this connection only
    SessionWorker *worker = nullptr;
    nfs_context *ctx = nullptr;
    RpcPump *pump = nullptr;
    QByteArray exportPath;       // mounted, or being tried
    bool mounted = false;
    bool retired = false;        // no new calls; replies are discarded
    NfsError retiredBecause;
    std::function<void(int status, const char *message)> onMount;
    std::shared_ptr<QObject> keepAlive;   // what lives as long as this connection
    std::list<SessionWorker::Request *> inflight;

    int live() const
    {
        int n = 0;
        for (const auto *r : inflight)
            n += r->abandoned ? 0 : 1;
        return n;
    }
};

// One MOUNT EXPORT query on a raw rpc_context of its own.
struct SessionWorker::ExportQuery
{
    SessionWorker *self = nullptr;
    rpc_context *rpc = nullptr;
    RpcPump *pump = nullptr;
    QTimer *deadline = nullptr;
    std::function<void(const NfsError &, const ExportList &)> done;
    bool finished = false;
};

namespace {

// How long a stalled connection counts as "not answering" before the requests
// in flight time out: long enough not to flicker on a busy server.
constexpr int NotAnsweringAfterMs = 2000;
constexpr int WatchdogIntervalMs = 100;
constexpr int MaxBackoffMs = 30000;
// The kernel's default SYN retries take minutes against a silent host; two
// retries (about 7 s) stay within our own connect deadline.
constexpr int TcpSynRetries = 2;
// The first listing batch is small so a view shows rows at once; later ones
// are large so a big folder costs few model inserts.
constexpr qsizetype FirstListingBatch = 256;
constexpr qsizetype ListingBatch = 4096;

FileInfo fileInfoFromStat(const QByteArray &path, const nfs_stat_64 *st)
{
    FileInfo info;
    const qsizetype slash = path.lastIndexOf('/');
    info.name = path == "/" ? QByteArray("/") : path.mid(slash + 1);
    info.type = FileInfo::typeFromMode(st->nfs_mode);
    info.mode = quint32(st->nfs_mode & 07777);
    info.uid = quint32(st->nfs_uid);
    info.gid = quint32(st->nfs_gid);
    info.links = quint32(st->nfs_nlink);
    info.size = st->nfs_size;
    info.inode = st->nfs_ino;
    info.atimeNs = qint64(st->nfs_atime) * 1000000000 + qint64(st->nfs_atime_nsec);
    info.mtimeNs = qint64(st->nfs_mtime) * 1000000000 + qint64(st->nfs_mtime_nsec);
    info.ctimeNs = qint64(st->nfs_ctime) * 1000000000 + qint64(st->nfs_ctime_nsec);
    return info;
}

FileInfo::Type typeFromNfs3(uint32_t type)
{
    switch (type) {
    case NF3REG: return FileInfo::Type::File;
    case NF3DIR: return FileInfo::Type::Directory;
    case NF3LNK: return FileInfo::Type::Symlink;
    case NF3BLK: return FileInfo::Type::BlockDevice;
    case NF3CHR: return FileInfo::Type::CharDevice;
    case NF3FIFO: return FileInfo::Type::Fifo;
    case NF3SOCK: return FileInfo::Type::Socket;
    default: return FileInfo::Type::Unknown;
    }
}

FileInfo fileInfoFromDirent(const nfsdirent *e)
{
    FileInfo info;
    info.name = QByteArray(e->name);
    info.type = typeFromNfs3(e->type);
    if (info.type == FileInfo::Type::Unknown)
        info.type = FileInfo::typeFromMode(e->mode);
    info.mode = e->mode & 07777;
    info.uid = e->uid;
    info.gid = e->gid;
    info.links = e->nlink;
    info.size = e->size;
    info.inode = e->inode;
    info.atimeNs = qint64(e->atime.tv_sec) * 1000000000 + qint64(e->atime_nsec);
    info.mtimeNs = qint64(e->mtime.tv_sec) * 1000000000 + qint64(e->mtime_nsec);
    info.ctimeNs = qint64(e->ctime.tv_sec) * 1000000000 + qint64(e->ctime_nsec);
    return info;
}

// Each NFSv4 context needs a client name of its own: libnfs 4.0's default
// repeats within a second, and the server then drops the other context's state.
QByteArray uniqueClientName()
{
    static std::atomic<quint32> counter{0};
    return QByteArrayLiteral("nfsnav-") + QByteArray::number(qint64(::getpid())) + '-'
        + QByteArray::number(counter.fetch_add(1)) + '-'
        + QByteArray::number(QRandomGenerator::global()->generate(), 16);
}

// libnfs 4.0 starts every context's transaction ids from the same kind of
// seed, and as root it binds the same few reserved ports again and again. A
// new context on a recently used port then repeats an old context's
// (port, xid) pairs, which the server's duplicate request cache takes for
// retransmissions: it drops them or answers with an old reply. Each context
// starts somewhere random instead.
void randomiseXid(rpc_context *rpc)
{
    rpc_set_next_xid(rpc, QRandomGenerator::global()->generate());
}

} // namespace

SessionWorker::SessionWorker(Session *session, const NfsUrl &url)
    : m_session(session), m_url(url)
{
    // Members, so they must be children to move to the session thread with us.
    m_mountDeadline.setParent(this);
    m_watchdog.setParent(this);
    m_backoffTimer.setParent(this);
    m_mountDeadline.setSingleShot(true);
    connect(&m_mountDeadline, &QTimer::timeout, this, [this] {
        if (m_connection && !m_connection->mounted) {
            const NfsError e = NfsError::timeout(Op::Mount, m_connection->exportPath, server(), timeoutSeconds());
            retire(m_connection, e);
            m_candidates.clear();
            mountFailed(e);
        }
    });
    m_watchdog.setInterval(WatchdogIntervalMs);
    connect(&m_watchdog, &QTimer::timeout, this, &SessionWorker::watchdog);
    m_backoffTimer.setSingleShot(true);
    connect(&m_backoffTimer, &QTimer::timeout, this, &SessionWorker::startMount);
}

SessionWorker::~SessionWorker()
{
    // From here on nothing starts: an export query's ending must not begin a mount.
    m_closing = true;
    const NfsError closed(NfsError::Kind::Cancelled, ECANCELED, tr("The session was closed"));
    auto queries = std::move(m_exportQueries);
    for (ExportQuery *q : queries) {
        q->finished = true;
        q->pump->detach();
        rpc_destroy_context(q->rpc);
        q->done(closed, {});
        delete q;
    }
    for (ExportQuery *q : std::exchange(m_endedExportQueries, {})) {
        rpc_destroy_context(q->rpc);
        delete q;
    }
    for (auto &r : m_waiting)
        r->core->finish(closed);
    m_waiting.clear();
    for (Request *r : m_seqidQueue) {
        r->core->finish(closed);
        delete r;
    }
    m_seqidQueue.clear();
    auto files = std::move(m_files);
    for (auto &f : files)
        f->abandon(closed);
    for (auto &w : m_mountWaiters)
        w->finish(closed);
    m_mountWaiters.clear();
    std::list<Connection *> live = std::move(m_auxiliary);
    if (m_connection)
        live.push_back(m_connection);
    m_connection = nullptr;
    for (Connection *c : live) {
        c->retired = true;
        c->retiredBecause = closed;
        destroy(c);
    }
    for (Connection *c : m_dying)
        destroy(c);
    m_dying.clear();
    for (const auto &[id, fh] : m_deadHandles)
        nfs_free_nfsfh(fh);
    m_deadHandles.clear();
}

void SessionWorker::setState(Session::State state)
{
    if (m_session->m_state.exchange(int(state)) != int(state)) {
        qCDebug(lcSession) << server() << "is now" << state;
        QMetaObject::invokeMethod(m_session, [s = m_session, state] { Q_EMIT s->stateChanged(state); },
                                  Qt::QueuedConnection);
    }
}

nfs_context *SessionWorker::newContext()
{
    nfs_context *ctx = nfs_init_context();
    if (!ctx)
        return nullptr;
    // libnfs sets the NFS and MOUNT ports and a few options only as a side
    // effect of parsing a URL; nothing else of this URL is used.
    QByteArray args;
    auto add = [&](const char *key, qint64 value) {
        args += (args.isEmpty() ? '?' : '&') + QByteArray(key) + '=' + QByteArray::number(value);
    };
    if (m_url.nfsPort())
        add("nfsport", m_url.nfsPort());
    if (m_url.mountPort())
        add("mountport", m_url.mountPort());
    if (m_url.autoTraverseMounts())
        add("auto-traverse-mounts", *m_url.autoTraverseMounts() ? 1 : 0);
    if (!args.isEmpty()) {
        const QByteArray fake = "nfs://127.0.0.1/" + args;
        if (nfs_url *u = nfs_parse_url_incomplete(ctx, fake.constData()))
            nfs_destroy_url(u);
    }
    nfs_set_version(ctx, m_url.version());   // NFS_V3 or NFS_V4: the same numbers
    randomiseXid(nfs_get_rpc_context(ctx));
    nfs_set_timeout(ctx, m_url.timeoutSeconds() * 1000);
    nfs_set_autoreconnect(ctx, m_url.autoReconnect());
    nfs_set_tcp_syncnt(ctx, m_url.tcpSyncnt().value_or(TcpSynRetries));
    if (m_url.uid())
        nfs_set_uid(ctx, int(*m_url.uid()));
    if (m_url.gid())
        nfs_set_gid(ctx, int(*m_url.gid()));
    // A browser must see changes made by others: libnfs's directory cache is off unless asked for.
    nfs_set_dircache(ctx, m_url.dirCache().value_or(false) ? 1 : 0);
    if (m_url.readAhead())
        nfs_set_readahead(ctx, *m_url.readAhead());
    if (m_url.version() == 4)
        nfs4_set_client_name(ctx, uniqueClientName().constData());
    return ctx;
}

// ---- mounting ------------------------------------------------------------

void SessionWorker::submitMount(std::shared_ptr<ResultCore<MountInfo>> core)
{
    if (m_connection && m_connection->mounted) {
        core->finishWith(MountInfo{m_connection->exportPath, m_url.version(), nfs_get_readmax(m_connection->ctx),
                                   nfs_get_writemax(m_connection->ctx)});
        return;
    }
    m_mountWaiters.push_back(std::move(core));
    startMount();
}

void SessionWorker::startMount()
{
    if (m_closing || m_mounting || (m_connection && m_connection->mounted))
        return;
    if (!m_backoff.hasExpired()) {
        m_backoffTimer.start(int(m_backoff.remainingTime()));
        return;
    }
    m_mounting = true;
    m_firstMountError = NfsError();
    setState(Session::State::Connecting);
    m_watchdog.start();
    const QByteArray path = m_url.path();
    if (m_url.version() == 4) {
        // NFSv4 has no export list: the pseudo file system is one tree.
        m_candidates = {QByteArrayLiteral("/")};
        mountNextCandidate();
        return;
    }
    const auto resolve = [this, path] {
        if (m_closing)
            return;
        const QByteArray best = ExportResolution::longestExportFor(m_exportList, path);
        if (best.isEmpty() && m_haveExportList) {
            QStringList names;
            for (const ExportEntry &e : std::as_const(m_exportList))
                names.append(displayName(e.path));
            mountFailed(NfsError(NfsError::Kind::MountRefused, ENOENT,
                                 tr("%1 exports nothing that holds %2; its exports are: %3")
                                     .arg(server(), displayName(path),
                                          names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", ")))));
            return;
        }
        m_candidates = best.isEmpty() ? ExportResolution::pathAndParents(path) : QList<QByteArray>{best};
        mountNextCandidate();
    };
    if (m_haveExportList) {
        resolve();
        return;
    }
    queryExports([this, resolve](const NfsError &error, const ExportList &list) {
        if (!error) {
            m_haveExportList = true;
            m_exportList = list;
        } else {
            qCDebug(lcSession) << "no export list from" << server() << ":" << error.message();
        }
        resolve();
    });
}

void SessionWorker::mountNextCandidate()
{
    if (m_closing)
        return;
    if (m_candidates.isEmpty()) {
        mountFailed(m_firstMountError);
        return;
    }
    const QByteArray exportPath = m_candidates.takeFirst();
    NfsError error;
    Connection *c = connectTo(exportPath, [this](int status, const char *message) { onMountReply(status, message); },
                              &error);
    if (!c) {
        mountFailed(error);
        return;
    }
    m_connection = c;
    m_mountDeadline.start(timeoutSeconds() * 1000);
}

Connection *SessionWorker::connectTo(const QByteArray &exportPath, std::function<void(int, const char *)> onMount,
                                     NfsError *error)
{
    static std::atomic<quint64> nextId{1};
    auto *c = new Connection;
    c->id = nextId.fetch_add(1);
    c->ctx = newContext();
    c->exportPath = exportPath;
    c->worker = this;
    c->onMount = std::move(onMount);
    if (!c->ctx) {
        delete c;
        *error = NfsError(NfsError::Kind::Other, ENOMEM, tr("Cannot create an NFS context"));
        return nullptr;
    }
    c->pump = new RpcPump(nfs_get_rpc_context(c->ctx), this);
    connect(c->pump, &RpcPump::failed, this, [this, c] {
        if (!c->mounted) {
            // libnfs gives no words for this case; it is the portmapper or the connection.
            c->onMount(-ENOTCONN, "nfs_service failed");
            return;
        }
        retire(c, NfsError::fromStatus(Op::Other, -ENOTCONN, nfs_get_error(c->ctx), c->exportPath, server(),
                                       timeoutSeconds()));
    });
    qCDebug(lcSession) << "mounting" << server() << exportPath << "version" << m_url.version();
    const int rc = nfs_mount_async(
        c->ctx, m_url.host().toUtf8().constData(), exportPath.constData(),
        [](int status, nfs_context *, void *data, void *priv) {
            auto *conn = static_cast<Connection *>(priv);
            if (!conn->retired)
                conn->onMount(status, status < 0 ? static_cast<const char *>(data) : nullptr);
        },
        c);
    if (rc < 0) {
        *error = NfsError::fromStatus(Op::Mount, -EIO, nfs_get_error(c->ctx), exportPath, server(), timeoutSeconds());
        retire(c, *error);
        return nullptr;
    }
    c->pump->update();
    return c;
}

void SessionWorker::onMountReply(int status, const char *message)
{
    Connection *c = m_connection;
    m_mountDeadline.stop();
    if (status == 0) {
        c->mounted = true;
        mounted();
        return;
    }
    NfsError e = NfsError::fromStatus(Op::Mount, status, message, c->exportPath, server(), timeoutSeconds());
    qCDebug(lcSession) << "mount of" << c->exportPath << "failed:" << e.message() << e.detail();
    // The first refusal says most (the path the user asked for); a later
    // "not found" for a parent would only confuse.
    if (!m_firstMountError)
        m_firstMountError = e;
    retire(c, e);
    const bool tryParent = e.kind() == NfsError::Kind::MountRefused || e.kind() == NfsError::Kind::NotFound;
    if (tryParent && !m_candidates.isEmpty()) {
        // Never from inside the callback: the old context is torn down first.
        QTimer::singleShot(0, this, &SessionWorker::mountNextCandidate);
        return;
    }
    m_candidates.clear();
    mountFailed(m_firstMountError);
}

void SessionWorker::mountFailed(const NfsError &error)
{
    m_mounting = false;
    m_mountDeadline.stop();
    ++m_failures;
    const int backoffMs = std::min(MaxBackoffMs, 1000 << std::min(m_failures - 1, 5));
    m_backoff.setRemainingTime(backoffMs);
    setState(Session::State::Lost);
    NfsError e = error ? error : NfsError(NfsError::Kind::MountRefused, EIO, tr("Cannot mount %1").arg(server()));
    for (auto &w : m_mountWaiters)
        w->finish(e);
    m_mountWaiters.clear();
    // The waiting requests get the mount's reason, which says more than theirs would.
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto &r : waiting)
        r->core->finish(e);
}

void SessionWorker::mounted()
{
    Connection *c = m_connection;
    m_mounting = false;
    m_failures = 0;
    m_exportRoot = c->exportPath;
    m_backoff = QDeadlineTimer();
    setState(Session::State::Connected);
    qCDebug(lcSession) << "mounted" << server() << c->exportPath << "readmax" << nfs_get_readmax(c->ctx)
                       << "writemax" << nfs_get_writemax(c->ctx);
    const MountInfo info{c->exportPath, m_url.version(), nfs_get_readmax(c->ctx), nfs_get_writemax(c->ctx)};
    for (auto &w : m_mountWaiters)
        w->finishWith(info);
    m_mountWaiters.clear();
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto &r : waiting)
        submit(r.release());   // through the path check, now that the export is known
}

// ---- requests --------------------------------------------------------------

void SessionWorker::enqueue(Op op, QList<QByteArray> paths, std::shared_ptr<JobCore> core, Request::Starter start,
                            Request::Finisher done)
{
    auto *r = new Request;
    r->op = op;
    r->paths = std::move(paths);
    r->core = std::move(core);
    r->start = std::move(start);
    r->done = std::move(done);
    submit(r);
}

void SessionWorker::stat(std::shared_ptr<ResultCore<FileInfo>> core, const QByteArray &path, bool follow)
{
    if (follow && m_url.version() == 4) {
        // libnfs 4.0 follows a symlink over NFSv4 by reading its target past
        // the end of the reply and leaks when the target is missing; we
        // follow it ourselves with a bounded READLINK.
        resolve(core, Op::Stat, path, path, MaxSymlinkHops,
                [core](const QByteArray &, const FileInfo &info) { core->finishWith(info); });
        return;
    }
    enqueue(
        Op::Stat, {path}, core,
        [path, follow](nfs_context *ctx, const auto &inside, void *priv) {
            return follow ? nfs_stat64_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv)
                          : nfs_lstat64_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
        },
        [core, path](nfs_context *, void *data) { core->finishWith(fileInfoFromStat(path, static_cast<nfs_stat_64 *>(data))); });
}

void SessionWorker::resolve(std::shared_ptr<JobCore> core, Op op, const QByteArray &asked, const QByteArray &path,
                            int hopsLeft, std::function<void(const QByteArray &, const FileInfo &)> then)
{
    lstatFor(core, op, path, asked, false, [this, core, op, asked, path, hopsLeft, then](const FileInfo &info) {
            if (!info.isSymlink()) {
                then(path, info);
                return;
            }
            if (hopsLeft == NoSymlinkHops) {
                core->finish(NfsError(NfsError::Kind::NotADirectory, ELOOP,
                                      tr("%1 on %2 is a symbolic link, which is not followed here")
                                          .arg(displayName(asked), server())));
                return;
            }
            if (hopsLeft <= 0) {
                core->finish(NfsError::fromStatus(op, -ELOOP, "too many levels of symbolic links", asked, server(),
                                                  timeoutSeconds()));
                return;
            }
            followLink(core, path, info.size, [this, core, op, asked, hopsLeft, then](const QByteArray &next) {
                resolve(core, op, asked, next, hopsLeft - 1, then);
            });
        });
}

void SessionWorker::followLink(std::shared_ptr<JobCore> core, const QByteArray &link, quint64 size,
                               std::function<void(const QByteArray &)> then)
{
    readTarget(core, link, size, [this, core, link, then](const QByteArray &target) {
        const QByteArray next =
            target.startsWith('/') ? target : ExportResolution::childPath(ExportResolution::parentPath(link), target);
        const NfsUrl normalised = m_url.withPath(next);
        if (!normalised.isValid()) {
            core->finish(NfsError(NfsError::Kind::NotFound, ENOENT,
                                  tr("The symbolic link %1 on %2 points outside the server's tree")
                                      .arg(displayName(link), server())));
            return;
        }
        then(normalised.path());
    });
}

void SessionWorker::readTarget(std::shared_ptr<JobCore> core, const QByteArray &path, quint64 size,
                               std::function<void(const QByteArray &)> then)
{
    enqueue(
        Op::Readlink, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_readlink_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
        },
        [size, then](nfs_context *, void *data) {
            // Over NFSv4 libnfs 4.0 hands over the target without a terminating
            // NUL; the symlink's size (from its attributes) bounds it.
            const auto *text = static_cast<const char *>(data);
            then(QByteArray(text, qsizetype(::strnlen(text, size_t(size)))));
        });
}

void SessionWorker::list(std::shared_ptr<ListingCore> core, const QByteArray &path, bool follow)
{
    if (follow && m_url.version() == 3) {
        openFolder(core, path);
        return;
    }
    // Over NFSv4 libnfs 4.0 would follow a symlink at the end of the path
    // unsafely (see stat()); without `follow` a symlink is refused.
    resolve(core, Op::List, path, path, follow ? MaxSymlinkHops : NoSymlinkHops,
            [this, core, path](const QByteArray &resolved, const FileInfo &info) {
                if (!info.isDir()) {
                    core->finish(NfsError::fromStatus(Op::List, -ENOTDIR, nullptr, path, server(), timeoutSeconds()));
                    return;
                }
                openFolder(core, resolved);
            });
}

void SessionWorker::forgetFolders(const QByteArray &path)
{
    if (m_knownFolders.isEmpty())
        return;
    const auto under = [&path](const QByteArray &p) {
        return p == path || (p.startsWith(path) && p.at(path.size()) == '/');
    };
    for (auto it = m_knownFolders.begin(); it != m_knownFolders.end();)
        it = under(it.key()) || under(it->real) ? m_knownFolders.erase(it) : std::next(it);
}

void SessionWorker::makePathsReal(std::shared_ptr<std::unique_ptr<Request>> pending, qsizetype index)
{
    Request *r = pending->get();
    if (index == r->paths.size()) {
        r->pathsReal = true;
        submit(pending->release());
        return;
    }
    const QByteArray path = r->paths.at(index);
    const QByteArray leaf = path.mid(path.lastIndexOf('/') + 1);
    // If the chain ends early (an error ended the job), `pending` deletes the request.
    realFolder(r->core, r->op, ExportResolution::parentPath(path), MaxSymlinkHops,
               [this, pending, index, path, leaf](const QByteArray &real) {
                   const QByteArray realPath = ExportResolution::childPath(real, leaf);
                   if (realPath != path)
                       pending->get()->realPath.insert(path, realPath);
                   makePathsReal(pending, index + 1);
               });
}

void SessionWorker::realFolder(std::shared_ptr<JobCore> core, Op op, const QByteArray &asked, int hopsLeft,
                               std::function<void(const QByteArray &)> then)
{
    // The export's root and what lies outside it are taken as they are (the
    // latter is refused when the request is issued).
    const QByteArray &root = m_exportRoot;
    if (asked.isEmpty() || asked == root || !ExportResolution::isAtOrBelow(asked, root)) {
        then(asked.isEmpty() ? QByteArrayLiteral("/") : asked);
        return;
    }
    if (auto it = m_knownFolders.constFind(asked); it != m_knownFolders.cend() && !it->expires.hasExpired()) {
        then(it->real);
        return;
    }
    if (m_knownFolders.size() > 4096) {
        for (auto it = m_knownFolders.begin(); it != m_knownFolders.end();)
            it = it->expires.hasExpired() ? m_knownFolders.erase(it) : std::next(it);
    }
    const QByteArray leaf = asked.mid(asked.lastIndexOf('/') + 1);
    const auto remember = [this](const QByteArray &key, const QByteArray &real) {
        m_knownFolders.insert(key, KnownFolder{real, QDeadlineTimer(KnownFolderMs)});
    };
    realFolder(core, op, ExportResolution::parentPath(asked), hopsLeft, [=, this](const QByteArray &realParent) {
        const QByteArray candidate = ExportResolution::childPath(realParent, leaf);
        // Its folder is real: libnfs follows nothing.
        lstatFor(core, op, candidate, candidate, true, [=, this](const FileInfo &info) {
            if (info.isDir()) {
                remember(asked, candidate);
                remember(candidate, candidate);
                then(candidate);
                return;
            }
            if (!info.isSymlink()) {
                core->finish(NfsError::fromStatus(op, -ENOTDIR, nullptr, asked, server(), timeoutSeconds()));
                return;
            }
            if (hopsLeft <= 0) {
                core->finish(NfsError::fromStatus(op, -ELOOP, "too many levels of symbolic links", asked, server(),
                                                  timeoutSeconds()));
                return;
            }
            followLink(core, candidate, info.size, [=, this](const QByteArray &next) {
                realFolder(core, op, next, hopsLeft - 1, [=](const QByteArray &real) {
                    remember(asked, real);
                    then(real);
                });
            });
        });
    });
}

void SessionWorker::lstatFor(std::shared_ptr<JobCore> core, Op op, const QByteArray &path, const QByteArray &nameFrom,
                             bool pathsReal, std::function<void(const FileInfo &)> then)
{
    auto *r = new Request;
    r->op = op;
    r->paths = {path};
    r->core = std::move(core);
    r->pathsReal = pathsReal;
    r->attributesOnly = true;
    r->start = [path](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_lstat64_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
    };
    r->done = [nameFrom, then = std::move(then)](nfs_context *, void *data) {
        then(fileInfoFromStat(nameFrom, static_cast<nfs_stat_64 *>(data)));
    };
    submit(r);
}

void SessionWorker::openFolder(std::shared_ptr<ListingCore> core, const QByteArray &path)
{
    enqueue(
        Op::List, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_opendir_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
        },
        [core, v4 = m_url.version() == 4](nfs_context *ctx, void *data) {
            // libnfs 4.0 has read the whole folder by now; it is handed on in
            // batches so the consumer's interface is already that of a stream.
            auto *dir = static_cast<nfsdir *>(data);
            FileInfoList batch;
            qsizetype limit = FirstListingBatch;
            while (nfsdirent *e = nfs_readdir(ctx, dir)) {
                if ((e->name[0] == '.' && e->name[1] == 0) || (e->name[0] == '.' && e->name[1] == '.' && e->name[2] == 0))
                    continue;
                batch.append(fileInfoFromDirent(e));
                // libnfs 4.0 leaves an NFSv4 entry's inode number unset: say "unknown".
                if (v4)
                    batch.last().inode = 0;
                if (batch.size() >= limit) {
                    core->addBatch(std::move(batch));
                    batch = FileInfoList();
                    limit = ListingBatch;
                }
            }
            core->addBatch(std::move(batch));
            nfs_closedir(ctx, dir);
            core->finish();
        });
}

void SessionWorker::mkdir(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode)
{
    enqueue(
        Op::MakeDir, {path}, core,
        [path, mode](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_mkdir2_async(ctx, inside(path).constData(), int(mode), &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

void SessionWorker::rmdir(std::shared_ptr<JobCore> core, const QByteArray &path)
{
    enqueue(
        Op::RemoveDir, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_rmdir_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

void SessionWorker::unlink(std::shared_ptr<JobCore> core, const QByteArray &path)
{
    enqueue(
        Op::Remove, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_unlink_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

void SessionWorker::rename(std::shared_ptr<JobCore> core, const QByteArray &from, const QByteArray &to)
{
    enqueue(
        Op::Rename, {from, to}, core,
        [from, to](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_rename_async(ctx, inside(from).constData(), inside(to).constData(),
                                    &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

namespace {

FsStats fsStatsFrom(const nfs_statvfs_64 *s)
{
    FsStats st;
    st.blockSize = s->f_frsize ? s->f_frsize : s->f_bsize;
    st.totalBytes = s->f_blocks * st.blockSize;
    st.freeBytes = s->f_bfree * st.blockSize;
    st.availableBytes = s->f_bavail * st.blockSize;
    st.totalFiles = s->f_files;
    st.freeFiles = s->f_ffree;
    st.nameMax = s->f_namemax;
    return st;
}

} // namespace

void SessionWorker::statvfs(std::shared_ptr<ResultCore<FsStats>> core, const QByteArray &path)
{
    if (m_url.version() == 4) {
        statvfsOnOwnMount(core, path);
        return;
    }
    enqueue(
        Op::StatFs, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_statvfs64_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *data) { core->finishWith(fsStatsFrom(static_cast<nfs_statvfs_64 *>(data))); });
}

void SessionWorker::chmod(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode)
{
    enqueue(
        Op::ChangeMode, {path}, core,
        [path, mode](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_chmod_async(ctx, inside(path).constData(), int(mode), &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

bool SessionWorker::onlyWithoutLink(std::shared_ptr<JobCore> core, const QByteArray &path,
                                    std::function<void()> then)
{
    if (m_url.version() != 4)
        return false;
    // libnfs 4.0 reads past its reply when it changes a symlink itself over
    // NFSv4 (seen under AddressSanitizer): for anything but a link the
    // following form does the same, and a link is refused in words.
    lstatFor(core, Op::Stat, path, path, false, [this, core, path, then](const FileInfo &info) {
        if (info.isSymlink()) {
            core->finish(NfsError(NfsError::Kind::NotSupported, ENOTSUP,
                                  tr("%1: libnfs 4.0 cannot change a symbolic link itself over NFSv4 (%2 on %3); "
                                     "use version=3 for this")
                                      .arg(NfsError::reason(NfsError::Kind::NotSupported), displayName(path), server())));
            return;
        }
        then();
    });
    return true;
}

void SessionWorker::chown(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 uid, quint32 gid,
                          bool follow)
{
    if (!follow && onlyWithoutLink(core, path, [this, core, path, uid, gid] { chown(core, path, uid, gid, true); }))
        return;
    enqueue(
        Op::ChangeOwner, {path}, core,
        [path, uid, gid, follow](nfs_context *ctx, const auto &inside, void *priv) {
            return follow ? nfs_chown_async(ctx, inside(path).constData(), int(uid), int(gid),
                                            &SessionWorker::onNfsReply, priv)
                          : nfs_lchown_async(ctx, inside(path).constData(), int(uid), int(gid),
                                             &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

void SessionWorker::utimes(std::shared_ptr<JobCore> core, const QByteArray &path, qint64 atimeNs, qint64 mtimeNs,
                           bool follow)
{
    if (!follow
        && onlyWithoutLink(core, path,
                           [this, core, path, atimeNs, mtimeNs] { utimes(core, path, atimeNs, mtimeNs, true); }))
        return;
    enqueue(
        Op::ChangeTimes, {path}, core,
        [path, atimeNs, mtimeNs, follow](nfs_context *ctx, const auto &inside, void *priv) {
            // libnfs copies the times into the request before returning.
            timeval times[2];
            times[0].tv_sec = atimeNs / 1000000000;
            times[0].tv_usec = (atimeNs % 1000000000) / 1000;
            times[1].tv_sec = mtimeNs / 1000000000;
            times[1].tv_usec = (mtimeNs % 1000000000) / 1000;
            return follow ? nfs_utimes_async(ctx, inside(path).constData(), times, &SessionWorker::onNfsReply, priv)
                          : nfs_lutimes_async(ctx, inside(path).constData(), times, &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

void SessionWorker::symlink(std::shared_ptr<JobCore> core, const QByteArray &target, const QByteArray &linkPath)
{
    enqueue(
        Op::Symlink, {linkPath}, core,
        [target, linkPath](nfs_context *ctx, const auto &inside, void *priv) {
            // The target is stored as text, never resolved: it is not mapped.
            return nfs_symlink_async(ctx, target.constData(), inside(linkPath).constData(),
                                     &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

void SessionWorker::readlink(std::shared_ptr<ResultCore<QByteArray>> core, const QByteArray &path)
{
    if (m_url.version() == 4) {
        // The target's length comes from the link's attributes (see readTarget).
        lstatFor(core, Op::Readlink, path, path, false, [this, core, path](const FileInfo &info) {
            if (!info.isSymlink()) {
                core->finish(NfsError::fromStatus(Op::Readlink, -EINVAL, nullptr, path, server(), timeoutSeconds()));
                return;
            }
            readTarget(core, path, info.size, [core](const QByteArray &target) { core->finishWith(target); });
        });
        return;
    }
    enqueue(
        Op::Readlink, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_readlink_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *data) { core->finishWith(QByteArray(static_cast<const char *>(data))); });
}

void SessionWorker::link(std::shared_ptr<JobCore> core, const QByteArray &existing, const QByteArray &newPath)
{
    enqueue(
        Op::Link, {newPath, existing}, core,
        [existing, newPath](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_link_async(ctx, inside(existing).constData(), inside(newPath).constData(),
                                  &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

void SessionWorker::truncate(std::shared_ptr<JobCore> core, const QByteArray &path, quint64 size)
{
    enqueue(
        Op::Truncate, {path}, core,
        [path, size](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_truncate_async(ctx, inside(path).constData(), size, &SessionWorker::onNfsReply, priv);
        },
        [core](nfs_context *, void *) { core->finish(); });
}

void SessionWorker::createFile(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode, bool exclusive)
{
    // An open that nobody waits for any more still holds a handle (and over
    // NFSv4 an open state on the server): close it rather than leak it.
    static const nfs_cb onOpened = [](int status, nfs_context *ctx, void *data, void *priv) {
        auto *r = static_cast<Request *>(priv);
        if (status >= 0 && (r->abandoned || r->core->isCancelled() || r->connection->retired))
            nfs_close_async(ctx, static_cast<nfsfh *>(data), [](int, nfs_context *, void *, void *) {}, nullptr);
        else
            onNfsReply(status, ctx, data, priv);
    };
    // nfs_open2 with O_CREAT, not nfs_creat: over NFSv4 libnfs 4.0 opens the
    // file for reading after nfs_creat (DESIGN, "libnfs 4.0 notes").
    const int flags = O_CREAT | O_WRONLY | (exclusive ? O_EXCL : 0);
    enqueue(
        Op::Open, {path}, core,
        [path, mode, flags](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_open2_async(ctx, inside(path).constData(), flags, int(mode), onOpened, priv);
        },
        [this, core, path, mode](nfs_context *opened, void *data) {
            auto *fh = static_cast<nfsfh *>(data);
            enqueue(
                Op::Close, {path}, core,
                [opened, fh](nfs_context *ctx, const auto &, void *priv) {
                    // After a remount in between the handle belongs to the old context.
                    return ctx == opened ? nfs_close_async(ctx, fh, &SessionWorker::onNfsReply, priv) : -ESTALE;
                },
                [this, core, path, mode](nfs_context *, void *) {
                    if (m_url.version() == 4)
                        settleCreated(core, path, mode);
                    else
                        core->finish();
                });
        });
}

// libnfs 4.0 sends no SETATTR after an NFSv4 create: the times hold the
// server's create verifier and an unchecked create loses the mode. Both are
// set here, the times to now.
void SessionWorker::settleCreated(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode)
{
    enqueue(
        Op::ChangeMode, {path}, core,
        [path, mode](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_chmod_async(ctx, inside(path).constData(), int(mode), &SessionWorker::onNfsReply, priv);
        },
        [this, core, path](nfs_context *, void *) {
            enqueue(
                Op::ChangeTimes, {path}, core,
                [path](nfs_context *ctx, const auto &inside, void *priv) {
                    timeval now[2];
                    ::gettimeofday(&now[0], nullptr);
                    now[1] = now[0];
                    return nfs_utimes_async(ctx, inside(path).constData(), now, &SessionWorker::onNfsReply, priv);
                },
                [core](nfs_context *, void *) { core->finish(); });
        });
}

void SessionWorker::access(std::shared_ptr<ResultCore<int>> core, const QByteArray &path)
{
    auto *r = new Request;
    r->op = Op::Stat;
    r->paths = {path};
    r->core = core;
    r->start = [path](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_access2_async(ctx, inside(path).constData(), &SessionWorker::onNfsReply, priv);
    };
    // The mask arrives as the status.
    r->doneWithStatus = [core](nfs_context *, void *, int status) { core->finishWith(status); };
    submit(r);
}

// libnfs 4.0 over NFSv4 answers FSSTAT for the mount's root file handle, whatever
// the path: on the pseudo root that is all zeros. So the question goes to a
// short-lived context mounted at the path itself.
void SessionWorker::statvfsOnOwnMount(std::shared_ptr<ResultCore<FsStats>> core, const QByteArray &path)
{
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    auto holder = std::make_shared<Connection *>(nullptr);
    const auto end = [this, core, deadline, holder](const NfsError &error) {
        if (!error.isError())
            core->finish();
        else
            core->finish(error);
        deadline->stop();
        deadline->deleteLater();
        if (*holder)
            retire(*holder, error.isError() ? error : NfsError::cancelled());
        *holder = nullptr;
    };
    NfsError error;
    Connection *c = connectTo(
        path,
        [this, core, path, end, holder](int status, const char *message) {
            Connection *conn = *holder;
            if (status < 0) {
                end(NfsError::fromStatus(Op::StatFs, status, message, path, server(), timeoutSeconds()));
                return;
            }
            conn->mounted = true;
            auto *r = new Request;
            r->op = Op::StatFs;
            r->paths = {path};
            r->core = core;
            r->worker = this;
            r->start = [](nfs_context *ctx, const auto &, void *priv) {
                return nfs_statvfs64_async(ctx, "/", &SessionWorker::onNfsReply, priv);
            };
            r->done = [core, end](nfs_context *, void *data) {
                core->finishWith(fsStatsFrom(static_cast<nfs_statvfs_64 *>(data)));
                end(NfsError());
            };
            // A failed request is finished by onNfsReply; the context then
            // goes when the deadline timer ends it.
            issue(r, conn);
            if (core->isFinished())
                end(core->error());
        },
        &error);
    if (!c) {
        deadline->deleteLater();
        core->finish(error);
        return;
    }
    *holder = c;
    m_auxiliary.push_back(c);
    connect(deadline, &QTimer::timeout, this, [this, end, path] {
        end(NfsError::timeout(Op::StatFs, path, server(), timeoutSeconds()));
    });
    deadline->start(timeoutSeconds() * 1000);
}

void SessionWorker::submit(Request *request)
{
    request->worker = this;
    if (request->core->isCancelled()) {
        delete request;
        return;
    }
    if (!request->pathsReal && !request->connectionId && !request->paths.isEmpty() && m_connection
        && m_connection->mounted && !m_connection->retired) {
        // A change of names may turn a known folder into something else.
        if (request->op == Op::Rename || request->op == Op::RemoveDir || request->op == Op::Remove
            || request->op == Op::Symlink || request->op == Op::MakeDir) {
            for (const QByteArray &p : std::as_const(request->paths))
                forgetFolders(p);
        }
        makePathsReal(std::make_shared<std::unique_ptr<Request>>(request), 0);
        return;
    }
    if (request->target) {
        if (request->target->retired || !request->target->mounted)
            failRequest(request, connectionLost(request->op, request->paths.value(0)));
        else
            issue(request, request->target);
        return;
    }
    if (m_connection && m_connection->mounted && !m_connection->retired) {
        issue(request);
        return;
    }
    if (request->connectionId) {
        // A file handle does not survive its connection.
        failRequest(request, connectionLost(request->op, request->paths.value(0)));
        return;
    }
    request->deadline.setRemainingTime(qint64(timeoutSeconds()) * 1000);
    m_waiting.emplace_back(request);
    if (!m_watchdog.isActive())
        m_watchdog.start();
    startMount();
}

void SessionWorker::issue(Request *request, Connection *on)
{
    Connection *c = on ? on : m_connection;
    if (request->core->isCancelled()) {
        delete request;
        return;
    }
    if (request->connectionId && request->connectionId != c->id) {
        failRequest(request, connectionLost(request->op, request->paths.value(0)));
        return;
    }
    // libnfs 4.0 keeps one NFSv4 open-owner per context and numbers its OPENs
    // and CLOSEs as they are answered; its chmod, chown, utimes and truncate
    // OPEN and CLOSE too. Two of these out at once share a seqid and the
    // server answers NFS4ERR_BAD_SEQID, so they go one at a time.
    if (m_url.version() == 4 && !on && !request->attributesOnly
        && (request->op == Op::Open || request->op == Op::Close || request->op == Op::ChangeMode
            || request->op == Op::ChangeOwner || request->op == Op::ChangeTimes || request->op == Op::Truncate)) {
        if (m_seqidBusy) {
            m_seqidQueue.push_back(request);
            return;
        }
        m_seqidBusy = true;
        request->holdsSeqid = true;
    }
    const QByteArray root = c->exportPath;
    for (const QByteArray &p : request->paths) {
        if (!ExportResolution::isAtOrBelow(p, root)) {
            failRequest(request, NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                                          tr("%1 is outside the export %2 mounted from %3")
                                              .arg(QString::fromUtf8(p), QString::fromUtf8(root), server())));
            return;
        }
    }
    if (c->live() == 0)
        c->pump->touch();   // idle time before this request does not count as silence
    if (c == m_connection && !m_watchdog.isActive())
        m_watchdog.start();   // the backstop for this request's time-out
    request->connection = c;
    c->inflight.push_back(request);
    qCDebug(lcRpc) << "issue" << NfsError::describe(request->op) << request->paths.value(0) << "on connection" << c->id
                   << "in flight" << c->inflight.size();
    const auto inside = [root, real = request->realPath](const QByteArray &p) {
        return ExportResolution::pathInside(real.value(p, p), root);
    };
    // libnfs may answer inside the call and so end the request: the starter
    // must outlive the call, so it is moved out first.
    const Request::Starter start = std::move(request->start);
    const int rc = start(c->ctx, inside, request);
    if (rc < 0) {
        // libnfs did not queue it and will not call back.
        c->inflight.remove(request);
        failRequest(request, NfsError::fromStatus(request->op, rc, nfs_get_error(c->ctx), request->paths.value(0),
                                                  server(), timeoutSeconds()));
    }
    // The request may already be answered and deleted here; only the pump is touched.
    if (!c->retired)
        c->pump->update();
}

void SessionWorker::failRequest(Request *request, const NfsError &error)
{
    request->core->finish(error);
    releaseSeqid(request);
    delete request;
}

void SessionWorker::releaseSeqid(Request *request)
{
    if (!request->holdsSeqid)
        return;
    request->holdsSeqid = false;
    m_seqidBusy = false;
    if (m_seqidQueue.empty() || m_closing)
        return;
    Request *next = m_seqidQueue.front();
    m_seqidQueue.pop_front();
    submit(next);
}

void SessionWorker::onNfsReply(int status, nfs_context *ctx, void *data, void *priv)
{
    auto *r = static_cast<Request *>(priv);
    Connection *c = r->connection;
    if (c->retired) {
        // Being torn down: retire() finishes and frees what is left.
        r->abandoned = true;
        return;
    }
    c->inflight.remove(r);
    SessionWorker *self = r->worker;
    qCDebug(lcRpc) << "reply" << NfsError::describe(r->op) << r->paths.value(0) << "status" << status;
    if (!r->abandoned && !r->core->isCancelled()) {
        if (status < 0)
            r->core->finish(self->explain(NfsError::fromStatus(r->op, status, static_cast<const char *>(data),
                                                               r->paths.value(0), self->server(),
                                                               self->timeoutSeconds()),
                                          r->op));
        else if (r->doneWithStatus)
            r->doneWithStatus(ctx, data, status);
        else
            r->done(ctx, data);
    } else if (status >= 0 && r->op == Op::List && !r->attributesOnly) {
        nfs_closedir(ctx, static_cast<nfsdir *>(data));
    } else if (status >= 0 && r->op == Op::Open && !r->attributesOnly) {
        // An open nobody waits for any more: give the handle back.
        nfs_close_async(ctx, static_cast<nfsfh *>(data), [](int, nfs_context *, void *, void *) {}, nullptr);
    }
    if (self->m_session->state() == Session::State::NotAnswering)
        self->setState(Session::State::Connected);
    self->releaseSeqid(r);
    delete r;
}

void SessionWorker::adoptFile(std::shared_ptr<RemoteFileBackend> file)
{
    if (m_closing) {
        file->abandon(NfsError(NfsError::Kind::Cancelled, ECANCELED, tr("The session was closed")));
        return;
    }
    m_files.push_back(file);
    file->start();
}

void SessionWorker::discardHandle(quint64 connection, nfsfh *fh)
{
    bool alive = m_connection && m_connection->id == connection;
    for (const Connection *c : m_auxiliary)
        alive = alive || c->id == connection;
    for (const Connection *c : m_dying)
        alive = alive || c->id == connection;
    if (alive)
        m_deadHandles.emplace(connection, fh);
    else
        nfs_free_nfsfh(fh);
}

bool SessionWorker::claimOpen(const QByteArray &path)
{
    return m_v4Opens.insert(path).second;
}

void SessionWorker::releaseOpen(const QByteArray &path)
{
    m_v4Opens.erase(path);
}

Connection *SessionWorker::openOwnConnection(std::function<void(quint64, const NfsError &)> ready)
{
    auto deadline = std::make_shared<QTimer>();
    auto holder = std::make_shared<Connection *>(nullptr);
    auto answer = std::make_shared<std::function<void(quint64, const NfsError &)>>(std::move(ready));
    const QByteArray root = m_url.version() == 4 ? QByteArrayLiteral("/")
                                                 : (m_connection ? m_connection->exportPath : m_url.path());
    NfsError error;
    Connection *c = connectTo(
        root,
        [this, holder, answer, deadline, root](int status, const char *message) {
            deadline->stop();
            Connection *conn = *holder;
            if (!conn || !*answer)
                return;
            auto reply = std::move(*answer);
            *answer = nullptr;
            if (status < 0) {
                reply(0, NfsError::fromStatus(Op::Mount, status, message, root, server(), timeoutSeconds()));
                return;
            }
            conn->mounted = true;
            reply(conn->id, NfsError());
        },
        &error);
    if (!c) {
        QTimer::singleShot(0, this, [answer, error] {
            if (*answer)
                (*answer)(0, error);
        });
        return nullptr;
    }
    *holder = c;
    m_auxiliary.push_back(c);
    deadline->setSingleShot(true);
    connect(deadline.get(), &QTimer::timeout, this, [this, answer, root] {
        if (*answer) {
            auto reply = std::move(*answer);
            *answer = nullptr;
            reply(0, NfsError::timeout(Op::Mount, root, server(), timeoutSeconds()));
        }
    });
    deadline->start(timeoutSeconds() * 1000);
    c->keepAlive = deadline;
    return c;
}

void SessionWorker::closeOwnConnection(Connection *connection)
{
    if (connection && !connection->retired)
        retire(connection, NfsError::cancelled());
}

void SessionWorker::forgetFile(RemoteFileBackend *file)
{
    // Not at once: the backend may be inside one of its own callbacks.
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        if (it->get() == file) {
            std::shared_ptr<RemoteFileBackend> keep = std::move(*it);
            m_files.erase(it);
            QTimer::singleShot(0, this, [keep] {});
            return;
        }
    }
}

quint64 SessionWorker::connectionIdOf(const Connection *connection)
{
    return connection ? connection->id : 0;
}

quint64 SessionWorker::connectionId() const
{
    return m_connection && m_connection->mounted && !m_connection->retired ? m_connection->id : 0;
}

quint64 SessionWorker::chunkLimit(bool forWrite) const
{
    if (!m_connection || !m_connection->mounted)
        return 0;
    return forWrite ? nfs_get_writemax(m_connection->ctx) : nfs_get_readmax(m_connection->ctx);
}

NfsError SessionWorker::connectionLost(NfsError::Operation op, const QByteArray &path) const
{
    return NfsError(NfsError::Kind::ConnectionLost, ENOTCONN,
                    tr("Connection lost: %1 on %2 (%3); the open file cannot go on")
                        .arg(displayName(path), server(), NfsError::describe(op)));
}

NfsError SessionWorker::explain(const NfsError &error, Op op) const
{
    // libnfs 4.0 changes attributes over NFSv4 through an OPEN of the object,
    // which a server refuses for a folder.
    if (m_url.version() == 4 && error.kind() == NfsError::Kind::IsADirectory
        && (op == Op::ChangeMode || op == Op::ChangeOwner || op == Op::ChangeTimes))
        return NfsError(NfsError::Kind::NotSupported, error.errnum(),
                        tr("%1 (libnfs 4.0 cannot change a folder's attributes over NFSv4; use version=3 for this)")
                            .arg(error.message()));
    return error;
}

void SessionWorker::retire(Connection *c, const NfsError &reason)
{
    if (c->retired)
        return;
    c->retired = true;
    c->retiredBecause = reason;
    const bool current = m_connection == c;
    if (current)
        m_connection = nullptr;
    m_auxiliary.remove(c);
    if (c->pump) {
        c->pump->detach();
        c->pump->deleteLater();
        c->pump = nullptr;
    }
    if (current && c->mounted)
        setState(Session::State::Lost);
    // Destroying the context may call back into us, and we may be inside one of
    // its callbacks now: do it on the next turn of the loop.
    m_dying.push_back(c);
    QTimer::singleShot(0, this, [this, c] {
        m_dying.remove(c);
        destroy(c);
    });
}

void SessionWorker::destroy(Connection *c)
{
    if (c->pump)
        c->pump->detach();
    // Callbacks that libnfs makes from here on see `retired` and leave their
    // requests to the loop below.
    nfs_destroy_context(c->ctx);
    for (Request *r : c->inflight) {
        r->core->finish(c->retiredBecause);
        releaseSeqid(r);
        delete r;
    }
    const auto [from, to] = m_deadHandles.equal_range(c->id);
    for (auto it = from; it != to; ++it)
        nfs_free_nfsfh(it->second);
    m_deadHandles.erase(from, to);
    delete c;
}

void SessionWorker::watchdog()
{
    // Requests waiting for a mount have a deadline of their own.
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        Request *r = it->get();
        if (r->core->isCancelled() || r->deadline.hasExpired()) {
            if (!r->core->isCancelled())
                r->core->finish(NfsError::timeout(r->op, r->paths.value(0), server(), timeoutSeconds()));
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    Connection *c = m_connection;
    if (!c || !c->mounted) {
        if (m_waiting.empty() && !m_mounting)
            m_watchdog.stop();
        return;
    }
    // Cancelled requests stay in flight until libnfs answers; only their jobs end now.
    for (Request *r : c->inflight) {
        if (!r->abandoned && r->core->isCancelled())
            r->abandoned = true;
    }
    if (c->live() == 0) {
        if (m_waiting.empty())
            m_watchdog.stop();
        return;
    }
    const qint64 silent = c->pump->idleMs();
    if (silent > NotAnsweringAfterMs)
        setState(Session::State::NotAnswering);
    // libnfs times requests out itself; this is the backstop for when its
    // whole-second clock or a reconnect keeps it from doing so in time.
    if (silent > qint64(timeoutSeconds()) * 1000 + 500) {
        for (Request *r : c->inflight) {
            if (r->abandoned)
                continue;
            r->abandoned = true;
            r->core->finish(NfsError::timeout(r->op, r->paths.value(0), server(), timeoutSeconds()));
        }
    }
}

// ---- export list -----------------------------------------------------------

void SessionWorker::submitExports(std::shared_ptr<ResultCore<ExportList>> core)
{
    queryExports([this, core](const NfsError &error, const ExportList &list) {
        if (error) {
            core->finish(error);
            return;
        }
        m_haveExportList = true;
        m_exportList = list;
        core->finishWith(list);
    });
}

void SessionWorker::queryExports(std::function<void(const NfsError &, const ExportList &)> done)
{
    auto *q = new ExportQuery;
    q->done = std::move(done);
    q->rpc = rpc_init_context();
    if (!q->rpc) {
        q->done(NfsError(NfsError::Kind::Other, ENOMEM, tr("Cannot create an RPC context")), {});
        delete q;
        return;
    }
    m_exportQueries.push_back(q);
    randomiseXid(q->rpc);
    rpc_set_timeout(q->rpc, timeoutSeconds() * 1000);
    rpc_set_tcp_syncnt(q->rpc, m_url.tcpSyncnt().value_or(TcpSynRetries));
    q->pump = new RpcPump(q->rpc, this);
    q->deadline = new QTimer(this);
    q->deadline->setSingleShot(true);
    connect(q->deadline, &QTimer::timeout, this, [this, q] {
        finishExportQuery(q, NfsError::timeout(Op::ListExports, {}, server(), timeoutSeconds()), {});
    });
    connect(q->pump, &RpcPump::failed, this, [this, q] {
        finishExportQuery(q, NfsError::fromStatus(Op::ListExports, -ECONNRESET, rpc_get_error(q->rpc), {}, server(),
                                                  timeoutSeconds()),
                          {});
    });
    q->deadline->start(timeoutSeconds() * 1000);

    q->self = this;
    // Callbacks never free the query: it lives until its context is destroyed,
    // which cancels whatever is still pending.
    static const rpc_cb onExports = [](rpc_context *rpc, int status, void *data, void *priv) {
        auto *query = static_cast<ExportQuery *>(priv);
        if (query->finished)
            return;
        ExportList list;
        NfsError error;
        if (status == RPC_STATUS_SUCCESS) {
            // libnfs's decoder packs these nodes at 4-byte alignment: copy each
            // out before touching its fields.
            exports next = nullptr;
            if (data)
                std::memcpy(&next, data, sizeof next);
            while (next) {
                exportnode e;
                std::memcpy(&e, static_cast<const void *>(next), sizeof e);
                ExportEntry entry;
                entry.path = QByteArray(e.ex_dir);
                for (groups g = e.ex_groups; g;) {
                    groupnode gn;
                    std::memcpy(&gn, static_cast<const void *>(g), sizeof gn);
                    entry.clients.append(QByteArray(gn.gr_name));
                    g = gn.gr_next;
                }
                list.append(entry);
                next = e.ex_next;
            }
        } else {
            error = NfsError::fromStatus(Op::ListExports, status == RPC_STATUS_TIMEOUT ? -ETIMEDOUT : -EIO,
                                         status == RPC_STATUS_ERROR ? static_cast<const char *>(data)
                                                                    : rpc_get_error(rpc),
                                         {}, query->self->server(), query->self->timeoutSeconds());
        }
        // Not from inside libnfs: the query's context is destroyed there.
        QMetaObject::invokeMethod(
            query->self, [query, error, list] { query->self->finishExportQuery(query, error, list); }, Qt::QueuedConnection);
    };
    static const rpc_cb onConnected = [](rpc_context *rpc, int status, void *data, void *priv) {
        auto *query = static_cast<ExportQuery *>(priv);
        if (query->finished)
            return;
        if (status != RPC_STATUS_SUCCESS || rpc_mount3_export_async(rpc, onExports, query) < 0) {
            const NfsError error = NfsError::fromStatus(
                Op::ListExports, -ECONNREFUSED,
                status == RPC_STATUS_ERROR && data ? static_cast<const char *>(data) : rpc_get_error(rpc), {},
                query->self->server(), query->self->timeoutSeconds());
            QMetaObject::invokeMethod(
                query->self, [query, error] { query->self->finishExportQuery(query, error, {}); }, Qt::QueuedConnection);
        }
    };
    const QByteArray host = m_url.host().toUtf8();
    // With a known MOUNT port the portmapper is not needed (and may not exist).
    const int rc = m_url.mountPort()
        ? rpc_connect_async(q->rpc, host.constData(), m_url.mountPort(), onConnected, q)
        : rpc_connect_program_async(q->rpc, host.constData(), MOUNT_PROGRAM, MOUNT_V3, onConnected, q);
    if (rc < 0) {
        const NfsError error = NfsError::fromStatus(Op::ListExports, -EHOSTUNREACH, rpc_get_error(q->rpc), {},
                                                    server(), timeoutSeconds());
        QMetaObject::invokeMethod(this, [this, q, error] { finishExportQuery(q, error, {}); }, Qt::QueuedConnection);
        return;
    }
    q->pump->update();
}

void SessionWorker::finishExportQuery(ExportQuery *q, const NfsError &error, const ExportList &list)
{
    if (q->finished)
        return;
    q->finished = true;
    m_exportQueries.remove(q);
    q->deadline->stop();
    q->deadline->deleteLater();
    q->pump->detach();
    q->pump->deleteLater();
    auto done = std::move(q->done);
    // Destroyed later, not inside libnfs's callback (which may be on the
    // stack); destroying may call back (with a cancel), and those calls see
    // q->finished. If the session closes first, its destructor does it.
    m_endedExportQueries.push_back(q);
    QTimer::singleShot(0, this, [this, q] {
        if (std::erase(m_endedExportQueries, q)) {
            rpc_destroy_context(q->rpc);
            delete q;
        }
    });
    done(error, list);
}
