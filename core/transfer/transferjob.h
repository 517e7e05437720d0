// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TransferJob: one transfer in a TransferQueue (a file, or a folder with all
// in it), as a job: finished() once it ended, progress() as (bytes done,
// bytes in all) about every 100 ms. It belongs to its queue, which keeps it
// (for the transfers pane) until clearFinished(). Failures stay listed with
// their reason; retry() on the queue queues it again as a new job.
// All members are for the queue's thread, except the getters, which any
// thread may call.
#include "job.h"
#include "transferrequest.h"
#include "treefailure.h"

class TransferItem;

class TransferJob : public Job
{
    Q_OBJECT
public:
    enum class State { Queued, Running, Paused, Finished, Failed, Cancelled };
    Q_ENUM(State)

    const TransferRequest &request() const;
    // Where the copy is: the request's target, or, once a file landed under another
    // name (Keep Both made "name (1).ext"), that name.
    TransferPlace target() const;
    State state() const;
    bool isPaused() const;
    qint64 bytesDone() const;
    // 0 while unknown (a folder before it is measured).
    qint64 bytesTotal() const;
    // Files, folders and links copied so far.
    qint64 itemsDone() const;
    // While running: the average rate, paused time left out.
    double bytesPerSecond() const;
    // Seconds until done at that rate; -1 when unknown.
    qint64 secondsLeft() const;
    // A folder's items that failed (each with its reason); complete once finished.
    QList<TreeFailure> failures() const;
    // Once it finished well: true when the request asked (TransferRequest::noteTarget)
    // and nothing was at the target before it began, so all there is now its own
    // (an undo may take it away); false when something was there (replaced, merged
    // into, kept beside) or it could not be told.
    bool madeTarget() const;

    // No data is read or written from the moment pause() returns until resume().
    void pause();
    void resume();

private:
    friend class TransferQueue;
    TransferJob(std::shared_ptr<TransferItem> item, QObject *parent);
    std::shared_ptr<TransferItem> m_item;
};
