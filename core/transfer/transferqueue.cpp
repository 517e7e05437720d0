// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferqueue.h"

#include "appsettings.h"
#include "conflictresolver.h"
#include "copynames.h"
#include "session.h"
#include "sessionlink.h"
#include "sourceremoval.h"
#include "transferitem.h"
#include "transferpool.h"
#include "treetransfer.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QWaitCondition>

#include <cerrno>
#include <deque>
#include <optional>

#include <sys/stat.h>

namespace {
// More at once only splits the same bandwidth further and loads the server.
constexpr int MostRunningAllowed = 16;
}

// What the queue and its pool threads share; outlives either.
struct TransferQueueState
{
    QMutex mutex;
    QWaitCondition allEnded;
    std::deque<std::shared_ptr<TransferItem>> waiting;   // guarded by mutex
    int running = 0;                                      // guarded by mutex
    int maxRunning = TransferQueue::DefaultMaxRunning;    // guarded by mutex
    int mostRunning = 0;                                  // guarded by mutex
    bool closing = false;                                 // guarded by mutex
    std::atomic<int> sessions{0};
    // Where pool threads post conflict questions; it outlives every transfer
    // (its destructor waits for them), and a question posted to it once it is
    // gone is dropped with it while the asking copy sees its cancel.
    TransferQueue *queue = nullptr;

    // For a transfer that asks: the question goes to the queue's thread, the
    // pool thread waits for the answer; "apply to all" holds for the rest of it.
    static std::function<TransferConflict::Choice(const TransferConflict &)>
    askerFor(TransferQueueState &state, const std::shared_ptr<TransferItem> &item);

    // Starts what may start; with mutex held.
    static void scheduleLocked(const std::shared_ptr<TransferQueueState> &state);
};

namespace {

// Whether `path` lies in the export `exportPath` (a mount's).
bool insideExport(const QByteArray &path, const QByteArray &exportPath)
{
    return exportPath == "/" || path == exportPath || path.startsWith(exportPath + '/');
}

// A move between two places of one server with the same options: when the
// target lies in the export the source's session mounts, a single RENAME
// does it. *done tells whether it was that case.
NfsError renameOnOneExport(const std::shared_ptr<TransferItem> &item, bool *done)
{
    const TransferRequest &request = item->request;
    *done = false;
    if (request.from.kind != TransferPlace::Kind::Remote || request.to.kind != TransferPlace::Kind::Remote
        || !request.from.url.sameServer(request.to.url))
        return {};
    Session session(request.from.url);
    const auto cancelled = [&item] { return item->isCancelled(); };
    std::unique_ptr<MountJob> mount(session.mount());
    if (NfsError e = SessionLink::await(mount.get(), cancelled)) {
        *done = true;   // the copy would fail to mount alike
        return e;
    }
    if (!insideExport(request.to.url.path(), mount->result().exportPath))
        return {};
    *done = true;
    QByteArray target = request.to.url.path();
    if (request.noteTarget) {
        std::unique_ptr<StatJob> there(session.lstat(request.to.url.path()));
        const NfsError e = SessionLink::await(there.get(), cancelled);
        item->madeTarget.store(e.kind() == NfsError::Kind::NotFound);
    }
    if (request.options.noClobber || request.options.keepBoth) {
        // NFS RENAME replaces silently: look right before it; keeping both
        // takes the first free "name (n).ext" beside the target.
        const QByteArray name = target.mid(target.lastIndexOf('/') + 1);
        const QByteArray folder = target.left(target.lastIndexOf('/') + 1);
        for (int n = 0;; ++n) {
            if (n > 0 && (!request.options.keepBoth || n >= CopyNames::MostNumberedNames))
                return NfsError(NfsError::Kind::Exists, EEXIST,
                                QCoreApplication::translate("TransferQueue", "Will not replace %1: it exists")
                                    .arg(request.to.display()));
            const QByteArray candidate = n == 0 ? target : folder + CopyNames::numbered(name, n);
            std::unique_ptr<StatJob> there(session.lstat(candidate));
            const NfsError seen = SessionLink::await(there.get(), cancelled);
            if (seen.kind() == NfsError::Kind::NotFound) {
                target = candidate;
                break;
            }
            if (seen && seen.kind() != NfsError::Kind::Exists)
                return seen;
        }
    }
    std::unique_ptr<Job> rename(session.rename(request.from.url.path(), target));
    const NfsError e = SessionLink::await(rename.get(), cancelled);
    if (!e) {
        item->itemsDone.store(1);
        if (target != request.to.url.path())
            item->setLandedAt(TransferPlace::remote(request.to.url.withPath(target)));
    }
    return e;
}

} // namespace

