// SPDX-License-Identifier: GPL-3.0-or-later
#include "mountcontroller.h"

#include "connection.h"
#include "displayname.h"
#include "exportquery.h"
#include "logging.h"
#include "requestdispatcher.h"
#include "rpcpump.h"
#include "sessionworker.h"

#include <QTimer>

#include <cerrno>
#include <utility>
#include <nfsc/libnfs.h>

using Op = NfsError::Operation;

namespace {

constexpr int MaxBackoffMs = 30000;

} // namespace

MountController::MountController(SessionWorker *worker, const NfsUrl &url, Session::MountPoint mountPoint)
    : QObject(worker), m_worker(worker), m_url(url),
      m_atFolder(mountPoint == Session::MountPoint::Folder && url.version() == 3), m_deadline(new QTimer(this)),
      m_backoffTimer(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        Connection *c = m_worker->current();
        if (c && !c->mounted) {
            m_tryingFolder = false;
            const NfsError e = attemptTimeout();
            m_worker->retire(c, e);
            m_candidates.clear();
            failed(e);
        }
    });
    m_backoffTimer->setSingleShot(true);
    connect(m_backoffTimer, &QTimer::timeout, this, &MountController::start);
}

MountInfo MountController::infoOf(const Connection *c) const
{
    return MountInfo{c->exportPath(), m_url.version(), nfs_get_readmax(c->context()),
                     nfs_get_writemax(c->context())};
}

NfsError MountController::attemptTimeout() const
{
    // Nothing ever came back: the connection itself (or the portmapper) is
    // what does not answer; else the MOUNT (or NFSv4's first COMPOUND).
    const Connection *c = m_worker->current();
    if (c && c->pump() && c->pump()->hasHeard())
        return NfsError::timeout(Op::Mount, c->exportPath(), server(), timeoutSeconds());
    return NfsError::timeout(Op::Connect, {}, server(), timeoutSeconds());
}

NfsError MountController::waitingError(Op op, const QByteArray &path) const
{
    if (m_mounting)
        return attemptTimeout();
    if (m_lastError.isError())
        return m_lastError;
    return NfsError::timeout(op, path, server(), timeoutSeconds());
}

void MountController::submit(std::shared_ptr<ResultCore<MountInfo>> core)
{
    if (Connection *c = m_worker->current(); c && c->mounted) {
        core->finishWith(infoOf(c));
        return;
    }
    m_waiters.push_back(std::move(core));
    start();
}

void MountController::close(const NfsError &reason)
{
    for (auto &w : m_waiters)
        w->finish(reason);
    m_waiters.clear();
}

void MountController::start()
{
    Connection *current = m_worker->current();
    if (m_worker->isClosing() || m_mounting || (current && current->mounted))
        return;
    if (!m_backoff.hasExpired()) {
        m_backoffTimer->start(int(m_backoff.remainingTime()));
        return;
    }
    m_mounting = true;
    m_listFresh = false;
    m_firstError = NfsError();
    m_worker->setState(Session::State::Connecting);
    m_worker->dispatcher()->startWatchdog();
    m_worker->withAddress([this](const NfsError &error, const QString &) {
        if (error.isError())
            failed(error);
        else
            chooseExport();
    });
}

void MountController::chooseExport()
{
    const QByteArray path = m_url.path();
    if (m_url.version() == 4) {
        // NFSv4 has no export list: the pseudo file system is one tree.
        m_candidates = {QByteArrayLiteral("/")};
        mountNextCandidate();
        return;
    }
    if (m_atFolder) {
        // The folder itself; should the server refuse it, its export (below).
        m_tryingFolder = true;
        m_candidates = {path};
        mountNextCandidate();
        return;
    }
    const auto choose = [this, path] {
        if (m_worker->isClosing())
            return;
        const QByteArray best = ExportResolution::longestExportFor(m_exportList, path);
        if (best.isEmpty() && m_haveExportList) {
            QStringList names;
            for (const ExportEntry &e : std::as_const(m_exportList))
                names.append(displayName(e.path));
            failed(NfsError(NfsError::Kind::MountRefused, ENOENT,
                            tr("%1 exports nothing that holds %2; its exports are: %3")
                                .arg(server(), displayName(path),
                                     names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", ")))));
            return;
        }
        m_candidates = best.isEmpty() ? ExportResolution::pathAndParents(path) : QList<QByteArray>{best};
        mountNextCandidate();
    };
    if (m_haveExportList) {
        choose();
        return;
    }
    queryExports([this, choose](const NfsError &error, const ExportList &list) {
        if (!error) {
            m_haveExportList = true;
            m_listFresh = true;
            m_exportList = list;
        } else {
            qCDebug(lcSession) << "no export list from" << server() << ":" << error.message();
        }
        choose();
    });
}

