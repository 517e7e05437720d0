// SPDX-License-Identifier: GPL-3.0-or-later
// The browser window end to end against the real test server, driven through
// its keys and actions: open, navigate, sort, filter, bookmarks across a
// restart, create/rename/delete with the server checked behind the window,
// changes on the server showing up by themselves, errors in the banner, and a
// GUI-thread heartbeat through every test.
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

class TestMainWindow : public QObject, private WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        setUp("window");
    }
    void cleanupTestCase() { m_session.reset(); }
    void init() { startTest(); }
    void cleanup() { endTest(); }

    void opensUrlAndShowsRows()
    {
        FolderView *view = open(TestServer::url(3));
        QVERIFY(view);
        QVERIFY(rows(view).contains(QStringLiteral("hello.txt")));
        QVERIFY(rows(view).contains(QStringLiteral("sub")));
        QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("test"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusCountsText().contains(QStringLiteral("file")), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionText().contains(QStringLiteral("Connected")), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->freeSpaceText().contains(QStringLiteral("free")), 20000);
        QCOMPARE(m_window->locationBar()->url(), TestServer::url(3));
        QVERIFY(m_window->action(QStringLiteral("newFolder"))->isEnabled());
    }

    void intoFolderAndBack()
    {
        FolderView *view = open(TestServer::url(3));
        select(view, QStringLiteral("sub"));
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3, "sub"), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), Patience);
        QCOMPARE(rows(view), QStringList{QStringLiteral("dir")});
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3), Patience);
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3, "sub"), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), Patience);
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Backspace);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3), Patience);
        // Up selects the folder it came from.
        QTRY_COMPARE_WITH_TIMEOUT(view->detailsView()->currentIndex().data().toString(), QStringLiteral("sub"), Patience);
        // Up from the export goes to the server's exports.
        QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(view->url().path(), QByteArray("/"), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), Patience);
        QVERIFY2(rows(view).contains(QStringLiteral("srv/test")), qPrintable(rows(view).join(QLatin1Char(','))));
        QVERIFY(!m_window->action(QStringLiteral("newFolder"))->isEnabled());
        select(view, QStringLiteral("srv/test"));
        QTest::keyClick(view->detailsView(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3), Patience);
    }

    void sortAndFilter()
    {
        FolderView *view = open(TestServer::url(3));
        QHeaderView *header = view->detailsView()->header();
        const QPoint sizeSection(header->sectionViewportPosition(RemoteFsModel::SizeColumn) + 5, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, sizeSection);
        QCOMPARE(view->model()->sortColumn(), int(RemoteFsModel::SizeColumn));
        // Folders stay first.
        QVERIFY(view->model()->isDir(view->model()->index(0, 0)));
        // Remembered by the next window.
        m_window.reset();
        view = open(TestServer::url(3));
        QCOMPARE(view->model()->sortColumn(), int(RemoteFsModel::SizeColumn));
        view->detailsView()->sortByColumn(RemoteFsModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(view->model()->sortColumn(), int(RemoteFsModel::NameColumn));

        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
        QVERIFY(view->filterEdit()->isVisible());
        QTest::keyClicks(view->filterEdit(), QStringLiteral("HEL"));
        QCOMPARE(rows(view), QStringList{QStringLiteral("hello.txt")});
        QTest::keyClick(view->filterEdit(), Qt::Key_Escape);
        QVERIFY(rows(view).size() > 1);

        // Typing selects the first match.
        view->detailsView()->setFocus();
        QTest::keyClicks(view->detailsView(), QStringLiteral("pri"));
        QCOMPARE(view->detailsView()->currentIndex().data().toString(), QStringLiteral("private"));
    }

    void hiddenFilesAndViews()
    {
        const QByteArray dir = m_scratch + "/hidden";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(succeeds(m_session->createFile(TestServer::path(3, dir + "/.secret"))));
        FolderView *view = open(TestServer::url(3, dir));
        QCOMPARE(rows(view), QStringList());
        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(rows(view), QStringList{QStringLiteral(".secret")});
        QTest::keyClick(m_window.get(), Qt::Key_Period, Qt::AltModifier);
        QCOMPARE(rows(view), QStringList());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(view->isIconsMode());
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!view->isIconsMode());
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_window->tabCount(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tabCount(), 1, Patience);
    }

    // A click in the icons view selects that entry for the actions too.
    void iconsViewSelection()
    {
        const QByteArray dir = m_scratch + "/icons";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(succeeds(m_session->createFile(TestServer::path(3, dir + "/one"))));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(view->isIconsMode());
        const QModelIndex one = view->proxy()->mapFromSource(view->model()->indexOfName("one"));
        QTRY_VERIFY_WITH_TIMEOUT(view->iconsView()->visualRect(one).isValid(), Patience);
        QTest::mouseClick(view->iconsView()->viewport(), Qt::LeftButton, {}, view->iconsView()->visualRect(one).center());
        QCOMPARE(view->selectedSourceRows().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->action(QStringLiteral("download"))->isEnabled(), Patience);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    }

    // The icons view wraps a long name onto up to three lines, breaking inside a
    // word when it must, and elides only what goes beyond.
    void iconsViewWrapsLongNames()
    {
        const QFont font = QApplication::font();
        const QFontMetrics fm(font);
        const QString medium = QStringLiteral("holiday_photos_2024_summer.jpeg");
        const int width = fm.horizontalAdvance(medium) * 2 / 3;
        const QStringList two = IconNameDelegate::wrappedLines(medium, font, width);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.join(QString()), medium);
        const QString longer = medium.repeated(4);
        const QStringList three = IconNameDelegate::wrappedLines(longer, font, width);
        QCOMPARE(three.size(), IconNameDelegate::MaxLines);
        QVERIFY2(three.last().endsWith(QChar(0x2026)), qPrintable(three.last()));
        for (const QString &line : three)
            QVERIFY(fm.horizontalAdvance(line) <= width);

        FolderView *view = open(TestServer::url(3));
        QVERIFY(view);
        view->setIconsMode(true);
        QListView *icons = view->iconsView();
        QVERIFY(qobject_cast<IconNameDelegate *>(icons->itemDelegate()));
        QVERIFY(icons->gridSize().height() >= icons->iconSize().height() + IconNameDelegate::MaxLines * icons->fontMetrics().height());
        const QModelIndex first = view->proxy()->index(0, 0);
        QTRY_VERIFY(icons->visualRect(first).height() >= icons->iconSize().height() + IconNameDelegate::MaxLines * icons->fontMetrics().height());
    }

    void bookmarkSurvivesRestart()
    {
        FolderView *view = open(TestServer::url(3, "sub"));
        Q_UNUSED(view);
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(m_window->bookmarks()->bookmarks().size(), 1);
        QCOMPARE(m_window->bookmarks()->bookmarks().first().url, TestServer::url(3, "sub"));
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QCOMPARE(m_window->bookmarkList()->count(), 1);
        QCOMPARE(m_window->bookmarkList()->item(0)->text(), QStringLiteral("sub"));
        // Opening it from the side pane.
        m_window->openTab(NfsUrl());
        emit m_window->bookmarkList()->itemClicked(m_window->bookmarkList()->item(0));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->currentView()->url(), TestServer::url(3, "sub"), Patience);
        m_window->bookmarks()->remove(0);
    }

    void createRenameDelete()
    {
        const QByteArray dir = m_scratch + "/ops";
        const QByteArray full = TestServer::path(3, dir);
        QVERIFY(succeeds(m_session->mkdir(full)));
        QVERIFY(succeeds(m_session->createFile(full + "/f1")));
        QVERIFY(succeeds(m_session->createFile(full + "/f2")));
        FolderView *view = open(TestServer::url(3, dir));
        QTRY_VERIFY_WITH_TIMEOUT(view->accessMask() >= 0, Patience);

        // New folder.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *input = waitForDialog<QInputDialog>(QStringLiteral("newFolderDialog"));
        QVERIFY(input);
        input->setTextValue(QStringLiteral("made"));
        input->accept();
        QTRY_VERIFY_WITH_TIMEOUT(rows(view).contains(QStringLiteral("made")), 20000);
        QVERIFY(!outcome(m_session->stat(full + "/made")));
        QTRY_COMPARE_WITH_TIMEOUT(view->detailsView()->currentIndex().data().toString(), QStringLiteral("made"), Patience);

        // Rename in place (through the model, as the editor commits).
        QVERIFY(succeeds(m_session->createFile(full + "/made/inner")));
        view->model()->setData(view->model()->indexOfName("made"), QStringLiteral("renamed"));
        QTRY_VERIFY_WITH_TIMEOUT(rows(view).contains(QStringLiteral("renamed")), 20000);
        QVERIFY(!rows(view).contains(QStringLiteral("made")));
        QVERIFY(!outcome(m_session->stat(full + "/renamed")));
        QCOMPARE(outcome(m_session->stat(full + "/made")).kind(), NfsError::Kind::NotFound);

        // Names the rules refuse.
        view->model()->setData(view->model()->indexOfName("f1"), QStringLiteral("a/b"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->banner()->message().isEmpty(), Patience);
        view->banner()->hide();
        view->model()->setData(view->model()->indexOfName("f1"), QString(256, QLatin1Char('x')));
        QTRY_VERIFY_WITH_TIMEOUT(view->banner()->message().contains(QStringLiteral("too long")), Patience);
        view->banner()->hide();

        // Onto an existing name: asked first; No keeps both.
        view->model()->setData(view->model()->indexOfName("f1"), QStringLiteral("f2"));
        auto *question = waitForDialog<QMessageBox>(QStringLiteral("replaceQuestion"));
        QVERIFY(question);
        question->button(QMessageBox::No)->click();
        QTest::qWait(200);
        QVERIFY(!outcome(m_session->stat(full + "/f1")));
        // Yes replaces.
        view->model()->setData(view->model()->indexOfName("f1"), QStringLiteral("f2"));
        question = waitForDialog<QMessageBox>(QStringLiteral("replaceQuestion"));
        QVERIFY(question);
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!rows(view).contains(QStringLiteral("f1")), 20000);
        QCOMPARE(outcome(m_session->stat(full + "/f1")).kind(), NfsError::Kind::NotFound);

        // Delete, confirmed; the folder goes with its contents.
        select(view, QStringLiteral("renamed"));
        QApplication::setActiveWindow(m_window.get());   // back from the question box
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Delete);
        auto *confirm = waitForDialog<QMessageBox>(QStringLiteral("deleteQuestion"));
        QVERIFY(confirm);
        QVERIFY2(confirm->text().contains(QStringLiteral("Folders are deleted with everything in them")),
                 qPrintable(confirm->text()));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!rows(view).contains(QStringLiteral("renamed")), 20000);
        // A file alone is not told about folders.
        select(view, QStringLiteral("f2"));
        QAction *remove = m_window->findChild<QAction *>(QStringLiteral("delete"));
        QTRY_VERIFY(remove->isEnabled());
        remove->trigger();
        confirm = waitForDialog<QMessageBox>(QStringLiteral("deleteQuestion"));
        QVERIFY(confirm);
        QVERIFY2(!confirm->text().contains(QStringLiteral("Folders")), qPrintable(confirm->text()));
        confirm->button(QMessageBox::Cancel)->click();
        QCOMPARE(outcome(m_session->stat(full + "/renamed")).kind(), NfsError::Kind::NotFound);
        QVERIFY(view->banner()->message().isEmpty());
    }

    // Enter in the name editor renames, and only renames: the folder is not
    // gone into (nor a file opened) by the same key.
    void enterInTheNameEditorOnlyRenames()
    {
        const QByteArray dir = m_scratch + "/editor";
        const QByteArray full = TestServer::path(3, dir);
        QVERIFY(succeeds(m_session->mkdir(full)));
        QVERIFY(succeeds(m_session->mkdir(full + "/folder")));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        const NfsUrl at = view->url();
        select(view, QStringLiteral("folder"));
        view->detailsView()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())), Patience);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("renamed"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rows(view).contains(QStringLiteral("renamed")), 20000);
        QTest::qWait(300);
        QCOMPARE(view->url().toString(), at.toString());
        QVERIFY(!outcome(m_session->stat(full + "/renamed")));
        // Enter on the row afterwards still goes in.
        select(view, QStringLiteral("renamed"));
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(view->url().toString().endsWith(QStringLiteral("/renamed")), Patience);
    }

    // A filter that hides everything says so in the status; Escape in the
    // view closes it; and, as in Dolphin, it stays with its folder.
    void filterBelongsToItsFolder()
    {
        const QByteArray dir = m_scratch + "/filtered";
        const QByteArray full = TestServer::path(3, dir);
        QVERIFY(succeeds(m_session->mkdir(full)));
        QVERIFY(succeeds(m_session->mkdir(full + "/inner")));
        QVERIFY(succeeds(m_session->createFile(full + "/inner/a.txt")));
        QVERIFY(succeeds(m_session->createFile(full + "/b.txt")));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
        QTest::keyClicks(view->filterEdit(), QStringLiteral("zzz"));
        QVERIFY(rows(view).isEmpty());
        QVERIFY2(view->countsText().contains(QStringLiteral("Nothing here matches the filter \"zzz\"")),
                 qPrintable(view->countsText()));
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Escape);
        QVERIFY(!view->filterEdit()->isVisible());
        QCOMPARE(rows(view).size(), 2);

        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
        QTest::keyClicks(view->filterEdit(), QStringLiteral("inn"));
        QCOMPARE(rows(view), QStringList{QStringLiteral("inner")});
        QVERIFY(view->countsText().contains(QStringLiteral("shown by the filter")));
        select(view, QStringLiteral("inner"));
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(view->url().toString().endsWith(QStringLiteral("/inner")), Patience);
        QTRY_COMPARE_WITH_TIMEOUT(rows(view), QStringList{QStringLiteral("a.txt")}, Patience);
        QVERIFY(!view->filterEdit()->isVisible());
        QVERIFY(view->filterEdit()->text().isEmpty());
    }

    void serverChangeAppearsByItself()
    {
        const QByteArray dir = m_scratch + "/live";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(succeeds(m_session->createFile(TestServer::path(3, dir + "/keep"))));
        FolderView *view = open(TestServer::url(3, dir));
        select(view, QStringLiteral("keep"));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir + "/appeared"))));
        QTRY_VERIFY_WITH_TIMEOUT(rows(view).contains(QStringLiteral("appeared")), 3 * FolderView::RecheckIntervalMs + 5000);
        // The selection stayed on the same entry.
        QCOMPARE(view->detailsView()->currentIndex().data().toString(), QStringLiteral("keep"));
        QCOMPARE(view->selectedSourceRows().size(), 1);
    }

    void errorsInTheBanner_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused") << QStringLiteral("nfs://127.0.0.1:9/x?mountport=9&timeout=2") << QStringLiteral("refused");
        QTest::newRow("silent") << QString() << QStringLiteral("did not answer");
        QTest::newRow("permission") << TestServer::urlText(3, "private", QStringLiteral("uid=1234&gid=1234"))
                                    << QStringLiteral("Permission denied");
    }
    void errorsInTheBanner()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QTcpServer silent;
        if (url.isEmpty()) {
            QVERIFY(silent.listen(QHostAddress::LocalHost));
            silent.pauseAccepting();
            url = QStringLiteral("nfs://127.0.0.1:%1/x?mountport=%1&timeout=2").arg(silent.serverPort());
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        FolderView *view = m_window->openTab(NfsUrl::parse(url));
        QTRY_VERIFY_WITH_TIMEOUT(!view->banner()->message().isEmpty(), 60000);
        QVERIFY2(view->banner()->message().contains(expected), qPrintable(view->banner()->message()));
        QVERIFY(QApplication::activeModalWidget() == nullptr);   // a banner, not a box
    }

    // A failed navigation's banner goes once the user is somewhere that works.
    void bannerGoesWhenANavigationSucceeds()
    {
        FolderView *view = open(TestServer::url(3));
        QVERIFY(view);
        m_window->openUrl(TestServer::url(3, "no-such-folder"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->banner()->message().isEmpty(), Patience);
        m_window->openUrl(TestServer::url(3, "sub"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view->url() == TestServer::url(3, "sub"), Patience);
        QVERIFY2(view->banner()->message().isEmpty(), qPrintable(view->banner()->message()));
        // Back to the failing place and back out of it with Alt+Left.
        m_window->openUrl(TestServer::url(3, "no-such-folder"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->banner()->message().isEmpty(), Patience);
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view->url() == TestServer::url(3, "sub"), Patience);
        QVERIFY2(view->banner()->message().isEmpty(), qPrintable(view->banner()->message()));
        // A server that never answers, left before it times out: its failure does not follow.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        silent.pauseAccepting();
        m_window->openUrl(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1:%1/x?mountport=%1&timeout=2").arg(silent.serverPort())));
        QTest::qWait(500);
        m_window->openUrl(TestServer::url(3));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view) && view->url() == TestServer::url(3), Patience);
        QTest::qWait(6000);
        QVERIFY2(view->banner()->message().isEmpty(), qPrintable(view->banner()->message()));
    }

    // A server never reached is not a connection lost.
    void unreachedServerIsNotALostConnection()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        FolderView *view = m_window->openTab(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1:9/x?mountport=9&timeout=2")));
        QTRY_VERIFY_WITH_TIMEOUT(!view->banner()->message().isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->connectionText().startsWith(QStringLiteral("Connecting")), Patience);
        const QString text = m_window->connectionText();
        QVERIFY2(!text.contains(QStringLiteral("lost")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Could not reach 127.0.0.1")), qPrintable(text));
    }

    // "/path" typed while a server is shown goes there on that server, with its options.
    void plainPathInTheLocationBar()
    {
        FolderView *view = open(TestServer::url(3, {}, QStringLiteral("timeout=7")));
        QVERIFY(view);
        LocationBar *bar = m_window->locationBar();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        bar->lineEdit()->clear();
        QTest::keyClicks(bar->lineEdit(), QString::fromUtf8(TestServer::path(3, "sub")));
        QVERIFY2(bar->errorText().isEmpty(), qPrintable(bar->errorText()));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3, "sub", QStringLiteral("timeout=7")), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), Patience);
        QVERIFY(view->banner()->message().isEmpty());
        // Without a server shown, a path alone says what is missing.
        FolderView *empty = m_window->openTab(NfsUrl());
        QVERIFY(!empty->url().isValid());
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        bar->lineEdit()->clear();
        QTest::keyClicks(bar->lineEdit(), QStringLiteral("/srv/test"));
        QVERIFY2(bar->errorText().contains(QStringLiteral("nfs://")), qPrintable(bar->errorText()));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QVERIFY(bar->isEditing());
    }

    // Ctrl+D on a place already bookmarked says so and adds nothing; Recent lists a place once.
    void onePlaceIsBookmarkedAndListedOnce()
    {
        AppSettings::application()->addRecentPlace(TestServer::urlText(3, "sub") + QLatin1Char('/'));
        AppSettings::application()->addRecentPlace(TestServer::urlText(3, "sub", QStringLiteral("version=3&timeout=10")));
        FolderView *view = open(TestServer::url(3, "sub"));
        QVERIFY(view);
        auto *recent = m_window->findChild<QListWidget *>(QStringLiteral("recentPlaces"));
        QVERIFY(recent);
        int sub = 0;
        for (int i = 0; i < recent->count(); ++i)
            sub += NfsUrl::parse(recent->item(i)->data(Qt::UserRole).toString()) == TestServer::url(3, "sub") ? 1 : 0;
        QCOMPARE(sub, 1);

        BookmarkStore *store = m_window->bookmarks();
        const qsizetype before = store->bookmarks().size();
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(store->bookmarks().size(), before + 1);
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(store->bookmarks().size(), before + 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("already bookmarked")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        store->remove(int(before));
    }

    void refusedActionsAreGreyedOut()
    {
        // Another uid may read sub/ (0755 root) but not write it.
        FolderView *view = open(TestServer::url(3, "sub", QStringLiteral("uid=1234&gid=1234")));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->accessMask() >= 0, Patience);
        QVERIFY(!view->canWrite());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->action(QStringLiteral("newFolder"))->isEnabled(), Patience);
        QVERIFY2(m_window->action(QStringLiteral("newFolder"))->toolTip().contains(QStringLiteral("does not let you")),
                 qPrintable(m_window->action(QStringLiteral("newFolder"))->toolTip()));
        select(view, QStringLiteral("dir"));
        QVERIFY(!m_window->action(QStringLiteral("delete"))->isEnabled());
        QVERIFY(!m_window->action(QStringLiteral("rename"))->isEnabled());
    }

    void folderTreeAndDisconnect()
    {
        FolderView *view = open(TestServer::url(3));
        QTreeView *tree = m_window->folderTree();
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 3, 20000);
        QModelIndex exportA;
        for (int r = 0; r < tree->model()->rowCount(); ++r) {
            if (tree->model()->index(r, 0).data().toString() == QLatin1String("srv/a"))
                exportA = tree->model()->index(r, 0);
        }
        QVERIFY(exportA.isValid());
        emit tree->clicked(exportA);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/srv/a")), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), Patience);
        QVERIFY(rows(view).contains(QStringLiteral("marker-a")));
        // Disconnect closes the server's tabs and sessions.
        m_window->action(QStringLiteral("disconnect"))->trigger();
        QCOMPARE(m_window->tabCount(), 1);
        QVERIFY(!m_window->currentView()->url().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->sessionPool()->sessionCount(), 0, Patience);
    }

    void locationBarValidatesAsYouType()
    {
        FolderView *view = open(TestServer::url(3));
        LocationBar *bar = m_window->locationBar();
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(bar->isEditing());
        bar->lineEdit()->clear();
        QTest::keyClicks(bar->lineEdit(), QStringLiteral("nfs://127.0.0.1:99999/x"));
        QVERIFY2(bar->errorText().contains(QStringLiteral("99999")), qPrintable(bar->errorText()));
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QVERIFY(bar->isEditing());   // not accepted
        bar->lineEdit()->clear();
        QTest::keyClicks(bar->lineEdit(), TestServer::urlText(3, "sub/dir"));
        QVERIFY(bar->errorText().isEmpty());
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3, "sub/dir"), Patience);
        QVERIFY(!bar->isEditing());
        // The breadcrumbs go to a parent.
        QList<QToolButton *> crumbs = bar->findChildren<QToolButton *>(QStringLiteral("crumb"));
        QVERIFY(crumbs.size() >= 4);
        crumbs.at(crumbs.size() - 2)->click();
        QTRY_COMPARE_WITH_TIMEOUT(view->url(), TestServer::url(3, "sub"), Patience);
    }

    void downloadAndUpload()
    {
        const QByteArray dir = m_scratch + "/transfer";
        const QByteArray full = TestServer::path(3, dir);
        QVERIFY(succeeds(m_session->mkdir(full)));
        QVERIFY(succeeds(m_session->createFile(full + "/remote.bin")));
        QVERIFY(succeeds(m_session->truncate(full + "/remote.bin", 300000)));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QTemporaryDir local;
        select(view, QStringLiteral("remote.bin"));
        QSignalSpy done(view, &FolderView::transfersFinished);
        view->downloadTo(local.path());
        QVERIFY(done.wait(Patience));
        QCOMPARE(done.last().at(0).toBool(), true);
        QCOMPARE(QFileInfo(local.filePath(QStringLiteral("remote.bin"))).size(), 300000);

        QFile up(local.filePath(QStringLiteral("local.txt")));
        QVERIFY(up.open(QIODevice::WriteOnly));
        QVERIFY(up.write(QByteArray(12345, 'u')) == 12345);
        up.close();
        view->uploadFiles({up.fileName()});
        QVERIFY(done.wait(Patience));
        QCOMPARE(done.last().at(0).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(rows(view).contains(QStringLiteral("local.txt")), Patience);
        QCOMPARE(view->model()->indexOfName("local.txt").data(RemoteFsModel::SizeRole).toULongLong(), 12345u);
        // Uploading again does not replace it unasked.
        view->uploadFiles({up.fileName()});
        QVERIFY(done.wait(Patience));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY(!view->banner()->message().isEmpty());
    }

    // Folders go whole, both ways, as `get -r` and `put -r` do: nested
    // folders, files and a symlink kept as a symlink.
    void downloadAndUploadFolders()
    {
        const QByteArray dir = m_scratch + "/trees";
        const QByteArray full = TestServer::path(3, dir);
        QVERIFY(succeeds(m_session->mkdir(full)));
        QVERIFY(succeeds(m_session->mkdir(full + "/tree")));
        QVERIFY(succeeds(m_session->mkdir(full + "/tree/inner")));
        QVERIFY(succeeds(m_session->createFile(full + "/tree/inner/deep.bin")));
        QVERIFY(succeeds(m_session->truncate(full + "/tree/inner/deep.bin", 70000)));
        QVERIFY(succeeds(m_session->symlink("inner/deep.bin", full + "/tree/link")));
        QVERIFY(succeeds(m_session->createFile(full + "/plain.bin")));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QTemporaryDir local;
        QSignalSpy done(view, &FolderView::transfersFinished);
        view->selectionModel()->clearSelection();
        for (const char *name : {"tree", "plain.bin"}) {
            const QModelIndex idx = view->proxy()->mapFromSource(view->model()->indexOfName(name));
            QVERIFY(idx.isValid());
            view->selectionModel()->select(idx, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(view->selectedSourceRows().size(), 2);
        view->downloadTo(local.path());
        QVERIFY(done.wait(Patience));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(view->banner()->message()));
        QCOMPARE(QFileInfo(local.filePath(QStringLiteral("tree/inner/deep.bin"))).size(), 70000);
        QCOMPARE(QFileInfo(local.filePath(QStringLiteral("tree/link"))).symLinkTarget(),
                 local.filePath(QStringLiteral("tree/inner/deep.bin")));
        QVERIFY(QFileInfo(local.filePath(QStringLiteral("plain.bin"))).isFile());

        // Up again under another name, into the same folder.
        QVERIFY(QDir(local.path()).rename(QStringLiteral("tree"), QStringLiteral("uploaded")));
        view->uploadFiles({local.filePath(QStringLiteral("uploaded"))});
        QVERIFY(done.wait(Patience));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(view->banner()->message()));
        QTRY_VERIFY_WITH_TIMEOUT(rows(view).contains(QStringLiteral("uploaded")), Patience);
        auto deep = std::unique_ptr<StatJob>(m_session->stat(full + "/uploaded/inner/deep.bin"));
        QVERIFY(deep->wait(30000));
        QCOMPARE(deep->result().size, quint64(70000));
        auto link = std::unique_ptr<ReadlinkJob>(m_session->readlink(full + "/uploaded/link"));
        QVERIFY(link->wait(30000));
        QCOMPARE(link->result(), QByteArray("inner/deep.bin"));
        // Again: nothing on the server is replaced unasked, and the banner says so.
        view->uploadFiles({local.filePath(QStringLiteral("uploaded"))});
        QVERIFY(done.wait(Patience));
        QCOMPARE(done.last().at(0).toBool(), false);
        QVERIFY(!view->banner()->message().isEmpty());
    }

    // Local files and folders dropped on the view are uploaded: onto a
    // folder's row into that folder, elsewhere into the folder shown; other
    // URLs are not taken.
    void dropUploads()
    {
        const QByteArray dir = m_scratch + "/drops";
        const QByteArray full = TestServer::path(3, dir);
        QVERIFY(succeeds(m_session->mkdir(full)));
        QVERIFY(succeeds(m_session->mkdir(full + "/target")));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->accessMask() >= 0, Patience);
        QTemporaryDir local;
        QFile f(local.filePath(QStringLiteral("dropped.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("dropped\n") == 8);
        f.close();
        QVERIFY(QDir(local.path()).mkpath(QStringLiteral("folder/in")));
        QFile g(local.filePath(QStringLiteral("folder/in/g.txt")));
        QVERIFY(g.open(QIODevice::WriteOnly) && g.write("g") == 1);
        g.close();

        QWidget *viewport = view->detailsView()->viewport();
        QVERIFY(viewport->acceptDrops());
        const auto drop = [&](const QList<QUrl> &urls, const QPoint &at) {
            QMimeData mime;
            mime.setUrls(urls);
            QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &enter);
            const bool accepted = enter.isAccepted();
            QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &dropped);
            return accepted && dropped.isAccepted();
        };
        QSignalSpy done(view, &FolderView::transfersFinished);
        // Onto the row of "target".
        const QModelIndex targetRow = view->proxy()->mapFromSource(view->model()->indexOfName("target"));
        const QPoint onTarget = view->detailsView()->visualRect(targetRow).center();
        QVERIFY(drop({QUrl::fromLocalFile(f.fileName()), QUrl::fromLocalFile(local.filePath(QStringLiteral("folder")))},
                     onTarget));
        QVERIFY(done.wait(Patience));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(view->banner()->message()));
        QVERIFY(!outcome(m_session->stat(full + "/target/dropped.txt")));
        QVERIFY(!outcome(m_session->stat(full + "/target/folder/in/g.txt")));
        // Below the rows: into the folder shown, which then lists it.
        QVERIFY(drop({QUrl::fromLocalFile(f.fileName())}, QPoint(5, viewport->height() - 5)));
        QVERIFY(done.wait(Patience));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(view->banner()->message()));
        QTRY_VERIFY_WITH_TIMEOUT(rows(view).contains(QStringLiteral("dropped.txt")), Patience);
        // Not local files: refused.
        QVERIFY(!drop({QUrl(QStringLiteral("https://example.org/x"))}, onTarget));
    }

    void largeListingInTheWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        FolderView *view = m_window->openTab(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/srv/a/huge")));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), 120000);
        if (view->model()->lastError().kind() == NfsError::Kind::NotFound)
            QSKIP("the rig has no /srv/a/huge folder");
        QCOMPARE(view->proxy()->rowCount(), 100000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusCountsText().contains(QStringLiteral("100000")), Patience);
        // Scrolling to the end and back stays responsive too.
        view->detailsView()->scrollToBottom();
        QTest::qWait(50);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTest::qWait(50);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    }

    // Not a test of behaviour: with NFSNAV_SCREENSHOT=FILE, saves the window
    // on the test server (for the README).
    void screenshot()
    {
        const QString file = qEnvironmentVariable("NFSNAV_SCREENSHOT");
        if (file.isEmpty())
            QSKIP("set NFSNAV_SCREENSHOT=FILE to save a screenshot");
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 620);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->bookmarks()->add(Bookmark{QStringLiteral("test export"), TestServer::url(3)}));
        QVERIFY(m_window->bookmarks()->add(Bookmark{QStringLiteral("sub over NFSv4"), TestServer::url(4, "sub")}));
        FolderView *view = m_window->openTab(TestServer::url(3));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->freeSpaceText().isEmpty(), 20000);
        m_window->folderTree()->expand(m_window->folderTree()->model()->index(0, 0));
        select(view, QStringLiteral("hello.txt"));
        QTest::qWait(1500);
        QVERIFY(m_window->grab().save(file));
        m_window->bookmarks()->remove(1);
        m_window->bookmarks()->remove(0);
    }
};

NFSNAV_UI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
