// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RpcPump: drives one libnfs rpc_context (an NFS context's or a raw one) from
// the Qt event loop of the thread it lives on.
//
// A QSocketNotifier pair watches rpc_get_fd() for the events rpc_which_events()
// asks for, and a timer calls rpc_service(rpc, 0) every ServiceIntervalMs so
// libnfs can time requests out. Call update() after every call into libnfs:
// the fd can change on a reconnect and the wanted events change with the queue.
// Only touched on its own thread.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

struct rpc_context;
class QSocketNotifier;

class RpcPump : public QObject
{
    Q_OBJECT
public:
    // libnfs 4.0 checks timeouts only inside rpc_service(); 100 ms keeps the
    // error within a tenth of a second of the timeout without busy waiting.
    static constexpr int ServiceIntervalMs = 100;

    explicit RpcPump(rpc_context *rpc, QObject *parent = nullptr);
    ~RpcPump() override;

    // Stops watching; the context itself is not touched again.
    void detach();
    void update();
    // Milliseconds since the socket last had data for us, or since touch().
    qint64 idleMs() const { return m_activity.elapsed(); }
    void touch() { m_activity.restart(); }
    // The socket has had data for us at least once: something answers there.
    bool hasHeard() const { return m_heard; }
    // How many times the socket was replaced (libnfs reconnected) so far.
    // libnfs 4.0 keeps a reply cut by a reconnect half-read and fills the
    // rest from the new connection's bytes (LibnfsWorkarounds: a reply that
    // crosses a reconnect is not trusted). A new socket may reuse the old
    // number, so its inode tells them apart.
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    // rpc_service() reported the context unusable. Emitted after the pump has
    // detached, so a receiver may tear the context down (but not synchronously
    // if it was called from a libnfs callback).
    void failed();

private:
    void service(int revents);
    void rearm();
    void dropNotifiers();

    rpc_context *m_rpc = nullptr;
    int m_fd = -1;
    quint64 m_inode = 0;
    quint64 m_generation = 0;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
    QTimer m_tick;
    QElapsedTimer m_activity;
    bool m_heard = false;
    int m_depth = 0;   // > 0 while inside rpc_service(); guards re-entrant update()
};
