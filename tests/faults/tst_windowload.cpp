// SPDX-License-Identifier: GPL-3.0-or-later
// Load on the window: 20 tabs opened one right after the other on 20 folders (half over NFSv3,
// half over NFSv4, sessions shared as the window shares them), each listed in
// full, while the GUI thread's heartbeat never stops for longer than
// Heartbeat::MaxGapMs.
#include "folderview.h"
#include "../ui/heartbeat.h"
#include "mainwindow.h"
#include "remotefsfiltermodel.h"
#include "testserver.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestWindowLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void twentyTabsListAtOnce()
    {
        constexpr int Tabs = 20;
        constexpr int Files = 400;
        const QByteArray base = TestServer::scratchName("tabs");
        for (int t = 0; t < Tabs; ++t) {
            const QString dir = TestServer::localPath(base + "/t" + QByteArray::number(t));
            QVERIFY(QDir().mkpath(dir));
            for (int f = 0; f < Files; ++f) {
                QFile file(dir + QStringLiteral("/f%1").arg(f));
                QVERIFY(file.open(QIODevice::WriteOnly));
            }
        }
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Heartbeat heart;
        heart.start();
        QList<FolderView *> views;
        // One tab per turn of the event loop, as fast as a user's Ctrl+clicks could come.
        for (int t = 0; t < Tabs; ++t) {
            views << window.openTab(TestServer::url(t % 2 ? 4 : 3, base + "/t" + QByteArray::number(t)));
            QCoreApplication::processEvents();
        }
        QCOMPARE(window.tabCount(), Tabs);
        for (int t = 0; t < Tabs; ++t)
            QTRY_COMPARE_WITH_TIMEOUT(views.at(t)->proxy()->rowCount(), Files, 60000);
        const qint64 gap = heart.stop();
        QVERIFY2(gap <= Heartbeat::MaxGapMs, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
    }
};

NFSNAV_UI_TEST_MAIN(TestWindowLoad)
#include "tst_windowload.moc"
