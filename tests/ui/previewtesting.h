// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the two preview suites share (tst_preview: each kind of file shows its
// preview; tst_previewpane: the pane around them): the fixture files, made by
// the test through NFS in a scratch folder of the real test server (text,
// Markdown, images, binary, a folder, a symlink, archives, PDFs, sounds, the
// committed WebM); a window on that folder with a file selected; and counting
// the server's bytes on the wire with iptables inside its namespace.
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

namespace PreviewTesting {
constexpr int Patience = 30000;
constexpr qint64 MiB = 1024 * 1024;
// What sniffing the type reads: PreviewLoader::SniffBytes, as the reader's buffer (16 KiB) fetched them.
constexpr qint64 FirstBytes = 16 * 1024;

inline bool succeeds(Job *job)
{
    std::unique_ptr<Job> owner(job);
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(Patience))
        return false;
    if (job->error())
        qWarning("%s", qPrintable(job->error().message()));
    return !job->error();
}

inline QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline la_ssize_t appendTo(struct archive *, void *out, const void *buffer, size_t n)
{
    static_cast<QByteArray *>(out)->append(static_cast<const char *>(buffer), qsizetype(n));
    return la_ssize_t(n);
}

// A zip or tar.gz of (name, data, times the data is repeated).
inline QByteArray makeArchive(bool zip, const QList<std::tuple<QByteArray, QByteArray, int>> &members)
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
inline QByteArray wavHeader(int rate, int channels, quint32 dataBytes)
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
inline QByteArray wav(int seconds)
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
inline int run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
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

inline int rig(const QString &command)
{
    return run(QStringLiteral("bash"), {qEnvironmentVariable("NFSNAV_RIG"), command, TestServer::stateDir()});
}

// Bytes the NFS server sent (TCP source port 2049) since the counting rule was added.
inline const QString CountComment = QStringLiteral("nfsnav-preview-count");
inline bool startWireCount()
{
    return run(QStringLiteral("iptables"), {QStringLiteral("-w"), QStringLiteral("-I"), QStringLiteral("OUTPUT"),
                                            QStringLiteral("-p"), QStringLiteral("tcp"), QStringLiteral("--sport"),
                                            QStringLiteral("2049"), QStringLiteral("-m"), QStringLiteral("comment"),
                                            QStringLiteral("--comment"), CountComment})
        == 0;
}
inline qint64 stopWireCount()
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

class PreviewFixture
{
protected:
    // Makes the fixtures in a new scratch folder; a failure is the calling
    // test's (QTest::currentTestFailed()).
    void makeFixtures(const char *scratch)
    {
        using namespace PreviewTesting;
        m_session = std::make_unique<Session>(TestServer::url(3));
        m_dir = TestServer::scratchName(scratch);
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

    // Every test ends with its window closed and the GUI thread having answered throughout.
    void endTest()
    {
        m_window.reset();
        const qint64 gap = m_heartbeat.stop();
        QVERIFY2(gap <= Heartbeat::MaxGapMs, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
    }

    QByteArray path(const QByteArray &name = {}) const
    {
        return TestServer::path(3, name.isEmpty() ? m_dir : m_dir + '/' + name);
    }

    bool put(const QByteArray &name, const QByteArray &bytes) { return TestServer::putRemote(m_session.get(), path(name), bytes); }

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
        if (wait && !ready.wait(PreviewTesting::Patience))
            return nullptr;
        return dock->pane();
    }

    Heartbeat m_heartbeat;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_dir;
};
