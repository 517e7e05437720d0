// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionworker.h"

#include <unistd.h>

#include "connection.h"
#include "displayname.h"
#include "exportquery.h"
#include "libnfsworkarounds.h"
#include "logging.h"
#include "mountcontroller.h"
#include "pathresolver.h"
#include "remotefilebackend.h"
#include "request.h"
#include "requestdispatcher.h"
#include "rpcpump.h"
#include "sessionoperations.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QTimer>

#include <cerrno>
#include <nfsc/libnfs.h>

using Op = NfsError::Operation;

namespace {

// A name's address is asked again after this long (a remount after a loss may
// find the server elsewhere).
constexpr int AddressReuseMs = 60000;

} // namespace

SessionWorker::SessionWorker(Session *session, const NfsUrl &url, Session::MountPoint mountPoint)
    : m_session(session),
      m_url(url),
      m_mount(new MountController(this, url, mountPoint)),
      m_dispatcher(new RequestDispatcher(this)),
      m_resolver(std::make_unique<PathResolver>(url, m_dispatcher)),
      m_operations(std::make_unique<SessionOperations>(this, m_dispatcher, m_resolver.get()))
{
    connect(m_mount, &MountController::mountEnded, this, [this](const NfsError &error) {
        if (!error.isError())
            m_resolver->setExportRoot(m_connection->exportPath());
        m_dispatcher->mountEnded(error);
    });
}

SessionWorker::~SessionWorker()
{
    // From here on nothing starts: an export query's ending must not begin a mount.
    m_closing = true;
    // A lookup still running would post its answer to this thread after it
    // ended, and that answer's object would never be freed.
    for (int id : m_lookups)
        QHostInfo::abortHostLookup(id);
    const NfsError closed = NfsError::sessionClosed();
    ExportQuery::abandonAll(this, closed);
    m_dispatcher->close(closed);
    auto files = std::move(m_files);
    for (auto &f : files)
        f->abandon(closed);
    m_mount->close(closed);
    std::list<Connection *> live = std::move(m_auxiliary);
    if (m_connection)
        live.push_back(m_connection);
    m_connection = nullptr;
    for (Connection *c : live) {
        c->retire(closed);
        destroy(c);
    }
    for (Connection *c : m_dying)
        destroy(c);
    m_dying.clear();
}

void SessionWorker::setState(Session::State state)
{
    if (m_session->m_state.exchange(int(state)) != int(state)) {
        qCDebug(lcSession) << server() << "is now" << state;
        QMetaObject::invokeMethod(m_session, [s = m_session, state] { Q_EMIT s->stateChanged(state); },
                                  Qt::QueuedConnection);
    }
}

void SessionWorker::withAddress(std::function<void(const NfsError &, const QString &)> then)
{
    const QString host = m_url.host();
    if (!QHostAddress(host).isNull()) {
        m_address = host;
        then(NfsError(), host);
        return;
    }
    if (!m_address.isEmpty() && !m_addressExpires.hasExpired()) {
        then(NfsError(), m_address);
        return;
    }
    // The answer comes on this thread; not at all if the worker is gone first.
    auto id = std::make_shared<int>(-1);
    *id = QHostInfo::lookupHost(host, this, [this, id, host, then = std::move(then)](const QHostInfo &info) {
        m_lookups.erase(*id);
        if (m_closing)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            then(NfsError(NfsError::Kind::Unreachable, EHOSTUNREACH,
                          tr("Cannot resolve host name '%1': %2").arg(host, info.errorString())),
                 QString());
            return;
        }
        m_address = info.addresses().constFirst().toString();
        m_addressExpires.setRemainingTime(AddressReuseMs);
        qCDebug(lcSession) << host << "is" << m_address;
        then(NfsError(), m_address);
    });
    m_lookups.insert(*id);
}

