// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestdispatcher.h"

#include "connection.h"
#include "displayname.h"
#include "exportlist.h"
#include "libnfsworkarounds.h"
#include "logging.h"
#include "mountcontroller.h"
#include "pathresolver.h"
#include "rpcpump.h"
#include "sessionworker.h"

#include <QTimer>

#include <algorithm>

#include <cerrno>
#include <fcntl.h>
#include <nfsc/libnfs.h>

using Op = NfsError::Operation;

namespace {

// How long a stalled connection counts as "not answering" before the requests
// in flight time out: long enough not to flicker on a busy server.
constexpr int NotAnsweringAfterMs = 2000;
constexpr int WatchdogIntervalMs = 100;

bool refusedInGrace(const NfsError &error)
{
    return error.detail().contains(QLatin1String("ERR_GRACE"));
}

} // namespace

RequestDispatcher::RequestDispatcher(SessionWorker *worker)
    : QObject(worker), m_worker(worker), m_watchdog(new QTimer(this))
{
    m_watchdog->setInterval(WatchdogIntervalMs);
    connect(m_watchdog, &QTimer::timeout, this, &RequestDispatcher::watchdog);
}

void RequestDispatcher::startWatchdog()
{
    if (!m_watchdog->isActive())
        m_watchdog->start();
}

void RequestDispatcher::enqueue(Op op, QList<QByteArray> paths, std::shared_ptr<JobCore> core,
                                Request::Starter start, Request::Finisher done)
{
    auto *r = new Request;
    r->op = op;
    r->paths = std::move(paths);
    r->core = std::move(core);
    r->start = std::move(start);
    r->done = std::move(done);
    submit(r);
}

void RequestDispatcher::openReadOnly(Op op, const QByteArray &path, std::shared_ptr<JobCore> core,
                                     std::function<void(nfsfh *)> opened)
{
    auto *r = new Request;
    r->op = op;
    r->paths = {path};
    r->core = std::move(core);
    r->start = [path](nfs_context *ctx, const Request::Inside &inside, void *priv) {
        return nfs_open_async(ctx, inside(path).constData(), O_RDONLY, &RequestDispatcher::onNfsReply, priv);
    };
    r->discard = &RequestDispatcher::giveBackHandle;
    r->done = [opened = std::move(opened)](nfs_context *, void *data) { opened(static_cast<nfsfh *>(data)); };
    submit(r);
}

std::shared_ptr<JobCore> RequestDispatcher::call(Connection *on, NfsError::Operation op, const QByteArray &path,
                                                 quint64 connection, Request::Starter start,
                                                 std::function<void(nfs_context *, void *, int)> ok,
                                                 std::function<void(const NfsError &)> failed)
{
    auto rpc = std::make_shared<JobCore>();
    rpc->onFinished = [failed = std::move(failed)](const NfsError &e) {
        if (e.isError())
            failed(e);
    };
    auto *r = new Request;
    r->op = op;
    r->paths = {path};
    r->core = rpc;
    r->start = std::move(start);
    r->doneWithStatus = [rpc, ok = std::move(ok)](nfs_context *ctx, void *data, int status) {
        ok(ctx, data, status);
        rpc->finish();
    };
    r->connectionId = connection;
    r->target = on;
    if (op == NfsError::Operation::Open)
        r->discard = &RequestDispatcher::giveBackHandle;
    submit(r);
    return rpc;
}

void RequestDispatcher::submit(Request *request)
{
    request->dispatcher = this;
    if (request->core->isCancelled()) {
        delete request;
        return;
    }
    Connection *current = m_worker->current();
    const bool ready = current && current->mounted && !current->isRetired();
    if (ready && !request->pathsReal && !request->connectionId && !request->paths.isEmpty()) {
        m_worker->resolver()->makePathsReal(request);
        return;
    }
    if (request->target) {
        if (request->target->isRetired() || !request->target->mounted)
            failRequest(request, m_worker->connectionLost(request->op, request->errorPath()));
        else
            issue(request, request->target);
        return;
    }
    if (ready) {
        issue(request);
        return;
    }
    if (request->connectionId) {
        // A file handle does not survive its connection.
        failRequest(request, m_worker->connectionLost(request->op, request->errorPath()));
        return;
    }
    request->deadline.setRemainingTime(qint64(m_worker->timeoutSeconds()) * 1000);
    m_waiting.emplace_back(request);
    startWatchdog();
    m_worker->mount()->start();
}

