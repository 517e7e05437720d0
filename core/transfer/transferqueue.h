// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TransferQueue: the one transfer engine of the window and of nfsnav.
//
// Downloads, uploads and copies between two places on one server or two
// (files, or folders with all in them) are queued as TransferRequests and run
// in order, at most maxRunning() at once (DefaultMaxRunning unless the
// "transfers/maxRunning" setting says otherwise), each on sessions (TCP
// connections) of its own that it makes on its pool thread and closes when it
// ends, so browsing stays quick and no Session is shared with a pool thread.
// Each transfer is a TransferJob the queue keeps: progress in bytes and items,
// rate, time left, pause (no data moves), resume, cancel, retry; failures stay
// listed until clearFinished(). changed() tells the transfers pane to look
// again, at most every Job::ProgressIntervalMs.
//
// The queue lives on one thread (the GUI's, or the command line's, which has
// no event loop and waits on the jobs: the queue starts the next transfer from
// the pool thread that ended one, so it needs no event loop to make progress).
// Destroying it cancels every transfer and waits for them to end, which each
// does within about a second.
#include "conflictresolver.h"
#include "transferjob.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ConflictReply;

struct TransferConflict;
struct TransferQueueState;

class TransferQueue : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int maxRunning READ maxRunning WRITE setMaxRunning)
public:
    static constexpr int DefaultMaxRunning = 3;

    explicit TransferQueue(QObject *parent = nullptr);
    ~TransferQueue() override;

    // The application's queue (the window's): made on first use, on the main
    // thread, a child of the QCoreApplication; its maxRunning from the settings.
    static TransferQueue *application();

    int maxRunning() const;
    void setMaxRunning(int n);

    // Who is asked when a target exists and a transfer names no policy
    // (the window's dialog; not owned). Without one the target is replaced,
    // as nfsnav's default --overwrite does. Transfers queued from then on ask.
    void setConflictResolver(ConflictResolver *resolver);
    ConflictResolver *conflictResolver() const { return m_resolver; }

    // Queues a transfer; it starts when its turn comes. The queue owns the job.
    TransferJob *add(const TransferRequest &request);
    // The same request again, as a new job at the end of the queue.
    TransferJob *retry(TransferJob *job);
    // Cancels a running or queued transfer (a queued one ends at once).
    void cancel(TransferJob *job);
    // Forgets the jobs that have ended.
    void clearFinished();

    QList<TransferJob *> jobs() const { return m_jobs; }
    int runningCount() const;
    int queuedCount() const;
    // The sessions (TCP connections to servers) the transfers hold now.
    int sessionCount() const;
    // The most transfers that ran at once so far.
    int mostRunning() const;

    // All the transfers not yet ended, together.
    struct Totals
    {
        int transfers = 0;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
        qint64 itemsDone = 0;
        double bytesPerSecond = 0;
        qint64 secondsLeft = -1;
    };
    Totals totals() const;

Q_SIGNALS:
    void jobAdded(TransferJob *job);
    void jobFinished(TransferJob *job);
    // Something changed (a transfer started, moved bytes, paused, ended); throttled.
    void changed();

private:
    friend struct TransferQueueState;
    void finished(TransferJob *job);
    // On the queue's thread: hands a pool thread's question to the resolver.
    void askConflict(const TransferConflict &conflict, const std::shared_ptr<ConflictReply> &reply);
    QPointer<ConflictResolver> m_resolver;
    std::shared_ptr<TransferQueueState> m_state;
    QList<TransferJob *> m_jobs;
    QTimer m_tick;
};
