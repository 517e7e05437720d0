// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Job: one asynchronous operation with exactly one ending.
//
// A job lives on the thread that asked for it. The session thread reports
// through the job's JobCore, which is shared and locked, and the job emits
// finished() on its own thread, always asynchronously (even for an immediate
// failure). cancel() ends the job at once with a Cancelled error; the work
// still in flight on the session thread is discarded when it comes back.
// wait() blocks until the ending is known: for worker threads and the command
// line only, never the GUI thread.
#include "nfserror.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPair>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>

class Job;

// The half of a job that the session thread touches. Thread-safe.
class JobCore
{
public:
    virtual ~JobCore() = default;
    // Sets the ending once; later calls are ignored. Callable from any thread.
    void finish(const NfsError &error = NfsError());
    // Called once by finish(), on the finishing thread, outside the lock: for
    // cores that stand for one step of a longer operation (RemoteFile's RPCs).
    std::function<void(const NfsError &error)> onFinished;
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    // For work that must clean up before it may end (a transfer removes its
    // temporary file): cancel() then only asks, and the work ends itself.
    void setEndsItselfOnCancel(bool v) { m_endsItselfOnCancel.store(v, std::memory_order_release); }
    bool isFinished() const;
    NfsError error() const;
    bool wait(QDeadlineTimer deadline);
    // Any thread: how far the work is (bytes, entries... as the job defines;
    // total 0 when unknown). Delivered as Job::progress() at most every
    // ProgressIntervalMs, and the last value before the ending always.
    void setProgress(qint64 processed, qint64 total);
    QPair<qint64, qint64> progress() const;

protected:
    friend class Job;

    mutable QMutex m_mutex;
    QWaitCondition m_done;
    Job *m_job = nullptr;          // guarded by m_mutex; cleared by ~Job
    qint64 m_processed = 0;        // guarded by m_mutex
    qint64 m_total = 0;            // guarded by m_mutex
    bool m_progressPosted = false; // guarded by m_mutex
    QElapsedTimer m_lastProgress;  // guarded by m_mutex
    bool m_finished = false;       // guarded by m_mutex
    NfsError m_error;              // guarded by m_mutex
    std::atomic<bool> m_cancelled{false};
    // Set before the job is handed out, or on the session thread by the operation itself.
    std::atomic<bool> m_endsItselfOnCancel{false};
};

class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(std::shared_ptr<JobCore> core, QObject *parent = nullptr);
    ~Job() override;

    bool isFinished() const { return m_core->isFinished(); }
    NfsError error() const { return m_core->error(); }
    // Blocks until the job ends. Not for the GUI thread.
    bool wait(int timeoutMs = -1);
    // The latest progress (processed, total), from any thread.
    QPair<qint64, qint64> progressValue() const { return m_core->progress(); }

    // About ten updates a second: enough for a progress bar, cheap for the event loop.
    static constexpr int ProgressIntervalMs = 100;

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // Emitted exactly once, on the job's thread.
    void finished();
    // Throttled; never after finished().
    void progress(qint64 processed, qint64 total);

protected:
    JobCore *core() const { return m_core.get(); }
    // Runs once, from the job's event loop, soon after it is made: the core
    // may have produced results, or ended, before the job existed to be told
    // (nothing is posted to a job that is not there yet). Overrides hand over
    // what is waiting and then call this, which delivers an ending.
    virtual void catchUp();

private:
    friend class JobCore;
    void deliverFinished();
    void deliverProgress();

    std::shared_ptr<JobCore> m_core;
    bool m_emitted = false;
};

// A JobCore that also carries a value of type T for the ending.
template<typename T>
class ResultCore : public JobCore
{
public:
    void finishWith(T value)
    {
        {
            QMutexLocker lock(&m_mutex);
            if (m_finished)
                return;
            m_value = std::move(value);
        }
        finish();
    }
    T value() const
    {
        QMutexLocker lock(&m_mutex);
        return m_value;
    }

private:
    T m_value{};
};

// A job whose ending carries a value: stat, statvfs, mount, exports.
template<typename T>
class ResultJob : public Job
{
public:
    explicit ResultJob(std::shared_ptr<ResultCore<T>> core, QObject *parent = nullptr)
        : Job(core, parent), m_result(std::move(core)) {}
    // Valid once finished without error.
    T result() const { return m_result->value(); }

private:
    std::shared_ptr<ResultCore<T>> m_result;
};

// Jobs come as raw pointers their caller owns; code that waits on them holds them in these.
template<typename J>
std::unique_ptr<J> owned(J *job)
{
    return std::unique_ptr<J>(job);
}
