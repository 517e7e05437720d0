// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferitem.h"

void TransferItem::started()
{
    QMutexLocker lock(&m_stateMutex);
    m_clock.start();
    phase.store(int(Phase::Running));
}

void TransferItem::pause()
{
    QMutexLocker lock(&m_stateMutex);
    if (!m_pausedSince.isValid())
        m_pausedSince.start();
    gate.pause();
}

void TransferItem::resume()
{
    QMutexLocker lock(&m_stateMutex);
    if (m_pausedSince.isValid() && m_clock.isValid())
        m_pausedMs += m_pausedSince.elapsed();
    m_pausedSince.invalidate();
    gate.resume();
}

double TransferItem::rate() const
{
    QMutexLocker lock(&m_stateMutex);
    if (!m_clock.isValid())
        return 0.0;
    qint64 active = m_clock.elapsed() - m_pausedMs;
    if (m_pausedSince.isValid())
        active -= m_pausedSince.elapsed();
    return active > 0 ? double(bytesDone.load()) * 1000.0 / double(active) : 0.0;
}

void TransferItem::setFailures(QList<TreeFailure> failures)
{
    QMutexLocker lock(&m_stateMutex);
    m_failures = std::move(failures);
}

QList<TreeFailure> TransferItem::failures() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_failures;
}

void TransferItem::setLandedAt(TransferPlace where)
{
    QMutexLocker lock(&m_stateMutex);
    m_landedAt = std::move(where);
}

std::optional<TransferPlace> TransferItem::landedAt() const
{
    QMutexLocker lock(&m_stateMutex);
    return m_landedAt;
}
