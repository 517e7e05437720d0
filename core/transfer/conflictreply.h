// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConflictReply: where the answer to one TransferConflict arrives. The copy's
// pool thread waits on it (looking at its cancel flag meanwhile); whoever asks
// the user answers it once, from any thread, whenever the user has chosen.
#include "transferconflict.h"

#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <optional>

class ConflictReply
{
public:
    struct Answer
    {
        TransferConflict::Choice choice = TransferConflict::Choice::Skip;
        bool applyToAll = false;   // the same for the rest of that transfer
    };

    // The first answer counts.
    void answer(TransferConflict::Choice choice, bool applyToAll = false);
    bool isAnswered() const;
    // Waits for the answer; nothing when `cancelled` says so first.
    std::optional<Answer> wait(const std::function<bool()> &cancelled);

    // How often the wait looks at `cancelled`.
    static constexpr int CancelPollMs = 50;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_answered;
    std::optional<Answer> m_answer;   // guarded by m_mutex
};
