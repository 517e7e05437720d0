// SPDX-License-Identifier: GPL-3.0-or-later
// The preview pane end to end against the real test server: fixture files
// made by the test through NFS (text, Markdown, images, binary, a folder, a
// symlink) each show their preview in the pane, with the widget state checked;
// the caps hold (a 300 MiB text file moves at most its cap plus the read-ahead
// over the wire, counted with iptables inside the server's namespace; a
// 9000×9000 grayscale PNG is refused by the 64 MiB image limit; a truncated PNG
// and a Markdown file naming /dev/zero end safely); a file above its cap offers
// "Show Anyway" (a PDF within a fixed bound only); a PDF's copy is read off the
// GUI thread; the committed WebM plays; seeking to the middle of a 64 MiB WAV
// reads only near there; the viewer's Left and Right step through the folder's
// files; a new selection cancels the old preview's reads even while the server
// does not answer; and a GUI-thread heartbeat holds through every test.
#include "appsettings.h"
#include "archivepreview.h"
#include "blockingremotereader.h"
#include "codeview.h"
#include "folderview.h"
#include "heartbeat.h"
#include "windowtesting.h"
#include "hexview.h"
#include "imagepreview.h"
#include "mainwindow.h"
#include "mediapreview.h"
#include "pdfpreview.h"
#include "previewdock.h"
#include "previewpane.h"
#include "previewviewer.h"
#include "previewloader.h"
#include "remotefile.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "safemarkdowndocument.h"
#include "session.h"
#include "testserver.h"
#include "textpreview.h"

#include <QAction>
#include <QLineEdit>
#include <QBuffer>
#include <QtEndian>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QTemporaryDir>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPdfView>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <archive.h>
#include <archive_entry.h>

#include <cmath>
#include <memory>

namespace {
constexpr int Patience = 30000;
constexpr qint64 MiB = 1024 * 1024;
// What sniffing the type reads: PreviewLoader::SniffBytes, as the reader's buffer (16 KiB) fetched them.
constexpr qint64 FirstBytes = 16 * 1024;

bool succeeds(Job *job)
{
    std::unique_ptr<Job> owner(job);
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(Patience))
        return false;
    if (job->error())
        qWarning("%s", qPrintable(job->error().message()));
    return !job->error();
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

la_ssize_t appendTo(struct archive *, void *out, const void *buffer, size_t n)
{
    static_cast<QByteArray *>(out)->append(static_cast<const char *>(buffer), qsizetype(n));
    return la_ssize_t(n);
}

// A zip or tar.gz of (name, data, times the data is repeated).
QByteArray makeArchive(bool zip, const QList<std::tuple<QByteArray, QByteArray, int>> &members)
{
    QByteArray out;
    struct archive *w = archive_write_new();
    if (zip) {
        archive_write_set_format_zip(w);
    } else {
        archive_write_set_format_pax_restricted(w);
        archive_write_add_filter_gzip(w);
    }
    archive_write_open(w, &out, nullptr, appendTo, nullptr);
    for (const auto &[name, data, repeat] : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data.size() * repeat);
        archive_entry_set_mtime(e, 1700000000, 0);
        archive_write_header(w, e);
        for (int i = 0; i < repeat; ++i)
            archive_write_data(w, data.constData(), size_t(data.size()));
        archive_entry_free(e);
    }
    archive_write_close(w);
    archive_write_free(w);
    return out;
}

