// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop against the real test server: a drag out of the view yields
// file:// URLs of complete local copies (read through the drag's
// QMimeData::urls()); over a slowed link urls() answers within a second and
// never lists an incomplete file, and a second drag of unchanged files is
// answered from the cache at once.
//
// No heartbeat here: retrieveData() blocks the GUI thread for up to
// RemoteMimeData::ReadyWaitMs by design (a drop target is waiting on it).
#include "appsettings.h"
#include "cutfollower.h"
#include "dragcache.h"
#include "desktopapplications.h"
#include "dragsource.h"
#include "droptarget.h"
#include "errorbanner.h"
#include "fileopener.h"
#include "folderview.h"
#include "heartbeat.h"
#include "windowtesting.h"
#include "localpane.h"
#include "mainwindow.h"
#include "openwithdialog.h"
#include "remotefile.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "remotemimedata.h"
#include "session.h"
#include "testserver.h"
#include "transferqueue.h"

#include <QAction>
#include <QClipboard>
#include <QFileSystemModel>
#include <QGuiApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>
#include <QTreeView>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <sys/stat.h>
#include <utime.h>

namespace {
// A drop target gives up after a second on Wayland: urls() must answer within it.
constexpr int DropPatienceMs = 1000;

bool succeeds(Job *job, int timeoutMs = 30000)
{
    std::unique_ptr<Job> owner(job);
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(timeoutMs) && !job->error();
}

}

