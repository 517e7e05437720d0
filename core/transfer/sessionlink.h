// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SessionLink: a worker thread's way to a Session it does not own, cut when
// the Session is destroyed (Session::aboutToClose, delivered directly on the
// destroying thread). Pool threads never hold a raw Session*: they ask through
// a link, which answers nullptr once the Session is closing, and the caller
// turns that into "The session was closed".
//
// Made with to() on the Session's own thread; ask() and url() from any thread.
#include "job.h"
#include "nfsurl.h"

#include <QMetaObject>
#include <QMutex>

#include <functional>
#include <memory>

class Session;

class SessionLink
{
public:
    [[nodiscard]] static std::shared_ptr<SessionLink> to(Session *session);
    ~SessionLink();
    SessionLink(const SessionLink &) = delete;
    SessionLink &operator=(const SessionLink &) = delete;

    void close();
    // Runs `ask` with the Session unless it is closing; nullptr then.
    template<typename Fn>
    auto ask(Fn &&ask) -> decltype(ask(static_cast<Session *>(nullptr)))
    {
        QMutexLocker lock(&m_mutex);
        return m_session ? ask(m_session) : nullptr;
    }
    // Asks for a job; nullptr with *error set to NfsError::sessionClosed() when the Session is closing.
    template<typename Fn>
    auto job(Fn &&fn, NfsError *error)
    {
        auto *j = ask(std::forward<Fn>(fn));
        if (!j)
            *error = NfsError::sessionClosed();
        return std::unique_ptr<std::remove_pointer_t<decltype(j)>>(j);
    }
    // Waits for `job` on a worker thread, looking at `cancelled` every
    // CancelPollMs and cancelling the job when it says so.
    static NfsError await(Job *job, const std::function<bool()> &cancelled);
    static constexpr int CancelPollMs = 50;

    // The Session's URL, kept for messages after it closed.
    const NfsUrl &url() const { return m_url; }

private:
    explicit SessionLink(Session *session);
    QMutex m_mutex;
    Session *m_session;   // guarded by m_mutex
    const NfsUrl m_url;
    QMetaObject::Connection m_closing;
};
