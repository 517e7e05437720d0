// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one thread pool of transfers and tree work (copies, the transfer queue,
// rm -r, du, find). They spend their time waiting on servers and must not
// crowd out short CPU work on the global pool. Its destructor at exit waits
// for the work still running, which has then been cancelled.
#include <functional>

class QThreadPool;

QThreadPool *transferPool();
// Runs `work` on that pool.
void startOnTransferPool(std::function<void()> work);