std::function<TransferConflict::Choice(const TransferConflict &)>
TransferQueueState::askerFor(TransferQueueState &state, const std::shared_ptr<TransferItem> &item)
{
    if (!item->asksConflicts)
        return {};
    // Only this transfer's pool thread reads and writes it.
    auto forAll = std::make_shared<std::optional<TransferConflict::Choice>>();
    TransferQueue *queue = state.queue;
    return [queue, item, forAll](const TransferConflict &conflict) {
        if (*forAll)
            return **forAll;
        // A file's copy has not counted its size yet: while the question is open the
        // pane's total would say "0 bytes of 0 bytes".
        if (!item->request.recursive && conflict.sourceSize > 0 && item->bytesTotal.load() == 0)
            item->bytesTotal.store(conflict.sourceSize);
        auto reply = std::make_shared<ConflictReply>();
        QMetaObject::invokeMethod(queue, [queue, conflict, reply] { queue->askConflict(conflict, reply); },
                                  Qt::QueuedConnection);
        const std::optional<ConflictReply::Answer> answer = reply->wait([&item] { return item->isCancelled(); });
        if (!answer)
            return TransferConflict::Choice::Skip;
        if (answer->applyToAll)
            *forAll = answer->choice;
        return answer->choice;
    };
}

namespace {

// Whether nothing is at `to` (for TransferRequest::noteTarget); an answer
// other than "not found" counts as something there.
bool targetAbsent(const std::shared_ptr<TransferItem> &item, const TransferEndpoint &to)
{
    switch (to.kind) {
    case TransferEndpoint::Kind::Local: {
        struct stat st {};
        return ::lstat(QFile::encodeName(to.localPath).constData(), &st) != 0 && errno == ENOENT;
    }
    case TransferEndpoint::Kind::Remote: {
        NfsError closed;
        auto there = to.link->job([&](Session *s) { return s->lstat(to.remotePath); }, &closed);
        return there && SessionLink::await(there.get(), [&item] { return item->isCancelled(); }).kind()
                            == NfsError::Kind::NotFound;
    }
    case TransferEndpoint::Kind::StandardStream:
    case TransferEndpoint::Kind::None: break;
    }
    return false;
}

// One transfer, on its pool thread, with sessions of its own.
NfsError execute(TransferQueueState &state, const std::shared_ptr<TransferItem> &item)
{
    const TransferRequest &request = item->request;
    // A file onto itself, as cp(1) and mv(1) refuse it; a copy that keeps
    // both is made beside it as "name (1).ext".
    if (request.from.kind == TransferPlace::Kind::Remote && request.to.kind == TransferPlace::Kind::Remote
        && request.from.url == request.to.url && (request.move || !request.options.keepBoth)) {
        return NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                        QCoreApplication::translate("TransferQueue", "%1 is both the source and the destination")
                            .arg(request.from.display()));
    }
    if (request.move) {
        bool renamed = false;
        const NfsError e = renameOnOneExport(item, &renamed);
        if (renamed)
            return e;
    }
    std::vector<std::unique_ptr<Session>> sessions;
    std::shared_ptr<SessionLink> firstLink;
    const auto endpoint = [&](const TransferPlace &place) {
        switch (place.kind) {
        case TransferPlace::Kind::Local: return TransferEndpoint::local(place.localPath);
        case TransferPlace::Kind::StandardStream: return TransferEndpoint::standardStream();
        case TransferPlace::Kind::Remote: break;
        }
        // Over NFSv4 one mount reaches every export of the server.
        if (firstLink && place.url.version() == 4 && firstLink->url().sameServer(place.url))
            return TransferEndpoint::remote(firstLink, place.url.path());
        sessions.push_back(std::make_unique<Session>(place.url));
        state.sessions.fetch_add(1);
        auto link = SessionLink::to(sessions.back().get());
        if (!firstLink)
            firstLink = link;
        return TransferEndpoint::remote(link, place.url.path());
    };
    const TransferEndpoint from = endpoint(request.from);
    const TransferEndpoint to = endpoint(request.to);
    if (request.noteTarget)
        item->madeTarget.store(targetAbsent(item, to));

