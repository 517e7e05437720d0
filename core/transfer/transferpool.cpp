// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferpool.h"

#include <QThreadPool>

namespace {
// Queue transfers (at most a few at once), tree copies and walks together
// stay far below this; past it work waits for a thread rather than failing.
constexpr int MaxThreads = 64;
// Idle threads go after a while, so a window left open holds none.
constexpr int ThreadExpiryMs = 10000;
}

QThreadPool *transferPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setObjectName(QStringLiteral("nfs-transfers"));
        pool.setMaxThreadCount(MaxThreads);
        pool.setExpiryTimeout(ThreadExpiryMs);
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}

void startOnTransferPool(std::function<void()> work)
{
    transferPool()->start(std::move(work));
}
