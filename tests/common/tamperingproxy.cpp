// SPDX-License-Identifier: GPL-3.0-or-later
#include "tamperingproxy.h"

#include <QtEndian>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <deque>
#include <unordered_map>
#include <vector>

namespace {

bool sendAll(int fd, const QByteArray &data)
{
    for (qsizetype sent = 0; sent < data.size();) {
        const ssize_t n = ::send(fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

} // namespace

TamperingProxy::TamperingProxy(quint16 targetPort, Replacements replacements, int replyDelayMs)
    : m_target(targetPort), m_replacements(std::move(replacements)), m_replyDelayMs(replyDelayMs)
{
    for (const auto &[from, to] : std::as_const(m_replacements))
        Q_ASSERT(from.size() == to.size());
}

TamperingProxy::~TamperingProxy()
{
    stop();
}

QByteArray TamperingProxy::tamper(QByteArray record) const
{
    for (const auto &[from, to] : m_replacements)
        record.replace(from, to);
    return record;
}

void TamperingProxy::serve()
{
    using Clock = std::chrono::steady_clock;
    struct Pair
    {
        int client;
        int server;
        QByteArray fromServer;   // bytes of a record not yet whole
        QByteArray fromClient;   // the same, of calls (kept only with a hook)
        std::unordered_map<quint32, Call> calls;   // by XID, until answered
        std::deque<std::pair<Clock::time_point, QByteArray>> held;   // records and when they go on
    };
    std::vector<Pair> pairs;
    for (;;) {
        std::vector<pollfd> fds{{wakeFd(), POLLIN, 0}, {listenFd(), POLLIN, 0}};
        int timeoutMs = -1;
        for (const Pair &p : pairs) {
            fds.push_back({p.client, POLLIN, 0});
            fds.push_back({p.server, POLLIN, 0});
            if (!p.held.empty()) {
                const auto wait = std::chrono::ceil<std::chrono::milliseconds>(p.held.front().first - Clock::now());
                const int ms = int(std::max<qint64>(0, wait.count()));
                timeoutMs = timeoutMs < 0 ? ms : std::min(timeoutMs, ms);
            }
        }
        if (::poll(fds.data(), nfds_t(fds.size()), timeoutMs) < 0 && errno != EINTR)
            break;
        if (fds[0].revents)
            break;
        const size_t polled = pairs.size();   // a pair accepted now is polled next time
        if (fds[1].revents & POLLIN) {
            const int client = ::accept4(listenFd(), nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
                sockaddr_in addr{};
                addr.sin_family = AF_INET;
                addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                addr.sin_port = htons(m_target);
                if (server >= 0 && ::connect(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
                    pairs.push_back({client, server, {}, {}, {}, {}});
                } else {
                    if (server >= 0)
                        ::close(server);
                    ::close(client);
                }
            }
        }
        for (size_t i = 0; i < polled; ++i) {
            Pair &p = pairs[i];
            const short fromClient = fds[2 + 2 * i].revents;
            const short fromServer = fds[3 + 2 * i].revents;
            bool closed = false;
            char buf[65536];
            if (fromClient) {
                const ssize_t n = ::recv(p.client, buf, sizeof buf, 0);
                closed = n <= 0 || !sendAll(p.server, QByteArray(buf, n));
                if (!closed && m_hook) {
                    // The calls go on untouched; their XIDs say what each reply answers.
                    p.fromClient.append(buf, n);
                    while (p.fromClient.size() >= 4) {
                        const qsizetype length = qsizetype(qFromBigEndian<quint32>(p.fromClient.constData()) & 0x7fffffffu);
                        if (p.fromClient.size() < 4 + length)
                            break;
                        const char *body = p.fromClient.constData() + 4;
                        if (length >= 24 && qFromBigEndian<quint32>(body + 4) == 0)   // CALL
                            p.calls[qFromBigEndian<quint32>(body)] = {qFromBigEndian<quint32>(body + 12),
                                                                      qFromBigEndian<quint32>(body + 16),
                                                                      qFromBigEndian<quint32>(body + 20)};
                        p.fromClient.remove(0, 4 + length);
                    }
                }
            }
            bool serverEnded = false;
            if (fromServer && !closed) {
                const ssize_t n = ::recv(p.server, buf, sizeof buf, 0);
                serverEnded = n <= 0;
                if (n > 0)
                    p.fromServer.append(buf, n);
                // Whole fragments only: the replacements never straddle a read.
                while (p.fromServer.size() >= 4) {
                    const quint32 header = qFromBigEndian<quint32>(p.fromServer.constData());
                    const qsizetype length = qsizetype(header & 0x7fffffffu);
                    if (p.fromServer.size() < 4 + length)
                        break;
                    QByteArray reply = tamper(p.fromServer.mid(4, length));
                    if (m_hook && reply.size() >= 4) {
                        const auto call = p.calls.find(qFromBigEndian<quint32>(reply.constData()));
                        if (call != p.calls.end()) {
                            m_hook(call->second, reply);
                            p.calls.erase(call);
                        }
                    }
                    p.held.emplace_back(Clock::now() + std::chrono::milliseconds(m_replyDelayMs),
                                        p.fromServer.left(4) + reply);
                    p.fromServer.remove(0, 4 + length);
                }
            }
            // What the server sent before it closed still reaches the client.
            while (!closed && !p.held.empty() && (serverEnded || p.held.front().first <= Clock::now())) {
                closed = !sendAll(p.client, p.held.front().second);
                p.held.pop_front();
            }
            if (closed || serverEnded) {
                ::close(p.client);
                ::close(p.server);
                p.client = p.server = -1;
            }
        }
        std::erase_if(pairs, [](const Pair &p) { return p.client < 0; });
    }
    for (const Pair &p : pairs) {
        ::close(p.client);
        ::close(p.server);
    }
}
