// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection.h"

#include "libnfsworkarounds.h"
#include "request.h"
#include "rpcpump.h"

#include <atomic>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>

namespace {

nfs_context *newContext(const NfsUrl &url)
{
    nfs_context *ctx = nfs_init_context();
    if (!ctx)
        return nullptr;
    LibnfsWorkarounds::applyUrlOnlyOptions(ctx, url);
    nfs_set_version(ctx, url.version());   // NFS_V3 or NFS_V4: the same numbers
    LibnfsWorkarounds::randomiseXid(nfs_get_rpc_context(ctx));
    nfs_set_timeout(ctx, url.timeoutSeconds() * 1000);
    nfs_set_autoreconnect(ctx, url.autoReconnect());
    nfs_set_tcp_syncnt(ctx, url.tcpSyncnt().value_or(Connection::TcpSynRetries));
    if (url.uid())
        nfs_set_uid(ctx, int(*url.uid()));
    if (url.gid())
        nfs_set_gid(ctx, int(*url.gid()));
    // A browser must see changes made by others: libnfs's directory cache is off unless asked for.
    nfs_set_dircache(ctx, url.dirCache().value_or(false) ? 1 : 0);
    if (url.readAhead())
        nfs_set_readahead(ctx, *url.readAhead());
    if (url.version() == 4)
        nfs4_set_client_name(ctx, LibnfsWorkarounds::uniqueClientName().constData());
    return ctx;
}

} // namespace

Connection::Connection(const NfsUrl &url, const QByteArray &exportPath, QObject *pumpParent)
    : m_exportPath(exportPath)
{
    static std::atomic<quint64> nextId{1};
    m_id = nextId.fetch_add(1);
    m_ctx = newContext(url);
    if (m_ctx)
        m_pump = new RpcPump(nfs_get_rpc_context(m_ctx), pumpParent);
}

Connection::~Connection()
{
    destroyContext();
    for (nfsfh *fh : m_deadHandles)
        nfs_free_nfsfh(fh);
}

int Connection::mountAsync(const QString &address, std::function<void(int, const char *)> onMount)
{
    m_onMount = std::move(onMount);
    const int rc = nfs_mount_async(
        m_ctx, address.toUtf8().constData(), m_exportPath.constData(),
        [](int status, nfs_context *, void *data, void *priv) {
            static_cast<Connection *>(priv)->reportMount(status, status < 0 ? static_cast<const char *>(data)
                                                                             : nullptr);
        },
        this);
    if (rc >= 0)
        m_pump->update();
    return rc;
}

void Connection::reportMount(int status, const char *message)
{
    if (!m_retired && m_onMount)
        m_onMount(status, message);
}

void Connection::retire(const NfsError &reason)
{
    if (m_retired)
        return;
    m_retired = true;
    m_retiredBecause = reason;
    if (m_pump) {
        m_pump->detach();
        m_pump->deleteLater();
        m_pump = nullptr;
    }
}

void Connection::destroyContext()
{
    if (m_pump) {
        m_pump->detach();
        delete m_pump;
        m_pump = nullptr;
    }
    if (m_ctx)
        nfs_destroy_context(m_ctx);
    m_ctx = nullptr;
}

void Connection::discardHandle(nfsfh *fh)
{
    m_deadHandles.push_back(fh);
}

int Connection::live() const
{
    int n = 0;
    for (const Request *r : inflight)
        n += r->abandoned ? 0 : 1;
    return n;
}
