// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferspane.h"

#include "conflictdialogresolver.h"
#include "transfernotifier.h"
#include "transferqueue.h"
#include "transferrow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

TransfersPane::TransfersPane(TransferQueue *queue, QWidget *parent)
    : QDockWidget(tr("Transfers"), parent), m_queue(queue), m_total(new QLabel), m_list(new QVBoxLayout),
      m_notifier(new TransferNotifier(queue, this))
{
    if (auto *window = qobject_cast<QMainWindow *>(parent))
        m_notifier->setStatusBar(window->statusBar());
    setObjectName(QStringLiteral("transfersPane"));
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    auto *top = new QHBoxLayout;
    m_total->setObjectName(QStringLiteral("transfersTotal"));
    top->addWidget(m_total, 1);
    auto *clear = new QPushButton(tr("Clear Finished"));
    clear->setObjectName(QStringLiteral("clearFinishedTransfers"));
    connect(clear, &QPushButton::clicked, this, &TransfersPane::clearFinished);
    top->addWidget(clear);
    layout->addLayout(top);

    auto *rows = new QWidget;
    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->addStretch(1);
    rows->setLayout(m_list);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);
    layout->addWidget(scroll, 1);
    setWidget(body);

    // Conflicts are asked over the window; the first pane sets it, once.
    if (!queue->conflictResolver())
        queue->setConflictResolver(new ConflictDialogResolver(parent ? parent->window() : this));
    for (TransferJob *job : queue->jobs())
        add(job);
    connect(queue, &TransferQueue::jobAdded, this, [this](TransferJob *job) {
        add(job);
        show();
        raise();
    });
    connect(queue, &TransferQueue::changed, this, &TransfersPane::refresh);
    refresh();
}

void TransfersPane::add(TransferJob *job)
{
    auto *row = new TransferRow(m_queue, job);
    // Newest first, above the stretch at the end.
    m_list->insertWidget(0, row);
    m_rows.prepend(row);
    connect(job, &QObject::destroyed, row, [this, row] {
        m_rows.removeOne(row);
        row->deleteLater();
    });
}

void TransfersPane::refresh()
{
    for (TransferRow *row : std::as_const(m_rows))
        row->refresh();
    const TransferQueue::Totals t = m_queue->totals();
    if (t.transfers == 0) {
        m_total->setText(tr("No transfers running"));
        return;
    }
    QString text = tr("%n transfer(s): %1 of %2 at %3/s", nullptr, t.transfers)
                       .arg(TransferRow::sizeText(t.bytesDone), TransferRow::sizeText(t.bytesTotal),
                            TransferRow::sizeText(qint64(t.bytesPerSecond)));
    if (t.secondsLeft >= 0)
        text += tr(", %1:%2 left").arg(t.secondsLeft / 60).arg(t.secondsLeft % 60, 2, 10, QLatin1Char('0'));
    m_total->setText(text);
}

void TransfersPane::clearFinished()
{
    m_queue->clearFinished();
}

bool TransfersPane::mayClose()
{
    const int running = m_queue->runningCount() + m_queue->queuedCount();
    if (running == 0)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Transfers are running"),
        tr("%n transfer(s) have not finished. Cancel them and close?", nullptr, running),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    for (TransferJob *job : m_queue->jobs()) {
        if (!job->isFinished())
            m_queue->cancel(job);
    }
    return true;
}