void RequestDispatcher::issue(Request *request, Connection *on)
{
    Connection *c = on ? on : m_worker->current();
    if (request->core->isCancelled()) {
        delete request;
        return;
    }
    if (request->connectionId && request->connectionId != c->id()) {
        failRequest(request, m_worker->connectionLost(request->op, request->errorPath()));
        return;
    }
    if (m_worker->version() == 4 && !on && !request->attributesOnly
        && LibnfsWorkarounds::takesNfs4Seqid(request->op)) {
        if (m_seqidBusy) {
            m_seqidQueue.push_back(request);
            return;
        }
        m_seqidBusy = true;
        request->holdsSeqid = true;
    }
    const QByteArray root = c->exportPath();
    for (const QByteArray &p : std::as_const(request->paths)) {
        if (!ExportResolution::isAtOrBelow(p, root)) {
            failRequest(request, NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                                          tr("%1 is outside the export %2 mounted from %3")
                                              .arg(QString::fromUtf8(p), QString::fromUtf8(root), m_worker->server())));
            return;
        }
    }
    if (c->live() == 0)
        c->pump()->touch();   // idle time before this request does not count as silence
    if (c == m_worker->current())
        startWatchdog();   // the backstop for this request's time-out
    request->connection = c;
    c->inflight.push_back(request);
    qCDebug(lcRpc) << "issue" << NfsError::describe(request->op) << request->paths.value(0) << "on connection"
                   << c->id() << "in flight" << c->inflight.size();
    const auto inside = [root, real = request->realPath](const QByteArray &p) {
        return ExportResolution::pathInside(real.value(p, p), root);
    };
    // libnfs may answer inside the call and so end the request: the starter
    // must outlive the call, so it is moved out first.
    const Request::Starter start = std::move(request->start);
    if (LibnfsWorkarounds::replyCutByReconnect(request->op, 0, 1))
        request->resend = start;
    if (m_worker->version() == 4)
        request->retry = start;
    request->sentOnGeneration = c->pump()->generation();
    const int rc = start(c->context(), inside, request);
    if (rc < 0) {
        // libnfs did not queue it and will not call back.
        c->inflight.remove(request);
        failRequest(request, m_worker->identified(NfsError::fromStatus(request->op, rc, nfs_get_error(c->context()),
                                                                       request->errorPath(), m_worker->server(),
                                                                       m_worker->timeoutSeconds())));
    }
    // The request may already be answered and deleted here; only the pump is touched.
    if (!c->isRetired())
        c->pump()->update();
}

void RequestDispatcher::failRequest(Request *request, const NfsError &error)
{
    request->core->finish(error);
    releaseSeqid(request);
    delete request;
}

void RequestDispatcher::releaseSeqid(Request *request)
{
    if (!request->holdsSeqid)
        return;
    request->holdsSeqid = false;
    m_seqidBusy = false;
    if (m_seqidQueue.empty() || m_worker->isClosing())
        return;
    Request *next = m_seqidQueue.front();
    m_seqidQueue.pop_front();
    submit(next);
}

