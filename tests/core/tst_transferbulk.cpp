// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer queue against the real test server with more at stake: two
// resumers of one partial download never share it (one claims it, the other
// starts a temporary file of its own); pausing a download stops the bytes on
// the wire; a 256 MiB file goes up, down and across two mounts (NFSv3 and
// NFSv4) byte for byte; a tree with empty files and symlinks goes across two
// mounts whole; a full server disk is said in words naming the user's file.
#include "testserver.h"
#include "transferqueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

namespace {

constexpr int Patience = 120000;

TransferRequest transfer(const TransferPlace &from, const TransferPlace &to, bool resume = false, bool recursive = false)
{
    TransferRequest r;
    r.from = from;
    r.to = to;
    r.options.resume = resume;
    r.recursive = recursive;
    return r;
}

// Bytes the namespace's loopback took in: with the suite inside the server's
// namespace, the NFS traffic of this suite and nothing else.
qint64 loopbackBytes()
{
    QFile f(QStringLiteral("/sys/class/net/lo/statistics/rx_bytes"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : -1;
}

// The hidden temporary files beside `name` in `dir`, with their sizes.
QMap<QString, qint64> temporaries(const QString &dir, const QString &name)
{
    QMap<QString, qint64> found;
    const QFileInfoList entries = QDir(dir).entryInfoList({QLatin1Char('.') + name + QStringLiteral(".nfsnav-*")},
                                                          QDir::Files | QDir::Hidden);
    for (const QFileInfo &fi : entries)
        found.insert(fi.fileName(), fi.size());
    return found;
}

QStringList describe(const QString &root)
{
    QStringList lines;
    const QFileInfoList entries = QDir(root).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &fi : entries) {
        if (fi.isSymLink()) {
            lines << fi.fileName() + QStringLiteral(" -> ") + QFile::symLinkTarget(fi.filePath()).section(QLatin1Char('/'), -1);
        } else if (fi.isDir()) {
            lines << fi.fileName() + QStringLiteral("/");
            for (const QString &line : describe(fi.filePath()))
                lines << fi.fileName() + QLatin1Char('/') + line;
        } else {
            lines << fi.fileName() + QLatin1Char(' ') + QString::fromLatin1(TestServer::sha256(TestServer::readLocal(fi.filePath())));
        }
    }
    lines.sort();
    return lines;
}

} // namespace

class TestTransferBulk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_local;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        QVERIFY(m_local.isValid());
    }

    void twoResumersNeverShare_data()
    {
        QTest::addColumn<bool>("upload");
        QTest::newRow("download") << false;
        // NFS has no lock that tells a running copy's temporary file from a
        // killed one's; within one process the queue knows its own.
        QTest::newRow("upload") << true;
    }
    void twoResumersNeverShare()
    {
        QFETCH(bool, upload);
        const QByteArray dir = TestServer::scratchName("resumers");
        QVERIFY(TestServer::makeFolder(dir));
        const QByteArray data = TestServer::randomBytes(2 * 1024 * 1024, 21);
        const QByteArray half = data.left(data.size() / 2);
        const QString localDir = m_local.filePath(QString::fromLatin1(dir.mid(dir.lastIndexOf('/') + 1)));
        QVERIFY(QDir().mkpath(localDir));
        const QString localFile = localDir + QStringLiteral("/f.bin");
        // The source, older than the partial a killed copy left of it.
        const utimbuf old{946684800, 946684800};
        TransferPlace from, to;
        QString targetDir;
        if (upload) {
            QVERIFY(TestServer::writeLocal(localFile, data));
            QVERIFY(::utime(QFile::encodeName(localFile).constData(), &old) == 0);
            QVERIFY(TestServer::putFile(dir + "/.f.bin.nfsnav-Zz90Yy", half));
            from = TransferPlace::local(localFile);
            to = TransferPlace::remote(TestServer::url(3, dir + "/f.bin"));
            targetDir = TestServer::localPath(dir);
        } else {
            QVERIFY(TestServer::putFile(dir + "/f.bin", data));
            // The partial is written after the source: newer, as a killed copy's would be.
            QVERIFY(TestServer::writeLocal(localDir + QStringLiteral("/.f.bin.nfsnav-Zz90Yy"), half));
            from = TransferPlace::remote(TestServer::url(3, dir + "/f.bin"));
            to = TransferPlace::local(localFile);
            targetDir = localDir;
        }
        const auto inodeOf = [&](const QString &name) {
            struct stat st {};
            return ::stat(QFile::encodeName(targetDir + QLatin1Char('/') + name).constData(), &st) == 0 ? st.st_ino : ino_t(0);
        };
        const ino_t partialInode = inodeOf(QStringLiteral(".f.bin.nfsnav-Zz90Yy"));
        QVERIFY(partialInode != 0);
        TransferQueue queue;
        // Both paused while still queued (behind a paused transfer that holds
        // the one slot), so neither has written a byte when they start: each
        // makes its temporary file and stops at the pause.
        queue.setMaxRunning(1);
        QVERIFY(TestServer::putFile(dir + "/blocker.bin", data));
        TransferJob *blocker = queue.add(transfer(TransferPlace::remote(TestServer::url(3, dir + "/blocker.bin")),
                                                  TransferPlace::local(localDir + QStringLiteral("-blocker.bin"))));
        blocker->pause();
        TransferJob *first = queue.add(transfer(from, to, true));
        TransferJob *second = queue.add(transfer(from, to, true));
        first->pause();
        second->pause();
        queue.setMaxRunning(3);
        // One claimed the partial, the other started empty. A download goes
        // on after the partial's half; an upload sends a partial this small
        // again whole (the resumed end a server may not have kept), so it
        // empties it first.
        const QList<qint64> expected{0, upload ? 0 : qint64(half.size())};
        const auto sizes = [&] {
            QList<qint64> found = temporaries(targetDir, QStringLiteral("f.bin")).values();
            std::sort(found.begin(), found.end());
            return found;
        };
        QTRY_COMPARE_WITH_TIMEOUT(sizes(), expected, 30000);
        const QMap<QString, qint64> temps = temporaries(targetDir, QStringLiteral("f.bin"));
        QVERIFY2(!temps.contains(QStringLiteral(".f.bin.nfsnav-Zz90Yy")), "the partial was not claimed by a rename");
        QList<ino_t> inodes;
        for (const QString &name : temps.keys())
            inodes << inodeOf(name);
        QVERIFY2(inodes.contains(partialInode), "neither copy claimed the partial");
        // Held there: nothing more moves while they are paused.
        QTest::qWait(300);
        QCOMPARE(sizes(), expected);
        first->resume();
        second->resume();
        QVERIFY(first->wait(Patience));
        QVERIFY(second->wait(Patience));
        queue.cancel(blocker);
        QVERIFY2(!first->error(), qPrintable(first->error().message()));
        QVERIFY2(!second->error(), qPrintable(second->error().message()));
        QCOMPARE(first->bytesDone(), qint64(data.size()));
        QCOMPARE(second->bytesDone(), qint64(data.size()));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(targetDir + QStringLiteral("/f.bin"))), TestServer::sha256(data));
        QCOMPARE(temporaries(targetDir, QStringLiteral("f.bin")).size(), 0);
    }

    void pauseStopsADownload()
    {
        const QByteArray dir = TestServer::scratchName("pausedown");
        QVERIFY(TestServer::makeFolder(dir));
        // A large sparse file: reading its zeros over NFS takes a while; written as holes here.
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("2G"),
                                        TestServer::urlText(3, dir + "/zeros.img")}).code, 0);
        TransferQueue queue;
        TransferRequest r = transfer(TransferPlace::remote(TestServer::url(3, dir + "/zeros.img")),
                                     TransferPlace::local(m_local.filePath(QStringLiteral("zeros.img"))));
        r.options.force = true;
        TransferJob *job = queue.add(r);
        QTRY_VERIFY_WITH_TIMEOUT(job->bytesDone() > 0, Patience);
        job->pause();
        QCOMPARE(job->state(), TransferJob::State::Paused);
        // What was already asked for may still arrive; then the wire goes quiet.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            const qint64 before = loopbackBytes();
            QTest::qWait(1000);
            return loopbackBytes() - before < 256 * 1024;
        }(), 30000);
        const qint64 done = job->bytesDone();
        const qint64 wire = loopbackBytes();
        QElapsedTimer watched;
        watched.start();
        while (watched.elapsed() < 1500) {
            QTest::qWait(100);
            QCOMPARE(job->bytesDone(), done);
        }
        // Not a READ's worth (1 MiB) of traffic while paused.
        QVERIFY2(loopbackBytes() - wire < 256 * 1024, qPrintable(QString::number(loopbackBytes() - wire)));
        QVERIFY(done < 2LL * 1024 * 1024 * 1024);
        queue.cancel(job);
        QVERIFY(job->wait(10000));
        QCOMPARE(job->state(), TransferJob::State::Cancelled);
    }

    void pauseAndResumeKeepEveryByte()
    {
        // A download's bytes go to the local file from the session thread as
        // they land. Paused, it writes nothing more; resumed, it goes on from
        // what the read-ahead held, and every byte arrives once.
        const QByteArray dir = TestServer::scratchName("pauseresume");
        QVERIFY(TestServer::makeFolder(dir));
        const QByteArray data = TestServer::randomBytes(96 * 1024 * 1024, 33);
        QVERIFY(TestServer::putFile(dir + "/r.bin", data));
        const QString target = m_local.filePath(QStringLiteral("r.bin"));
        // The bytes written to the temporary file so far (its blocks: the
        // replies land out of order, so its size says less).
        const auto written = [&] {
            const QMap<QString, qint64> temps = temporaries(m_local.path(), QStringLiteral("r.bin"));
            struct stat st {};
            if (temps.size() != 1 || ::stat(QFile::encodeName(m_local.filePath(temps.firstKey())).constData(), &st) != 0)
                return qint64(-1);
            return qint64(st.st_blocks) * 512;
        };
        TransferQueue queue;
        TransferJob *job = queue.add(transfer(TransferPlace::remote(TestServer::url(3, dir + "/r.bin")),
                                              TransferPlace::local(target)));
        int held = 0;
        for (int pauses = 0; !job->isFinished() && pauses < 8; ++pauses) {
            QTest::qWait(15);
            job->pause();
            const qint64 at = written();
            // What was being written when pause() returned may end (a READ's
            // worth at most); nothing after it.
            QTest::qWait(300);
            const qint64 later = written();
            if (at >= 0 && later >= 0 && !job->isFinished()) {
                ++held;
                QVERIFY2(later - at <= 1024 * 1024, qPrintable(QStringLiteral("%1 bytes written while paused").arg(later - at)));
                const qint64 done = job->bytesDone();
                QTest::qWait(200);
                QCOMPARE(job->bytesDone(), done);
                QCOMPARE(written(), later);
            }
            job->resume();
        }
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->bytesDone(), qint64(data.size()));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(target)), TestServer::sha256(data));
        QVERIFY(held > 0);
    }

    void fullServerDiskInWords()
    {
        // The rig's 16 MiB export, given 24 MiB: refused before a byte moves, and with
        // force the server's disk fills; either way the message names the user's file.
        const QString local = m_local.filePath(QStringLiteral("toolarge.bin"));
        QVERIFY(TestServer::writeLocal(local, TestServer::randomBytes(24 * 1024 * 1024, 16)));
        const QString target = QStringLiteral("nfs://127.0.0.1/srv/small/toolarge.bin");
        TransferQueue queue;
        TransferRequest r = transfer(TransferPlace::local(local), TransferPlace::remote(NfsUrl::parse(target)));
        TransferJob *job = queue.add(r);
        QVERIFY(job->wait(Patience));
        QVERIFY(job->error());
        QVERIFY2(job->error().message().contains(QLatin1String("Not enough space for nfs://127.0.0.1/srv/small/toolarge.bin")),
                 qPrintable(job->error().message()));
        QCOMPARE(job->bytesDone(), qint64(0));
        r.options.force = true;
        job = queue.add(r);
        QVERIFY(job->wait(Patience));
        QVERIFY(job->error());
        const QString message = job->error().message();
        QVERIFY2(message.contains(QLatin1String("toolarge.bin")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("space"), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String(".nfsnav-")), qPrintable(message));
        // Nothing left behind, under the real name or a temporary one.
        const TestServer::ToolResult ls = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("-a"), QStringLiteral("nfs://127.0.0.1/srv/small")});
        QCOMPARE(ls.code, 0);
        QVERIFY2(!ls.out.contains("toolarge"), ls.out.constData());
    }

    void bigFileUpDownAndAcross()
    {
        const QByteArray dir = TestServer::scratchName("big");
        QVERIFY(TestServer::makeFolder(dir));
        const QByteArray data = TestServer::randomBytes(256 * 1024 * 1024, 256);
        const QByteArray sum = TestServer::sha256(data);
        const QString up = m_local.filePath(QStringLiteral("big-up.bin"));
        QVERIFY(TestServer::writeLocal(up, data));
        TransferQueue queue;
        TransferJob *job = queue.add(transfer(TransferPlace::local(up), TransferPlace::remote(TestServer::url(3, dir + "/big.bin"))));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(TestServer::localPath(dir + "/big.bin"))), sum);
        // Across two mounts: NFSv3 to NFSv4.
        job = queue.add(transfer(TransferPlace::remote(TestServer::url(3, dir + "/big.bin")), TransferPlace::remote(TestServer::url(4, dir + "/across.bin"))));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(TestServer::localPath(dir + "/across.bin"))), sum);
        const QString down = m_local.filePath(QStringLiteral("big-down.bin"));
        job = queue.add(transfer(TransferPlace::remote(TestServer::url(4, dir + "/across.bin")), TransferPlace::local(down)));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(down)), sum);
        QFile::remove(up);
        QFile::remove(down);
    }

    void treeAcrossTwoMounts()
    {
        const QByteArray dir = TestServer::scratchName("treeacross");
        QVERIFY(TestServer::makeFolder(dir));
        const QString tree = m_local.filePath(QStringLiteral("tree"));
        const QByteArray t = QFile::encodeName(tree);
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/inner/empty folder")));
        QVERIFY(TestServer::writeLocal(tree + QStringLiteral("/empty"), QByteArray()));
        QVERIFY(TestServer::writeLocal(tree + QStringLiteral("/inner/also empty"), QByteArray()));
        for (int i = 0; i < 50; ++i)
            QVERIFY(TestServer::writeLocal(tree + QStringLiteral("/inner/small%1").arg(i), TestServer::randomBytes(i * 37, quint32(i))));
        QVERIFY(::symlink("../empty", (t + "/inner/relative").constData()) == 0);
        QVERIFY(::symlink("/etc/hostname", (t + "/absolute").constData()) == 0);
        QVERIFY(::symlink("no/such/target", (t + "/dangling").constData()) == 0);
        const QStringList expected = describe(tree);
        TransferQueue queue;
        TransferJob *job = queue.add(transfer(TransferPlace::local(tree), TransferPlace::remote(TestServer::url(3, dir + "/tree")), false, true));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        job = queue.add(transfer(TransferPlace::remote(TestServer::url(3, dir + "/tree")), TransferPlace::remote(TestServer::url(4, dir + "/copy")), false, true));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(describe(TestServer::localPath(dir + "/copy")), expected);
    }
};

QTEST_GUILESS_MAIN(TestTransferBulk)
#include "tst_transferbulk.moc"