Connection *SessionWorker::connectTo(const QByteArray &exportPath, std::function<void(int, const char *)> onMount,
                                     NfsError *error)
{
    auto *c = new Connection(m_url, exportPath, this);
    if (!c->context()) {
        delete c;
        *error = NfsError(NfsError::Kind::Other, ENOMEM, tr("Cannot create an NFS context"));
        return nullptr;
    }
    connect(c->pump(), &RpcPump::failed, this, [this, c] {
        if (!c->mounted) {
            // libnfs gives no words for this case; it is the portmapper or the connection.
            c->reportMount(-ENOTCONN, LibnfsWorkarounds::ServiceFailedText);
            return;
        }
        retire(c, NfsError::fromStatus(Op::Other, -ENOTCONN, nfs_get_error(c->context()), c->exportPath(), server(),
                                       timeoutSeconds()));
    });
    qCDebug(lcSession) << "mounting" << server() << exportPath << "version" << m_url.version();
    if (c->mountAsync(m_address.isEmpty() ? m_url.host() : m_address, std::move(onMount)) < 0) {
        *error = NfsError::fromStatus(Op::Mount, -EIO, nfs_get_error(c->context()), exportPath, server(),
                                      timeoutSeconds());
        retire(c, *error);
        return nullptr;
    }
    return c;
}

Connection *SessionWorker::connectAuxiliary(const QByteArray &exportPath,
                                            std::function<void(int, const char *)> onMount, NfsError *error)
{
    Connection *c = connectTo(exportPath, std::move(onMount), error);
    if (c)
        m_auxiliary.push_back(c);
    return c;
}

void SessionWorker::retire(Connection *c, const NfsError &reason, Retirement how)
{
    if (c->isRetired())
        return;
    c->retire(reason);
    const bool current = m_connection == c;
    if (current)
        m_connection = nullptr;
    m_auxiliary.remove(c);
    if (current && c->mounted && how == Retirement::Lost)
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
    // Callbacks that libnfs makes from here on see the connection retired and
    // leave their requests to the loop below.
    c->destroyContext();
    for (Request *r : c->inflight) {
        r->core->finish(c->retiredBecause());
        m_dispatcher->releaseSeqid(r);
        delete r;
    }
    delete c;
}

void SessionWorker::adoptFile(std::shared_ptr<RemoteFileBackend> file)
{
    if (m_closing) {
        file->abandon(NfsError::sessionClosed());
        return;
    }
    m_files.push_back(file);
    file->start();
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

void SessionWorker::discardHandle(quint64 connection, nfsfh *fh)
{
    Connection *owner = m_connection && m_connection->id() == connection ? m_connection : nullptr;
    for (Connection *c : m_auxiliary)
        owner = !owner && c->id() == connection ? c : owner;
    for (Connection *c : m_dying)
        owner = !owner && c->id() == connection ? c : owner;
    if (owner)
        owner->discardHandle(fh);
    else
        nfs_free_nfsfh(fh);
}

void SessionWorker::releaseHandle(quint64 connection, nfsfh *fh)
{
    if (Connection *c = current(); c && c->id() == connection && !c->isRetired())
        nfs_close_async(c->context(), fh, [](int, nfs_context *, void *, void *) {}, nullptr);
    else
        discardHandle(connection, fh);
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
                                                 : (m_connection ? m_connection->exportPath() : m_url.path());
    NfsError error;
    Connection *c = connectAuxiliary(
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
            reply(conn->id(), NfsError());
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
    if (connection && !connection->isRetired())
        retire(connection, NfsError::cancelled());
}

Connection *SessionWorker::ownConnection(quint64 id) const
{
    for (Connection *c : m_auxiliary) {
        if (c->id() == id && !c->isRetired())
            return c;
    }
    return nullptr;
}

quint64 SessionWorker::connectionIdOf(const Connection *connection)
{
    return connection ? connection->id() : 0;
}

quint64 SessionWorker::connectionId() const
{
    return m_connection && m_connection->mounted && !m_connection->isRetired() ? m_connection->id() : 0;
}

quint64 SessionWorker::chunkLimit(bool forWrite) const
{
    if (!m_connection || !m_connection->mounted)
        return 0;
    return forWrite ? nfs_get_writemax(m_connection->context()) : nfs_get_readmax(m_connection->context());
}

NfsError SessionWorker::connectionLost(NfsError::Operation op, const QByteArray &path) const
{
    return NfsError(NfsError::Kind::ConnectionLost, ENOTCONN,
                    tr("Connection lost: %1 on %2 (%3); the open file cannot go on")
                        .arg(displayName(path), server(), NfsError::describe(op)));
}

NfsError SessionWorker::identified(const NfsError &error) const
{
    // Without uid= or gid= libnfs sends this process's own.
    return error.namingIdentity(m_url.uid().value_or(::getuid()), m_url.gid().value_or(::getgid()));
}