void MountController::mountNextCandidate()
{
    if (m_worker->isClosing())
        return;
    if (m_candidates.isEmpty()) {
        failed(m_firstError);
        return;
    }
    const QByteArray exportPath = m_candidates.takeFirst();
    NfsError error;
    Connection *c = m_worker->connectTo(
        exportPath, [this](int status, const char *message) { onMountReply(status, message); }, &error);
    if (!c) {
        failed(error);
        return;
    }
    m_worker->setCurrent(c);
    m_deadline->start(timeoutSeconds() * 1000);
}

void MountController::onMountReply(int status, const char *message)
{
    Connection *c = m_worker->current();
    m_deadline->stop();
    const bool triedFolder = std::exchange(m_tryingFolder, false);
    if (status == 0) {
        c->mounted = true;
        succeeded();
        return;
    }
    NfsError e = NfsError::fromStatus(Op::Mount, status, message, c->exportPath(), server(), timeoutSeconds());
    qCDebug(lcSession) << "mount of" << c->exportPath() << "failed:" << e.message() << e.detail();
    if (triedFolder && e.kind() != NfsError::Kind::Unreachable) {
        // Not every server mounts a folder below an export: this session
        // mounts the export from now on, and its messages speak of that.
        m_worker->retire(c, e);
        m_atFolder = false;
        m_candidates.clear();
        QTimer::singleShot(0, this, &MountController::chooseExport);
        return;
    }
    // The first refusal says most (the path the user asked for); a later
    // "not found" for a parent would only confuse.
    if (!m_firstError)
        m_firstError = e;
    m_worker->retire(c, e);
    const bool tryParent = e.kind() == NfsError::Kind::MountRefused || e.kind() == NfsError::Kind::NotFound;
    if ((tryParent || e.kind() == NfsError::Kind::PermissionDenied) && m_haveExportList && !m_listFresh
        && m_url.version() == 3) {
        // A mount that worked before is refused now: the export may be gone from the server
        // (its configuration changed). Its export list as it is now says so in words.
        m_haveExportList = false;
        m_candidates.clear();
        QTimer::singleShot(0, this, &MountController::chooseExport);
        return;
    }
    if (tryParent && !m_candidates.isEmpty()) {
        // Never from inside the callback: the old context is torn down first.
        QTimer::singleShot(0, this, &MountController::mountNextCandidate);
        return;
    }
    m_candidates.clear();
    failed(m_firstError);
}

void MountController::failed(const NfsError &error)
{
    m_mounting = false;
    m_deadline->stop();
    ++m_failures;
    const int backoffMs = std::min(MaxBackoffMs, 1000 << std::min(m_failures - 1, 5));
    m_backoff.setRemainingTime(backoffMs);
    m_worker->setState(Session::State::Lost);
    const NfsError e = error ? error
                             : NfsError(NfsError::Kind::MountRefused, EIO, tr("Cannot mount %1").arg(server()));
    m_lastError = e;
    close(e);
    Q_EMIT mountEnded(e);
}

void MountController::succeeded()
{
    Connection *c = m_worker->current();
    m_mounting = false;
    m_failures = 0;
    m_backoff = QDeadlineTimer();
    m_lastError = NfsError();
    m_worker->setState(Session::State::Connected);
    const MountInfo info = infoOf(c);
    qCDebug(lcSession) << "mounted" << server() << c->exportPath() << "readmax" << info.readMax << "writemax"
                       << info.writeMax;
    for (auto &w : m_waiters)
        w->finishWith(info);
    m_waiters.clear();
    Q_EMIT mountEnded(NfsError());
}

void MountController::submitExports(std::shared_ptr<ResultCore<ExportList>> core)
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

void MountController::queryExports(std::function<void(const NfsError &, const ExportList &)> done)
{
    m_worker->withAddress([this, done = std::move(done)](const NfsError &error, const QString &address) {
        if (error.isError())
            done(error, {});
        else
            ExportQuery::start(m_url, address, m_worker, done);
    });
}
