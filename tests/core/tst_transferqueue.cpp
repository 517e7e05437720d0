// SPDX-License-Identifier: GPL-3.0-or-later
// TransferQueue against the real test server: several transfers at once, each
// on a connection of its own and never more than maxRunning; pause stops the
// bytes and resume goes on; a queued transfer cancels at once; a failure stays
// listed with its reason and retries as a new job; a program that ends with a
// transfer running exits.
#include "remotefile.h"
#include "session.h"
#include "testserver.h"
#include "transferqueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Established TCP connections to an NFS port (2049) in this network
// namespace: the test server's own, so the suite's and nothing else.
int nfsConnections()
{
    int count = 0;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        f.readLine();   // the header
        while (!f.atEnd()) {
            const QList<QByteArray> fields = f.readLine().simplified().split(' ');
            // "sl local_address rem_address st ...": remote port 0801, state 01 (ESTABLISHED)
            if (fields.size() > 3 && fields.at(2).endsWith(":0801") && fields.at(3) == "01")
                ++count;
        }
    }
    return count;
}

// A FIFO whose writing end the test holds open (O_RDWR never blocks), so a
// transfer reading it waits for data the test gives it when it chooses.
struct Fifo
{
    QString path;
    int fd = -1;
    bool make(const QString &at)
    {
        path = at;
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            return false;
        fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        return fd >= 0;
    }
    bool put(const QByteArray &data) const
    {
        return ::write(fd, data.constData(), size_t(data.size())) == data.size();
    }
    void close()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    ~Fifo() { close(); }
};

TransferRequest upload(const QString &local, const NfsUrl &target)
{
    TransferRequest r;
    r.from = TransferPlace::local(local);
    r.to = TransferPlace::remote(target);
    return r;
}

// A file's bytes read back over NFS.
QByteArray remoteBytes(Session &s, const QByteArray &path)
{
    std::unique_ptr<RemoteFile> f(s.open(path, QIODevice::ReadOnly));
    if (!f->waitForOpened(30000))
        return "<cannot open>";
    QByteArray all;
    while (true) {
        all += f->readAll();
        if (f->atEnd() || f->error())
            break;
        if (!f->waitForReadyRead(30000))
            return "<read timed out>";
    }
    return all;
}

} // namespace

class TestTransferQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void threeAtOnceOnThreeConnections_data() { TestServer::addVersions(); }
    void threeAtOnceOnThreeConnections()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        const QByteArray dir = TestServer::scratchName("three");
        Session s(TestServer::url(version));
        QVERIFY(TestServer::finishes(owned(s.mkdir(TestServer::path(version, dir))).get()));
        // Nothing else holds a connection while the queue runs.
        QTRY_COMPARE_WITH_TIMEOUT(nfsConnections(), 1, 30000);
        const int before = nfsConnections();

        // Made before the queue, so they outlive it: a transfer that opens its
        // FIFO after the test failed finds a writer and sees the cancel.
        std::vector<std::unique_ptr<Fifo>> fifos;
        TransferQueue queue;
        QCOMPARE(queue.maxRunning(), TransferQueue::DefaultMaxRunning);
        QList<TransferJob *> jobs;
        for (int i = 0; i < 5; ++i) {
            fifos.push_back(std::make_unique<Fifo>());
            QVERIFY(fifos.back()->make(local.filePath(QStringLiteral("fifo%1").arg(i))));
            jobs.append(queue.add(upload(fifos.back()->path,
                                         TestServer::url(version, dir + "/f" + QByteArray::number(i)))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(queue.runningCount(), 3, 30000);
        QCOMPARE(queue.queuedCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(queue.sessionCount(), 3, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(nfsConnections(), before + 3, 30000);
        QCOMPARE(jobs.at(3)->state(), TransferJob::State::Queued);
        QCOMPARE(jobs.at(0)->state(), TransferJob::State::Running);

        for (int i = 0; i < 5; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(jobs.at(i)->state(), TransferJob::State::Running, 30000);
            QVERIFY(fifos.at(i)->put("file " + QByteArray::number(i)));
            fifos.at(i)->close();
            QVERIFY(jobs.at(i)->wait(60000));
            QVERIFY2(!jobs.at(i)->error(), qPrintable(jobs.at(i)->error().message()));
        }
        QCOMPARE(queue.mostRunning(), 3);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(remoteBytes(s, TestServer::path(version, dir + "/f" + QByteArray::number(i))),
                     "file " + QByteArray::number(i));
        QTRY_COMPARE_WITH_TIMEOUT(queue.sessionCount(), 0, 30000);
        QCOMPARE(queue.totals().transfers, 0);
    }

    void pauseStopsTheBytes_data() { TestServer::addVersions(); }
    void pauseStopsTheBytes()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        const QByteArray dir = TestServer::scratchName("pause");
        Session s(TestServer::url(version));
        QVERIFY(TestServer::finishes(owned(s.mkdir(TestServer::path(version, dir))).get()));
        Fifo fifo;
        QVERIFY(fifo.make(local.filePath(QStringLiteral("fifo"))));
        QVERIFY(::fcntl(fifo.fd, F_SETPIPE_SZ, 1024 * 1024) > 0);
        const QByteArray first = TestServer::randomBytes(64 * 1024, 1);
        const QByteArray second = TestServer::randomBytes(64 * 1024, 2);

        TransferQueue queue;
        TransferJob *job = queue.add(upload(fifo.path, TestServer::url(version, dir + "/paused")));
        QVERIFY(fifo.put(first));
        QTRY_COMPARE_WITH_TIMEOUT(job->bytesDone(), qint64(first.size()), 30000);
        job->pause();
        QCOMPARE(job->state(), TransferJob::State::Paused);
        QVERIFY(fifo.put(second));
        // What reached the server: the temporary file, as the server holds it.
        const QDir onServer(TestServer::localPath(dir));
        const auto storedBytes = [&] {
            const QFileInfoList temps = onServer.entryInfoList({QStringLiteral(".paused.nfsnav-*")}, QDir::Files | QDir::Hidden);
            return temps.size() == 1 ? temps.first().size() : qint64(-1);
        };
        QTRY_COMPARE_WITH_TIMEOUT(storedBytes(), qint64(first.size()), 30000);
        // A negative, watched for a while: not a byte moves while paused,
        // neither in the engine nor on the server.
        QElapsedTimer watched;
        watched.start();
        while (watched.elapsed() < 1500) {
            QTest::qWait(50);
            QCOMPARE(job->bytesDone(), qint64(first.size()));
            QCOMPARE(storedBytes(), qint64(first.size()));
        }
        QVERIFY(!job->isFinished());
        job->resume();
        QTRY_COMPARE_WITH_TIMEOUT(job->bytesDone(), qint64(first.size() + second.size()), 30000);
        fifo.close();
        QVERIFY(job->wait(60000));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->state(), TransferJob::State::Finished);
        QCOMPARE(remoteBytes(s, TestServer::path(version, dir + "/paused")), first + second);
    }

    // A program that ends with a transfer running in the application's queue
    // (the window closed and its transfers cancelled) exits: the queue ends
    // while events are still delivered, so the sessions its transfers close
    // hear their threads' quit. The child is this suite's own process, asked
    // by NFSNAV_QUEUE_EXIT_CHILD to start an upload, cancel it and return.
    void exitsWithATransferRunning()
    {
        const QByteArray child = qgetenv("NFSNAV_QUEUE_EXIT_CHILD");
        if (!child.isEmpty()) {
            // Held open until the process has ended, so the upload waits for data.
            static Fifo fifo;
            QVERIFY(fifo.make(QFile::decodeName(child) + QStringLiteral("/fifo")));
            TransferQueue *queue = TransferQueue::application();
            TransferJob *job = queue->add(upload(fifo.path, NfsUrl::parse(qEnvironmentVariable("NFSNAV_QUEUE_EXIT_TARGET"))));
            QTRY_COMPARE_WITH_TIMEOUT(job->state(), TransferJob::State::Running, 30000);
            queue->cancel(job);   // as the window does when it closes; the process ends now
            return;
        }
        const int version = 3;
        QTemporaryDir local;
        const QByteArray dir = TestServer::scratchName("exit");
        Session s(TestServer::url(version));
        QVERIFY(TestServer::finishes(owned(s.mkdir(TestServer::path(version, dir))).get()));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NFSNAV_QUEUE_EXIT_CHILD"), local.path());
        env.insert(QStringLiteral("NFSNAV_QUEUE_EXIT_TARGET"), TestServer::url(version, dir + "/up").toString());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("exitsWithATransferRunning")});
        const bool ended = p.waitForFinished(30000);
        if (!ended) {
            p.kill();
            p.waitForFinished();
        }
        const QString output = QString::fromLocal8Bit(p.readAll());
        QVERIFY2(ended, qPrintable(QStringLiteral("still running after 30 s:\n") + output));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("PASS   : TestTransferQueue::exitsWithATransferRunning()")), qPrintable(output));
    }

    void cancelQueuedAndRunning()
    {
        const int version = 3;
        QTemporaryDir local;
        const QByteArray dir = TestServer::scratchName("cancel");
        Session s(TestServer::url(version));
        QVERIFY(TestServer::finishes(owned(s.mkdir(TestServer::path(version, dir))).get()));
        Fifo fifo;
        QVERIFY(fifo.make(local.filePath(QStringLiteral("fifo"))));
        QVERIFY(TestServer::writeLocal(local.filePath(QStringLiteral("small")), "small"));

        TransferQueue queue;
        queue.setMaxRunning(1);
        TransferJob *running = queue.add(upload(fifo.path, TestServer::url(version, dir + "/running")));
        TransferJob *queued = queue.add(upload(local.filePath(QStringLiteral("small")),
                                               TestServer::url(version, dir + "/queued")));
        QTRY_COMPARE_WITH_TIMEOUT(running->state(), TransferJob::State::Running, 30000);
        QCOMPARE(queued->state(), TransferJob::State::Queued);
        queue.cancel(queued);
        QVERIFY(queued->wait(1000));
        QCOMPARE(queued->state(), TransferJob::State::Cancelled);

        // Waiting for data that does not come: a cancel still ends it within a second.
        QElapsedTimer clock;
        clock.start();
        queue.cancel(running);
        QVERIFY(running->wait(5000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(running->state(), TransferJob::State::Cancelled);
        // Neither under its name nor as a temporary file.
        std::unique_ptr<DirectoryListing> listing(s.list(TestServer::path(version, dir)));
        QVERIFY(listing->wait(30000));
        QVERIFY2(!listing->error(), qPrintable(listing->error().message()));
        QCOMPARE(listing->takeEntries().size(), 0);
        queue.clearFinished();
        QTRY_COMPARE(queue.jobs().size(), 0);
    }

    void failureStaysAndRetries()
    {
        const int version = 4;
        QTemporaryDir local;
        const QByteArray dir = TestServer::scratchName("retry");
        Session s(TestServer::url(version));
        QVERIFY(TestServer::finishes(owned(s.mkdir(TestServer::path(version, dir))).get()));
        const QString source = local.filePath(QStringLiteral("later"));

        TransferQueue queue;
        TransferJob *failed = queue.add(upload(source, TestServer::url(version, dir + "/later")));
        QVERIFY(failed->wait(30000));
        QCOMPARE(failed->state(), TransferJob::State::Failed);
        QVERIFY2(failed->error().message().contains(QLatin1String("later")), qPrintable(failed->error().message()));
        QVERIFY(TestServer::writeLocal(source, "now here"));
        TransferJob *again = queue.retry(failed);
        QVERIFY(again != failed);
        QVERIFY(again->wait(30000));
        QVERIFY2(!again->error(), qPrintable(again->error().message()));
        QCOMPARE(queue.jobs().size(), 2);
        QCOMPARE(failed->state(), TransferJob::State::Failed);   // still listed with its reason
        QCOMPARE(remoteBytes(s, TestServer::path(version, dir + "/later")), QByteArray("now here"));
    }
};

QTEST_GUILESS_MAIN(TestTransferQueue)
#include "tst_transferqueue.moc"
