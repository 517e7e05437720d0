// SPDX-License-Identifier: GPL-3.0-or-later
// The window against a server that stops answering and comes back (the fault
// suites' own server, silenced with the rig's drop): the banner names the time-out
// and Reconnect is offered; once the server answers again both go by themselves,
// and the GUI thread never stops meanwhile. Then what the window does when the folder
// shown is removed on the server, when its export is removed while mounted, on a
// read-only export, and with new names the rules refuse.
#include "errorbanner.h"
#include "folderview.h"
#include "heartbeat.h"
#include "mainwindow.h"
#include "remotefsmodel.h"
#include "session.h"
#include "sessioncache.h"
#include "testserver.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QToolButton>

#include <utility>

class TestWindowFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }
    void cleanup()
    {
        TestServer::rig({QStringLiteral("undrop")});
        if (std::exchange(m_reconfigured, false))
            TestServer::rig({QStringLiteral("reconfigure")});
    }
    void bannerAndReconnectGoWhenTheServerAnswersAgain();
    void shownFolderRemovedMovesToNearestParent_data() { TestServer::addVersions(); }
    void shownFolderRemovedMovesToNearestParent();
    void exportRemovedWhileShownOffersRemount();
    void readOnlyExportRefusesWriting_data() { TestServer::addVersions(); }
    void readOnlyExportRefusesWriting();
    void badNewNames_data();
    void badNewNames();

private:
    bool m_reconfigured = false;
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

// The folder shown (two levels of it) is removed on the server: the view moves to the
// nearest folder above that is still there, by itself (its periodic re-check), and says so.
void TestWindowFaults::shownFolderRemovedMovesToNearestParent()
{
    QFETCH(int, version);
    const QByteArray folder = TestServer::scratchName("shownremoved");
    QVERIFY(QDir().mkpath(TestServer::localPath(folder + "/outer/inner")));
    MainWindow window;
    window.show();
    FolderView *view = window.openTab(TestServer::url(version, folder + "/outer/inner", QStringLiteral("timeout=2")));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->isRootListed() && !view->model()->isListing(), 30000);
    QVERIFY2(!view->model()->lastError(), qPrintable(view->model()->lastError().message()));
    Heartbeat heartbeat;
    heartbeat.start();
    QVERIFY(QDir(TestServer::localPath(folder + "/outer")).removeRecursively());
    const QByteArray parent = TestServer::path(version, folder);
    QTRY_COMPARE_WITH_TIMEOUT(view->url().path(), parent, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->isRootListed() && !view->model()->isListing(), 30000);
    QVERIFY(!view->model()->lastError());
    QVERIFY(view->banner()->isVisible());
    const QString notice = view->banner()->message();
    QVERIFY2(notice.contains(QString::fromUtf8(TestServer::path(version, folder + "/outer/inner")))
                 && notice.contains(QLatin1String("was removed on the server"))
                 && notice.contains(QString::fromUtf8(parent)),
             qPrintable(notice));
    const qint64 gap = heartbeat.stop();
    QVERIFY2(gap <= Heartbeat::MaxGapMs, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
}

// The export shown is removed from the server while mounted (restarted without it):
// the banner says it is no longer offered and Reconnect is offered; reconnecting mounts
// anew and lists what the server offers now.
void TestWindowFaults::exportRemovedWhileShownOffersRemount()
{
    MainWindow window;
    window.show();
    FolderView *view = window.openTab(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/srv/small?timeout=2")));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->isRootListed() && !view->model()->isListing(), 30000);
    QVERIFY2(!view->model()->lastError(), qPrintable(view->model()->lastError().message()));
    auto *reconnect = window.findChild<QToolButton *>(QStringLiteral("reconnect"));
    QVERIFY(reconnect);
    m_reconfigured = true;
    QVERIFY(TestServer::rig({QStringLiteral("reconfigure"), QStringLiteral("--without"), QStringLiteral("/srv/small")}));
    // The first listing after the restart may meet the old connection's end; the view tries again.
    // The mounted session's handle is stale; once the session has remounted, the export list says it.
    const auto says = [view] {
        const QString m = view->banner()->message();
        return m.contains(QLatin1String("no longer offers the export /srv/small"))
            || m.contains(QLatin1String("exports nothing that holds /srv/small"));
    };
    for (int attempt = 0; attempt < 5 && !says(); ++attempt) {
        view->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->isRootListed() && !view->model()->isListing(), 30000);
        QTest::qWait(200);
    }
    QVERIFY2(says(), qPrintable(view->banner()->message()));
    QVERIFY(view->url().path() == QByteArray("/srv/small"));   // no move: the export itself is gone
    QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), 10000);
    reconnect->click();
    QTRY_VERIFY_WITH_TIMEOUT(view->banner()->message().contains(QLatin1String("exports nothing that holds /srv/small")), 30000);
    QVERIFY2(view->banner()->message().contains(QLatin1String("/srv/test")), qPrintable(view->banner()->message()));
}

