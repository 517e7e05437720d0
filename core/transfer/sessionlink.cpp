// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlink.h"

#include "session.h"


#include <cerrno>

SessionLink::SessionLink(Session *session) : m_session(session), m_url(session->url())
{
}

std::shared_ptr<SessionLink> SessionLink::to(Session *session)
{
    std::shared_ptr<SessionLink> link(new SessionLink(session));
    std::weak_ptr<SessionLink> weak = link;
    link->m_closing = QObject::connect(
        session, &Session::aboutToClose, session,
        [weak] {
            if (auto l = weak.lock())
                l->close();
        },
        Qt::DirectConnection);
    return link;
}

SessionLink::~SessionLink()
{
    // Thread-safe, and harmless once the Session is gone.
    QObject::disconnect(m_closing);
}

NfsError SessionLink::await(Job *job, const std::function<bool()> &cancelled)
{
    while (!job->wait(CancelPollMs)) {
        if (cancelled()) {
            job->cancel();
            return NfsError::cancelled();
        }
    }
    return job->error();
}

void SessionLink::close()
{
    QMutexLocker lock(&m_mutex);
    m_session = nullptr;
}