// A 16-bit PCM WAV header for `dataBytes` of samples.
QByteArray wavHeader(int rate, int channels, quint32 dataBytes)
{
    QByteArray d(44, '\0');
    char *p = d.data();
    memcpy(p, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataBytes, p + 4);
    memcpy(p + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(1, p + 20);
    qToLittleEndian<quint16>(quint16(channels), p + 22);
    qToLittleEndian<quint32>(quint32(rate), p + 24);
    qToLittleEndian<quint32>(quint32(rate * channels * 2), p + 28);
    qToLittleEndian<quint16>(quint16(channels * 2), p + 32);
    qToLittleEndian<quint16>(16, p + 34);
    memcpy(p + 36, "data", 4);
    qToLittleEndian<quint32>(dataBytes, p + 40);
    return d;
}

// The large WAV: 48 kHz stereo, 64 MiB of samples (about 350 s), mostly a sparse tail of silence.
constexpr int BigWavRate = 48000;
constexpr int BigWavBytesPerSecond = BigWavRate * 2 * 2;
constexpr qint64 BigWavData = 64 * 1024 * 1024;

// `seconds` of a 440 Hz tone, 8 kHz mono 16-bit PCM.
QByteArray wav(int seconds)
{
    const int rate = 8000;
    const int samples = rate * seconds;
    QByteArray d(44 + samples * 2, '\0');
    char *p = d.data();
    memcpy(p, "RIFF", 4);
    qToLittleEndian<quint32>(36 + samples * 2, p + 4);
    memcpy(p + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(1, p + 20);         // PCM
    qToLittleEndian<quint16>(1, p + 22);         // mono
    qToLittleEndian<quint32>(rate, p + 24);
    qToLittleEndian<quint32>(rate * 2, p + 28);
    qToLittleEndian<quint16>(2, p + 32);
    qToLittleEndian<quint16>(16, p + 34);
    memcpy(p + 36, "data", 4);
    qToLittleEndian<quint32>(samples * 2, p + 40);
    for (int i = 0; i < samples; ++i)
        qToLittleEndian<qint16>(qint16(8000 * std::sin(2 * M_PI * 440 * i / rate)), p + 44 + 2 * i);
    return d;
}

// Runs a command to its end with the event loop turning (the heartbeat is measured).
int run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    p.start(program, args);
    if (!p.waitForStarted(Patience) || !done.wait(120000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

int rig(const QString &command)
{
    return run(QStringLiteral("bash"), {qEnvironmentVariable("NFSNAV_RIG"), command, TestServer::stateDir()});
}

// Bytes the NFS server sent (TCP source port 2049) since the counting rule was added.
const QString CountComment = QStringLiteral("nfsnav-preview-count");
bool startWireCount()
{
    return run(QStringLiteral("iptables"), {QStringLiteral("-w"), QStringLiteral("-I"), QStringLiteral("OUTPUT"),
                                            QStringLiteral("-p"), QStringLiteral("tcp"), QStringLiteral("--sport"),
                                            QStringLiteral("2049"), QStringLiteral("-m"), QStringLiteral("comment"),
                                            QStringLiteral("--comment"), CountComment})
        == 0;
}
qint64 stopWireCount()
{
    QByteArray out;
    if (run(QStringLiteral("iptables"), {QStringLiteral("-w"), QStringLiteral("-nvxL"), QStringLiteral("OUTPUT")}, &out) != 0)
        return -1;
    qint64 bytes = -1;
    for (const QByteArray &line : out.split('\n')) {
        if (line.contains(CountComment.toLatin1()))
            bytes = line.simplified().split(' ').value(1).toLongLong();
    }
    run(QStringLiteral("iptables"), {QStringLiteral("-w"), QStringLiteral("-D"), QStringLiteral("OUTPUT"),
                                     QStringLiteral("-p"), QStringLiteral("tcp"), QStringLiteral("--sport"),
                                     QStringLiteral("2049"), QStringLiteral("-m"), QStringLiteral("comment"),
                                     QStringLiteral("--comment"), CountComment});
    return bytes;
}
}

class TestPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        m_session = std::make_unique<Session>(TestServer::url(3));
        m_dir = TestServer::scratchName("preview");
        QVERIFY(succeeds(m_session->mkdir(path())));

        QVERIFY(put("hello.txt", "hello preview\nsecond line\n"));
        QVERIFY(put("notes.md", "# Title\n\nSome *emphasis* here.\n\n![x](/dev/zero)\n\n<b>raw html</b>\n"));
        // 3 MiB of numbered lines, then a sparse tail up to 300 MiB.
        QByteArray lines;
        for (int i = 0; lines.size() < 3 * MiB; ++i)
            lines += "line " + QByteArray::number(i) + " of a long text file\n";
        QVERIFY(put("long.txt", lines));
        QVERIFY(succeeds(m_session->truncate(path("long.txt"), 300 * MiB)));
        QVERIFY(put("longline.txt", QByteArray(50000, 'x') + "\nshort\n"));

        QImage picture(640, 480, QImage::Format_RGB32);
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x)
                picture.setPixel(x, y, qRgb(x % 256, y % 256, QRandomGenerator::global()->bounded(256)));
        }
        const QByteArray picturePng = png(picture);
        QVERIFY(put("picture.png", picturePng));
        QVERIFY(put("truncated.png", picturePng.left(picturePng.size() / 2)));
        // 81,000,000 bytes decoded: within Qt's default limit (128 MiB), above ours (64 MiB).
        QImage bomb(9000, 9000, QImage::Format_Grayscale8);
        bomb.fill(0);
        QVERIFY(put("bomb.png", png(bomb)));

        QByteArray binary = TestServer::randomBytes(100 * 1024, 7);
        binary[0] = '\0';
        binary[1] = '\x01';
        QVERIFY(put("data.bin", binary));
        QVERIFY(succeeds(m_session->mkdir(path("dir"))));
        QVERIFY(put("dir/a", QByteArray(10, 'a')));
        QVERIFY(put("dir/b", QByteArray(20, 'b')));
        QVERIFY(succeeds(m_session->mkdir(path("dir/inner"))));
        QVERIFY(put("dir/inner/c", QByteArray(30, 'c')));
        QVERIFY(succeeds(m_session->symlink("hello.txt", path("link"))));
        const QList<std::tuple<QByteArray, QByteArray, int>> members = {
            {"readme.txt", "read me first\n", 1}, {"picture.png", picturePng, 1}, {"../../evil.txt", "climbs out", 1},
            {"zeros", QByteArray(1024 * 1024, '\0'), 64}};
        QVERIFY(put("bundle.zip", makeArchive(true, members)));
        QVERIFY(put("sound.wav", wav(2)));
        {
            QBuffer pdf;
            pdf.open(QIODevice::WriteOnly);
            QPdfWriter writer(&pdf);
            QPainter painter(&writer);
            painter.drawText(100, 100, QStringLiteral("First page"));
            writer.newPage();
            painter.drawText(100, 100, QStringLiteral("Second page"));
            painter.end();
            QVERIFY(put("doc.pdf", pdf.data()));
            QVERIFY(put("broken.pdf", pdf.data().left(300)));
        }
        QVERIFY(put("bundle.tar.gz", makeArchive(false, members)));
        {
            // A PDF of more than 1 MiB (a page of noise), and a 300 MiB one (sparse) beyond any cap.
            QImage noise(1200, 1200, QImage::Format_RGB32);
            for (int y = 0; y < noise.height(); ++y) {
                auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
                for (int x = 0; x < noise.width(); ++x)
                    line[x] = QRandomGenerator::global()->generate() | 0xff000000u;
            }
            QBuffer pdf;
            pdf.open(QIODevice::WriteOnly);
            QPdfWriter writer(&pdf);
            QPainter painter(&writer);
            painter.drawImage(QRect(0, 0, writer.width(), writer.width()), noise);
            painter.end();
            QVERIFY2(pdf.data().size() > 3 * MiB / 2, qPrintable(QString::number(pdf.data().size())));
            QVERIFY(put("big.pdf", pdf.data()));
            QVERIFY(put("huge.pdf", "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"));
            QVERIFY(succeeds(m_session->truncate(path("huge.pdf"), 300 * MiB)));
            const QByteArray noisePng = png(noise);
            QVERIFY(noisePng.size() > 3 * MiB / 2);
            QVERIFY(put("noise.png", noisePng));
        }
        {
            // A second of tone, then silence up to 64 MiB of samples.
            QByteArray head = wavHeader(BigWavRate, 2, quint32(BigWavData));
            for (int i = 0; i < BigWavRate; ++i) {
                char frame[4];
                const qint16 v = qint16(8000 * std::sin(2 * M_PI * 440 * i / BigWavRate));
                qToLittleEndian<qint16>(v, frame);
                qToLittleEndian<qint16>(v, frame + 2);
                head.append(frame, 4);
            }
            QVERIFY(put("big.wav", head));
            QVERIFY(succeeds(m_session->truncate(path("big.wav"), 44 + BigWavData)));
        }
        {
            // The committed test video: 2 s of VP8 (160×120, 15 frames/s) in WebM.
            QString source = qEnvironmentVariable("NFSNAV_SOURCE_DIR");
            source = source.isEmpty() ? QFINDTESTDATA("../data/clip.webm") : source + QStringLiteral("/tests/data/clip.webm");
            QFile clip(source);
            QVERIFY2(clip.open(QIODevice::ReadOnly), qPrintable(source));
            const QByteArray bytes = clip.readAll();
            QVERIFY(bytes.size() > 1000 && bytes.size() < 64 * 1024);
            QVERIFY(put("clip.webm", bytes));
        }

        // The first window loads fonts and styles: not part of what is measured.
        MainWindow warm;
        warm.show();
        QVERIFY(QTest::qWaitForWindowExposed(&warm));
    }
    void cleanupTestCase() { m_session.reset(); }
    void init() { m_heartbeat.start(); }
    void cleanup()
    {
        m_window.reset();
        const qint64 gap = m_heartbeat.stop();
        QVERIFY2(gap <= Heartbeat::MaxGapMs, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
    }

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

private:
    QByteArray path(const QByteArray &name = {}) const
    {
        return TestServer::path(3, name.isEmpty() ? m_dir : m_dir + '/' + name);
    }

    bool put(const QByteArray &name, const QByteArray &bytes)
    {
        RemoteFile f(m_session.get(), path(name));
        if (!f.open(QStringLiteral("w")) || f.write(bytes) != bytes.size() || !f.flush())
            return false;
        f.close();
        return !f.error().isError();
    }

    void select(const QByteArray &name)
    {
        FolderView *view = m_window->currentView();
        const QModelIndex idx = view->proxy()->mapFromSource(view->model()->indexOfName(name));
        QVERIFY2(idx.isValid(), name.constData());
        view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // A window on the fixtures' folder with `name` selected; waits for its preview unless `wait` is false.
    PreviewPane *openAndSelect(const QByteArray &name, bool wait = true)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        FolderView *view = m_window->openTab(TestServer::url(3, m_dir));
        if (!QTest::qWaitFor([view] { return settled(view); }, 60000))
            return nullptr;
        PreviewDock *dock = m_window->previewDock();
        if (!dock->isVisible())
            QTest::keyClick(m_window.get(), Qt::Key_F11);
        QSignalSpy ready(dock->pane(), &PreviewPane::previewReady);
        select(name);
        if (wait && !ready.wait(Patience))
            return nullptr;
        return dock->pane();
    }

    Heartbeat m_heartbeat;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_dir;
};

NFSNAV_UI_TEST_MAIN(TestPreview)
#include "tst_preview.moc"
