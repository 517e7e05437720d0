// SPDX-License-Identifier: GPL-3.0-or-later
// The window's dialogs end to end against the real test server: connect with
// the server's export list, bookmarks edited and reordered, find from the
// current folder, and properties with chmod; a GUI-thread heartbeat through
// every test. Split from tst_mainwindow, with which it shares windowtesting.h.
#include "appsettings.h"
#include "bookmarkdialog.h"
#include "bookmarklist.h"
#include "connectdialog.h"
#include "sessioncache.h"
#include "bookmarkstore.h"
#include "errorbanner.h"
#include "finddialog.h"
#include "folderview.h"
#include "iconnamedelegate.h"
#include "heartbeat.h"
#include "windowtesting.h"
#include "locationbar.h"
#include "mainwindow.h"
#include "propertiesdialog.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "session.h"
#include "testserver.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTcpServer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace WindowTesting;

class TestWindowDialogs : public QObject, private WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        setUp("dialogs");
    }
    void cleanupTestCase() { m_session.reset(); }
    void init() { startTest(); }
    void cleanup() { endTest(); }

    void connectDialogListsExports()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_window->openTab(NfsUrl());
        m_window->showConnectDialog();
        auto *dialog = waitForDialog<ConnectDialog>(QStringLiteral("connectDialog"));
        QVERIFY(dialog);
        dialog->setHost(QStringLiteral("127.0.0.1"));
        dialog->listExports();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->exportList()->count() >= 3, 20000);
        const QList<QListWidgetItem *> items = dialog->exportList()->findItems(QStringLiteral("/srv/test"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        dialog->exportList()->setCurrentItem(items.first());
        QCOMPARE(dialog->url(), NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/srv/test")));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentView()->url(), NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/srv/test")), Patience);
    }

    void bookmarksEditAndReorder()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        BookmarkStore *store = m_window->bookmarks();
        QVERIFY(store->add(Bookmark{QStringLiteral("one"), TestServer::url(3)}));
        QVERIFY(store->add(Bookmark{QStringLiteral("two"), TestServer::url(3, "sub")}));
        QCOMPARE(m_window->bookmarkList()->count(), 2);
        store->move(0, 1);
        QCOMPARE(m_window->bookmarkList()->item(0)->text(), QStringLiteral("two"));
        m_window->bookmarkList()->editBookmark(0);
        auto *dialog = waitForDialog<BookmarkDialog>(QStringLiteral("bookmarkDialog"));
        QVERIFY(dialog);
        dialog->nameEdit()->setText(QStringLiteral("sub, v4"));
        dialog->urlEdit()->setText(TestServer::urlText(4, "sub"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->bookmarkList()->item(0)->text(), QStringLiteral("sub, v4"), Patience);
        QCOMPARE(store->bookmarks().first().url.version(), 4);
        m_window->bookmarkList()->removeBookmark(1);
        m_window->bookmarkList()->removeBookmark(0);
        QCOMPARE(m_window->bookmarkList()->count(), 0);
    }

    void findFromHere()
    {
        FolderView *view = open(TestServer::url(3));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *find = waitForDialog<FindDialog>(QStringLiteral("findDialog"));
        QVERIFY(find);
        find->patternEdit()->setText(QStringLiteral("FIL*"));
        QSignalSpy done(find, &FindDialog::searchFinished);
        QTest::keyClick(find->patternEdit(), Qt::Key_Return);   // Enter searches, as the Find button does
        QVERIFY(done.wait(60000));
        QTreeWidgetItem *hit = nullptr;
        for (int i = 0; i < find->results()->topLevelItemCount(); ++i) {
            if (find->results()->topLevelItem(i)->text(0) == QLatin1String("file"))
                hit = find->results()->topLevelItem(i);
        }
        QVERIFY(hit);
        emit find->results()->itemActivated(hit, 0);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3, "sub/dir"), Patience);
        QTRY_COMPARE_WITH_TIMEOUT(view->detailsView()->currentIndex().data().toString(), QStringLiteral("file"), Patience);
        find->close();
    }

    void findWrapsAnErrorInItsSize()
    {
        open(TestServer::url(3, {}, QStringLiteral("uid=1234&gid=1234")));   // "private" refuses uid 1234
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *find = waitForDialog<FindDialog>(QStringLiteral("findDialog"));
        QVERIFY(find);
        find->resize(360, 420);
        QTest::qWait(50);
        const QSize before = find->size();
        find->patternEdit()->setText(QStringLiteral("secret"));
        QSignalSpy done(find, &FindDialog::searchFinished);
        QTest::keyClick(find->patternEdit(), Qt::Key_Return);
        QVERIFY(done.wait(60000));
        auto *status = find->findChild<QLabel *>(QStringLiteral("findStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("Permission denied")), qPrintable(status->text()));
        QTest::qWait(50);   // let the layout settle
        QCOMPARE(find->size(), before);
        QVERIFY(status->wordWrap());
        QVERIFY(status->width() <= find->width());
        QVERIFY(status->height() >= status->heightForWidth(status->width()));   // every line shows
        find->close();
    }

    void propertiesAndChmod()
    {
        const QByteArray dir = m_scratch + "/props";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(succeeds(m_session->createFile(TestServer::path(3, dir + "/p"), 0644)));
        QVERIFY(succeeds(m_session->truncate(TestServer::path(3, dir + "/p"), 1234)));
        FolderView *view = open(TestServer::url(3, dir));
        select(view, QStringLiteral("p"));
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::AltModifier);
        auto *props = waitForDialog<PropertiesDialog>(QStringLiteral("propertiesDialog"));
        QVERIFY(props);
        QTRY_VERIFY_WITH_TIMEOUT(props->field(QStringLiteral("size")).contains(QStringLiteral("1,234 bytes")), Patience);
        QCOMPARE(props->checkedMode(), 0644u);
        props->findChild<QCheckBox *>(QStringLiteral("perm10"))->setChecked(false);   // group read
        props->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QTRY_COMPARE_WITH_TIMEOUT(modeOf(TestServer::path(3, dir + "/p")), 0604u, 20000);
        props->close();

        // A folder's size, measured on request.
        select(view, QStringLiteral("p"));
        view->selectionModel()->clearSelection();
        view->showProperties();
        auto *folderProps = waitForDialog<PropertiesDialog>(QStringLiteral("propertiesDialog"));
        QVERIFY(folderProps);
        auto *measure = folderProps->findChild<QPushButton *>(QStringLiteral("measureButton"));
        QTRY_VERIFY_WITH_TIMEOUT(measure->isVisible(), Patience);
        measure->click();
        QTRY_VERIFY_WITH_TIMEOUT(folderProps->field(QStringLiteral("size")).contains(QStringLiteral("1,234 bytes")), 20000);
        folderProps->close();
    }

    void propertiesShowWholeValues()
    {
        const QByteArray dir = m_scratch + "/whole";
        const QByteArray name = "a-long-name-that-goes-on-and-on-well-past-what-one-line-of-a-dialog-shows.txt";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(succeeds(m_session->createFile(TestServer::path(3, dir + '/' + name), 0644)));
        QVERIFY(succeeds(m_session->truncate(TestServer::path(3, dir + '/' + name), 7)));
        FolderView *view = open(TestServer::url(3, dir));
        select(view, QString::fromUtf8(name));
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::AltModifier);
        auto *props = waitForDialog<PropertiesDialog>(QStringLiteral("propertiesDialog"));
        QVERIFY(props);
        QTRY_VERIFY_WITH_TIMEOUT(props->field(QStringLiteral("changed")) != QStringLiteral("…"), Patience);
        QCOMPARE(props->field(QStringLiteral("size")), QStringLiteral("7 bytes"));   // no "(7 bytes)" after it
        QTest::qWait(100);   // the layout settles on the values that arrived
        const QList<QLabel *> values = props->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^field-")));
        QVERIFY(values.size() >= 10);
        for (QLabel *label : values) {
            const QString what = label->objectName() + QStringLiteral(": ") + label->text();
            const int height = label->hasHeightForWidth() ? label->heightForWidth(label->width()) : label->sizeHint().height();
            QVERIFY2(label->height() >= height, qPrintable(what));   // no line cut off below
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(what));
            if (label->text() != props->field(label->objectName().mid(6)))
                QCOMPARE(label->toolTip(), props->field(label->objectName().mid(6)));   // elided: whole in the tooltip
        }
        QCOMPARE(props->field(QStringLiteral("name")), QString::fromUtf8(name));
        QVERIFY(props->width() <= props->screen()->availableGeometry().width());
        props->close();
    }
};

NFSNAV_UI_TEST_MAIN(TestWindowDialogs)
#include "tst_windowdialogs.moc"
