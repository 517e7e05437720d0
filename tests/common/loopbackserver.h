// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LoopbackServer: a TCP listener on 127.0.0.1 (any free port) whose serve()
// runs on a thread of its own until stop(), for the test servers that speak
// RPC themselves (HostileNfsServer, TamperingProxy). serve() polls
// listenFd() and wakeFd(); wakeFd() becomes readable when it must return.
#include <QString>

#include <thread>

class LoopbackServer
{
public:
    LoopbackServer() = default;
    virtual ~LoopbackServer();
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    bool start();   // false with errorString() if it cannot listen
    // Ends serve() and closes the sockets; a subclass calls it in its own destructor.
    void stop();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

protected:
    virtual void serve() = 0;
    int listenFd() const { return m_listenFd; }
    int wakeFd() const { return m_wakeFds[0]; }

private:
    int m_listenFd = -1;
    int m_wakeFds[2] = {-1, -1};
    quint16 m_port = 0;
    QString m_error;
    std::thread m_thread;
};
