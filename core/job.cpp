// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

void JobCore::finish(const NfsError &error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_finished)
            return;
        m_finished = true;
        m_error = error;
        m_done.wakeAll();
        if (m_job)
            QMetaObject::invokeMethod(m_job, &Job::deliverFinished, Qt::QueuedConnection);
    }
    if (onFinished)
        onFinished(error);
}

void JobCore::setProgress(qint64 processed, qint64 total)
{
    QMutexLocker lock(&m_mutex);
    m_processed = processed;
    m_total = total;
    if (m_finished || !m_job || m_progressPosted)
        return;
    if (m_lastProgress.isValid() && m_lastProgress.elapsed() < Job::ProgressIntervalMs)
        return;
    m_lastProgress.start();
    m_progressPosted = true;
    QMetaObject::invokeMethod(m_job, &Job::deliverProgress, Qt::QueuedConnection);
}

QPair<qint64, qint64> JobCore::progress() const
{
    QMutexLocker lock(&m_mutex);
    return {m_processed, m_total};
}

bool JobCore::isFinished() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished;
}

NfsError JobCore::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

bool JobCore::wait(QDeadlineTimer deadline)
{
    QMutexLocker lock(&m_mutex);
    while (!m_finished) {
        if (!m_done.wait(&m_mutex, deadline))
            return m_finished;
    }
    return true;
}

Job::Job(std::shared_ptr<JobCore> core, QObject *parent)
    : QObject(parent), m_core(std::move(core))
{
    QMutexLocker lock(&m_core->m_mutex);
    m_core->m_job = this;
    // The core was handed to its worker before this job was made: whatever
    // it did until now reached nobody (see catchUp()).
    QMetaObject::invokeMethod(this, &Job::catchUp, Qt::QueuedConnection);
}

void Job::catchUp()
{
    if (m_core->isFinished())
        deliverFinished();
}

Job::~Job()
{
    // After this no queued call can be posted to us; those already posted are
    // discarded by ~QObject.
    m_core->m_cancelled.store(true, std::memory_order_release);
    QMutexLocker lock(&m_core->m_mutex);
    m_core->m_job = nullptr;
}

bool Job::wait(int timeoutMs)
{
    return m_core->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
}

void Job::cancel()
{
    m_core->m_cancelled.store(true, std::memory_order_release);
    if (!m_core->m_endsItselfOnCancel.load(std::memory_order_acquire))
        m_core->finish(NfsError::cancelled());
}

void Job::deliverFinished()
{
    if (m_emitted)
        return;
    m_emitted = true;
    // The last word on progress comes before the ending.
    const auto [processed, total] = m_core->progress();
    if (processed || total)
        Q_EMIT progress(processed, total);
    Q_EMIT finished();
}

void Job::deliverProgress()
{
    QPair<qint64, qint64> value;
    {
        QMutexLocker lock(&m_core->m_mutex);
        m_core->m_progressPosted = false;
        value = {m_core->m_processed, m_core->m_total};
    }
    if (!m_emitted)
        Q_EMIT progress(value.first, value.second);
}
