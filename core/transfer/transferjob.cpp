// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferjob.h"

#include "transferitem.h"

TransferJob::TransferJob(std::shared_ptr<TransferItem> item, QObject *parent)
    : Job(item, parent), m_item(std::move(item))
{
}

const TransferRequest &TransferJob::request() const
{
    return m_item->request;
}

TransferPlace TransferJob::target() const
{
    return m_item->landedAt().value_or(m_item->request.to);
}

TransferJob::State TransferJob::state() const
{
    if (isFinished()) {
        const NfsError e = error();
        if (!e)
            return State::Finished;
        return e.kind() == NfsError::Kind::Cancelled ? State::Cancelled : State::Failed;
    }
    if (m_item->gate.isPaused())
        return State::Paused;
    return m_item->phase.load() == int(TransferItem::Phase::Queued) ? State::Queued : State::Running;
}

bool TransferJob::isPaused() const
{
    return m_item->gate.isPaused();
}

qint64 TransferJob::bytesDone() const
{
    return m_item->bytesDone.load();
}

qint64 TransferJob::bytesTotal() const
{
    return m_item->bytesTotal.load();
}

qint64 TransferJob::itemsDone() const
{
    return m_item->itemsDone.load();
}

double TransferJob::bytesPerSecond() const
{
    return m_item->rate();
}

qint64 TransferJob::secondsLeft() const
{
    const double rate = bytesPerSecond();
    const qint64 total = bytesTotal();
    if (rate <= 0.0 || total <= 0)
        return -1;
    return qint64(double(std::max<qint64>(total - bytesDone(), 0)) / rate + 0.5);
}

QList<TreeFailure> TransferJob::failures() const
{
    return m_item->failures();
}

bool TransferJob::madeTarget() const
{
    return m_item->madeTarget.load();
}

void TransferJob::pause()
{
    m_item->pause();
}

void TransferJob::resume()
{
    m_item->resume();
}
