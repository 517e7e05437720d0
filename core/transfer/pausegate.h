// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PauseGate: where a copy stops while its transfer is paused. The copy passes
// through it before each read and each write, so once pause() returns no new
// data is taken from the source or given to the target (a RemoteFile then
// stops reading ahead when its buffer is full, and sends no more WRITEs).
// pause()/resume() from any thread; pass() on the copy's thread.
#include <QMutex>
#include <QWaitCondition>

#include <functional>

class PauseGate
{
public:
    void pause();
    void resume();
    bool isPaused() const;
    // Waits while paused; false when `cancelled` says so meanwhile.
    bool pass(const std::function<bool()> &cancelled);

private:
    mutable QMutex m_mutex;
    QWaitCondition m_resumed;
    bool m_paused = false;   // guarded by m_mutex
};
