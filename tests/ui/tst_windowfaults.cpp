// SPDX-License-Identifier: GPL-3.0-or-later
// The window against a server that stops answering and comes back (the fault
// suites' own server, silenced with the rig's drop): the banner names the time-out
// and Reconnect is offered; once the server answers again both go by themselves,
// and the GUI thread never stops meanwhile.
#include "errorbanner.h"
#include "folderview.h"
#include "heartbeat.h"
#include "mainwindow.h"
#include "remotefsmodel.h"
#include "session.h"
#include "sessioncache.h"
#include "testserver.h"

#include <QToolButton>

class TestWindowFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }
    void cleanup() { TestServer::rig({QStringLiteral("undrop")}); }
    void bannerAndReconnectGoWhenTheServerAnswersAgain();
};

void TestWindowFaults::bannerAndReconnectGoWhenTheServerAnswersAgain()
{
    MainWindow window;
    window.show();
    FolderView *view = window.openTab(TestServer::url(3, {}, QStringLiteral("timeout=2")));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->isRootListed() && !view->model()->isListing(), 30000);
    QVERIFY(!view->model()->lastError());
    auto *reconnect = window.findChild<QToolButton *>(QStringLiteral("reconnect"));
    QVERIFY(reconnect);
    QVERIFY(!reconnect->isVisible());

    Heartbeat heartbeat;
    heartbeat.start();
    QVERIFY(TestServer::rig({QStringLiteral("drop")}));
    view->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(view->banner()->isVisible() && reconnect->isVisible(), 20000);
    QVERIFY2(view->banner()->message().contains(QStringLiteral("did not answer")),
             qPrintable(view->banner()->message()));

    QVERIFY(TestServer::rig({QStringLiteral("undrop")}));
    // The window's own re-check reaches the server again: no click needed. (A session that
    // gave up meanwhile says "lost" and offers Reconnect, rightly: then it is clicked.)
    SessionCache *sessions = window.sessionPool();
    QTRY_VERIFY_WITH_TIMEOUT(sessions->stateOf(view->url()) != Session::State::NotAnswering, 90000);
    if (sessions->stateOf(view->url()) == Session::State::Lost) {
        qWarning("the session was lost while the server was silent: reconnecting by hand");
        QVERIFY(reconnect->isVisible());
        reconnect->click();
    }
    QTRY_COMPARE_WITH_TIMEOUT(sessions->stateOf(view->url()), Session::State::Connected, 60000);
    // Connected, so nothing may still say otherwise.
    QTRY_VERIFY_WITH_TIMEOUT(!view->banner()->isVisible() && !reconnect->isVisible(), 15000);
    QVERIFY(!view->model()->lastError());
    QVERIFY(view->model()->rowCount() > 0);
    const qint64 gap = heartbeat.stop();
    QVERIFY2(gap <= Heartbeat::MaxGapMs, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
}

NFSNAV_UI_TEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