    NfsError error;
    if (request.recursive) {
        TreeTransferControl control;
        control.pause = &item->gate;
        control.onBytes = [&item](qint64 bytes) {
            item->bytesDone.store(bytes);
            item->setProgress(bytes, item->bytesTotal.load());
        };
        control.onItems = [&item](qint64 items) { item->itemsDone.store(items); };
        control.askConflict = TransferQueueState::askerFor(state, item);
        QList<TreeFailure> failures;
        error = TreeTransfer::copyHere(item, from, to, request.options, control, &failures);
        if (request.move && !item->isCancelled()) {
            // What the copy verified goes; what failed stays where it was.
            const QList<TreeFailure> kept = SourceRemoval(item, failures).run(from, to);
            failures += kept;
            if (!kept.isEmpty())
                error = summarizeFailures(failures);
        }
        item->setFailures(std::move(failures));
    } else {
        TransferControl control;
        control.pause = &item->gate;
        control.onBytes = [&item](qint64 done, qint64 total) {
            item->bytesDone.store(done);
            item->bytesTotal.store(total);
            item->setProgress(done, total);
        };
        control.askConflict = TransferQueueState::askerFor(state, item);
        TransferEndpoint madeAt = to;
        control.madeAt = &madeAt;
        error = Transfer::copyHere(item, from, to, request.options, control);
        if (!error && request.move && !item->isCancelled()) {
            // Checked against the copy itself, "name (1).ext" when both were kept.
            const QList<TreeFailure> kept = SourceRemoval(item, {}).run(from, madeAt);
            if (!kept.isEmpty())
                error = kept.first().error;
        } else if (!error && request.move) {
            // Cancelled once the copy had landed: the source stays, so the move did not happen.
            error = NfsError::cancelled();
        }
        if (!error) {
            item->itemsDone.store(1);
            // Keep Both lands the copy as "name (1).ext": the pane and the notice name that.
            if (madeAt.kind == TransferEndpoint::Kind::Local && madeAt.localPath != request.to.localPath)
                item->setLandedAt(TransferPlace::local(madeAt.localPath));
            else if (madeAt.kind == TransferEndpoint::Kind::Remote && madeAt.remotePath != request.to.url.path())
                item->setLandedAt(TransferPlace::remote(request.to.url.withPath(madeAt.remotePath)));
        }
    }
    const int made = int(sessions.size());
    sessions.clear();   // each Session's end cuts its links
    state.sessions.fetch_sub(made);
    return error;
}

void runItem(const std::shared_ptr<TransferQueueState> &state, const std::shared_ptr<TransferItem> &item)
{
    NfsError error = execute(*state, item);
    // A cancel that came after the copy landed under its real name is too
    // late to undo it: the copy is done, not cancelled.
    if (error && item->isCancelled())
        error = NfsError::cancelled();
    item->phase.store(int(TransferItem::Phase::Ended));
    item->finish(error);
    QMutexLocker lock(&state->mutex);
    --state->running;
    if (state->closing) {
        if (state->running == 0)
            state->allEnded.wakeAll();
        return;
    }
    TransferQueueState::scheduleLocked(state);
}

} // namespace

void TransferQueueState::scheduleLocked(const std::shared_ptr<TransferQueueState> &state)
{
    while (!state->closing && state->running < state->maxRunning && !state->waiting.empty()) {
        std::shared_ptr<TransferItem> item = std::move(state->waiting.front());
        state->waiting.pop_front();
        if (item->isCancelled()) {
            item->phase.store(int(TransferItem::Phase::Ended));
            item->finish(NfsError::cancelled());
            continue;
        }
        ++state->running;
        state->mostRunning = std::max(state->mostRunning, state->running);
        item->started();
        startOnTransferPool([state, item] { runItem(state, item); });
    }
}

TransferQueue::TransferQueue(QObject *parent)
    : QObject(parent), m_state(std::make_shared<TransferQueueState>())
{
    m_state->queue = this;
    // The pane looks again at this pace while something is under way.
    m_tick.setInterval(Job::ProgressIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (runningCount() + queuedCount() == 0)
            m_tick.stop();
        Q_EMIT changed();
    });
}

