// SPDX-License-Identifier: GPL-3.0-or-later
// Transfers against a server that stops answering (frozen with SIGSTOP by the
// rig): an upload fails within the session's timeout and a second, its
// clean-up does not hold the ending, and the temporary file it could not
// remove is named as a partial copy; a cancel ends within a second, also
// while the copy waits for its last WRITEs and CLOSE; nfsnav interrupted
// there exits at once, whatever it was waiting for. Errors name the user's file.
#include "session.h"
#include "testserver.h"
#include "transfer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int TimeoutSeconds = 2;
// libnfs 4.0 checks its timeouts in whole seconds from a 100 ms service tick.
constexpr qint64 SlackMs = 600;

// A FIFO the test writes when it chooses (its O_RDWR end never blocks).
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
        return fd >= 0 && ::fcntl(fd, F_SETPIPE_SZ, 1024 * 1024) > 0;
    }
    bool put(qint64 n) const
    {
        const QByteArray data(n, 'u');
        return ::write(fd, data.constData(), size_t(n)) == n;
    }
    // The writing end closes: the reader sees the end of its data.
    void end()
    {
        ::close(fd);
        fd = -1;
    }
    ~Fifo()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Whether process `pid` has a handler for SIGINT (SigCgt in /proc/PID/status).
bool catchesSigint(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGINT - 1)) & 1;
    }
    return false;
}

} // namespace

class TestTransferFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void cleanup()
    {
        TestServer::rig({QStringLiteral("thaw")});
    }

    void frozenUploadEndsInTime_data() { TestServer::addVersions(); }
    void frozenUploadEndsInTime()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        Fifo fifo;
        QVERIFY(fifo.make(local.filePath(QStringLiteral("fifo"))));
        Session s(TestServer::url(version, {}, QStringLiteral("timeout=%1").arg(TimeoutSeconds)));
        const QByteArray sub = TestServer::scratchName("frozen");
        const QByteArray remote = TestServer::path(version, sub);
        std::unique_ptr<Transfer> up(Transfer::copy(TransferEndpoint::local(fifo.path), TransferEndpoint::remote(&s, remote)));
        QVERIFY(fifo.put(64 * 1024));
        QTRY_COMPARE_WITH_TIMEOUT(up->bytesDone(), qint64(64 * 1024), 30000);
        QVERIFY(TestServer::rig({QStringLiteral("freeze")}));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(fifo.put(512 * 1024));   // WRITEs nobody answers
        QVERIFY(up->wait(60000));
        const qint64 took = clock.elapsed();
        QVERIFY2(took <= TimeoutSeconds * 1000 + 1000 + SlackMs, qPrintable(QString::number(took)));
        const QString message = up->error().message();
        QCOMPARE(up->error().kind(), NfsError::Kind::Timeout);
        // The user's name first; the temporary only as the partial copy left behind.
        const QString partial = QStringLiteral("a partial copy was left as");
        QVERIFY2(message.contains(QString::fromUtf8(sub)), qPrintable(message));
        QVERIFY2(message.contains(partial), qPrintable(message));
        QVERIFY2(!message.left(message.indexOf(partial)).contains(QLatin1String(".nfsnav-")), qPrintable(message));
        QVERIFY(TestServer::rig({QStringLiteral("thaw")}));
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub)));
    }

    void cancelOnFrozenServer_data() { TestServer::addVersions(); }
    void cancelOnFrozenServer()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        Fifo fifo;
        QVERIFY(fifo.make(local.filePath(QStringLiteral("fifo"))));
        Session s(TestServer::url(version, {}, QStringLiteral("timeout=%1").arg(TimeoutSeconds * 5)));
        const QByteArray sub = TestServer::scratchName("cancel");
        std::unique_ptr<Transfer> up(Transfer::copy(TransferEndpoint::local(fifo.path),
                                                    TransferEndpoint::remote(&s, TestServer::path(version, sub))));
        QVERIFY(fifo.put(64 * 1024));
        QTRY_COMPARE_WITH_TIMEOUT(up->bytesDone(), qint64(64 * 1024), 30000);
        QVERIFY(TestServer::rig({QStringLiteral("freeze")}));
        QVERIFY(fifo.put(512 * 1024));
        QTRY_VERIFY_WITH_TIMEOUT(up->bytesDone() > 64 * 1024, 30000);
        QElapsedTimer clock;
        clock.start();
        up->cancel();
        QVERIFY(up->wait(10000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(up->error().kind(), NfsError::Kind::Cancelled);
        QVERIFY(TestServer::rig({QStringLiteral("thaw")}));
    }

    // A cancel does not wait for answers that do not come: to the OPEN of
    // the temporary file ("opening"); to the CLOSE of the clean-up after all
    // WRITEs were answered ("idle"); to the last WRITEs and the CLOSE once the
    // source has ended ("closing").
    void cancelWhileWaitingOnFrozenServer_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("at");
        for (const int version : {3, 4}) {
            for (const char *at : {"opening", "idle", "closing"})
                QTest::addRow("v%d %s", version, at) << version << QString::fromLatin1(at);
        }
    }
    void cancelWhileWaitingOnFrozenServer()
    {
        QFETCH(int, version);
        QFETCH(QString, at);
        QTemporaryDir local;
        Fifo fifo;
        QVERIFY(fifo.make(local.filePath(QStringLiteral("fifo"))));
        Session s(TestServer::url(version, {}, QStringLiteral("timeout=%1").arg(TimeoutSeconds * 5)));
        const QByteArray sub = TestServer::scratchName("waiting");
        const QByteArray remote = TestServer::path(version, sub);
        std::unique_ptr<Transfer> up;
        if (at == QLatin1String("opening")) {
            // Mounted first, so that the OPEN is what meets the silence.
            std::unique_ptr<StatJob> st(s.stat(TestServer::path(version, "scratch")));
            QVERIFY(st->wait(30000));
            QVERIFY2(!st->error(), qPrintable(st->error().message()));
            QVERIFY(TestServer::rig({QStringLiteral("freeze")}));
            up.reset(Transfer::copy(TransferEndpoint::local(fifo.path), TransferEndpoint::remote(&s, remote)));
        } else {
            up.reset(Transfer::copy(TransferEndpoint::local(fifo.path), TransferEndpoint::remote(&s, remote)));
            QVERIFY(fifo.put(64 * 1024));
            QTRY_COMPARE_WITH_TIMEOUT(up->bytesDone(), qint64(64 * 1024), 30000);
            QVERIFY(TestServer::rig({QStringLiteral("freeze")}));
            if (at == QLatin1String("closing"))
                fifo.end();
        }
        QTest::qWait(300);   // the copy waits for the server
        QVERIFY(!up->isFinished());
        QElapsedTimer clock;
        clock.start();
        up->cancel();
        QVERIFY(up->wait(10000));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(up->error().kind(), NfsError::Kind::Cancelled);
        QVERIFY(TestServer::rig({QStringLiteral("thaw")}));
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub)));
    }

    // nfsnav interrupted while the server is silent: out at once, exit 130.
    // "starting": frozen as soon as the command runs, so that whatever it is
    // at (mounting, the OPEN of its temporary file) gets no answer;
    // "writing": frozen once its temporary file exists, with WRITEs to come.
    void interruptOnFrozenServer_data()
    {
        QTest::addColumn<bool>("waitForTemporary");
        QTest::newRow("starting") << false;
        QTest::newRow("writing") << true;
    }
    void interruptOnFrozenServer()
    {
        QFETCH(bool, waitForTemporary);
        const QByteArray sub = TestServer::scratchName("int");
        QProcess p;
        p.start(TestServer::nfsnavPath(), {QStringLiteral("put"), QStringLiteral("-"),
                                           TestServer::urlText(3, sub, QStringLiteral("timeout=20"))});
        QVERIFY(p.waitForStarted());
        // A SIGINT before nfsnav's handler is in place would end it by the signal itself
        // (seen under ASan, whose start is slow).
        QTRY_VERIFY_WITH_TIMEOUT(catchesSigint(p.processId()), 30000);
        p.write(QByteArray(64 * 1024, 'i'));
        if (waitForTemporary) {
            // This upload's own temporary file, not one an earlier test left in the folder.
            const qsizetype slash = sub.lastIndexOf('/');
            const QDir onServer(TestServer::localPath(sub.left(slash)));
            const QString pattern = QLatin1Char('.') + QString::fromUtf8(sub.mid(slash + 1)) + QStringLiteral(".nfsnav-*");
            QTRY_VERIFY_WITH_TIMEOUT(!onServer.entryList({pattern}, QDir::Files | QDir::Hidden).isEmpty(), 30000);
        }
        QVERIFY(TestServer::rig({QStringLiteral("freeze")}));
        p.write(QByteArray(256 * 1024, 'i'));
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p.processId()), SIGINT);
        const bool ended = p.waitForFinished(10000);
        if (!ended)
            p.kill();
        QVERIFY2(ended, "nfsnav still ran 10 s after SIGINT");
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 130,
                 qPrintable(QStringLiteral("exit status %1, code %2: %3")
                                .arg(int(p.exitStatus()))
                                .arg(p.exitCode())
                                .arg(QString::fromLocal8Bit(p.readAllStandardError()))));
        QVERIFY(TestServer::rig({QStringLiteral("thaw")}));
    }

    // An upload from a named pipe nobody writes to waits for a writer, and
    // an interrupt ends that wait; a writer that comes later is read to its end.
    void namedPipeWaitsForAWriter_data()
    {
        QTest::addColumn<bool>("writerComes");
        QTest::newRow("interrupted") << false;
        QTest::newRow("writer comes") << true;
    }
    void namedPipeWaitsForAWriter()
    {
        QFETCH(bool, writerComes);
        QTemporaryDir local;
        const QString fifo = local.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QByteArray sub = TestServer::scratchName("pipe");
        QProcess p;
        p.start(TestServer::nfsnavPath(), {QStringLiteral("put"), fifo, TestServer::urlText(3, sub)});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(catchesSigint(p.processId()), 30000);
        QTest::qWait(500);   // it waits for a writer, with no end of data
        QVERIFY(p.state() == QProcess::Running);
        if (writerComes) {
            const QByteArray data = TestServer::randomBytes(3 * 1024 * 1024 + 5, 9);
            QFile writer(fifo);
            QVERIFY(writer.open(QIODevice::WriteOnly));
            QCOMPARE(writer.write(data), qint64(data.size()));
            writer.close();
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
            QCOMPARE(TestServer::readLocal(TestServer::localPath(sub)), data);
            return;
        }
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p.processId()), SIGINT);
        const bool ended = p.waitForFinished(10000);
        if (!ended) {
            p.kill();
            p.waitForFinished(5000);
        }
        QVERIFY2(ended, "nfsnav still waited for a writer 10 s after SIGINT");
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub)));
        const qsizetype slash = sub.lastIndexOf('/');
        const QString pattern = QLatin1Char('.') + QString::fromUtf8(sub.mid(slash + 1)) + QStringLiteral(".nfsnav-*");
        QCOMPARE(QDir(TestServer::localPath(sub.left(slash))).entryList({pattern}, QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTransferFaults)
#include "tst_transferfaults.moc"
