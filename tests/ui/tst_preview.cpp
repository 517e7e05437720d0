// SPDX-License-Identifier: GPL-3.0-or-later
// Each kind of file shows its preview in the pane, end to end against the
// real test server, with the widget state checked: text (line numbers, find,
// encodings, long lines cut, a 300 MiB file moving at most its cap plus the
// read-ahead over the wire), Markdown without resources, images (a 9000x9000
// PNG refused by the 64 MiB image limit, a truncated one ending safely),
// binary as hex pages, zip and tar.gz archives and their entries, PDFs, a WAV
// and the committed WebM played from the server (seeking in a 64 MiB WAV reads
// only near the point), a folder's counts, a symlink's target, icons by type;
// a GUI-thread heartbeat holds through every test.
#include "previewtesting.h"

using namespace PreviewTesting;

class TestPreview : public QObject, private PreviewFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        makeFixtures("preview");
    }
    void cleanupTestCase() { m_session.reset(); }
    void init() { m_heartbeat.start(); }
    void cleanup() { endTest(); }

    void textShowsWithLineNumbers()
    {
        PreviewPane *dock = openAndSelect("hello.txt");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Text);
        QCOMPARE(dock->textPreview()->codeView()->toPlainText(), QStringLiteral("hello preview\nsecond line\n"));
        QVERIFY(dock->textPreview()->codeView()->gutterWidth() > 0);
        QVERIFY(dock->textPreview()->noteLabel()->text().contains(QStringLiteral("all shown")));
        QVERIFY(!dock->textPreview()->sourceToggle()->isVisible());
        // Ctrl+F in the text finds in it (not the window's find-files).
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        CodeView *code = dock->textPreview()->codeView();
        code->setFocus();
        QTest::keyClick(code, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(dock->textPreview()->findEdit()->hasFocus(), Patience);
        QTest::keyClicks(dock->textPreview()->findEdit(), QStringLiteral("second"));
        QTest::keyClick(dock->textPreview()->findEdit(), Qt::Key_Return);
        QCOMPARE(code->textCursor().selectedText(), QStringLiteral("second"));
    }

    void largeTextMovesOnlyItsCap()
    {
        QVERIFY(startWireCount());
        PreviewPane *dock = openAndSelect("long.txt");
        const qint64 wire = stopWireCount();
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Text);
        const PreviewLimits limits;
        QCOMPARE(dock->result().shownBytes, limits.textBytes);
        QCOMPARE(dock->result().fileSize, 300 * MiB);
        QVERIFY2(dock->textPreview()->noteLabel()->text().contains(QStringLiteral("First 2.00 MiB of 300.00 MiB shown")),
                 qPrintable(dock->textPreview()->noteLabel()->text()));
        // Counted at the reader: the cap exactly.
        QCOMPARE(dock->result().bytesRead, limits.textBytes);
        // Counted on the wire (the listing included): the cap plus the read-ahead and RPC headers.
        QVERIFY2(wire > limits.textBytes && wire < limits.textBytes + BlockingRemoteReader::DefaultReadAhead + 256 * 1024,
                 qPrintable(QStringLiteral("%1 bytes on the wire").arg(wire)));
        QTRY_VERIFY_WITH_TIMEOUT(dock->textPreview()->isComplete(), Patience);
        QVERIFY(dock->textPreview()->codeView()->toPlainText().startsWith(QStringLiteral("line 0 of a long text file\n")));
        QCOMPARE(dock->textPreview()->codeView()->toPlainText().size(), dock->result().text.size());
    }

    void longLinesAreCut()
    {
        PreviewPane *dock = openAndSelect("longline.txt");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Text);
        QCOMPARE(dock->result().cutLines, 1);
        const QString text = dock->textPreview()->codeView()->toPlainText();
        QVERIFY(text.size() < 10100);
        QVERIFY(text.contains(QStringLiteral("[line cut: 40000 more characters]")));
        QVERIFY(text.endsWith(QStringLiteral("\nshort\n")));
        QVERIFY(dock->textPreview()->noteLabel()->text().contains(QStringLiteral("1 long line(s) cut")));
    }

    void decodesEncodings()
    {
        PreviewResult r;
        PreviewLoader::decodeText(QByteArray("\xEF\xBB\xBFgr\xC3\xBC\xC3\x9F"), false, 100, r);
        QCOMPARE(r.text, QStringLiteral("grüß"));
        PreviewLoader::decodeText(QByteArray("caf\xE9"), false, 100, r);
        QCOMPARE(r.text, QStringLiteral("café"));
        QCOMPARE(r.encoding, QStringLiteral("ISO-8859-1"));
        PreviewLoader::decodeText(QByteArray("\xFF\xFEh\0i\0", 6), false, 100, r);
        QCOMPARE(r.text, QStringLiteral("hi"));
        // A character cut in two by the cap is dropped, not taken for Latin-1.
        PreviewLoader::decodeText(QByteArray("ab\xC3\xBC\xC3"), true, 100, r);
        QCOMPARE(r.text, QStringLiteral("abü"));
        QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    }

    void markdownRendersWithoutResources()
    {
        PreviewPane *dock = openAndSelect("notes.md");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Text);
        TextPreview *text = dock->textPreview();
        QVERIFY(text->showsRendered());
        SafeMarkdownDocument *doc = text->markdownDocument();
        QVERIFY(doc->toPlainText().contains(QStringLiteral("Title")));
        // No raw HTML: the tags stay text.
        QVERIFY(doc->toPlainText().contains(QStringLiteral("<b>raw html</b>")));
        // Painting asks for the image, which is refused (nothing read).
        text->markdownView()->viewport()->repaint();
        QTRY_VERIFY_WITH_TIMEOUT(doc->refusedCount() > 0, Patience);
        QVERIFY(text->sourceToggle()->isVisible());
        text->sourceToggle()->click();
        QVERIFY(!text->showsRendered());
        QVERIFY(text->codeView()->toPlainText().contains(QStringLiteral("![x](/dev/zero)")));
    }

    void imageShowsScaled()
    {
        PreviewPane *dock = openAndSelect("picture.png");
        QVERIFY(dock);
        QVERIFY2(dock->page() == PreviewPane::Page::Image, qPrintable(dock->messageText()));
        ImagePreview *image = dock->imagePreview();
        QVERIFY(!image->image().isNull());
        QCOMPARE(dock->result().imageSize, QSize(640, 480));
        // Decoded at most at the pane's size.
        QVERIFY(image->image().width() <= 640);
        QVERIFY(image->factsLabel()->text().contains(QStringLiteral("640×480")));
        QCOMPARE(dock->result().mimeName, QStringLiteral("image/png"));
        image->rotate();
        QCOMPARE(image->rotation(), 90);
        image->zoomIn();
        QVERIFY(!image->isFitting());
        image->fit();
        QVERIFY(image->isFitting());
    }

    void imageBombIsRefused()
    {
        PreviewPane *dock = openAndSelect("bomb.png");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Message);
        QVERIFY2(dock->messageText().startsWith(QStringLiteral("No preview: ")), qPrintable(dock->messageText()));
        QVERIFY2(dock->messageText().contains(QStringLiteral("64 MiB")), qPrintable(dock->messageText()));
        QVERIFY(dock->messageText().contains(QStringLiteral("9000×9000")));
        QCOMPARE(QImageReader::allocationLimit(), 64);
    }

    void truncatedImageSaysWhy()
    {
        PreviewPane *dock = openAndSelect("truncated.png");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Message);
        QVERIFY2(dock->messageText().startsWith(QStringLiteral("No preview: the image could not be decoded")),
                 qPrintable(dock->messageText()));
    }

    void binaryShowsHexPages()
    {
        PreviewPane *dock = openAndSelect("data.bin");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Hex);
        HexView *hex = dock->hexView();
        QCOMPARE(hex->fileSize(), 100 * 1024);
        QCOMPARE(hex->pageCount(), 1);
        // Scrolling to the end fetches only the pages shown there.
        hex->scrollToOffset(100 * 1024 - 16);
        hex->viewport()->repaint();
        QTRY_VERIFY_WITH_TIMEOUT(hex->pageCount() >= 2, Patience);
        QVERIFY(hex->pageCount() <= 3);
    }

    void hexScrollBarScalesForHugeFiles()
    {
        HexView hex;
        hex.resize(400, 300);
        hex.show();
        const qint64 huge = 64LL * 1024 * 1024 * 1024;   // 64 GiB: more rows than an int counts
        hex.setFile(huge, {});
        QVERIFY(hex.verticalScrollBar()->maximum() <= HexView::ScrollSteps);
        hex.scrollToOffset(huge / 2);
        const qint64 top = hex.topRow() * HexView::BytesPerRow;
        QVERIFY2(qAbs(top - huge / 2) < huge / 1000, qPrintable(QString::number(top)));
        hex.verticalScrollBar()->setValue(hex.verticalScrollBar()->maximum());
        QVERIFY(hex.topRow() * HexView::BytesPerRow > huge - 64 * 1024);
    }

    // A pane narrower than a row scrolls sideways instead of cutting the columns off.
    void hexScrollsSidewaysWhenNarrow()
    {
        HexView hex;
        hex.resize(200, 300);
        hex.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hex));
        hex.setFile(64, QByteArray(64, 'x'));
        QVERIFY(hex.rowWidth() > hex.viewport()->width());
        QCOMPARE(hex.horizontalScrollBar()->maximum(), hex.rowWidth() - hex.viewport()->width());
        QTRY_VERIFY(hex.horizontalScrollBar()->isVisible());
        hex.resize(hex.rowWidth() + 100, 300);
        QTRY_COMPARE(hex.horizontalScrollBar()->maximum(), 0);
        // The offsets take 8 digits (as xxd's) until the file needs more.
        const auto widthOf = [&hex](int characters) {
            return 8 + hex.fontMetrics().horizontalAdvance(QString(characters, QLatin1Char('0')));
        };
        QCOMPARE(hex.rowWidth(), widthOf(8 + 2 + 16 * 3 + 2 + 16));
        hex.setFile(qint64(1) << 40, QByteArray(64, 'x'));
        QCOMPARE(hex.rowWidth(), widthOf(10 + 2 + 16 * 3 + 2 + 16));
    }

    void archiveListsAndPreviewsEntries_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("zip") << QByteArray("bundle.zip");
        QTest::newRow("tar.gz") << QByteArray("bundle.tar.gz");
    }
    void archiveListsAndPreviewsEntries()
    {
        QFETCH(QByteArray, name);
        PreviewPane *dock = openAndSelect(name);
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Archive);
        ArchivePreview *archive = dock->archivePreview();
        QTreeWidget *list = archive->entryList();
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("readme.txt"));
        // Listed as it is, never written anywhere.
        QCOMPARE(list->topLevelItem(2)->text(0), QStringLiteral("../../evil.txt"));
        QVERIFY(archive->noteLabel()->text().contains(QStringLiteral("4 entries")));

        list->setCurrentItem(list->topLevelItem(0));
        QTRY_COMPARE_WITH_TIMEOUT(archive->entryPage(), static_cast<QWidget *>(archive->entryText()), Patience);
        QTRY_COMPARE_WITH_TIMEOUT(archive->entryText()->codeView()->toPlainText(), QStringLiteral("read me first\n"), Patience);

        list->setCurrentItem(list->topLevelItem(1));
        QTRY_COMPARE_WITH_TIMEOUT(archive->entryPage(), static_cast<QWidget *>(archive->entryImage()), Patience);
        QCOMPARE(dock->archivePreview()->entryImage()->factsLabel()->text().contains(QStringLiteral("640×480")), true);

        // 64 MiB of zeros in one entry: refused at the entry cap (16 MiB).
        list->setCurrentItem(list->topLevelItem(3));
        QTRY_VERIFY_WITH_TIMEOUT(archive->entryMessage().startsWith(QStringLiteral("No preview: ")), Patience);
        QVERIFY2(archive->entryMessage().contains(QStringLiteral("larger than the preview limit of 16 MiB")),
                 qPrintable(archive->entryMessage()));
    }

    void pdfShowsPages()
    {
        PreviewPane *dock = openAndSelect("doc.pdf");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Pdf);
        PdfPreview *pdf = dock->pdfPreview();
        QCOMPARE(pdf->pageCount(), 2);
        QCOMPARE(pdf->pageLabel()->text(), QStringLiteral("Page 1 of 2"));
        pdf->nextPage();
        QTRY_COMPARE_WITH_TIMEOUT(pdf->currentPage(), 1, Patience);
        QCOMPARE(pdf->pageLabel()->text(), QStringLiteral("Page 2 of 2"));
        const qreal before = pdf->view()->zoomFactor();
        pdf->zoomIn();
        QVERIFY(pdf->view()->zoomFactor() > before);
    }

    void brokenPdfSaysWhy()
    {
        PreviewPane *dock = openAndSelect("broken.pdf");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Message);
        QVERIFY2(dock->messageText().startsWith(QStringLiteral("No preview: ")), qPrintable(dock->messageText()));
    }

    // A WAV written by the test, played from the server by a player on its own thread.
    void audioPlaysAndSeeks()
    {
        PreviewPane *pane = openAndSelect("sound.wav");
        QVERIFY(pane);
        QVERIFY2(pane->page() == PreviewPane::Page::Media, qPrintable(pane->messageText()));
        MediaPreview *media = pane->mediaPreview();
        QTRY_COMPARE_WITH_TIMEOUT(media->duration(), 2000, Patience);
        QVERIFY2(media->errorText().isEmpty(), qPrintable(media->errorText()));
        QVERIFY(media->timeLabel()->text().endsWith(QStringLiteral("0:02")));
        media->seek(1000);
        media->togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(media->isPlaying() || media->position() >= 1000, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(media->position() >= 1000, Patience);
        // A new selection lets the player go.
        select("hello.txt");
        QTRY_COMPARE_WITH_TIMEOUT(pane->page(), PreviewPane::Page::Text, Patience);
        QCOMPARE(media->duration(), 0);
    }

    // An archive listed up to its entry cap says so and lists the rest on request.
    void archiveListsAllOnRequest()
    {
        AppSettings settings;
        const PreviewLimits saved = settings.previewLimits();
        auto restore = qScopeGuard([&] { settings.setPreviewLimits(saved); });
        PreviewLimits small = saved;
        small.archiveEntries = 2;
        settings.setPreviewLimits(small);

        PreviewPane *pane = openAndSelect("bundle.zip");
        QVERIFY(pane);
        QCOMPARE(pane->page(), PreviewPane::Page::Archive);
        ArchivePreview *archive = pane->archivePreview();
        QCOMPARE(archive->entryList()->topLevelItemCount(), 2);
        QVERIFY(archive->listAllButton()->isVisible());
        QSignalSpy ready(pane, &PreviewPane::previewReady);
        QTest::mouseClick(archive->listAllButton(), Qt::LeftButton);
        QVERIFY(ready.wait(Patience));
        QCOMPARE(pane->page(), PreviewPane::Page::Archive);
        QCOMPARE(archive->entryList()->topLevelItemCount(), 4);
        QVERIFY(!archive->listAllButton()->isVisible());
        QVERIFY(archive->noteLabel()->text().contains(QStringLiteral("4 entries")));
    }

    // The committed WebM (tests/data/clip.webm): its duration and its frames, played from the server.
    void videoPlaysFromTheServer()
    {
        PreviewPane *pane = openAndSelect("clip.webm");
        QVERIFY(pane);
        QVERIFY2(pane->page() == PreviewPane::Page::Media, qPrintable(pane->messageText()));
        MediaPreview *media = pane->mediaPreview();
        QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 0 || !media->errorText().isEmpty(), Patience);
        QVERIFY2(media->errorText().isEmpty(), qPrintable(media->errorText()));
        QVERIFY2(media->duration() >= 1900 && media->duration() <= 2100, qPrintable(QString::number(media->duration())));
        QVERIFY(media->timeLabel()->text().endsWith(QStringLiteral("0:02")));
        QTRY_VERIFY_WITH_TIMEOUT(media->hasVideo(), Patience);
        QVideoSink *sink = media->videoWidget()->videoSink();
        QVERIFY(sink);
        QSignalSpy frames(sink, &QVideoSink::videoFrameChanged);
        media->togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() > 0, Patience);
        const QVideoFrame frame = frames.last().first().value<QVideoFrame>();
        QCOMPARE(frame.size(), QSize(160, 120));
        QTRY_VERIFY_WITH_TIMEOUT(media->position() > 0, Patience);
        QCOMPARE(pane->page(), PreviewPane::Page::Media);
        // The window closes with the video playing (in cleanup): the player
        // lets go without holding up the GUI thread (the heartbeat).
    }

    // Seeking to the middle of a 64 MiB WAV reads there, not the file up to
    // there: counted at the reader and on the wire.
    void mediaSeekReadsOnlyNearThePoint()
    {
        PreviewPane *pane = openAndSelect("big.wav");
        QVERIFY(pane);
        QVERIFY2(pane->page() == PreviewPane::Page::Media, qPrintable(pane->messageText()));
        MediaPreview *media = pane->mediaPreview();
        QTRY_VERIFY_WITH_TIMEOUT(media->duration() > 0 || !media->errorText().isEmpty(), Patience);
        QVERIFY2(media->errorText().isEmpty(), qPrintable(media->errorText()));
        const qint64 seconds = BigWavData / BigWavBytesPerSecond;
        QVERIFY2(qAbs(media->duration() / 1000 - seconds) <= 1, qPrintable(QString::number(media->duration())));
        const qint64 middleMs = media->duration() / 2;
        const qint64 offset = 44 + middleMs * BigWavBytesPerSecond / 1000;
        QVERIFY(media->readEnd() < offset / 8);

        QVERIFY(startWireCount());
        media->seek(middleMs);
        // Read at the point sought ...
        QTRY_VERIFY_WITH_TIMEOUT(media->readEnd() >= offset, Patience);
        QTRY_VERIFY_WITH_TIMEOUT(media->position() >= middleMs, Patience);
        media->togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(media->position() >= middleMs + 300, Patience);
        const qint64 wire = stopWireCount();
        const qint64 read = media->bytesRead();
        // ... and little else: far below the 32 MiB up to it.
        QVERIFY2(read < offset / 8, qPrintable(QStringLiteral("%1 bytes read to play from %2").arg(read).arg(offset)));
        QVERIFY2(wire >= 0 && wire < offset / 8,
                 qPrintable(QStringLiteral("%1 bytes on the wire to play from %2").arg(wire).arg(offset)));
        QVERIFY(media->readEnd() < offset + offset / 8);
    }

    void folderCountsItsContents()
    {
        PreviewPane *dock = openAndSelect("dir");
        QVERIFY(dock);
        QCOMPARE(dock->page(), PreviewPane::Page::Info);
        QTRY_VERIFY_WITH_TIMEOUT(!dock->isLoading(), Patience);
        QVERIFY2(dock->infoText().startsWith(QStringLiteral("Folder: 4 item(s), 60 bytes")), qPrintable(dock->infoText()));
    }

    void symlinkShowsItsTarget()
    {
        PreviewPane *dock = openAndSelect("link", false);
        QVERIFY(dock);
        QTRY_VERIFY_WITH_TIMEOUT(dock->infoText().contains(QStringLiteral("Symbolic link to hello.txt")), Patience);
    }

    // Icons from the name alone: the type's theme icon, else its generic icon, else a file.
    void iconsByTypeFromNames()
    {
        QTemporaryDir themes;
        QDir root(themes.path());
        QVERIFY(root.mkpath(QStringLiteral("probe/16x16/mimetypes")));
        QVERIFY(TestServer::writeLocal(root.filePath(QStringLiteral("probe/index.theme")),
                                       "[Icon Theme]\nName=Probe\nDirectories=16x16/mimetypes\n\n"
                                       "[16x16/mimetypes]\nSize=16\nType=Fixed\n"));
        QImage dot(16, 16, QImage::Format_ARGB32);
        dot.fill(Qt::red);
        QVERIFY(dot.save(root.filePath(QStringLiteral("probe/16x16/mimetypes/image-png.png"))));
        QVERIFY(dot.save(root.filePath(QStringLiteral("probe/16x16/mimetypes/text-x-generic.png"))));
        const QStringList paths = QIcon::themeSearchPaths();
        const QString theme = QIcon::themeName();
        auto restore = qScopeGuard([&] {
            QIcon::setThemeSearchPaths(paths);
            QIcon::setThemeName(theme);
        });
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("probe"));
        PreviewPane *pane = openAndSelect("hello.txt");
        QVERIFY(pane);
        const RemoteFsModel *model = m_window->currentView()->model();
        const auto iconName = [model](const QByteArray &name) {
            return model->indexOfName(name).data(Qt::DecorationRole).value<QIcon>().name();
        };
        QCOMPARE(iconName("picture.png"), QStringLiteral("image-png"));
        QCOMPARE(iconName("hello.txt"), QStringLiteral("text-x-generic"));   // text-plain is not in the theme
        QVERIFY(iconName("data.bin") != QStringLiteral("image-png"));
        QVERIFY(!model->indexOfName("data.bin").data(Qt::DecorationRole).value<QIcon>().isNull());
    }
};

NFSNAV_UI_TEST_MAIN(TestPreview)
#include "tst_preview.moc"
