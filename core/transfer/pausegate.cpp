// SPDX-License-Identifier: GPL-3.0-or-later
#include "pausegate.h"

namespace {
// How often a paused copy looks whether it was cancelled.
constexpr int CancelPollMs = 50;
}

void PauseGate::pause()
{
    QMutexLocker lock(&m_mutex);
    m_paused = true;
}

void PauseGate::resume()
{
    QMutexLocker lock(&m_mutex);
    m_paused = false;
    m_resumed.wakeAll();
}

bool PauseGate::isPaused() const
{
    QMutexLocker lock(&m_mutex);
    return m_paused;
}

bool PauseGate::pass(const std::function<bool()> &cancelled)
{
    QMutexLocker lock(&m_mutex);
    while (m_paused) {
        if (cancelled())
            return false;
        m_resumed.wait(&m_mutex, CancelPollMs);
    }
    return !cancelled();
}