// A read-only export: new folder, rename and delete are refused in words saying
// "read-only"; nothing changes on the server.
void TestWindowFaults::readOnlyExportRefusesWriting()
{
    QFETCH(int, version);
    MainWindow window;
    window.show();
    const QString text = version == 3 ? QStringLiteral("nfs://127.0.0.1/srv/ro?timeout=2")
                                      : QStringLiteral("nfs://127.0.0.1/pro?version=4&timeout=2");
    FolderView *view = window.openTab(NfsUrl::parse(text));
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->isRootListed() && !view->model()->isListing(), 30000);
    QVERIFY2(!view->model()->lastError(), qPrintable(view->model()->lastError().message()));
    QTRY_VERIFY_WITH_TIMEOUT(view->accessMask() >= 0, 30000);
    const QString root = TestServer::stateDir() + QStringLiteral("/srv/ro");
    const QStringList before = QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    view->newFolder();
    // Refused at once when the server's ACCESS already says no; else the name is asked
    // for and the server refuses the folder.
    QTest::qWait(300);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *input = qobject_cast<QInputDialog *>(w); input && input->isVisible()
            && input->objectName() == QLatin1String("newFolderDialog")) {
            input->setTextValue(QStringLiteral("made"));
            input->accept();
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(view->banner()->isVisible(), 30000);
    QVERIFY2(view->banner()->message().contains(QLatin1String("read-only"), Qt::CaseInsensitive),
             qPrintable(view->banner()->message()));
    view->banner()->hide();
    // Rename through the model, as the editor commits: refused by the server if not before.
    view->model()->setData(view->model()->indexOfName("kept.txt"), QStringLiteral("renamed.txt"));
    QTRY_VERIFY_WITH_TIMEOUT(view->banner()->isVisible(), 30000);
    QVERIFY2(view->banner()->message().contains(QLatin1String("read-only"), Qt::CaseInsensitive),
             qPrintable(view->banner()->message()));
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QCOMPARE(TestServer::readLocal(root + QStringLiteral("/kept.txt")), QByteArray("kept\n"));
}

// New names the window refuses before asking the server, each in its own words.
void TestWindowFaults::badNewNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("A name cannot contain \"/\".");
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                         << QStringLiteral("A name cannot contain a NUL character.");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("\".\" cannot be used as a name.");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("\"..\" cannot be used as a name.");
    QTest::newRow("empty") << QString() << QStringLiteral("A name cannot be empty.");
    QTest::newRow("256 bytes") << QString(256, QLatin1Char('n'))
                               << QStringLiteral("The name is too long: 256 bytes, at most 255.");
    QTest::newRow("257 UTF-8 bytes") << QString(128, QLatin1Char('a')) + QChar(0xe9) + QString(127, QLatin1Char('b'))
                                     << QStringLiteral("The name is too long: 257 bytes, at most 255.");
    QTest::newRow("255 bytes") << QString(255, QLatin1Char('n')) << QString();
}

void TestWindowFaults::badNewNames()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QCOMPARE(FolderView::checkName(name), message);
}

NFSNAV_UI_TEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
