// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TransferRow: one transfer in the transfers pane: what goes where, a
// progress bar, bytes, rate, time left and state (or the failure's reason),
// and buttons to pause or resume, cancel, retry and open the target folder.
// It shows its TransferJob; refresh() looks at it again (the pane calls it
// about every 100 ms while transfers run).
#include "transferjob.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class TransferQueue;

class TransferRow : public QWidget
{
    Q_OBJECT
public:
    TransferRow(TransferQueue *queue, TransferJob *job, QWidget *parent = nullptr);
    TransferJob *job() const { return m_job; }
    void refresh();

    // Text for a byte count and a rate, as the row shows them.
    static QString sizeText(qint64 bytes);

private:
    QString stateText() const;
    void openTargetFolder() const;

    TransferQueue *m_queue;
    QPointer<TransferJob> m_job;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_detail;
    QToolButton *m_pause;
    QToolButton *m_cancel;
    QToolButton *m_retry;
    QToolButton *m_open;
};