TransferQueue::~TransferQueue()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->closing = true;
    for (const std::shared_ptr<TransferItem> &item : m_state->waiting) {
        item->phase.store(int(TransferItem::Phase::Ended));
        item->finish(NfsError::cancelled());
    }
    m_state->waiting.clear();
    for (TransferJob *job : std::as_const(m_jobs))
        job->cancel();
    // Each ends within about a second of its cancel (Transfer::CleanUpDeadlineMs).
    while (m_state->running > 0)
        m_state->allEnded.wait(&m_state->mutex);
}

TransferQueue *TransferQueue::application()
{
    static QPointer<TransferQueue> queue;
    if (!queue) {
        queue = new TransferQueue(QCoreApplication::instance());
        queue->setMaxRunning(AppSettings().parallelTransfers());
        // Ended while the application still delivers events: a transfer cancelled
        // at the end closes its sessions, whose threads quit on a queued call,
        // and once ~QCoreApplication has begun no queued call is delivered (the
        // program hung at exit, its window already gone).
        qAddPostRoutine([] { delete queue.data(); });
    }
    return queue;
}

int TransferQueue::maxRunning() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->maxRunning;
}

void TransferQueue::setMaxRunning(int n)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->maxRunning = std::clamp(n, 1, MostRunningAllowed);
    TransferQueueState::scheduleLocked(m_state);
}

TransferJob *TransferQueue::add(const TransferRequest &request)
{
    auto item = std::make_shared<TransferItem>(request);
    item->asksConflicts = !m_resolver.isNull() && !request.options.replace;
    // Its copy removes its temporary file before it ends.
    item->setEndsItselfOnCancel(true);
    auto *job = new TransferJob(item, this);
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job] { finished(job); });
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->waiting.push_back(item);
        TransferQueueState::scheduleLocked(m_state);
    }
    m_tick.start();
    Q_EMIT jobAdded(job);
    Q_EMIT changed();
    return job;
}

void TransferQueue::setConflictResolver(ConflictResolver *resolver)
{
    m_resolver = resolver;
}

void TransferQueue::askConflict(const TransferConflict &conflict, const std::shared_ptr<ConflictReply> &reply)
{
    if (m_resolver)
        m_resolver->ask(conflict, reply);
    else
        reply->answer(TransferConflict::Choice::Skip);   // the window that would ask is gone
}

TransferJob *TransferQueue::retry(TransferJob *job)
{
    return add(job->request());
}

void TransferQueue::cancel(TransferJob *job)
{
    job->cancel();
    QMutexLocker lock(&m_state->mutex);
    auto &waiting = m_state->waiting;
    const auto it = std::find(waiting.begin(), waiting.end(), job->m_item);
    if (it == waiting.end())
        return;   // running: it ends itself
    waiting.erase(it);
    job->m_item->phase.store(int(TransferItem::Phase::Ended));
    job->m_item->finish(NfsError::cancelled());
}

void TransferQueue::clearFinished()
{
    QList<TransferJob *> kept;
    for (TransferJob *job : std::as_const(m_jobs)) {
        if (job->isFinished())
            job->deleteLater();
        else
            kept.append(job);
    }
    m_jobs = kept;
    Q_EMIT changed();
}

int TransferQueue::runningCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->running;
}

int TransferQueue::queuedCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->waiting.size());
}

int TransferQueue::sessionCount() const
{
    return m_state->sessions.load();
}

int TransferQueue::mostRunning() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->mostRunning;
}

TransferQueue::Totals TransferQueue::totals() const
{
    Totals t;
    for (const TransferJob *job : m_jobs) {
        if (job->isFinished())
            continue;
        ++t.transfers;
        t.bytesDone += job->bytesDone();
        t.bytesTotal += job->bytesTotal();
        t.itemsDone += job->itemsDone();
        t.bytesPerSecond += job->bytesPerSecond();
    }
    if (t.bytesPerSecond > 0 && t.bytesTotal > 0)
        t.secondsLeft = qint64(double(std::max<qint64>(t.bytesTotal - t.bytesDone, 0)) / t.bytesPerSecond + 0.5);
    return t;
}

void TransferQueue::finished(TransferJob *job)
{
    Q_EMIT jobFinished(job);
    Q_EMIT changed();
}
