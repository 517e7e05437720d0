// SPDX-License-Identifier: GPL-3.0-or-later
// The preview pane around the previews, against the real test server: a file
// above its cap offers "Show Anyway" (a PDF within a fixed bound only); a PDF's
// copy is read off the GUI thread; a new selection cancels the old preview's
// reads even while the server does not answer; a frozen server ends a preview
// in words; Space opens the viewer, whose Left and Right step through the
// folder's files; F11 toggles the pane and is remembered; a GUI-thread
// heartbeat holds through every test.
#include "previewtesting.h"

using namespace PreviewTesting;

class TestPreviewPane : public QObject, private PreviewFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        makeFixtures("previewpane");
    }
    void cleanupTestCase() { m_session.reset(); }
    void init() { m_heartbeat.start(); }
    void cleanup() { endTest(); }

    // Above its kind's cap a file is refused in words, having read only its
    // first bytes; "Show Anyway" loads it on request (PDF: whole into memory,
    // an image: streamed through the reader), and the next selection has the caps again.
    void aboveCapShowsAnywayOnRequest_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<PreviewPane::Page>("page");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("pdf") << QByteArray("big.pdf") << PreviewPane::Page::Pdf
                             << QStringLiteral("more than the PDF preview limit of 1.00 MiB");
        QTest::newRow("image") << QByteArray("noise.png") << PreviewPane::Page::Image
                               << QStringLiteral("more than the image preview limit of 1.00 MiB");
    }
    void aboveCapShowsAnywayOnRequest()
    {
        QFETCH(QByteArray, name);
        QFETCH(PreviewPane::Page, page);
        QFETCH(QString, refusal);
        AppSettings settings;
        const PreviewLimits saved = settings.previewLimits();
        auto restore = qScopeGuard([&] { settings.setPreviewLimits(saved); });
        PreviewLimits small = saved;
        small.pdfBytes = MiB;
        small.imageFileBytes = MiB;
        settings.setPreviewLimits(small);

        PreviewPane *pane = openAndSelect(name);
        QVERIFY(pane);
        QCOMPARE(pane->page(), PreviewPane::Page::Message);
        QVERIFY2(pane->messageText().startsWith(QStringLiteral("No preview: ")), qPrintable(pane->messageText()));
        QVERIFY2(pane->messageText().contains(refusal), qPrintable(pane->messageText()));
        QVERIFY(pane->showAnywayButton()->isVisible());
        QVERIFY(pane->result().aboveCap);
        // Said from the size, before reading the file: only its first bytes were read.
        QVERIFY2(pane->result().bytesRead <= FirstBytes, qPrintable(QString::number(pane->result().bytesRead)));

        QSignalSpy ready(pane, &PreviewPane::previewReady);
        QTest::mouseClick(pane->showAnywayButton(), Qt::LeftButton);
        QVERIFY(ready.wait(Patience));
        QVERIFY2(pane->page() == page, qPrintable(pane->messageText()));
        QVERIFY(pane->isShownAnyway());
        QVERIFY(!pane->showAnywayButton()->isVisible());
        if (page == PreviewPane::Page::Pdf) {
            QCOMPARE(pane->pdfPreview()->pageCount(), 1);
            QCOMPARE(pane->result().bytesRead, pane->result().fileSize);
        } else {
            QCOMPARE(pane->result().imageSize, QSize(1200, 1200));
            // Decoded at the pane's size, not whole.
            QVERIFY(!pane->imagePreview()->image().isNull());
            QVERIFY(pane->imagePreview()->image().width() < 1200);
        }

        // Another file, then this one again: the cap holds again.
        select("hello.txt");
        QVERIFY(ready.wait(Patience));
        QTRY_COMPARE_WITH_TIMEOUT(pane->page(), PreviewPane::Page::Text, Patience);
        select(name);
        QTRY_VERIFY_WITH_TIMEOUT(pane->page() == PreviewPane::Page::Message && pane->showAnywayButton()->isVisible(),
                                 Patience);
        QVERIFY(!pane->isShownAnyway());
    }

    // Even on request a PDF is read into memory only up to a fixed bound.
    void pdfBeyondAnyBoundIsNotOffered()
    {
        PreviewPane *pane = openAndSelect("huge.pdf");
        QVERIFY(pane);
        QCOMPARE(pane->page(), PreviewPane::Page::Message);
        QVERIFY2(pane->messageText().contains(QStringLiteral("more than the 256.00 MiB a PDF preview ever reads into memory")),
                 qPrintable(pane->messageText()));
        QVERIFY(!pane->showAnywayButton()->isVisible());
        QVERIFY(!pane->result().aboveCap);
        QVERIFY2(pane->result().bytesRead <= FirstBytes, qPrintable(QString::number(pane->result().bytesRead)));
    }

    // The PDF's copy is read on a worker through the blocking reader: while the
    // server does not answer the pane says "Loading…" and the window keeps
    // answering (the heartbeat); QtPdf then loads it from memory.
    void pdfReadsOffTheGuiThread()
    {
        PreviewPane *pane = openAndSelect("hello.txt");
        QVERIFY(pane);
        QCOMPARE(rig(QStringLiteral("freeze")), 0);
        auto thaw = qScopeGuard([] {
            QProcess::execute(QStringLiteral("bash"), {qEnvironmentVariable("NFSNAV_RIG"), QStringLiteral("thaw"), TestServer::stateDir()});
        });
        QSignalSpy ready(pane, &PreviewPane::previewReady);
        select("big.pdf");
        QTRY_VERIFY_WITH_TIMEOUT(pane->runningLoads() == 1 && pane->isLoading(), Patience);
        QCOMPARE(pane->page(), PreviewPane::Page::Message);
        QCOMPARE(pane->messageText(), QStringLiteral("Loading…"));
        // A second of the event loop with the read stuck on the server: measured by the heartbeat.
        QTest::qWait(1000);
        QCOMPARE(ready.count(), 0);
        QVERIFY(pane->isLoading());
        thaw.dismiss();
        QCOMPARE(rig(QStringLiteral("thaw")), 0);
        QVERIFY(ready.wait(Patience));
        QVERIFY2(pane->page() == PreviewPane::Page::Pdf, qPrintable(pane->messageText()));
        QCOMPARE(pane->pdfPreview()->pageCount(), 1);
        QCOMPARE(pane->result().bytesRead, pane->result().fileSize);
        QVERIFY(pane->result().fileSize > MiB);
    }

    // The server stops answering mid-preview; a new selection ends the old
    // preview's reads at once, and nothing more is read for it afterwards.
    void newSelectionCancelsReads()
    {
        PreviewPane *dock = openAndSelect("hello.txt");
        QVERIFY(dock);
        QCOMPARE(rig(QStringLiteral("freeze")), 0);
        // On a failure the server must answer again for the next tests (blocking, but rare).
        auto thaw = qScopeGuard([] {
            QProcess::execute(QStringLiteral("bash"), {qEnvironmentVariable("NFSNAV_RIG"), QStringLiteral("thaw"), TestServer::stateDir()});
        });
        select("picture.png");
        QTRY_VERIFY_WITH_TIMEOUT(dock->runningLoads() == 1, Patience);
        const auto cancelled = dock->currentCancelFlag();
        const auto bytes = dock->currentByteCount();
        QVERIFY(!cancelled->load());
        select("data.bin");
        QVERIFY(cancelled->load());
        // The new preview waits for the frozen server; the old one has ended.
        QTRY_VERIFY_WITH_TIMEOUT(dock->runningLoads() == 1 && dock->currentCancelFlag() != cancelled, 2000);
        thaw.dismiss();
        QCOMPARE(rig(QStringLiteral("thaw")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(dock->page() == PreviewPane::Page::Hex, Patience);
        QCOMPARE(bytes->load(), 0);
    }

    // A server that stops answering: the preview ends in words naming the
    // file and the server once the mount's timeout (2 s here) is spent, and
    // the window answers throughout (the heartbeat). The file's folder is
    // made symlink-free first: that step's timeout names the file, not the folder.
    void frozenServerEndsInError()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        FolderView *view = m_window->openTab(NfsUrl::parse(TestServer::urlText(3, m_dir) + QStringLiteral("?timeout=2")));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), 60000);
        PreviewDock *dock = m_window->previewDock();
        if (!dock->isVisible())
            QTest::keyClick(m_window.get(), Qt::Key_F11);
        PreviewPane *pane = dock->pane();
        QCOMPARE(rig(QStringLiteral("freeze")), 0);
        auto thaw = qScopeGuard([] {
            QProcess::execute(QStringLiteral("bash"), {qEnvironmentVariable("NFSNAV_RIG"), QStringLiteral("thaw"), TestServer::stateDir()});
        });
        QElapsedTimer clock;
        clock.start();
        select("data.bin");
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isLoading() && pane->page() == PreviewPane::Page::Message
                                     && pane->messageText().contains(QLatin1String("data.bin")), 60000);
        qInfo("the preview ended after %lld ms: %s", clock.elapsed(), qPrintable(pane->messageText()));
        QCOMPARE(pane->page(), PreviewPane::Page::Message);
        QVERIFY2(pane->messageText().contains(QLatin1String("127.0.0.1")), qPrintable(pane->messageText()));
        QVERIFY2(pane->messageText().startsWith(QLatin1String("No preview")), qPrintable(pane->messageText()));
        thaw.dismiss();
        QCOMPARE(rig(QStringLiteral("thaw")), 0);
    }

    void spaceOpensTheViewer()
    {
        PreviewPane *pane = openAndSelect("hello.txt");
        QVERIFY(pane);
        FolderView *view = m_window->currentView();
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Space);
        PreviewViewer *viewer = m_window->previewDock()->viewer();
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isVisible(), Patience);
        QApplication::setActiveWindow(viewer);
        QVERIFY(QTest::qWaitForWindowActive(viewer));
        QCOMPARE(viewer->pane()->item().name, QStringLiteral("hello.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->pane()->page(), PreviewPane::Page::Text, Patience);
        const int at = viewer->index();
        // Right: the next file of the folder (folders are skipped), even with a text view focused.
        viewer->pane()->textPreview()->codeView()->setFocus();
        QTest::keyClick(viewer->pane()->textPreview()->codeView(), Qt::Key_Right);
        QCOMPARE(viewer->index(), at + 1);
        QVERIFY(viewer->pane()->item().name != QStringLiteral("hello.txt"));
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->index(), at);
        QTRY_COMPARE_WITH_TIMEOUT(viewer->pane()->page(), PreviewPane::Page::Text, Patience);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isVisible(), Patience);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Space again opens it; Space closes it.
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isVisible(), Patience);
        QApplication::setActiveWindow(viewer);
        QVERIFY(QTest::qWaitForWindowActive(viewer));
        QTest::keyClick(viewer, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isVisible(), Patience);
    }

    // Left and Right step through the folder's files in the view's order,
    // skipping its folders, and stop at either end.
    void viewerStepsThroughTheFolderFiles()
    {
        PreviewPane *pane = openAndSelect("hello.txt");
        QVERIFY(pane);
        FolderView *view = m_window->currentView();
        QStringList files;
        for (int row = 0; row < view->proxy()->rowCount(); ++row) {
            const QModelIndex source = view->proxy()->mapToSource(view->proxy()->index(row, 0));
            if (!view->model()->isDir(source))
                files.append(source.data(Qt::DisplayRole).toString());
        }
        QVERIFY(files.size() > 10);
        QVERIFY(view->model()->indexOfName("dir").isValid());
        QVERIFY(!files.contains(QStringLiteral("dir")));
        QVERIFY(m_window->previewDock()->openViewer());
        PreviewViewer *viewer = m_window->previewDock()->viewer();
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isVisible(), Patience);
        QApplication::setActiveWindow(viewer);
        QVERIFY(QTest::qWaitForWindowActive(viewer));
        QStringList stepped;
        for (const PreviewItem &item : viewer->items())
            stepped.append(item.name);
        QCOMPARE(stepped, files);
        QCOMPARE(viewer->index(), files.indexOf(QStringLiteral("hello.txt")));

        // Left to the first file, and no further (the folder before it is not a stop).
        while (viewer->index() > 0) {
            const int at = viewer->index();
            QTest::keyClick(viewer, Qt::Key_Left);
            QCOMPARE(viewer->index(), at - 1);
            QCOMPARE(viewer->pane()->item().name, files[at - 1]);
        }
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->index(), 0);
        QCOMPARE(viewer->pane()->item().name, files.first());
        // Right to the last, and no further.
        for (int i = 1; i < files.size(); ++i) {
            QTest::keyClick(viewer, Qt::Key_Right);
            QCOMPARE(viewer->pane()->item().name, files[i]);
        }
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->index(), int(files.size()) - 1);
        QCOMPARE(viewer->pane()->item().name, files.last());
        // Back to the PDF: the viewer previews what it steps to.
        const int pdf = files.indexOf(QStringLiteral("doc.pdf"));
        QVERIFY(pdf >= 0);
        while (viewer->index() > pdf)
            QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->pane()->item().name, QStringLiteral("doc.pdf"));
        QTRY_COMPARE_WITH_TIMEOUT(viewer->pane()->page(), PreviewPane::Page::Pdf, Patience);
        QCOMPARE(viewer->pane()->pdfPreview()->pageCount(), 2);
        QVERIFY(viewer->windowTitle().startsWith(QStringLiteral("doc.pdf (%1 of %2)").arg(pdf + 1).arg(files.size())));
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isVisible(), Patience);
    }

    // A space right after typed letters belongs to the type-ahead search.
    void spaceAfterTypingSearches()
    {
        PreviewPane *pane = openAndSelect("data.bin");
        QVERIFY(pane);
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        FolderView *view = m_window->currentView();
        view->detailsView()->setFocus();
        QTest::keyClicks(view->detailsView(), QStringLiteral("he"));
        QTest::keyClick(view->detailsView(), Qt::Key_Space);
        PreviewViewer *viewer = m_window->previewDock()->viewer();
        QVERIFY(!viewer || !viewer->isVisible());
        QCOMPARE(view->detailsView()->currentIndex().data().toString(), QStringLiteral("hello.txt"));
    }

    void paneTogglesWithF11AndRemembers()
    {
        PreviewPane *dock = openAndSelect("hello.txt");
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(!dock->isVisible());
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->previewDock()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(m_window->previewDock()->isVisible());
    }
};

NFSNAV_UI_TEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
