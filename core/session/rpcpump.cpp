// SPDX-License-Identifier: GPL-3.0-or-later
#include "rpcpump.h"

#include "logging.h"

#include <QSocketNotifier>

#include <poll.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>

RpcPump::RpcPump(rpc_context *rpc, QObject *parent)
    : QObject(parent), m_rpc(rpc)
{
    m_activity.start();
    m_tick.setInterval(ServiceIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, [this] { service(0); });
    m_tick.start();
    update();
}

RpcPump::~RpcPump()
{
    detach();
}

void RpcPump::detach()
{
    m_rpc = nullptr;
    m_tick.stop();
    dropNotifiers();
    m_fd = -1;
}

void RpcPump::dropNotifiers()
{
    // The notifiers may be the sender of the signal being handled right now.
    for (QSocketNotifier **n : {&m_read, &m_write}) {
        if (*n) {
            (*n)->setEnabled(false);
            (*n)->deleteLater();
            *n = nullptr;
        }
    }
}

void RpcPump::rearm()
{
    const int fd = rpc_get_fd(m_rpc);
    struct stat st = {};
    const quint64 inode = fd >= 0 && ::fstat(fd, &st) == 0 ? quint64(st.st_ino) : 0;
    if (fd == m_fd && inode == m_inode)
        return;
    dropNotifiers();
    const bool replaced = m_fd != -1;
    if (replaced)
        ++m_generation;
    m_fd = fd;
    m_inode = inode;
    if (fd < 0)
        return;
    m_read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_read, &QSocketNotifier::activated, this, [this] {
        m_activity.restart();
        m_heard = true;
        service(POLLIN);
    });
    connect(m_write, &QSocketNotifier::activated, this, [this] { service(POLLOUT); });
    if (replaced)
        qCDebug(lcRpc) << "socket replaced, now fd" << fd;
}

void RpcPump::update()
{
    if (!m_rpc || m_depth > 0)
        return;
    rearm();
    if (m_fd < 0)
        return;
    const int events = rpc_which_events(m_rpc);
    m_read->setEnabled(events & POLLIN);
    m_write->setEnabled(events & POLLOUT);
}

void RpcPump::service(int revents)
{
    if (!m_rpc)
        return;
    ++m_depth;
    const int rc = rpc_service(m_rpc, revents);
    --m_depth;
    // A callback inside rpc_service() may have detached us.
    if (!m_rpc)
        return;
    if (rc < 0) {
        qCDebug(lcRpc) << "rpc_service failed:" << rpc_get_error(m_rpc);
        detach();
        Q_EMIT failed();
        return;
    }
    update();
}
