// SPDX-License-Identifier: GPL-3.0-or-later
// Session against a server that stops answering: requests end within the
// timeout (plus the allowed slack) with words that say so, and the same
// Session works again once packets flow. Runs on a server of its own.
#include "session.h"
#include "remotefile.h"
#include "testserver.h"
#include "transfer.h"

#include <QDir>
#include <QTemporaryDir>

#include <QElapsedTimer>
#include <QTest>

#include <memory>

class TestSessionFaults : public QObject
{
    Q_OBJECT

    static constexpr int TimeoutSeconds = 3;
    // "fails within timeout + 2 s"
    static constexpr qint64 SlackMs = 2000;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void cleanup()
    {
        // Never leave the server blocked for the next test, whatever failed.
        TestServer::rig({QStringLiteral("undrop")});
    }

    void droppedPacketsTimeOut_data() { TestServer::addVersions(); }
    void droppedPacketsTimeOut()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version, {}, QStringLiteral("timeout=%1").arg(TimeoutSeconds)));
        const QByteArray hello = TestServer::path(version, "hello.txt");
        {
            std::unique_ptr<StatJob> warm(s.stat(hello));
            QVERIFY(warm->wait(30000));
            QVERIFY2(!warm->error(), qPrintable(warm->error().message()));
        }
        QVERIFY(TestServer::rig({QStringLiteral("drop")}));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<StatJob> stalled(s.stat(hello));
        QVERIFY(stalled->wait(60000));
        const qint64 took = clock.elapsed();
        QCOMPARE(stalled->error().kind(), NfsError::Kind::Timeout);
        QVERIFY2(stalled->error().message().contains(QStringLiteral("did not answer in %1 s").arg(TimeoutSeconds)),
                 qPrintable(stalled->error().message()));
        QVERIFY2(took <= TimeoutSeconds * 1000 + SlackMs, qPrintable(QString::number(took)));
        QVERIFY2(took >= TimeoutSeconds * 1000 - 1000, qPrintable(QString::number(took)));
        // A time-out is no answer: the session stays "not answering" after it.
        QCOMPARE(s.state(), Session::State::NotAnswering);
        QVERIFY(TestServer::rig({QStringLiteral("undrop")}));
        // The same Session answers again; a reconnect may take a moment, so a
        // few tries are allowed, each a real request.
        QElapsedTimer again;
        again.start();
        NfsError last;
        do {
            std::unique_ptr<StatJob> retry(s.stat(hello));
            QVERIFY(retry->wait(60000));
            last = retry->error();
            if (!last)
                break;
        } while (again.elapsed() < 30000);
        QVERIFY2(!last, qPrintable(last.message()));
        QCOMPARE(s.state(), Session::State::Connected);
    }

    void silentServerAtMount_data() { droppedPacketsTimeOut_data(); }
    void silentServerAtMount()
    {
        QFETCH(int, version);
        QVERIFY(TestServer::rig({QStringLiteral("drop")}));
        Session s(TestServer::url(version, {}, QStringLiteral("timeout=%1").arg(TimeoutSeconds)));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<DirectoryListing> listing(s.list(TestServer::path(version)));
        QVERIFY(listing->wait(60000));
        const qint64 took = clock.elapsed();
        QCOMPARE(listing->error().kind(), NfsError::Kind::Timeout);
        // The stage that timed out is named: nothing was listed yet.
        QCOMPARE(listing->error().message(),
                 QStringLiteral("Server 127.0.0.1 did not answer in %1 s (connecting)").arg(TimeoutSeconds));
        QVERIFY2(took <= TimeoutSeconds * 1000 + SlackMs, qPrintable(QString::number(took)));
        QVERIFY(TestServer::rig({QStringLiteral("undrop")}));
        // After back-off the next request mounts.
        NfsError last;
        QElapsedTimer again;
        again.start();
        do {
            std::unique_ptr<DirectoryListing> retry(s.list(TestServer::path(version)));
            QVERIFY(retry->wait(60000));
            last = retry->error();
            if (!last)
                break;
            QTest::qWait(200);
        } while (again.elapsed() < 30000);
        QVERIFY2(!last, qPrintable(last.message()));
    }

    void blackholedDownloadLeavesNothing_data() { droppedPacketsTimeOut_data(); }
    void blackholedDownloadLeavesNothing()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("bh");
        QTemporaryDir local;
        {
            QFile src(local.filePath(QStringLiteral("src")));
            QVERIFY(src.open(QIODevice::WriteOnly));
            QByteArray block(1024 * 1024, 'x');
            for (int i = 0; i < 64; ++i)
                QCOMPARE(src.write(block), qint64(block.size()));
        }
        Session s(TestServer::url(version, {}, QStringLiteral("timeout=%1").arg(TimeoutSeconds)));
        {
            std::unique_ptr<Transfer> up(Transfer::copy(TransferEndpoint::local(local.filePath(QStringLiteral("src"))),
                                                        TransferEndpoint::remote(&s, TestServer::path(version, sub))));
            QVERIFY(up->wait(120000));
            QVERIFY2(!up->error(), qPrintable(up->error().message()));
        }
        // A slow reader, so the download is surely midway when the server goes silent.
        const QString target = local.filePath(QStringLiteral("file"));
        std::unique_ptr<Transfer> down(Transfer::copy(TransferEndpoint::remote(&s, TestServer::path(version, sub)),
                                                      TransferEndpoint::local(target)));
        QTRY_VERIFY_WITH_TIMEOUT(down->bytesDone() > 0 || down->isFinished(), 60000);
        QVERIFY(TestServer::rig({QStringLiteral("drop")}));
        QVERIFY(down->wait(120000));
        QVERIFY(TestServer::rig({QStringLiteral("undrop")}));
        if (!down->error()) {
            // It was faster than the drop: then it must be whole.
            QCOMPARE(QFileInfo(target).size(), qint64(64) * 1024 * 1024);
            QSKIP("the download finished before the server went silent");
        }
        QVERIFY2(down->error().kind() == NfsError::Kind::Timeout
                     || down->error().kind() == NfsError::Kind::ConnectionLost,
                 qPrintable(down->error().message()));
        QVERIFY(!QFileInfo::exists(target));
        const QStringList left = QDir(local.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("src")});
    }

    void readerGoesOnAfterRestart_data() { droppedPacketsTimeOut_data(); }
    void readerGoesOnAfterRestart()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("restart");
        QByteArray data(16 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 31 + (i >> 12));
        QVERIFY(TestServer::putFile(sub, data));
        Session s(TestServer::url(version, {}, QStringLiteral("timeout=%1").arg(TimeoutSeconds)));
        RemoteFile f(&s, TestServer::path(version, sub));
        f.setReadAhead(256 * 1024);   // most of the file is still to come after the restart
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray got;
        char buf[65536];
        while (got.size() < 1024 * 1024) {
            const qint64 n = f.read(buf, sizeof buf);
            QVERIFY2(n >= 0, qPrintable(f.error().message()));
            got.append(buf, n);
            if (n == 0)
                QVERIFY(f.waitForReadyRead(30000));
        }
        // The server goes away and comes back: NFSv3 reconnects, an NFSv4
        // context is lost and the file is opened again by its path.
        QVERIFY(TestServer::rig({QStringLiteral("restart")}));
        QElapsedTimer clock;
        clock.start();
        while (!f.atEnd() && clock.elapsed() < 120000) {
            const qint64 n = f.read(buf, sizeof buf);
            QVERIFY2(n >= 0, qPrintable(f.error().message()));
            got.append(buf, n);
            if (n == 0)
                f.waitForReadyRead(1000);
        }
        QCOMPARE(got.size(), data.size());
        QVERIFY(got == data);
    }

    void refusedPortFailsFast()
    {
        Session s(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1:9/x?mountport=9")));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<StatJob> job(s.stat("/x"));
        QVERIFY(job->wait(30000));
        QCOMPARE(job->error().kind(), NfsError::Kind::Refused);
        QVERIFY2(job->error().message().contains(QLatin1String("127.0.0.1")), qPrintable(job->error().message()));
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestSessionFaults)
#include "tst_sessionfaults.moc"
