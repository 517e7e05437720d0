// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictreply.h"

void ConflictReply::answer(TransferConflict::Choice choice, bool applyToAll)
{
    QMutexLocker lock(&m_mutex);
    if (m_answer)
        return;
    m_answer = Answer{choice, applyToAll};
    m_answered.wakeAll();
}

bool ConflictReply::isAnswered() const
{
    QMutexLocker lock(&m_mutex);
    return m_answer.has_value();
}

std::optional<ConflictReply::Answer> ConflictReply::wait(const std::function<bool()> &cancelled)
{
    QMutexLocker lock(&m_mutex);
    while (!m_answer) {
        if (cancelled())
            return std::nullopt;
        m_answered.wait(&m_mutex, CancelPollMs);
    }
    return m_answer;
}