void RequestDispatcher::onNfsReply(int status, nfs_context *ctx, void *data, void *priv)
{
    auto *r = static_cast<Request *>(priv);
    Connection *c = r->connection;
    if (c->isRetired()) {
        // Being torn down: SessionWorker::destroy() finishes and frees what is left.
        if (status >= 0 && r->discard)
            r->discard(ctx, data);
        r->abandoned = true;
        return;
    }
    c->inflight.remove(r);
    RequestDispatcher *self = r->dispatcher;
    SessionWorker *worker = self->m_worker;
    qCDebug(lcRpc) << "reply" << NfsError::describe(r->op) << r->paths.value(0) << "status" << status;
    NfsError error = status < 0 ? worker->identified(LibnfsWorkarounds::explain(
                                            NfsError::fromStatus(r->op, status, static_cast<const char *>(data),
                                                                 r->errorPath(), worker->server(),
                                                                 worker->timeoutSeconds()),
                                            r->op, worker->version()))
                                      : NfsError();
    if (!error.isError() && LibnfsWorkarounds::replyCutByReconnect(r->op, r->sentOnGeneration, c->pump()->generation())) {
        // Sent again on the connection as it is now; its reply then is whole.
        if (r->resend && r->resends < MaxResends && !r->abandoned && !r->core->isCancelled()) {
            qCDebug(lcRpc) << "sending again after a reconnect:" << NfsError::describe(r->op) << r->paths.value(0);
            if (r->discard)
                r->discard(ctx, data);
            ++r->resends;
            r->start = std::move(r->resend);
            self->issue(r, r->target);
            return;
        }
        error = LibnfsWorkarounds::cutByReconnect(r->op, r->errorPath(), worker->server(), worker->timeoutSeconds());
    }
    error = LibnfsWorkarounds::hiddenExport(error, r->errorPath(), worker->server(), worker->version());
    if (error.kind() == NfsError::Kind::Stale)
        error = staleHandle(r->op, r->errorPath(), c->exportPath(), worker->server());
    if (error.isError() && refusedInGrace(error) && !r->abandoned && !r->core->isCancelled() && self->waitOutGrace(r)) {
        if (worker->state() == Session::State::NotAnswering)
            worker->setState(Session::State::Connected);
        return;
    }
    if (LibnfsWorkarounds::clientForgotten(error, worker->version()) && r->retry && !r->clientRenewed && !r->abandoned
        && !r->core->isCancelled() && !worker->isClosing()) {
        qCDebug(lcRpc) << "the server forgot this client; mounting anew for" << NfsError::describe(r->op)
                       << r->errorPath();
        if (status >= 0 && r->discard)
            r->discard(ctx, data);
        self->releaseSeqid(r);
        r->clientRenewed = true;
        r->start = r->retry;
        r->connection = nullptr;
        worker->retire(c, error, SessionWorker::Retirement::Renewal);
        self->submit(r);
        return;
    }
    // libnfs's own time-out and a dropped connection end a request too, but
    // only a reply from the server shows that it answers again.
    const bool answered = error.kind() != NfsError::Kind::Timeout && error.kind() != NfsError::Kind::ConnectionLost;
    // Before the job ends, so that its caller sees the state the answer set.
    if (answered && worker->state() == Session::State::NotAnswering)
        worker->setState(Session::State::Connected);
    if (!r->abandoned && !r->core->isCancelled()) {
        if (error.isError()) {
            if (status >= 0 && r->discard)   // a reply not trusted may still hold something to give back
                r->discard(ctx, data);
            r->core->finish(error);
        }
        else if (r->doneWithStatus)
            r->doneWithStatus(ctx, data, status);
        else
            r->done(ctx, data);
    } else if (status >= 0 && r->discard) {
        r->discard(ctx, data);
    }
    self->releaseSeqid(r);
    delete r;
}

bool RequestDispatcher::waitOutGrace(Request *r)
{
    if (!r->retry || m_worker->isClosing())
        return false;
    if (!r->graceSince.isValid())
        r->graceSince.start();
    if (r->graceSince.elapsed() > MaxGraceWaitMs)
        return false;
    qCDebug(lcRpc) << "in its grace period, asking again in" << GraceRetryMs << "ms:" << NfsError::describe(r->op)
                   << r->errorPath();
    // The next NFSv4 OPEN or CLOSE may go meanwhile; this one queues again when it is sent.
    releaseSeqid(r);
    r->start = r->retry;
    r->connection = nullptr;
    m_graceWaiting.push_back(r);
    startWatchdog();
    QTimer::singleShot(GraceRetryMs, this, [this, r] {
        const auto it = std::find(m_graceWaiting.begin(), m_graceWaiting.end(), r);
        if (it == m_graceWaiting.end())
            return;   // the session closed meanwhile
        m_graceWaiting.erase(it);
        if (r->core->isFinished()) {
            delete r;
            return;
        }
        submit(r);    // a cancelled one is dropped there
    });
    return true;
}