class TestDragDrop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        QVERIFY(m_cacheHome.isValid());
        qputenv("XDG_CACHE_HOME", m_cacheHome.path().toLocal8Bit());
        m_session = std::make_unique<Session>(TestServer::url(3));
        m_dir = TestServer::scratchName("dnd");
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, m_dir))));
        m_small = "Hello from the server\n";
        m_medium = TestServer::randomBytes(200 * 1024, 7);
        // Over the slowed link (4 Mbit/s) this takes a few seconds: well past ReadyWaitMs.
        m_large = TestServer::randomBytes(1536 * 1024, 11);
        QVERIFY(put("hello.txt", m_small));
        QVERIFY(put("medium.bin", m_medium));
        QVERIFY(put("large.bin", m_large));
        QVERIFY(put("notes.txt", "notes\n"));

        // The desktop's applications: one test entry, the default for text/plain, that
        // records the file it was given (what xdg-open or Open With runs).
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());
        // xdg-open asks the desktop entries only when a display is named (else it tries text
        // browsers); nothing connects to it: the window is offscreen, and no X server has that number.
        qputenv("DISPLAY", ":1023");
        m_record = m_dataHome.filePath(QStringLiteral("opened-file"));
        const QString script = m_dataHome.filePath(QStringLiteral("recorder.sh"));
        QVERIFY(TestServer::writeLocal(script, "#!/bin/sh\nprintf '%s' \"$1\" > " + QFile::encodeName(m_record) + ".tmp && mv "
                                                   + QFile::encodeName(m_record) + ".tmp " + QFile::encodeName(m_record) + "\n"));
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QDir(m_dataHome.path()).mkpath(QStringLiteral("applications")));
        QVERIFY(TestServer::writeLocal(m_dataHome.filePath(QStringLiteral("applications/nfsnav-recorder.desktop")),
                                       "[Desktop Entry]\nType=Application\nName=Recorder\nExec=" + QFile::encodeName(script)
                                           + " %f\nMimeType=text/plain;\n"));
        QVERIFY(TestServer::writeLocal(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/mimeapps.list"),
                                       "[Default Applications]\ntext/plain=nfsnav-recorder.desktop\n"));
    }
    void cleanupTestCase() { m_session.reset(); }
    void cleanup()
    {
        m_window.reset();
        if (m_slowed) {
            TestServer::rig({QStringLiteral("exec"), QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("del"),
                             QStringLiteral("dev"), QStringLiteral("lo"), QStringLiteral("root")});
            TestServer::rig({QStringLiteral("exec"), QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                             QStringLiteral("lo"), QStringLiteral("mtu"), QStringLiteral("65536")});
            m_slowed = false;
        }
    }

    void dragOutGivesCompleteLocalFiles()
    {
        FolderView *view = open();
        QVERIFY(view);
        selectNames(view, {"hello.txt", "medium.bin"});
        std::unique_ptr<RemoteMimeData> mime(dragData(view));
        QVERIFY(mime);
        QVERIFY(mime->formats().contains(QStringLiteral("text/uri-list")));
        // Inside the application the nfs:// URLs ride along, fetching nothing.
        const QList<RemoteMimeData::Item> inside = RemoteMimeData::internalItems(mime.get());
        QCOMPARE(inside.size(), 2);
        QVERIFY(std::any_of(inside.begin(), inside.end(), [view](const RemoteMimeData::Item &i) {
            return i.url == view->url().child("hello.txt") && !i.isDir;
        }));

        qint64 slowest = 0;
        const QList<QUrl> urls = urlsWhenReady(mime.get(), &slowest);
        QVERIFY2(slowest < DropPatienceMs, qPrintable(QString::number(slowest)));
        QCOMPARE(urls.size(), 2);
        QHash<QString, QByteArray> expected{{QStringLiteral("hello.txt"), m_small}, {QStringLiteral("medium.bin"), m_medium}};
        for (const QUrl &u : urls) {
            QVERIFY(u.isLocalFile());
            const QFileInfo fi(u.toLocalFile());
            QVERIFY2(expected.contains(fi.fileName()), qPrintable(u.toString()));
            QCOMPARE(TestServer::readLocal(fi.filePath()), expected.value(fi.fileName()));
            QVERIFY(fi.filePath().startsWith(m_cacheHome.path() + QStringLiteral("/nfs-navigator/")));
        }
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(m_cacheHome.path() + QStringLiteral("/nfs-navigator")).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, 0700u);

        // A second drag of the same unchanged files: no transfer, answered at once.
        const qsizetype jobsBefore = TransferQueue::application()->jobs().size();
        std::unique_ptr<RemoteMimeData> again(dragData(view));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(again->urls(), urls);
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(TransferQueue::application()->jobs().size(), jobsBefore);
    }

    void slowLinkNeverHandsOutIncompleteFiles()
    {
        FolderView *view = open();
        QVERIFY(view);
        selectNames(view, {"large.bin"});
        std::unique_ptr<RemoteMimeData> mime(dragData(view));
        QVERIFY(mime);
        // tbf needs packets no bigger than its bucket: loopback's 64 KiB MTU goes down to Ethernet's.
        m_slowed = true;
        QVERIFY(TestServer::rig({QStringLiteral("exec"), QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                                 QStringLiteral("lo"), QStringLiteral("mtu"), QStringLiteral("1500")}));
        QVERIFY(TestServer::rig({QStringLiteral("exec"), QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("add"),
                                 QStringLiteral("dev"), QStringLiteral("lo"), QStringLiteral("root"), QStringLiteral("tbf"),
                                 QStringLiteral("rate"), QStringLiteral("4mbit"), QStringLiteral("burst"),
                                 QStringLiteral("32kb"), QStringLiteral("latency"), QStringLiteral("2s")}));

        // The drag leaves the window: the copy starts in the queue.
        mime->startFetching();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(mime->urls().isEmpty());
        QVERIFY2(clock.elapsed() < DropPatienceMs, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(view->banner()->isVisible()
                                     && view->banner()->message().contains(QStringLiteral("Preparing 1 file")),
                                 5000);

        // Until the copy is complete every ask answers in time with nothing; then with the whole file.
        qint64 slowest = 0;
        const QList<QUrl> urls = urlsWhenReady(mime.get(), &slowest, 120000);
        QVERIFY2(slowest < DropPatienceMs, qPrintable(QString::number(slowest)));
        QCOMPARE(urls.size(), 1);
        QCOMPARE(TestServer::readLocal(urls.first().toLocalFile()), m_large);

        // The next drag of the unchanged file comes from the cache at once.
        std::unique_ptr<RemoteMimeData> again(dragData(view));
        clock.restart();
        QCOMPARE(again->urls(), urls);
        QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    }

    // Places dragged from one mount (NFSv3) onto a view of another (NFSv4):
    // without a modifier a menu asks, Copy Here copies; Shift moves.
    void dropBetweenMountsCopiesOrMoves()
    {
        const QByteArray from = m_dir + "/from", to = m_dir + "/to";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, from))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, to))));
        QVERIFY(put("from/copyme.txt", "copy me\n"));
        QVERIFY(put("from/moveme.txt", "move me\n"));
        const auto [source, target] = openBetweenMounts(from, to);
        QVERIFY(source && target);
        QWidget *viewport = target->detailsView()->viewport();
        const QPoint below(5, viewport->height() - 5);

        selectNames(source, {"copyme.txt"});
        std::unique_ptr<RemoteMimeData> copy(dragData(source));
        QVERIFY(drop(viewport, copy.get(), below, Qt::NoModifier));
        auto *dropTarget = target->findChild<DropTarget *>();
        QVERIFY(dropTarget);
        QTRY_VERIFY(dropTarget->pendingMenu() && dropTarget->pendingMenu()->isVisible());
        QMenu *menu = dropTarget->pendingMenu();
        QStringList entries;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                entries << a->objectName();
        }
        QCOMPARE(entries, (QStringList{QStringLiteral("dropCopy"), QStringLiteral("dropMove"), QStringLiteral("dropCancel")}));
        menu->findChild<QAction *>(QStringLiteral("dropCopy"))->trigger();
        menu->close();
        QTRY_COMPARE_WITH_TIMEOUT(get(to + "/copyme.txt"), QByteArray("copy me\n"), 60000);
        QCOMPARE(get(from + "/copyme.txt"), QByteArray("copy me\n"));
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(target).contains(QStringLiteral("copyme.txt")), 60000);

        selectNames(source, {"moveme.txt"});
        std::unique_ptr<RemoteMimeData> move(dragData(source));
        QVERIFY(drop(viewport, move.get(), below, Qt::ShiftModifier));
        QVERIFY(!dropTarget->pendingMenu());
        QTRY_COMPARE_WITH_TIMEOUT(get(to + "/moveme.txt"), QByteArray("move me\n"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(get(from + "/moveme.txt"), QByteArray("<missing>"), 60000);
    }

    // The setting for a plain drop: Copy copies without a menu, Move moves.
    void dropFollowsTheSetting()
    {
        const QByteArray from = m_dir + "/setfrom", to = m_dir + "/setto";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, from))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, to))));
        QVERIFY(put("setfrom/a.txt", "a\n"));
        QVERIFY(put("setfrom/b.txt", "b\n"));
        const auto [source, target] = openBetweenMounts(from, to);
        QVERIFY(source && target);
        QWidget *viewport = target->detailsView()->viewport();
        const QPoint below(5, viewport->height() - 5);
        auto *dropTarget = target->findChild<DropTarget *>();
        QVERIFY(dropTarget);
        AppSettings *settings = AppSettings::application();

        settings->setDropAction(AppSettings::DropAction::Copy);
        selectNames(source, {"a.txt"});
        std::unique_ptr<RemoteMimeData> copy(dragData(source));
        QVERIFY(drop(viewport, copy.get(), below, Qt::NoModifier));
        QVERIFY(!dropTarget->pendingMenu());
        QTRY_COMPARE_WITH_TIMEOUT(get(to + "/a.txt"), QByteArray("a\n"), 60000);
        QCOMPARE(get(from + "/a.txt"), QByteArray("a\n"));

        settings->setDropAction(AppSettings::DropAction::Move);
        selectNames(source, {"b.txt"});
        std::unique_ptr<RemoteMimeData> move(dragData(source));
        QVERIFY(drop(viewport, move.get(), below, Qt::NoModifier));
        QVERIFY(!dropTarget->pendingMenu());
        QTRY_COMPARE_WITH_TIMEOUT(get(to + "/b.txt"), QByteArray("b\n"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(get(from + "/b.txt"), QByteArray("<missing>"), 60000);
        settings->setDropAction(AppSettings::DropAction::Ask);
    }

    // Inside one export a move is a rename: Shift-drop onto a folder's row.
    void moveOntoFolderRowRenames()
    {
        const QByteArray dir = m_dir + "/rows";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir + "/sub"))));
        QVERIFY(put("rows/file.txt", "in rows\n"));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        selectNames(view, {"file.txt"});
        std::unique_ptr<RemoteMimeData> mime(dragData(view));
        QVERIFY(drop(view->detailsView()->viewport(), mime.get(), rowCenter(view, "sub"), Qt::ShiftModifier));
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/sub/file.txt"), QByteArray("in rows\n"), 30000);
        QCOMPARE(get(dir + "/file.txt"), QByteArray("<missing>"));
        // Nothing went through the queue for it: no data moved.
        for (TransferJob *job : TransferQueue::application()->jobs())
            QVERIFY(!job->request().from.display().endsWith(QStringLiteral("/rows/file.txt")));
    }

    void folderIntoItselfIsRefused()
    {
        const QByteArray dir = m_dir + "/self";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir + "/box"))));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        selectNames(view, {"box"});
        std::unique_ptr<RemoteMimeData> mime(dragData(view));
        const qsizetype jobsBefore = TransferQueue::application()->jobs().size();
        QVERIFY(drop(view->detailsView()->viewport(), mime.get(), rowCenter(view, "box"), Qt::ControlModifier));
        QTRY_VERIFY(view->banner()->isVisible());
        QCOMPARE(view->banner()->message(), QStringLiteral("Cannot copy the folder \"box\" into itself."));
        QCOMPARE(TransferQueue::application()->jobs().size(), jobsBefore);
        QCOMPARE(get(dir + "/box/box"), QByteArray("<missing>"));
    }

    // Enter on a file: a copy in the cache opened by the default application;
    // saved there, it is offered for upload and goes back to the server.
    void openRunsTheDefaultApplicationAndUploadsTheEdit()
    {
        FolderView *view = open();
        QVERIFY(view);
        const QModelIndex notes = view->proxy()->mapFromSource(view->model()->indexOfName("notes.txt"));
        QVERIFY(notes.isValid());
        view->selectionModel()->setCurrentIndex(notes, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QFile::remove(m_record);
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(m_record), qPrintable(view->banner()->message()), 30000);
        const QString local = QString::fromLocal8Bit(TestServer::readLocal(m_record));
        QVERIFY2(local.startsWith(m_cacheHome.path() + QStringLiteral("/nfs-navigator/")), qPrintable(local));
        QVERIFY(local.endsWith(QStringLiteral("/notes.txt")));
        QCOMPARE(TestServer::readLocal(local), QByteArray("notes\n"));

        auto *opener = m_window->findChild<FileOpener *>();
        QVERIFY(opener);
        QVERIFY(TestServer::writeLocal(local, "notes, edited\n"));
        QFile edited(local);
        QVERIFY(edited.open(QIODevice::ReadWrite));
        QVERIFY(edited.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        edited.close();
        QSignalSpy uploaded(opener, &FileOpener::uploaded);
        opener->checkCopies();
        QTRY_VERIFY(opener->pendingQuestion() && opener->pendingQuestion()->isVisible());
        QCOMPARE(opener->pendingQuestion()->objectName(), QStringLiteral("uploadBackQuestion"));
        opener->pendingQuestion()->findChild<QPushButton *>(QStringLiteral("uploadBack"))->click();
        QVERIFY(uploaded.wait(30000));
        QVERIFY2(uploaded.last().at(1).toBool(), qPrintable(view->banner()->message()));
        QCOMPARE(get(m_dir + "/notes.txt"), QByteArray("notes, edited\n"));

        // Changed on the server meanwhile too: both are kept.
        QVERIFY(put("notes.txt", "the server's\n"));
        QVERIFY(TestServer::writeLocal(local, "mine\n"));
        QVERIFY(edited.open(QIODevice::ReadWrite));
        QVERIFY(edited.setFileTime(QDateTime::currentDateTime().addSecs(10), QFileDevice::FileModificationTime));
        edited.close();
        opener->checkCopies();
        QTRY_VERIFY(opener->pendingQuestion() && opener->pendingQuestion()->isVisible());
        opener->pendingQuestion()->findChild<QPushButton *>(QStringLiteral("uploadBack"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(opener->pendingQuestion() && opener->pendingQuestion()->isVisible()
                                     && opener->pendingQuestion()->objectName() == QStringLiteral("keepBothQuestion"),
                                 30000);
        opener->pendingQuestion()->findChild<QPushButton *>(QStringLiteral("keepBoth"))->click();
        QVERIFY(uploaded.wait(30000));
        QCOMPARE(get(m_dir + "/notes.txt"), QByteArray("the server's\n"));
        QCOMPARE(get(m_dir + "/notes (1).txt"), QByteArray("mine\n"));
    }

    // Open With lists the applications for the type from desktop entries and mimeapps.list.
    void openWithListsTheApplications()
    {
        const QList<DesktopApplication> apps = DesktopApplications::forMimeType(QStringLiteral("text/plain"));
        QVERIFY(!apps.isEmpty());
        QCOMPARE(apps.first().id, QStringLiteral("nfsnav-recorder.desktop"));
        QCOMPARE(apps.first().name, QStringLiteral("Recorder"));
        const QStringList cmd = DesktopApplications::commandLine(apps.first(), QStringLiteral("/tmp/a b.txt"));
        QCOMPARE(cmd.value(1), QStringLiteral("/tmp/a b.txt"));

        FolderView *view = open();
        QVERIFY(view);
        selectNames(view, {"hello.txt"});
        QFile::remove(m_record);
        m_window->action(QStringLiteral("openWith"))->trigger();
        OpenWithDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<OpenWithDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->list()->item(0)->text(), QStringLiteral("Recorder"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_record), 30000);
        QCOMPARE(TestServer::readLocal(QString::fromLocal8Bit(TestServer::readLocal(m_record))), m_small);
    }

    // F3 shows this computer's files beside the server's: a place dragged from
    // the remote view downloads there, a local file dragged over uploads.
    void splitViewDragsBothWays()
    {
        FolderView *view = open();
        QVERIFY(view);
        auto *pane = m_window->findChild<LocalPane *>();
        QVERIFY(pane);
        QVERIFY(!pane->isVisible());
        m_window->action(QStringLiteral("splitView"))->trigger();
        QVERIFY(pane->isVisible());
        QTemporaryDir local;
        pane->setPath(local.path());
        selectNames(view, {"medium.bin"});
        std::unique_ptr<RemoteMimeData> mime(dragData(view));
        QVERIFY(drop(pane->view()->viewport(), mime.get(), QPoint(5, 5), Qt::NoModifier));
        const QString downloaded = local.filePath(QStringLiteral("medium.bin"));
        QTRY_COMPARE_WITH_TIMEOUT(TestServer::readLocal(downloaded), m_medium, 60000);

        QVERIFY(QFile::rename(downloaded, local.filePath(QStringLiteral("from-local.bin"))));
        QModelIndex row;
        QTRY_VERIFY((row = pane->model()->index(local.filePath(QStringLiteral("from-local.bin")))).isValid());
        std::unique_ptr<QMimeData> out(pane->model()->mimeData({row}));
        QVERIFY(out);
        QWidget *viewport = view->detailsView()->viewport();
        QVERIFY(drop(viewport, out.get(), QPoint(5, viewport->height() - 5), Qt::NoModifier));
        QTRY_COMPARE_WITH_TIMEOUT(get(m_dir + "/from-local.bin"), m_medium, 60000);
    }

    // Ctrl+X / Ctrl+V between tabs moves; another program's cut, in either
    // format, uploads and removes the local file; its copy leaves it.
    void clipboardRoundTripsWithBothCutFormats()
    {
        const QByteArray src = m_dir + "/clipsrc", dst = m_dir + "/clipdst";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, src))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dst))));
        QVERIFY(put("clipsrc/cutme.txt", "cut me\n"));
        FolderView *source = open(TestServer::url(3, src));
        QVERIFY(source);
        selectNames(source, {"cutme.txt"});
        source->detailsView()->setFocus();
        QTest::keyClick(source->detailsView(), Qt::Key_X, Qt::ControlModifier);
        const QMimeData *board = QGuiApplication::clipboard()->mimeData();
        QVERIFY(board);
        for (const char *format : {"text/uri-list", "x-special/gnome-copied-files", "application/x-kde-cutselection"})
            QVERIFY2(board->formats().contains(QString::fromLatin1(format)), format);
        QCOMPARE(board->data(QStringLiteral("application/x-kde-cutselection")), QByteArray("1"));
        // What a file manager pasting it reads: "cut", then the local copy's URL.
        QByteArray gnome;
        QTRY_VERIFY_WITH_TIMEOUT(!(gnome = board->data(QStringLiteral("x-special/gnome-copied-files"))).isEmpty(), 30000);
        QVERIFY2(gnome.startsWith("cut\nfile://") && gnome.endsWith("/cutme.txt"), gnome.constData());

        FolderView *target = m_window->openTab(TestServer::url(3, dst));
        QTRY_VERIFY_WITH_TIMEOUT(settled(target) && target->accessMask() >= 0, 60000);
        target->detailsView()->setFocus();
        QTest::keyClick(target->detailsView(), Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(get(dst + "/cutme.txt"), QByteArray("cut me\n"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(get(src + "/cutme.txt"), QByteArray("<missing>"), 30000);

        QTemporaryDir local;
        const auto pasteFromOutside = [&](const QString &name, const char *format, bool cut) {
            const QString path = local.filePath(name);
            QVERIFY(TestServer::writeLocal(path, name.toUtf8()));
            auto *mime = new QMimeData;
            mime->setUrls({QUrl::fromLocalFile(path)});
            if (qstrcmp(format, "kde") == 0)
                mime->setData(QStringLiteral("application/x-kde-cutselection"), cut ? "1" : "0");
            else
                mime->setData(QStringLiteral("x-special/gnome-copied-files"),
                              (cut ? "cut\n" : "copy\n") + QUrl::fromLocalFile(path).toEncoded());
            QGuiApplication::clipboard()->setMimeData(mime);
            QTest::keyClick(target->detailsView(), Qt::Key_V, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(get(dst + '/' + name.toUtf8()), name.toUtf8(), 30000);
            if (cut)
                QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), 30000);
            else
                QVERIFY(QFile::exists(path));
        };
        pasteFromOutside(QStringLiteral("kde-cut.txt"), "kde", true);
        pasteFromOutside(QStringLiteral("gnome-cut.txt"), "gnome", true);
        pasteFromOutside(QStringLiteral("gnome-copy.txt"), "gnome", false);
    }

    // A cut pasted by another program: the file manager moves the local copy
    // away; the window then offers to remove the original from the server,
    // and removes only an original unchanged since the cut.
    void cutPastedElsewhereOffersRemoval()
    {
        const QByteArray dir = m_dir + "/cutout";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(put("cutout/moved.txt", "moved\n"));
        QVERIFY(put("cutout/changed.txt", "before\n"));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QTemporaryDir elsewhere;
        // What a file manager does with a cut it pastes: reads the URLs, then moves the files.
        const auto pasteElsewhere = [&](const QByteArray &name, const QByteArray &changeTo) {
            selectNames(view, {name});
            view->detailsView()->setFocus();
            QTest::keyClick(view->detailsView(), Qt::Key_X, Qt::ControlModifier);
            const QMimeData *board = QGuiApplication::clipboard()->mimeData();
            QList<QUrl> urls;
            QTRY_VERIFY_WITH_TIMEOUT(!(urls = board->urls()).isEmpty(), 30000);
            QCOMPARE(urls.size(), 1);
            if (!changeTo.isEmpty())
                QVERIFY(put("cutout/" + name, changeTo));
            QVERIFY(QFile::rename(urls.first().toLocalFile(), elsewhere.filePath(QString::fromUtf8(name))));
        };
        CutFollower *follower = CutFollower::instance();
        QSignalSpy checked(follower, &CutFollower::checked);

        pasteElsewhere("moved.txt", {});
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.takeFirst().at(0).toInt(), 1);
        QVERIFY2(view->banner()->message().contains(QLatin1String("was moved to another program")),
                 qPrintable(view->banner()->message()));
        QCOMPARE(get(dir + "/moved.txt"), QByteArray("moved\n"));   // nothing removed unasked
        QToolButton *remove = nullptr;
        for (QToolButton *b : view->banner()->findChildren<QToolButton *>()) {
            if (b->text() == QLatin1String("Remove from Server"))
                remove = b;
        }
        QVERIFY(remove && remove->isVisible());
        QSignalSpy removed(follower, &CutFollower::removed);
        remove->click();
        QVERIFY(removed.wait(30000));
        QCOMPARE(removed.first().at(0).toString(), QString());
        QCOMPARE(get(dir + "/moved.txt"), QByteArray("<missing>"));
        QCOMPARE(TestServer::readLocal(elsewhere.filePath(QStringLiteral("moved.txt"))), QByteArray("moved\n"));

        // Changed on the server after the cut: not offered, kept.
        pasteElsewhere("changed.txt", "after, longer\n");
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.takeFirst().at(0).toInt(), 0);
        QVERIFY(!view->banner()->message().contains(QLatin1String("another program")));
        QCOMPARE(get(dir + "/changed.txt"), QByteArray("after, longer\n"));
    }

    // Ctrl+Z undoes a rename on the server.
    void ctrlZUndoesARename()
    {
        const QByteArray dir = m_dir + "/undo";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(put("undo/before.txt", "before\n"));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        view->model()->setData(view->model()->indexOfName("before.txt"), QStringLiteral("after.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/after.txt"), QByteArray("before\n"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(view).contains(QStringLiteral("after.txt")), 30000);
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/before.txt"), QByteArray("before\n"), 30000);
        QCOMPARE(get(dir + "/after.txt"), QByteArray("<missing>"));
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(view).contains(QStringLiteral("before.txt")), 30000);
        // Nothing left to undo: said in words.
        QTest::keyClick(view->detailsView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(view->banner()->message(), QStringLiteral("Nothing to undo."));
    }

    // The Edit menu's Undo and Redo name the operation and are disabled with nothing to act on.
    void undoAndRedoInTheEditMenu()
    {
        const QByteArray dir = m_dir + "/menuundo";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(put("menuundo/one.txt", "one\n"));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QAction *undo = m_window->action(QStringLiteral("undo"));
        QAction *redo = m_window->action(QStringLiteral("redo"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QMenu *edit = nullptr;
        for (QAction *top : m_window->menuBar()->actions()) {
            if (top->text() == QStringLiteral("&Edit"))
                edit = top->menu();
        }
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(undo) && edit->actions().contains(redo));
        QVERIFY(!undo->isEnabled() && !redo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QCOMPARE(redo->text(), QStringLiteral("R&edo"));

        view->model()->setData(view->model()->indexOfName("one.txt"), QStringLiteral("t&wo.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/t&wo.txt"), QByteArray("one\n"), 30000);
        QTRY_VERIFY(undo->isEnabled());
        // A "&" in the name shows as one, not as a mnemonic.
        QCOMPARE(undo->text(), QStringLiteral("&Undo Rename to \"t&&wo.txt\""));
        QVERIFY(!redo->isEnabled());

        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/one.txt"), QByteArray("one\n"), 30000);
        QCOMPARE(get(dir + "/t&wo.txt"), QByteArray("<missing>"));
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(view).contains(QStringLiteral("one.txt")), 30000);
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QVERIFY(redo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("R&edo Rename to \"t&&wo.txt\""));

        // Ctrl+Shift+Z does it again.
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/t&wo.txt"), QByteArray("one\n"), 30000);
        QCOMPARE(get(dir + "/one.txt"), QByteArray("<missing>"));
        QVERIFY(undo->isEnabled() && !redo->isEnabled());
    }

    // A move between mounts (copy, check, delete the source on the queue) is undone
    // by a move back through the queue; a folder as well as a file.
    void moveBetweenMountsIsUndone()
    {
        const QByteArray from = m_dir + "/mvfrom", to = m_dir + "/mvto";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, from))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, to))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, from + "/tree"))));
        QVERIFY(put("mvfrom/file.txt", "file\n"));
        QVERIFY(put("mvfrom/tree/inner.txt", "inner\n"));
        const auto [source, target] = openBetweenMounts(from, to);
        QVERIFY(source && target);
        QWidget *viewport = target->detailsView()->viewport();
        const QPoint below(5, viewport->height() - 5);
        QAction *undo = m_window->action(QStringLiteral("undo"));

        selectNames(source, {"file.txt"});
        std::unique_ptr<RemoteMimeData> file(dragData(source));
        QVERIFY(drop(viewport, file.get(), below, Qt::ShiftModifier));
        QTRY_COMPARE_WITH_TIMEOUT(get(from + "/file.txt"), QByteArray("<missing>"), 60000);
        QCOMPARE(get(to + "/file.txt"), QByteArray("file\n"));
        QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("&Undo Move \"file.txt\""), 30000);

        selectNames(source, {"tree"});
        std::unique_ptr<RemoteMimeData> tree(dragData(source));
        QVERIFY(drop(viewport, tree.get(), below, Qt::ShiftModifier));
        QTRY_COMPARE_WITH_TIMEOUT(get(from + "/tree/inner.txt"), QByteArray("<missing>"), 60000);
        QCOMPARE(get(to + "/tree/inner.txt"), QByteArray("inner\n"));
        QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("&Undo Move \"tree\""), 30000);

        // Undone in turn, the folder first; each through the transfer queue.
        const qsizetype jobsBefore = TransferQueue::application()->jobs().size();
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(get(from + "/tree/inner.txt"), QByteArray("inner\n"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(get(to + "/tree/inner.txt"), QByteArray("<missing>"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!succeeds(m_session->lstat(TestServer::path(3, to + "/tree"))), 60000);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Move \"file.txt\""));
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(get(from + "/file.txt"), QByteArray("file\n"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(get(to + "/file.txt"), QByteArray("<missing>"), 60000);
        const QList<TransferJob *> jobs = TransferQueue::application()->jobs();
        QCOMPARE(jobs.size(), jobsBefore + 2);
        QVERIFY(jobs.at(jobsBefore)->request().move);
        QVERIFY(jobs.at(jobsBefore)->request().from.url.path().endsWith("/mvto/tree"));
        QVERIFY(jobs.at(jobsBefore + 1)->request().move);
        QVERIFY(jobs.at(jobsBefore + 1)->request().to.url.path().endsWith("/mvfrom/file.txt"));
        QVERIFY(!undo->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(source).contains(QStringLiteral("file.txt"))
                                     && rowsOf(source).contains(QStringLiteral("tree")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!rowsOf(target).contains(QStringLiteral("file.txt")), 30000);

        // Redo moves it over again, and never replaces: a file that came back meanwhile stays.
        QVERIFY(put("mvto/file.txt", "newer\n"));
        m_window->action(QStringLiteral("redo"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(target->banner()->isVisible()
                                     && target->banner()->message().contains(QStringLiteral("Will not replace")),
                                 60000);
        QCOMPARE(get(to + "/file.txt"), QByteArray("newer\n"));
        QCOMPARE(get(from + "/file.txt"), QByteArray("file\n"));
    }

    // A copy that merged into a folder already there cannot be taken back: Undo says so,
    // and Ctrl+Z removes nothing.
    void mergedCopyCannotBeUndone()
    {
        const QByteArray from = m_dir + "/mgfrom", to = m_dir + "/mgto";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, from))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, from + "/box"))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, to))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, to + "/box"))));
        QVERIFY(put("mgfrom/box/new.txt", "new\n"));
        QVERIFY(put("mgto/box/old.txt", "old\n"));
        const auto [source, target] = openBetweenMounts(from, to);
        QVERIFY(source && target);
        QWidget *viewport = target->detailsView()->viewport();
        selectNames(source, {"box"});
        std::unique_ptr<RemoteMimeData> mime(dragData(source));
        QVERIFY(drop(viewport, mime.get(), QPoint(5, viewport->height() - 5), Qt::ControlModifier));
        QTRY_COMPARE_WITH_TIMEOUT(get(to + "/box/new.txt"), QByteArray("new\n"), 60000);
        QAction *undo = m_window->action(QStringLiteral("undo"));
        QTRY_COMPARE_WITH_TIMEOUT(undo->text(), QStringLiteral("Cannot &Undo Copy \"box\""), 30000);
        QVERIFY(!undo->isEnabled());
        target->detailsView()->setFocus();
        QTest::keyClick(target->detailsView(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(target->banner()->message().startsWith(QStringLiteral("Copy \"box\" cannot be undone")));
        QCOMPARE(get(to + "/box/old.txt"), QByteArray("old\n"));
        QCOMPARE(get(to + "/box/new.txt"), QByteArray("new\n"));
    }

    // Over its cap the cache drops the least recently used entries, never a pinned one.
    void cacheEvictsLeastRecentlyUsed()
    {
        DragCache &cache = DragCache::instance();
        const QString root = cache.root();
        QVERIFY(!root.isEmpty());
        const auto entry = [&](const char *name, int hoursAgo) {
            const QString dir = root + QStringLiteral("/lru-") + QLatin1String(name);
            const QString file = dir + QStringLiteral("/data");
            if (!QDir().mkpath(dir) || !TestServer::writeLocal(file, QByteArray(100 * 1024, 'x')))
                return QString();
            const QDateTime then = QDateTime::currentDateTime().addSecs(-3600 * hoursAgo);
            // The entry folder's mtime is the cache's LRU stamp.
            ::utimbuf times{then.toSecsSinceEpoch(), then.toSecsSinceEpoch()};
            return ::utime(QFile::encodeName(dir).constData(), &times) == 0 ? file : QString();
        };
        const QString oldest = entry("a", 3), older = entry("b", 2), old = entry("c", 1);
        QVERIFY(!oldest.isEmpty() && !older.isEmpty() && !old.isEmpty());
        qint64 total = 0;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            total += it.fileInfo().size();
        }
        cache.setMaxBytes(total - 150 * 1024);
        cache.pin(oldest);
        cache.evict();
        cache.unpin(oldest);
        cache.setMaxBytes(DragCache::DefaultMaxBytes);
        QVERIFY(QFile::exists(oldest));   // pinned
        QVERIFY(!QFile::exists(older));
        QVERIFY(!QFile::exists(old));
    }

