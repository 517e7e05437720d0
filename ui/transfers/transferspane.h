// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TransfersPane: the window's transfers dock. A row per transfer of the
// queue (a folder is one row with a count of items), added as each is queued;
// the pane shows itself when a transfer starts. Failures stay listed with
// their reason until "Clear Finished". The total (transfers, bytes, rate)
// sits above the rows. mayClose() asks before the window closes while
// transfers run. MainWindow only places it.
#include <QDockWidget>

class QLabel;
class QVBoxLayout;
class TransferJob;
class TransferQueue;
class TransferNotifier;
class TransferRow;

class TransfersPane : public QDockWidget
{
    Q_OBJECT
public:
    TransfersPane(TransferQueue *queue, QWidget *parent = nullptr);

    QList<TransferRow *> rows() const { return m_rows; }
    // Tells of transfers that ran a while when they end (desktop or status bar).
    TransferNotifier *notifier() const { return m_notifier; }
    // True when nothing runs, or the user agrees to cancel what does.
    bool mayClose();

private:
    void add(TransferJob *job);
    void refresh();
    void clearFinished();

    TransferQueue *m_queue;
    QLabel *m_total;
    QVBoxLayout *m_list;
    QList<TransferRow *> m_rows;
    TransferNotifier *m_notifier;
};