bool RequestDispatcher::abandonGraceWait(JobCore *core)
{
    const auto it = std::find_if(m_graceWaiting.begin(), m_graceWaiting.end(),
                                 [core](const Request *r) { return r->core.get() == core; });
    if (it == m_graceWaiting.end())
        return false;
    Request *r = *it;
    m_graceWaiting.erase(it);
    r->core->finish(NfsError::cancelled());
    delete r;
    return true;
}

NfsError RequestDispatcher::staleHandle(NfsError::Operation op, const QByteArray &path, const QByteArray &exportPath,
                                        const QString &server)
{
    // A stale handle of the export itself: the server no longer offers it (removed from its
    // configuration, or its file system unmounted); a new mount says what it offers now.
    if (path == exportPath)
        return NfsError(NfsError::Kind::Stale, ESTALE,
                        tr("%1 no longer offers the export %2 (%3: its file handle is stale); reconnect to mount "
                           "again and see what it offers now")
                            .arg(server, displayName(exportPath), NfsError::describe(op)));
    return NfsError(NfsError::Kind::Stale, ESTALE,
                    tr("%1 no longer knows %2 (%3: its file handle is stale): it was removed on the server, or the "
                       "export %4 is no longer offered; reconnect to mount again")
                        .arg(server, displayName(path), NfsError::describe(op), displayName(exportPath)));
}

void RequestDispatcher::giveBackHandle(nfs_context *ctx, void *data)
{
    nfs_close_async(ctx, static_cast<nfsfh *>(data), [](int, nfs_context *, void *, void *) {}, nullptr);
}

void RequestDispatcher::mountEnded(const NfsError &error)
{
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto &r : waiting) {
        // The waiting requests get the mount's reason, which says more than theirs would.
        if (error.isError())
            r->core->finish(error);
        else
            submit(r.release());   // through the path check, now that the export is known
    }
}

void RequestDispatcher::close(const NfsError &reason)
{
    for (auto &r : m_waiting)
        r->core->finish(reason);
    m_waiting.clear();
    for (Request *r : m_seqidQueue) {
        r->core->finish(reason);
        delete r;
    }
    m_seqidQueue.clear();
    for (Request *r : m_graceWaiting) {
        r->core->finish(reason);
        delete r;
    }
    m_graceWaiting.clear();
}

void RequestDispatcher::watchdog()
{
    const int timeoutSeconds = m_worker->timeoutSeconds();
    // A cancel reaches a request waiting out a grace period within a tick, not at its next try.
    for (auto it = m_graceWaiting.begin(); it != m_graceWaiting.end();) {
        if ((*it)->core->isCancelled()) {
            delete *it;
            it = m_graceWaiting.erase(it);
        } else {
            ++it;
        }
    }
    // Requests waiting for a mount have a deadline of their own.
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        Request *r = it->get();
        if (r->core->isCancelled() || r->deadline.hasExpired()) {
            if (!r->core->isCancelled())
                r->core->finish(m_worker->mount()->waitingError(r->op, r->errorPath()));
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    Connection *c = m_worker->current();
    if (!c || !c->mounted) {
        if (m_waiting.empty() && m_graceWaiting.empty() && !m_worker->mount()->isMounting())
            m_watchdog->stop();
        return;
    }
    // Cancelled requests stay in flight until libnfs answers; only their jobs end now.
    for (Request *r : c->inflight) {
        if (!r->abandoned && r->core->isCancelled())
            r->abandoned = true;
    }
    if (c->live() == 0) {
        if (m_waiting.empty() && m_graceWaiting.empty())
            m_watchdog->stop();
        return;
    }
    const qint64 silent = c->pump()->idleMs();
    if (silent > NotAnsweringAfterMs)
        m_worker->setState(Session::State::NotAnswering);
    // libnfs times requests out itself; this is the backstop for when its
    // whole-second clock or a reconnect keeps it from doing so in time.
    if (silent > qint64(timeoutSeconds) * 1000 + 500) {
        for (Request *r : c->inflight) {
            if (r->abandoned)
                continue;
            r->abandoned = true;
            r->core->finish(NfsError::timeout(r->op, r->errorPath(), m_worker->server(), timeoutSeconds));
        }
    }
}
