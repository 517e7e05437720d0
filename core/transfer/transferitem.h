// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TransferItem: the shared, locked state of one transfer in the queue: the
// core of its TransferJob, touched by the queue's thread and by the pool
// thread that runs it. Internal to core/transfer/.
#include "job.h"
#include "pausegate.h"
#include "transferrequest.h"
#include "treefailure.h"

#include <QElapsedTimer>

#include <atomic>
#include <optional>

class TransferItem : public JobCore
{
public:
    enum class Phase { Queued, Running, Ended };

    explicit TransferItem(TransferRequest what) : request(std::move(what)) {}

    const TransferRequest request;
    PauseGate gate;
    std::atomic<int> phase{int(Phase::Queued)};
    std::atomic<qint64> bytesDone{0};
    std::atomic<qint64> bytesTotal{0};
    std::atomic<qint64> itemsDone{0};
    // Set before it is queued: an existing target is asked about (the queue has a ConflictResolver).
    bool asksConflicts = false;
    // Set when the request asked (noteTarget) and nothing was at the target before it began.
    std::atomic<bool> madeTarget{false};

    void started();
    void pause();
    void resume();
    // Bytes per second while running and not paused; 0 before any.
    double rate() const;
    void setFailures(QList<TreeFailure> failures);
    QList<TreeFailure> failures() const;
    // Where a file's copy landed when that is not the request's target (Keep Both).
    void setLandedAt(TransferPlace where);
    std::optional<TransferPlace> landedAt() const;

private:
    mutable QMutex m_stateMutex;
    QElapsedTimer m_clock;          // guarded by m_stateMutex: since it started running
    qint64 m_pausedMs = 0;          // guarded by m_stateMutex: paused time while running
    QElapsedTimer m_pausedSince;    // guarded by m_stateMutex: valid while paused
    QList<TreeFailure> m_failures;  // guarded by m_stateMutex
    std::optional<TransferPlace> m_landedAt;   // guarded by m_stateMutex
};
