// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportquery.h"

#include "connection.h"
#include "libnfsworkarounds.h"
#include "nfsconversion.h"
#include "rpcpump.h"

#include <QTimer>

#include <cerrno>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-mount.h>

using Op = NfsError::Operation;

ExportQuery::ExportQuery(const NfsUrl &url, Done done, QObject *parent)
    : QObject(parent), m_url(url), m_done(std::move(done))
{
}

ExportQuery::~ExportQuery()
{
    // Destroying the context cancels what is pending, and those callbacks
    // see m_finished.
    m_finished = true;
    if (m_pump)
        m_pump->detach();
    if (m_rpc)
        rpc_destroy_context(m_rpc);
}

NfsError ExportQuery::failure(int status, const char *detail) const
{
    return NfsError::fromStatus(Op::ListExports, status, detail, {}, m_url.host(), m_url.timeoutSeconds());
}

void ExportQuery::start(const NfsUrl &url, const QString &address, QObject *parent, Done done)
{
    auto *q = new ExportQuery(url, std::move(done), parent);
    q->m_rpc = rpc_init_context();
    if (!q->m_rpc) {
        q->finishLater(NfsError(NfsError::Kind::Other, ENOMEM, tr("Cannot create an RPC context")), {});
        return;
    }
    LibnfsWorkarounds::randomiseXid(q->m_rpc);
    rpc_set_timeout(q->m_rpc, url.timeoutSeconds() * 1000);
    rpc_set_tcp_syncnt(q->m_rpc, url.tcpSyncnt().value_or(Connection::TcpSynRetries));
    q->m_pump = new RpcPump(q->m_rpc, q);
    q->m_deadline = new QTimer(q);
    q->m_deadline->setSingleShot(true);
    connect(q->m_deadline, &QTimer::timeout, q, [q] {
        q->finish(NfsError::timeout(Op::ListExports, {}, q->m_url.host(), q->m_url.timeoutSeconds()), {});
    });
    connect(q->m_pump, &RpcPump::failed, q,
            [q] { q->finish(q->failure(-ECONNRESET, rpc_get_error(q->m_rpc)), {}); });
    q->m_deadline->start(url.timeoutSeconds() * 1000);

    // Callbacks never free the query: it lives until its context is destroyed,
    // which cancels whatever is still pending.
    static const rpc_cb onExports = [](rpc_context *rpc, int status, void *data, void *priv) {
        auto *query = static_cast<ExportQuery *>(priv);
        if (query->m_finished)
            return;
        if (status == RPC_STATUS_SUCCESS)
            query->finishLater({}, NfsConversion::exportListFrom(data));
        else
            query->finishLater(query->failure(status == RPC_STATUS_TIMEOUT ? -ETIMEDOUT : -EIO,
                                              status == RPC_STATUS_ERROR ? static_cast<const char *>(data)
                                                                         : rpc_get_error(rpc)),
                               {});
    };
    static const rpc_cb onConnected = [](rpc_context *rpc, int status, void *data, void *priv) {
        auto *query = static_cast<ExportQuery *>(priv);
        if (query->m_finished)
            return;
        if (status != RPC_STATUS_SUCCESS || rpc_mount3_export_async(rpc, onExports, query) < 0)
            query->finishLater(query->failure(-ECONNREFUSED, status == RPC_STATUS_ERROR && data
                                                                 ? static_cast<const char *>(data)
                                                                 : rpc_get_error(rpc)),
                               {});
    };
    const QByteArray host = address.toUtf8();
    // With a known MOUNT port the portmapper is not needed (and may not exist).
    const int rc = url.mountPort()
        ? rpc_connect_async(q->m_rpc, host.constData(), url.mountPort(), onConnected, q)
        : rpc_connect_program_async(q->m_rpc, host.constData(), MOUNT_PROGRAM, MOUNT_V3, onConnected, q);
    if (rc < 0) {
        q->finishLater(q->failure(-EHOSTUNREACH, rpc_get_error(q->m_rpc)), {});
        return;
    }
    q->m_pump->update();
}

void ExportQuery::abandonAll(QObject *parent, const NfsError &reason)
{
    for (ExportQuery *q : parent->findChildren<ExportQuery *>(Qt::FindDirectChildrenOnly))
        q->finish(reason, {});
}

void ExportQuery::finishLater(const NfsError &error, const ExportList &list)
{
    // Not from inside libnfs: the query's context is destroyed when it ends.
    QMetaObject::invokeMethod(this, [this, error, list] { finish(error, list); }, Qt::QueuedConnection);
}

void ExportQuery::finish(const NfsError &error, const ExportList &list)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    if (m_pump)
        m_pump->detach();
    auto done = std::move(m_done);
    // The context goes with the query, on a later turn of the loop: a libnfs
    // callback may be on the stack now.
    deleteLater();
    done(error, list);
}
