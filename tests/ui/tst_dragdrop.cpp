// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop against the real test server: a drag out of the view yields
// file:// URLs of complete local copies (read through the drag's
// QMimeData::urls()); over a slowed link urls() answers within a second and
// never lists an incomplete file, and a second drag of unchanged files is
// answered from the cache at once; places dropped between two mounts copy
// or move as the menu, the modifier or the setting says, a move inside one
// export is a rename, a folder is never dropped into itself; the split view
// drags both ways; and the drag cache evicts the least recently used.
//
// No heartbeat here: retrieveData() blocks the GUI thread for up to
// RemoteMimeData::ReadyWaitMs by design (a drop target is waiting on it).
#include "dndtesting.h"

using namespace DndTesting;

class TestDragDrop : public QObject, private DndFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        setUp();
    }
    void cleanupTestCase() { m_session.reset(); }
    void cleanup() { tearDown(); }

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
};

NFSNAV_UI_TEST_MAIN(TestDragDrop)
#include "tst_dragdrop.moc"
