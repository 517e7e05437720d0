// SPDX-License-Identifier: GPL-3.0-or-later
// The clipboard and undo against the real test server: Ctrl+X / Ctrl+V between
// tabs moves, another program's cut in either format uploads and removes the
// local file (its copy leaves it), a cut pasted elsewhere offers to remove the
// original; Ctrl+Z undoes a rename and a move between mounts, the Edit menu
// names what Undo and Redo do, and a merged copy says it cannot be undone.
#include "dndtesting.h"

using namespace DndTesting;

class TestClipboardUndo : public QObject, private DndFixture
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

    // Ctrl+X / Ctrl+V between tabs moves; another program's cut, in either
    // format, uploads and removes the local file; its copy leaves it.
    // The Edit menu's Copy and Paste do what Ctrl+C and Ctrl+V do in the view,
    // and keep their keys to the view and text fields.
    void editMenuCopiesAndPastes()
    {
        const QByteArray src = m_dir + "/menusrc", dst = m_dir + "/menudst";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, src))));
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dst))));
        QVERIFY(put("menusrc/copyme.txt", "copy me\n"));
        FolderView *source = open(TestServer::url(3, src));
        QVERIFY(source);
        QAction *copy = m_window->findChild<QAction *>(QStringLiteral("copy"));
        QAction *paste = m_window->findChild<QAction *>(QStringLiteral("paste"));
        QVERIFY(copy && paste);
        QCOMPARE(copy->shortcutContext(), Qt::WidgetShortcut);
        QVERIFY(!copy->isEnabled());
        selectNames(source, {"copyme.txt"});
        QTRY_VERIFY(copy->isEnabled());
        copy->trigger();
        QVERIFY(QGuiApplication::clipboard()->mimeData()->formats().contains(QStringLiteral("text/uri-list")));
        FolderView *target = m_window->openTab(TestServer::url(3, dst));
        QTRY_VERIFY_WITH_TIMEOUT(settled(target) && target->accessMask() >= 0, 60000);
        QTRY_VERIFY(paste->isEnabled());
        paste->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(get(dst + "/copyme.txt"), QByteArray("copy me\n"), 30000);
        QCOMPARE(get(src + "/copyme.txt"), QByteArray("copy me\n"));
    }

    // Ctrl+C, Ctrl+V in the same folder makes a copy beside the original, named
    // as file managers name it: "name (copy).ext", then "name (copy 2).ext".
    void pasteIntoItsOwnFolderMakesACopy()
    {
        const QByteArray dir = m_dir + "/pastehere";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(put("pastehere/notes.txt", "notes\n"));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QAction *copy = m_window->findChild<QAction *>(QStringLiteral("copy"));
        QAction *paste = m_window->findChild<QAction *>(QStringLiteral("paste"));
        selectNames(view, {"notes.txt"});
        QTRY_VERIFY(copy->isEnabled());
        copy->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(paste->isEnabled(), 30000);
        paste->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/notes (copy).txt"), QByteArray("notes\n"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(rowsOf(view).contains(QStringLiteral("notes (copy).txt")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), 30000);
        paste->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/notes (copy 2).txt"), QByteArray("notes\n"), 30000);
        QCOMPARE(get(dir + "/notes.txt"), QByteArray("notes\n"));
        QCOMPARE(DropTarget::copyName("archive.tar.gz", 1, false), QByteArray("archive (copy).tar.gz"));
        QCOMPARE(DropTarget::copyName("photos.2024", 3, true), QByteArray("photos.2024 (copy 3)"));
        QCOMPARE(DropTarget::copyName(".bashrc", 1, false), QByteArray(".bashrc (copy)"));
        // A name's own bytes stay as they are: a '%' in it, bytes that are not UTF-8.
        QCOMPARE(DropTarget::copyName("50%2 off.txt", 2, false), QByteArray("50%2 off (copy 2).txt"));
        QCOMPARE(DropTarget::copyName("caf\xe9.txt", 1, false), QByteArray("caf\xe9 (copy).txt"));
    }

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

    // Redo is not offered for places no longer as it left them: after its undo
    // failed (the file went behind the window's back), or after a delete.
    void staleRedoIsDropped()
    {
        const QByteArray dir = m_dir + "/staleredo";
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, dir))));
        QVERIFY(put("staleredo/one.txt", "one\n"));
        QVERIFY(put("staleredo/keep.txt", "keep\n"));
        FolderView *view = open(TestServer::url(3, dir));
        QVERIFY(view);
        QAction *undo = m_window->action(QStringLiteral("undo"));
        QAction *redo = m_window->action(QStringLiteral("redo"));
        view->model()->setData(view->model()->indexOfName("one.txt"), QStringLiteral("two.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/two.txt"), QByteArray("one\n"), 30000);
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(succeeds(m_session->unlink(TestServer::path(3, dir + "/two.txt"))));
        undo->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!view->banner()->message().isEmpty(), 30000);
        QVERIFY(!redo->isEnabled());

        // A redo offered, then a delete in the window: no longer offered.
        view->model()->setData(view->model()->indexOfName("keep.txt"), QStringLiteral("kept.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/kept.txt"), QByteArray("keep\n"), 30000);
        QTRY_VERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/keep.txt"), QByteArray("keep\n"), 30000);
        QTRY_VERIFY(redo->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->indexOfName("keep.txt").isValid(), 30000);
        selectNames(view, {"keep.txt"});
        m_window->action(QStringLiteral("delete"))->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = m_window->findChild<QMessageBox *>(QStringLiteral("deleteQuestion"))) != nullptr, 20000);
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(get(dir + "/keep.txt"), QByteArray("<missing>"), 30000);
        QVERIFY(!redo->isEnabled());
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
};

NFSNAV_UI_TEST_MAIN(TestClipboardUndo)
#include "tst_clipboardundo.moc"
