// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteFile against the real test server, over NFSv3 and NFSv4: round trips
// at the chunk edges and of 64 MiB, random access, append, resize, both ways in
// (context-full and context-free), a reader thread without an event loop, a
// device dropped with reads in flight, and READs in flight that follow a far link.
#include "remotefile.h"
#include "session.h"
#include "tamperingproxy.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cstring>
#include <limits>
#include <memory>
#include <thread>

namespace {

// Writes `data` in pieces of `piece` bytes, keeping at most 8 MiB queued.
bool writeAll(RemoteFile &f, const QByteArray &data, qint64 piece = 256 * 1024)
{
    for (qint64 at = 0; at < data.size(); at += piece) {
        if (f.write(data.constData() + at, std::min(piece, data.size() - at)) < 0)
            return false;
        while (f.bytesToWrite() > 8 * 1024 * 1024) {
            if (!f.waitForBytesWritten(30000))
                return !f.error().isError() && f.bytesToWrite() <= 8 * 1024 * 1024;
        }
    }
    return true;
}

// Writes `data` to a new file at `path` and closes it: what failed, or nothing.
QString putFile(Session &s, const QByteArray &path, const QByteArray &data, qint64 piece = 256 * 1024)
{
    std::unique_ptr<RemoteFile> w(s.open(path, QStringLiteral("w")));
    if (!writeAll(*w, data, piece))
        return QStringLiteral("writing %1: %2").arg(QString::fromUtf8(path), w->error().message());
    w->close();
    return w->error().isError() ? w->error().message() : QString();
}

} // namespace

class TestRemoteFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void modes()
    {
        QCOMPARE(RemoteFile::modeFromString(QStringLiteral("r")), std::optional<QIODevice::OpenMode>(QIODevice::ReadOnly));
        QCOMPARE(RemoteFile::modeFromString(QStringLiteral("w+")),
                 std::optional<QIODevice::OpenMode>(QIODevice::ReadWrite | QIODevice::Truncate));
        QCOMPARE(RemoteFile::modeFromString(QStringLiteral("ab")),
                 std::optional<QIODevice::OpenMode>(QIODevice::WriteOnly | QIODevice::Append));
        QVERIFY(!RemoteFile::modeFromString(QStringLiteral("x")));
    }

    void roundTripAtChunkEdges_data() { TestServer::addVersions(); }
    void roundTripAtChunkEdges()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        const QByteArray dir = TestServer::path(version, TestServer::scratchName("rt"));
        std::unique_ptr<Job>(s.mkdir(dir))->wait(30000);
        // Learn the chunks the session really uses.
        quint64 readChunk = 0, writeChunk = 0;
        {
            std::unique_ptr<RemoteFile> probe(s.open(dir + "/probe", QStringLiteral("w+")));
            QVERIFY2(probe->waitForOpened(30000), qPrintable(probe->error().message()));
            readChunk = probe->readChunkSize();
            writeChunk = probe->writeChunkSize();
            probe->close();
        }
        QVERIFY(readChunk > 0 && writeChunk > 0);
        QList<qint64> sizes{0, 1};
        for (quint64 c : {readChunk, writeChunk})
            sizes << qint64(c) - 1 << qint64(c) << qint64(c) + 1;
        for (qint64 size : std::as_const(sizes)) {
            const QByteArray data = TestServer::randomBytes(size, quint32(size));
            const QByteArray path = dir + "/f" + QByteArray::number(size);
            QCOMPARE(putFile(s, path, data), QString());
            std::unique_ptr<RemoteFile> r(s.open(path, QStringLiteral("r")));
            QVERIFY2(r->waitForOpened(30000), qPrintable(r->error().message()));
            QCOMPARE(r->size(), size);
            const QByteArray back = TestServer::readRemote(*r);
            QCOMPARE(back.size(), data.size());
            QCOMPARE(TestServer::sha256(back), TestServer::sha256(data));
        }
    }

    void bigRoundTripPipelined_data() { TestServer::addVersions(); }
    void bigRoundTripPipelined()
    {
        QFETCH(int, version);
        constexpr qint64 Size = 64 * 1024 * 1024;
        const QByteArray data = TestServer::randomBytes(Size, 64);
        Session s(TestServer::url(version));
        const QByteArray sub = TestServer::scratchName("big");
        const QByteArray path = TestServer::path(version, sub);
        {
            std::unique_ptr<RemoteFile> w(s.open(path, QStringLiteral("w")));
            QVERIFY(writeAll(*w, data, 4 * 1024 * 1024));
            w->close();
            QVERIFY2(!w->error().isError(), qPrintable(w->error().message()));
            QVERIFY2(w->mostWritesInFlight() >= 4, qPrintable(QString::number(w->mostWritesInFlight())));
        }
        QCOMPARE(QFileInfo(TestServer::localPath(sub)).size(), Size);
        std::unique_ptr<RemoteFile> r(s.open(path, QStringLiteral("r")));
        const QByteArray back = TestServer::readRemote(*r);
        QCOMPARE(back.size(), Size);
        QCOMPARE(TestServer::sha256(back), TestServer::sha256(data));
        QVERIFY2(r->mostReadsInFlight() >= 4, qPrintable(QString::number(r->mostReadsInFlight())));
        // Over NFSv3 a file this large is read over two more connections.
        QCOMPARE(r->mostReadConnections(), version == 3 ? 3 : 1);
    }

    void randomAccess_data() { TestServer::addVersions(); }
    void randomAccess()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        const QByteArray path = TestServer::path(version, TestServer::scratchName("ra"));
        QByteArray data = TestServer::randomBytes(300000, 7);
        QCOMPARE(putFile(s, path, data), QString());
        {
            // Overwrite in the middle, then read around it through the same device.
            std::unique_ptr<RemoteFile> f(s.open(path, QStringLiteral("r+")));
            QVERIFY(f->waitForOpened(30000));
            QVERIFY(f->seek(150000));
            QCOMPARE(f->write("MIDDLE"), qint64(6));
            QVERIFY(f->flush());
            data.replace(150000, 6, "MIDDLE");
            QVERIFY(f->seek(149998));
            QByteArray got;
            while (got.size() < 10) {
                got += f->read(10 - got.size());
                if (got.size() < 10)
                    QVERIFY(f->waitForReadyRead(30000));
            }
            QCOMPARE(got, data.mid(149998, 10));
            // Backwards and forwards again.
            QVERIFY(f->seek(10));
            QVERIFY(f->waitForReadyRead(30000));
            QCOMPARE(f->read(4), data.mid(10, 4));
            QVERIFY(f->seek(299990));
            QVERIFY(f->waitForReadyRead(30000));
            QCOMPARE(f->read(100), data.mid(299990));
            QVERIFY(f->atEnd());
            f->close();
            QVERIFY(!f->error().isError());
        }
        {
            std::unique_ptr<RemoteFile> a(s.open(path, QStringLiteral("a")));
            QCOMPARE(a->write("TAIL"), qint64(4));
            a->close();
            QVERIFY2(!a->error().isError(), qPrintable(a->error().message()));
            data += "TAIL";
        }
        {
            std::unique_ptr<RemoteFile> r(s.open(path, QStringLiteral("r")));
            QCOMPARE(TestServer::sha256(TestServer::readRemote(*r)), TestServer::sha256(data));
        }
        {
            std::unique_ptr<RemoteFile> t(s.open(path, QStringLiteral("r+")));
            QVERIFY(t->waitForOpened(30000));
            QVERIFY2(t->resize(1000), qPrintable(t->error().message()));
            QCOMPARE(t->size(), qint64(1000));
            t->close();
        }
        std::unique_ptr<StatJob> st(s.stat(path));
        QVERIFY(st->wait(30000));
        QCOMPARE(st->result().size, quint64(1000));
    }

    void missingFile_data() { TestServer::addVersions(); }
    void missingFile()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        std::unique_ptr<RemoteFile> r(s.open(TestServer::path(version, "no-such-file"), QStringLiteral("r")));
        QSignalSpy failed(r.get(), &RemoteFile::errorOccurred);
        QVERIFY(!r->waitForOpened(30000));
        QCOMPARE(r->error().kind(), NfsError::Kind::NotFound);
        QVERIFY2(r->error().message().contains(QLatin1String("no-such-file")), qPrintable(r->error().message()));
        QVERIFY(failed.wait(5000) || failed.size() == 1);
        char c;
        QCOMPARE(r->read(&c, 1), qint64(-1));
    }

    void contextFreeAndFull_data() { TestServer::addVersions(); }
    void contextFreeAndFull()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("cf");
        const NfsUrl url = TestServer::url(version, sub);
        {
            RemoteFile free(url);
            QVERIFY(free.open(QStringLiteral("w")));
            QCOMPARE(free.write("written context-free"), qint64(20));
            free.close();
            QVERIFY2(!free.error().isError(), qPrintable(free.error().message()));
        }
        Session s(TestServer::url(version));
        {
            std::unique_ptr<RemoteFile> r(s.open(url.path(), QStringLiteral("r")));
            QCOMPARE(TestServer::readRemote(*r), QByteArray("written context-free"));
            std::unique_ptr<RemoteFile> w(s.open(url.path(), QStringLiteral("w")));
            QCOMPARE(w->write("and back"), qint64(8));
            w->close();
        }
        RemoteFile again(url);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(TestServer::readRemote(again), QByteArray("and back"));
    }

    void readerThreadWithoutEventLoop_data() { TestServer::addVersions(); }
    void readerThreadWithoutEventLoop()
    {
        QFETCH(int, version);
        const QByteArray data = TestServer::randomBytes(3 * 1024 * 1024 + 17, 3);
        const QByteArray sub = TestServer::scratchName("th");
        Session s(TestServer::url(version));
        QCOMPARE(putFile(s, TestServer::path(version, sub), data), QString());
        QByteArray got;
        std::thread reader([&] {
            // The device belongs to this thread, which runs no event loop.
            RemoteFile f(&s, TestServer::path(version, sub));
            if (f.open(QIODevice::ReadOnly))
                got = TestServer::readRemote(f);
        });
        reader.join();
        QCOMPARE(TestServer::sha256(got), TestServer::sha256(data));
    }

    // readInPlace hands the file's bytes in order and once, both from the
    // read-ahead and from a reply held for the waiting reader (a sink that does
    // not block), also from a seek into the middle of a chunk; a sink that
    // fails stops the read there and says so.
    void readInPlace_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("sinkMayBlock");
        QTest::newRow("v3, sink may block") << 3 << true;
        QTest::newRow("v3, sink does not block") << 3 << false;
        QTest::newRow("v4, sink does not block") << 4 << false;
    }
    void readInPlace()
    {
        QFETCH(int, version);
        QFETCH(bool, sinkMayBlock);
        const QByteArray data = TestServer::randomBytes(9 * 1024 * 1024 + 333, 9);
        const QByteArray sub = TestServer::scratchName("inplace");
        Session s(TestServer::url(version));
        QCOMPARE(putFile(s, TestServer::path(version, sub), data, 4 * 1024 * 1024), QString());
        const auto drain = [&](RemoteFile &f, qint64 max, qint64 stopAfter, bool *sinkFailed) {
            QByteArray got;
            const RemoteFile::Sink sink = [&](const char *bytes, qint64 n) {
                got.append(bytes, n);
                return got.size() < stopAfter;
            };
            while (true) {
                const qint64 n = f.readInPlace(max, sink, sinkMayBlock, sinkFailed);
                if (n < 0)
                    return got + "<stopped>";
                if (n == 0 && f.atEnd())
                    return got;
                if (n == 0 && !f.waitForReadyRead(30000) && !f.atEnd())
                    return got + "<stalled>";
            }
        };
        std::thread reader([&] {
            RemoteFile f(&s, TestServer::path(version, sub));
            if (!f.open(QIODevice::ReadOnly))
                return;
            bool sinkFailed = true;
            const QByteArray whole = drain(f, 1024 * 1024, std::numeric_limits<qint64>::max(), &sinkFailed);
            QCOMPARE(whole.size(), data.size());
            QVERIFY(whole == data);
            QVERIFY(!sinkFailed);
            QCOMPARE(f.pos(), qint64(data.size()));
            // From inside a chunk, in pieces smaller than one.
            const qint64 from = 1024 * 1024 + 4097;
            QVERIFY(f.seek(from));
            const QByteArray tail = drain(f, 300 * 1000, std::numeric_limits<qint64>::max(), &sinkFailed);
            QVERIFY(tail == data.mid(from));
            // A sink that fails after 2 MiB: -1, and the sink's failure, not the file's.
            QVERIFY(f.seek(0));
            const QByteArray part = drain(f, 1024 * 1024, 2 * 1024 * 1024, &sinkFailed);
            QVERIFY(part.endsWith("<stopped>"));
            QVERIFY(sinkFailed);
            QVERIFY(!f.error().isError());
            QVERIFY(part.chopped(9) == data.left(part.size() - 9));
        });
        reader.join();
    }

    // pushTo: the session thread gives the bytes to the sink itself, with
    // their offsets, once, from where the reader stood (with a read-ahead
    // already filled): in order, or in any order for a target written at
    // offsets; readInPlace only counts them, up to the first gap; seek() is
    // refused meanwhile. Ending it halfway loses nothing: pos() covers every
    // byte counted, and read() goes on from there. A sink that fails stops it.
    void pushTo_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("anyOrder");
        QTest::newRow("v3, in order") << 3 << false;
        QTest::newRow("v3, any order") << 3 << true;
        QTest::newRow("v4, any order") << 4 << true;
    }
    void pushTo()
    {
        QFETCH(int, version);
        QFETCH(bool, anyOrder);
        const QByteArray data = TestServer::randomBytes(9 * 1024 * 1024 + 333, 19);
        const QByteArray sub = TestServer::scratchName("push");
        Session s(TestServer::url(version));
        QCOMPARE(putFile(s, TestServer::path(version, sub), data, 4 * 1024 * 1024), QString());
        std::thread reader([&] {
            RemoteFile f(&s, TestServer::path(version, sub));
            if (!f.open(QIODevice::ReadOnly))
                return;
            const auto self = std::this_thread::get_id();
            // What the target holds, written where each piece says.
            QByteArray image(data.size(), '\0');
            const auto put = [&](qint64 at, const char *bytes, qint64 n) {
                std::memcpy(image.data() + at, bytes, size_t(n));
            };
            bool sane = true;       // within the file, and in order unless anyOrder
            bool onOtherThread = true;
            qint64 next = 0;        // where an in-order piece must start
            qint64 given = 0;
            int slowMs = 0;
            qint64 failAfter = std::numeric_limits<qint64>::max();
            const RemoteFile::PushSink sink = [&](qint64 at, const char *bytes, qint64 n) {
                sane = sane && at >= 0 && n > 0 && at + n <= data.size() && (anyOrder || at == next);
                onOtherThread = onOtherThread && std::this_thread::get_id() != self;
                std::this_thread::sleep_for(std::chrono::milliseconds(slowMs));
                if (sane)
                    put(at, bytes, n);
                next = at + n;
                given += n;
                return given < failAfter;
            };
            QVERIFY(f.waitForReadyRead(30000));   // a read-ahead to start from
            const QByteArray first = f.read(100);
            QCOMPARE(first.size(), 100);
            put(0, first.constData(), 100);
            next = 100;
            const RemoteFile::Sink unused = [](const char *, qint64) { return false; };
            const auto count = [&](qint64 until, bool *sinkFailed) {
                qint64 counted = 0;
                const QDeadlineTimer deadline(30000);
                while (!deadline.hasExpired()) {
                    const qint64 n = f.readInPlace(1024 * 1024, unused, false, sinkFailed);
                    if (n < 0)
                        return qint64(-1);
                    counted += n;
                    if (counted >= until || (n == 0 && f.atEnd()))
                        break;
                    if (n == 0)
                        f.waitForReadyRead(50);
                }
                return counted;
            };
            // A slow target at first (20 ms a call), so that push mode ends halfway.
            slowMs = 20;
            f.pushTo(sink, anyOrder);
            QVERIFY(!f.seek(0));
            bool sinkFailed = true;
            const qint64 counted = count(3 * 1024 * 1024, &sinkFailed);
            QVERIFY(counted >= 3 * 1024 * 1024);
            QVERIFY(!sinkFailed);
            f.pushTo(nullptr);
            const qint64 stoppedAt = f.pos();
            QVERIFY(stoppedAt < data.size());
            QVERIFY(anyOrder ? given >= stoppedAt - 100 : given == stoppedAt - 100);
            const qint64 givenWhenStopped = given;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            QCOMPARE(given, givenWhenStopped);   // not called after pushTo(nullptr)
            QVERIFY(f.seek(stoppedAt));
            // read() goes on where the pushing ended.
            QVERIFY(f.waitForReadyRead(30000));
            const QByteArray middle = f.read(1024 * 1024 + 5);
            QVERIFY(!middle.isEmpty());
            put(stoppedAt, middle.constData(), middle.size());
            next = f.pos();
            // And pushing again, quickly, to the end.
            slowMs = 0;
            f.pushTo(sink, anyOrder);
            QVERIFY(count(std::numeric_limits<qint64>::max(), &sinkFailed) > 0);
            QVERIFY(!sinkFailed);
            QVERIFY(f.atEnd());
            QCOMPARE(f.pos(), qint64(data.size()));
            QVERIFY(sane);
            QVERIFY(image == data);
            QVERIFY(onOtherThread);
            f.pushTo(nullptr);
            // A sink that fails after 2 MiB: -1, the sink's failure, not the file's.
            QVERIFY(f.seek(0));
            next = 0;
            given = 0;
            failAfter = 2 * 1024 * 1024;
            f.pushTo(sink, anyOrder);
            QCOMPARE(count(std::numeric_limits<qint64>::max(), &sinkFailed), qint64(-1));
            QVERIFY(sinkFailed);
            QVERIFY(!f.error().isError());
            QVERIFY(given < data.size());
        });
        reader.join();
    }

    // How many READs are out follows the link: over one whose replies take
    // 20 ms (the tampering proxy, delaying only), a file allowed 16 soon has
    // them all out; on loopback a few are enough (remotefilebackend.cpp,
    // the window). The bytes come back whole either way.
    void readWindowFollowsTheLink()
    {
        const QByteArray data = TestServer::randomBytes(12 * 1024 * 1024 + 5, 23);
        const QByteArray sub = TestServer::scratchName("far");
        {
            Session s(TestServer::url(3));
            QCOMPARE(putFile(s, TestServer::path(3, sub), data, 4 * 1024 * 1024), QString());
        }
        TamperingProxy proxy(2049, {}, 20);
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        // NFS through the proxy; MOUNT straight to the server.
        const QString url = QStringLiteral("nfs://127.0.0.1:%1%2?mountport=20048")
                                .arg(proxy.port())
                                .arg(QString::fromLatin1(TestServer::path(3, sub).toPercentEncoding("/")));
        RemoteFile far(NfsUrl::parse(url));
        far.setMaxInFlight(16);
        QVERIFY2(far.open(QIODevice::ReadOnly), qPrintable(far.error().message()));
        const QByteArray back = TestServer::readRemote(far);
        QCOMPARE(back.size(), data.size());
        QCOMPARE(TestServer::sha256(back), TestServer::sha256(data));
        QVERIFY2(far.mostReadsInFlight() >= 12, qPrintable(QString::number(far.mostReadsInFlight())));
    }

    void droppedWithReadsInFlight_data() { TestServer::addVersions(); }
    void droppedWithReadsInFlight()
    {
        QFETCH(int, version);
        const QByteArray data = TestServer::randomBytes(8 * 1024 * 1024, 5);
        const QByteArray sub = TestServer::scratchName("drop");
        Session s(TestServer::url(version));
        QCOMPARE(putFile(s, TestServer::path(version, sub), data), QString());
        for (int i = 0; i < 10; ++i) {
            std::unique_ptr<RemoteFile> r(s.open(TestServer::path(version, sub), QStringLiteral("r")));
            if (i % 2)
                r->waitForReadyRead(30000);
            r->seek(i * 100000);
            r.reset();   // with reads in flight
        }
        // The session goes on, and the file is whole.
        std::unique_ptr<RemoteFile> r(s.open(TestServer::path(version, sub), QStringLiteral("r")));
        const QByteArray back = TestServer::readRemote(*r);
        QVERIFY2(!r->error().isError(), qPrintable(r->error().message()));
        QCOMPARE(back.size(), data.size());
        QCOMPARE(TestServer::sha256(back), TestServer::sha256(data));
    }

    void signalsOnTheOwnersThread_data() { TestServer::addVersions(); }
    void signalsOnTheOwnersThread()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        std::unique_ptr<RemoteFile> r(s.open(TestServer::path(version, "hello.txt"), QStringLiteral("r")));
        QSignalSpy opened(r.get(), &RemoteFile::opened);
        QSignalSpy ready(r.get(), &QIODevice::readyRead);
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() > 0, 30000);
        QCOMPARE(r->readAll(), QByteArray("hello\n"));
        QVERIFY(r->atEnd());
    }
};

QTEST_GUILESS_MAIN(TestRemoteFile)
#include "tst_remotefile.moc"