private:
    bool put(const QByteArray &name, const QByteArray &bytes)
    {
        RemoteFile f(m_session.get(), TestServer::path(3, m_dir + '/' + name));
        if (!f.open(QStringLiteral("w")) || f.write(bytes) != bytes.size() || !f.flush())
            return false;
        f.close();
        return !f.error().isError();
    }

    // A drag entering `viewport` and let go at `at`; true when both were accepted.
    static bool drop(QWidget *viewport, QMimeData *mime, const QPoint &at, Qt::KeyboardModifiers mods)
    {
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, mods);
        QCoreApplication::sendEvent(viewport, &enter);
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, mods);
        QCoreApplication::sendEvent(viewport, &dropped);
        return enter.isAccepted() && dropped.isAccepted();
    }

    static QPoint rowCenter(FolderView *view, const QByteArray &name)
    {
        const QModelIndex idx = view->proxy()->mapFromSource(view->model()->indexOfName(name));
        return view->detailsView()->visualRect(idx).center();
    }

    static QStringList rowsOf(FolderView *view)
    {
        QStringList out;
        for (int r = 0; r < view->proxy()->rowCount(); ++r)
            out << view->proxy()->index(r, 0).data().toString();
        return out;
    }

    // A file's bytes on the server, or "<missing>" (read through a mount of the test's own).
    QByteArray get(const QByteArray &sub)
    {
        RemoteFile f(m_session.get(), TestServer::path(3, sub));
        if (!f.open(QStringLiteral("r")) || !f.waitForOpened(30000))
            return "<missing>";
        QByteArray out;
        char buf[65536];
        while (true) {
            const qint64 n = f.read(buf, sizeof buf);
            if (n < 0)
                return out + "<error>";
            if (n > 0) {
                out.append(buf, n);
                continue;
            }
            if (f.atEnd())
                return out;
            if (!f.waitForReadyRead(30000) && !f.atEnd())
                return out + "<stalled>";
        }
    }

    FolderView *open(const NfsUrl &url)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        return openSettledTab(m_window.get(), url);
    }

    // The window on `from` over NFSv3 and a second tab on `to` over NFSv4 (the same
    // export): places dragged between two mounts. Nulls when either does not settle.
    std::pair<FolderView *, FolderView *> openBetweenMounts(const QByteArray &from, const QByteArray &to)
    {
        FolderView *source = open(TestServer::url(3, from));
        if (!source)
            return {};
        return {source, openSettledTab(m_window.get(), TestServer::url(4, to))};
    }

    FolderView *open() { return open(TestServer::url(3, m_dir)); }

    static void selectNames(FolderView *view, const QList<QByteArray> &names)
    {
        view->selectionModel()->clearSelection();
        for (const QByteArray &name : names) {
            const QModelIndex idx = view->proxy()->mapFromSource(view->model()->indexOfName(name));
            QVERIFY2(idx.isValid(), name.constData());
            view->selectionModel()->select(idx, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static RemoteMimeData *dragData(FolderView *view)
    {
        auto *source = view->findChild<DragSource *>();
        return source ? source->mimeDataForSelection() : nullptr;
    }

    // Asks like a drop target until the files are there; `slowest` gets the longest ask.
    static QList<QUrl> urlsWhenReady(RemoteMimeData *mime, qint64 *slowest = nullptr, int timeoutMs = 60000)
    {
        QList<QUrl> urls;
        // An empty list after the deadline is the caller's failure to report.
        (void)QTest::qWaitFor([&] {
            QElapsedTimer ask;
            ask.start();
            urls = mime->urls();
            if (slowest)
                *slowest = std::max(*slowest, ask.elapsed());
            return !urls.isEmpty();
        }, timeoutMs);
        return urls;
    }

    QTemporaryDir m_cacheHome;
    QTemporaryDir m_dataHome;
    QString m_record;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_dir;
    QByteArray m_small, m_medium, m_large;
    bool m_slowed = false;
};

NFSNAV_UI_TEST_MAIN(TestDragDrop)
#include "tst_dragdrop.moc"
