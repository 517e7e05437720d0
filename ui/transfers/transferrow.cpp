// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferrow.h"

#include "transferqueue.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <QUrl>

namespace {
// The bar counts in thousandths of the total: any size fits its int range, and a
// file smaller than a step still ends full.
constexpr int BarSteps = 1000;
}

TransferRow::TransferRow(TransferQueue *queue, TransferJob *job, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_job(job), m_title(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_detail(new QLabel(this)), m_pause(new QToolButton(this)), m_cancel(new QToolButton(this)),
      m_retry(new QToolButton(this)), m_open(new QToolButton(this))
{
    setObjectName(QStringLiteral("transferRow"));
    const TransferRequest &r = job->request();
    m_title->setObjectName(QStringLiteral("transferTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(QStringLiteral("transferProgress"));
    m_detail->setObjectName(QStringLiteral("transferDetail"));
    m_detail->setWordWrap(true);
    m_pause->setObjectName(QStringLiteral("pauseTransfer"));
    m_cancel->setObjectName(QStringLiteral("cancelTransfer"));
    m_cancel->setText(tr("Cancel"));
    m_retry->setObjectName(QStringLiteral("retryTransfer"));
    m_retry->setText(tr("Retry"));
    m_open->setObjectName(QStringLiteral("openTransferFolder"));
    m_open->setText(tr("Open Folder"));
    m_open->setToolTip(tr("Open the folder the copy goes to"));
    m_open->setVisible(r.to.kind == TransferPlace::Kind::Local);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_title, 0, 0, 1, 5);
    layout->addWidget(m_bar, 1, 0);
    layout->addWidget(m_pause, 1, 1);
    layout->addWidget(m_cancel, 1, 2);
    layout->addWidget(m_retry, 1, 3);
    layout->addWidget(m_open, 1, 4);
    layout->addWidget(m_detail, 2, 0, 1, 5);
    layout->setColumnStretch(0, 1);

    connect(m_pause, &QToolButton::clicked, this, [this] {
        if (!m_job)
            return;
        if (m_job->isPaused())
            m_job->resume();
        else
            m_job->pause();
        refresh();
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_queue->cancel(m_job);
    });
    connect(m_retry, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_queue->retry(m_job);
    });
    connect(m_open, &QToolButton::clicked, this, &TransferRow::openTargetFolder);
    refresh();
}

QString TransferRow::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString TransferRow::stateText() const
{
    switch (m_job->state()) {
    case TransferJob::State::Queued: return tr("Queued");
    case TransferJob::State::Running: return tr("Running");
    case TransferJob::State::Paused: return tr("Paused");
    case TransferJob::State::Finished: return tr("Done");
    case TransferJob::State::Failed: return tr("Failed: %1").arg(m_job->error().message());
    case TransferJob::State::Cancelled: return tr("Cancelled");
    }
    return {};
}

void TransferRow::refresh()
{
    if (!m_job)
        return;
    const TransferJob::State state = m_job->state();
    const bool ended = m_job->isFinished();
    const qint64 done = m_job->bytesDone();
    const qint64 total = m_job->bytesTotal();
    // Named as it ended up: Keep Both makes "name (1).ext" of the request's target.
    m_title->setText(tr("%1 → %2").arg(m_job->request().from.display(), m_job->target().display()));
    // A failed or cancelled copy has no progress worth a bar: its state says what happened.
    m_bar->setVisible(state != TransferJob::State::Failed && state != TransferJob::State::Cancelled);
    if (state == TransferJob::State::Finished) {
        m_bar->setRange(0, BarSteps);
        m_bar->setValue(BarSteps);
    } else if (total > 0) {
        m_bar->setRange(0, BarSteps);
        m_bar->setValue(int(double(std::min(done, total)) * BarSteps / double(total)));
    } else if (ended) {
        m_bar->setRange(0, BarSteps);
        m_bar->setValue(0);
    } else {
        m_bar->setRange(0, 0);   // busy: a folder before its size is known
    }
    QStringList parts{stateText()};
    if (m_job->request().recursive)
        parts << tr("%n item(s)", nullptr, int(m_job->itemsDone()));
    parts << (total > 0 ? tr("%1 of %2").arg(sizeText(done), sizeText(total)) : sizeText(done));
    if (state == TransferJob::State::Running) {
        parts << tr("%1/s").arg(sizeText(qint64(m_job->bytesPerSecond())));
        const qint64 left = m_job->secondsLeft();
        if (left >= 0)
            parts << tr("%1 left").arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
    }
    m_detail->setText(parts.join(QStringLiteral(" · ")));
    m_pause->setText(state == TransferJob::State::Paused ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(!ended);
    m_cancel->setEnabled(!ended);
    m_retry->setEnabled(state == TransferJob::State::Failed || state == TransferJob::State::Cancelled);
}

void TransferRow::openTargetFolder() const
{
    if (!m_job)
        return;
    const QString target = m_job->target().localPath;
    const QString folder = m_job->request().recursive ? target : QFileInfo(target).absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}
