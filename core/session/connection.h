// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Connection: one libnfs nfs_context of a session, the RpcPump that drives it
// and the requests in flight on it. Created, used and destroyed on the
// session thread only, and never destroyed from inside one of its callbacks
// (SessionWorker::retire defers it to the next turn of the loop).
#include "nfserror.h"
#include "nfsurl.h"

#include <QByteArray>

#include <functional>
#include <list>
#include <memory>
#include <vector>

struct nfs_context;
struct nfsfh;
struct Request;
class QObject;
class RpcPump;

class Connection
{
public:
    // The kernel's default SYN retries take minutes against a silent host; two
    // retries (about 7 s) stay within our own connect deadline.
    static constexpr int TcpSynRetries = 2;

    // A new context set up with `url`'s options (not yet connected) and its
    // pump, a child of `pumpParent`. context() is null when libnfs cannot make one.
    Connection(const NfsUrl &url, const QByteArray &exportPath, QObject *pumpParent);
    // Destroys the context if destroyContext() has not, and frees the dead handles.
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    quint64 id() const { return m_id; }
    nfs_context *context() const { return m_ctx; }
    RpcPump *pump() const { return m_pump; }
    const QByteArray &exportPath() const { return m_exportPath; }

    // Starts mounting the export at `address` (a numeric address: libnfs
    // resolves names with a blocking getaddrinfo). `onMount` gets libnfs's
    // status and, on failure, its words; never after retire().
    int mountAsync(const QString &address, std::function<void(int status, const char *message)> onMount);
    void reportMount(int status, const char *message);
    // No new calls; replies are discarded. The pump stops and goes.
    void retire(const NfsError &reason);
    bool isRetired() const { return m_retired; }
    const NfsError &retiredBecause() const { return m_retiredBecause; }
    // Destroys the context (which may call back: those calls see isRetired()).
    // The requests still in flight are then the caller's to end.
    void destroyContext();
    // A handle on this connection that nobody uses any more: libnfs may still
    // touch it until the context is destroyed (and destroying never frees it).
    void discardHandle(nfsfh *fh);
    // Requests in flight that still wait for their answer.
    int live() const;

    bool mounted = false;
    std::list<Request *> inflight;
    std::shared_ptr<void> keepAlive;   // what lives as long as this connection

private:
    quint64 m_id = 0;            // file handles are valid on this connection only
    nfs_context *m_ctx = nullptr;
    RpcPump *m_pump = nullptr;
    QByteArray m_exportPath;     // mounted, or being tried
    bool m_retired = false;
    NfsError m_retiredBecause;
    std::function<void(int, const char *)> m_onMount;
    std::vector<nfsfh *> m_deadHandles;
};
