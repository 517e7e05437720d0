// SPDX-License-Identifier: GPL-3.0-or-later
// The transfers pane against the real test server (offscreen): a row per
// transfer as the queue takes it, its state and progress in words, pause,
// cancel and retry from the row's buttons, failures kept with their reason
// until cleared, and the main window placing the pane and opening it when a
// transfer starts.
#include "heartbeat.h"
#include "mainwindow.h"
#include "session.h"
#include "testserver.h"
#include "transferqueue.h"
#include "transferrow.h"
#include "transferspane.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int Patience = 30000;

QString detail(TransferRow *row)
{
    return row->findChild<QLabel *>(QStringLiteral("transferDetail"))->text();
}

QProgressBar *bar(TransferRow *row)
{
    return row->findChild<QProgressBar *>(QStringLiteral("transferProgress"));
}

QToolButton *button(TransferRow *row, const char *name)
{
    return row->findChild<QToolButton *>(QString::fromLatin1(name));
}

TransferRequest upload(const QString &local, const NfsUrl &target)
{
    TransferRequest r;
    r.from = TransferPlace::local(local);
    r.to = TransferPlace::remote(target);
    return r;
}

} // namespace

class TestTransfersPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void rowsFollowTheQueue()
    {
        Heartbeat heartbeat;
        heartbeat.start();
        QTemporaryDir local;
        const QByteArray dir = TestServer::scratchName("pane");
        Session s(TestServer::url(3));
        QVERIFY(TestServer::finishes(owned(s.mkdir(TestServer::path(3, dir))).get()));
        // A source that gives data only when the test writes it: the row stays running.
        const QString fifo = local.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(writer >= 0);

        TransferQueue queue;
        TransfersPane pane(&queue);
        QCOMPARE(pane.rows().size(), 0);
        TransferJob *slow = queue.add(upload(fifo, TestServer::url(3, dir + "/slow")));
        TransferJob *missing = queue.add(upload(local.filePath(QStringLiteral("nothing")), TestServer::url(3, dir + "/x")));
        QCOMPARE(pane.rows().size(), 2);
        QVERIFY(pane.isVisible());   // it opens when a transfer starts
        TransferRow *slowRow = pane.rows().at(1);
        TransferRow *missingRow = pane.rows().at(0);
        QCOMPARE(slowRow->job(), slow);
        QCOMPARE(missingRow->job(), missing);

        // The failure stays with its reason, and can be retried.
        QTRY_VERIFY_WITH_TIMEOUT(detail(missingRow).startsWith(QLatin1String("Failed: ")), Patience);
        QVERIFY2(detail(missingRow).contains(QLatin1String("nothing")), qPrintable(detail(missingRow)));
        QVERIFY(button(missingRow, "retryTransfer")->isEnabled());
        QVERIFY(!button(missingRow, "pauseTransfer")->isEnabled());
        QVERIFY(bar(missingRow)->isHidden());   // no bar that looks like progress on a failure

        QTRY_VERIFY_WITH_TIMEOUT(detail(slowRow).startsWith(QLatin1String("Running")), Patience);
        QVERIFY(::write(writer, "abc", 3) == 3);
        QTRY_VERIFY_WITH_TIMEOUT(detail(slowRow).contains(QLatin1String("3 bytes")), Patience);
        button(slowRow, "pauseTransfer")->click();
        QVERIFY(slow->isPaused());
        QTRY_VERIFY(detail(slowRow).startsWith(QLatin1String("Paused")));
        QCOMPARE(button(slowRow, "pauseTransfer")->text(), QStringLiteral("Resume"));
        button(slowRow, "pauseTransfer")->click();
        QVERIFY(!slow->isPaused());
        button(slowRow, "cancelTransfer")->click();
        QTRY_VERIFY_WITH_TIMEOUT(detail(slowRow).startsWith(QLatin1String("Cancelled")), Patience);
        QVERIFY(button(slowRow, "retryTransfer")->isEnabled());
        QVERIFY(bar(slowRow)->isHidden());
        const qint64 gap = heartbeat.stop();
        QVERIFY2(gap < Heartbeat::MaxGapMs, qPrintable(QString::number(gap)));

        // Retry queues the same request again as a new row.
        button(missingRow, "retryTransfer")->click();
        QCOMPARE(pane.rows().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(detail(pane.rows().at(0)).startsWith(QLatin1String("Failed: ")), Patience);

        pane.findChild<QPushButton *>(QStringLiteral("clearFinishedTransfers"))->click();
        QTRY_COMPARE(pane.rows().size(), 0);
        ::close(writer);
    }

    void windowPlacesThePane()
    {
        QTemporaryDir local;
        QVERIFY(TestServer::writeLocal(local.filePath(QStringLiteral("up.txt")), "to the server"));
        const QByteArray dir = TestServer::scratchName("window");
        Session s(TestServer::url(4));
        QVERIFY(TestServer::finishes(owned(s.mkdir(TestServer::path(4, dir))).get()));

        MainWindow window;
        window.show();
        auto *pane = window.findChild<TransfersPane *>(QStringLiteral("transfersPane"));
        QVERIFY(pane);
        QVERIFY(!pane->isVisible());
        bool inViewMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(pane->toggleViewAction()))
                inViewMenu = true;
        }
        QVERIFY(inViewMenu);

        TransferJob *job = TransferQueue::application()->add(
            upload(local.filePath(QStringLiteral("up.txt")), TestServer::url(4, dir + "/up.txt")));
        QTRY_VERIFY(pane->isVisible());
        QCOMPARE(pane->rows().first()->job(), job);
        QTRY_VERIFY_WITH_TIMEOUT(detail(pane->rows().first()).startsWith(QLatin1String("Done")), Patience);
        // A file smaller than a step of the bar ends full, not at 0%.
        QProgressBar *progress = bar(pane->rows().first());
        QVERIFY(!progress->isHidden());
        QVERIFY(progress->maximum() > 0);
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/up.txt")), QByteArray("to the server"));
        // Nothing runs: the window closes without asking.
        QVERIFY(window.close());
    }
};

NFSNAV_UI_TEST_MAIN(TestTransfersPane)
#include "tst_transferspane.moc"
