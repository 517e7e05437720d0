// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix, the server's side: nfsnav and the core against a private
// nfs-ganesha that is blackholed, slowed, frozen, restarted, read-only, or
// asked as a wrong identity, every session with ?timeout=2. Each scenario
// asserts what applies of four things: the program keeps answering (it ends in
// time, or a cancel ends it within a second); the error names the file, the
// server and the cause in words; no data is lost (what was copied is
// identical, an existing target untouched); nothing partial sits under a real
// name. The functions are
// named by group (net_, server_, firstrun_) as the README's Reliability table
// lists them; the local disk, cancels and load are tst_faultclient's.
#include "faulttesting.h"

using namespace FaultTesting;

class TestFaultMatrix : public QObject, private FaultFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void cleanup() { restoreRig(); }

    // --- Network ------------------------------------------------------------

    // Blackholed before the mount: the error comes within the timeout and a
    // second, in words; the same Session works again once the network is back.
    void net_blackholedAtMount_data() { TestServer::addVersions(); }
    void net_blackholedAtMount()
    {
        QFETCH(int, version);
        Session s(NfsUrl::parse(url(version, {})));
        QVERIFY(TestServer::rig({QStringLiteral("drop")}));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<DirectoryListing> l(s.list(TestServer::path(version)));
        QVERIFY(TestServer::finishes(l.get(), 30000));
        QVERIFY2(clock.elapsed() <= FailWithinMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(l->error().isError());
        const QString m = l->error().message();
        QVERIFY2(m.contains(QLatin1String("127.0.0.1")) && m.contains(QLatin1String("did not answer")), qPrintable(m));
        QVERIFY(TestServer::rig({QStringLiteral("undrop")}));
        bool listed = false;
        for (int attempt = 0; attempt < 10 && !listed; ++attempt) {
            std::unique_ptr<DirectoryListing> again(s.list(TestServer::path(version)));
            QVERIFY(TestServer::finishes(again.get(), 30000));
            listed = !again->error().isError();
        }
        QVERIFY2(listed, "the same session did not list again once the network was back");
    }

    // Blackholed while a 100,000-entry folder streams in over a slow link:
    // the listing ends with an error within the timeout and a second.
    void net_blackholedMidListing()
    {
        QVERIFY(slowLink());
        Nfsnav ls({QStringLiteral("ls"), QStringLiteral("-U"), QStringLiteral("nfs://127.0.0.1/srv/a/huge?") + timeoutArg()});
        QTRY_VERIFY_WITH_TIMEOUT(ls.out.contains('\n') || !ls.running(), 30000);
        QVERIFY2(ls.running(), ls.err.constData());
        QVERIFY(TestServer::rig({QStringLiteral("drop")}));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(ls.ends(30000));
        QVERIFY2(clock.elapsed() <= FailWithinMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(ls.code(), 1);
        QVERIFY2(namesFailure(ls.err, "/srv/a/huge") && ls.err.contains("did not answer"), ls.err.constData());
    }

    // Blackholed mid-download (slow link): an error in time, nothing under the real name.
    void net_blackholedMidRead()
    {
        const QByteArray folder = serverFolder("midread");
        serverFile(folder, "big.bin", 24 << 20, 1);
        QTemporaryDir local;
        QVERIFY(slowLink());
        const QString target = local.filePath(QStringLiteral("big.bin"));
        Nfsnav get({QStringLiteral("get"), url(3, folder + "/big.bin"), target});
        QTRY_VERIFY_WITH_TIMEOUT(temporaryBytes(local.path()) > 0 || !get.running(), 30000);
        QVERIFY2(get.running(), get.err.constData());
        QVERIFY(TestServer::rig({QStringLiteral("drop")}));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(get.ends(30000));
        QVERIFY2(clock.elapsed() <= FailWithinMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(get.code(), 1);
        QVERIFY2(namesFailure(get.err, "big.bin") && get.err.contains("did not answer"), get.err.constData());
        QVERIFY(!QFileInfo::exists(target));
    }

    // Blackholed mid-upload (slow link): an error in time, nothing under the real name.
    void net_blackholedMidWrite()
    {
        const QByteArray folder = serverFolder("midwrite");
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("up.bin"));
        QVERIFY(TestServer::writeLocal(source, TestServer::randomBytes(24 << 20, 2)));
        QVERIFY(slowLink());
        Nfsnav put({QStringLiteral("put"), source, url(3, folder + "/up.bin")});
        const QString onServer = TestServer::localPath(folder);
        QTRY_VERIFY_WITH_TIMEOUT(temporaryBytes(onServer) > 0 || !put.running(), 30000);
        QVERIFY2(put.running(), put.err.constData());
        QVERIFY(TestServer::rig({QStringLiteral("drop")}));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(put.ends(30000));
        QVERIFY2(clock.elapsed() <= FailWithinMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(put.code(), 1);
        QVERIFY2(namesFailure(put.err, "up.bin") && put.err.contains("did not answer"), put.err.constData());
        QVERIFY(!QFileInfo::exists(onServer + QStringLiteral("/up.bin")));
    }

    // A port nobody listens on: "refused" at once.
    void net_refusingPort()
    {
        QElapsedTimer clock;
        clock.start();
        const auto r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("nfs://127.0.0.1:1/srv/test?") + timeoutArg()});
        QVERIFY2(clock.elapsed() < 1000 + SlackMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Connection refused by 127.0.0.1") && r.err.contains("no NFS service is listening"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // A slow link: the copy moves, and Ctrl+C ends it within a second leaving nothing.
    void net_slowLinkMovesAndCancels()
    {
        const QByteArray folder = serverFolder("slow");
        serverFile(folder, "slow.bin", 24 << 20, 3);
        QTemporaryDir local;
        QVERIFY(slowLink());
        const QString target = local.filePath(QStringLiteral("slow.bin"));
        Nfsnav get({QStringLiteral("get"), TestServer::urlText(3, folder + "/slow.bin", QStringLiteral("timeout=10")), target});
        QTRY_VERIFY_WITH_TIMEOUT(temporaryBytes(local.path()) > 0 || !get.running(), 30000);
        const qint64 first = temporaryBytes(local.path());
        QTRY_VERIFY_WITH_TIMEOUT(temporaryBytes(local.path()) > first + 256 * 1024 || !get.running(), 30000);
        QVERIFY2(get.running(), get.err.constData());
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(get.p->processId()), SIGINT);
        QVERIFY(get.ends(10000));
        QVERIFY2(clock.elapsed() < 1000 + SlackMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(get.code(), 130);
        QVERIFY(!QFileInfo::exists(target));
    }

    // An idle session whose server restarted meanwhile: the next action reconnects.
    void net_idleSessionAfterRestart_data() { TestServer::addVersions(); }
    void net_idleSessionAfterRestart()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version, {}, QStringLiteral("timeout=5")));
        std::unique_ptr<DirectoryListing> before(s.list(TestServer::path(version)));
        QVERIFY(TestServer::finishes(before.get(), 30000));
        QVERIFY2(!before->error().isError(), qPrintable(before->error().message()));
        QVERIFY(TestServer::rig({QStringLiteral("restart")}));
        bool listed = false;
        QString last;
        for (int attempt = 0; attempt < 10 && !listed; ++attempt) {
            std::unique_ptr<DirectoryListing> after(s.list(TestServer::path(version)));
            QVERIFY(TestServer::finishes(after.get(), 60000));
            listed = !after->error().isError();
            last = after->error().message();
        }
        QVERIFY2(listed, qPrintable(last));
    }

    // --- Server -------------------------------------------------------------

    // The server restarted during a download and during an upload: the copy
    // finishes identical or fails in words; never a partial under the real name.
    void server_restartDuringCopy_data()
    {
        QTest::addColumn<bool>("upload");
        QTest::addColumn<int>("mib");
        QTest::newRow("download") << false << 4;
        // Large enough to be read over more connections than the session's.
        QTest::newRow("download, three connections") << false << 72;
        QTest::newRow("upload") << true << 4;
    }
    void server_restartDuringCopy()
    {
        QFETCH(bool, upload);
        QFETCH(int, mib);
        const QByteArray folder = serverFolder("restart");
        QTemporaryDir local;
        const QByteArray data = TestServer::randomBytes(qint64(mib) << 20, 4);
        const QString localFile = local.filePath(QStringLiteral("r.bin"));
        const QString serverFile = TestServer::localPath(folder + "/r.bin");
        QVERIFY(TestServer::writeLocal(upload ? localFile : serverFile, data));
        QVERIFY(slowLink());
        const QString remote = TestServer::urlText(3, folder + "/r.bin", QStringLiteral("timeout=10"));
        Nfsnav copy(upload ? QStringList{QStringLiteral("put"), localFile, remote}
                           : QStringList{QStringLiteral("get"), remote, localFile + QStringLiteral(".down")});
        const QString watched = upload ? TestServer::localPath(folder) : local.path();
        QTRY_VERIFY_WITH_TIMEOUT(temporaryBytes(watched) > 0 || !copy.running(), 30000);
        QVERIFY2(copy.running(), copy.err.constData());
        QVERIFY(TestServer::rig({QStringLiteral("restart")}));
        fastLink();
        QVERIFY(copy.ends(120000));
        const QString target = upload ? serverFile : localFile + QStringLiteral(".down");
        if (copy.code() == 0) {
            const QByteArray got = TestServer::readLocal(target);
            QVERIFY2(got == data, qPrintable(difference(got, data)));
        } else {
            QCOMPARE(copy.code(), 1);
            QVERIFY2(namesFailure(copy.err, "r.bin"), copy.err.constData());
            if (upload)
                QVERIFY(!QFileInfo::exists(target));
            else
                QVERIFY(!QFileInfo::exists(target));
        }
    }

    // Frozen (SIGSTOP) while listing: as blackholed, an error within the timeout and a second.
    void server_frozenListing_data() { TestServer::addVersions(); }
    void server_frozenListing()
    {
        QFETCH(int, version);
        QVERIFY(TestServer::rig({QStringLiteral("freeze")}));
        QElapsedTimer clock;
        clock.start();
        const auto r = TestServer::runNfsnav({QStringLiteral("ls"), url(version, "sub")}, {}, 60000);
        QVERIFY2(clock.elapsed() <= FailWithinMs + 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("127.0.0.1") && r.err.contains("did not answer"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // While the server is down the CLI waits without spinning: at most 0.2 s of CPU per 10 s.
    void server_idleCpuWhileDown()
    {
        QVERIFY(TestServer::rig({QStringLiteral("freeze")}));
        Nfsnav ls({QStringLiteral("ls"), TestServer::urlText(3, "sub", QStringLiteral("timeout=20"))});
        QTest::qWait(2000);   // past start-up and the connection
        QVERIFY(ls.running());
        const qint64 before = ls.cpuTicks();
        QTest::qWait(8000);
        QVERIFY(ls.running());
        const qint64 after = ls.cpuTicks();
        QVERIFY(before >= 0 && after >= before);
        const double seconds = double(after - before) / double(::sysconf(_SC_CLK_TCK));
        QVERIFY2(seconds <= 0.16, qPrintable(QString::number(seconds)));
    }

    // An NFSv4 client idle past its lease (5 s here) is forgotten by the
    // server (NFS4ERR_EXPIRED, which libnfs 4.0 neither prevents nor mends):
    // the next OPEN mounts anew, as a new client, and the file reads whole.
    void server_nfs4LeaseExpiresWhileIdle()
    {
        m_reconfigured = true;
        QVERIFY(TestServer::rig({QStringLiteral("reconfigure"), QStringLiteral("--lease"), QStringLiteral("5")}));
        const QByteArray folder = serverFolder("lease");
        const QByteArray data = serverFile(folder, "l.bin", 100000, 3);
        Session s(NfsUrl::parse(url(4, {})));
        const auto readWhole = [&](QByteArray *got) {
            RemoteFile f(&s, TestServer::path(4, folder + "/l.bin"));
            if (!f.open(QIODevice::ReadOnly) || !f.waitForOpened(30000))
                return f.error().message();
            while (!f.atEnd()) {
                if (f.bytesAvailable() == 0 && !f.waitForReadyRead(30000))
                    return f.error().message();
                got->append(f.read(65536));
            }
            return f.error().message();
        };
        QByteArray first;
        QString error = readWhole(&first);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(first, data);
        // The lease ends after 5 s; the server's reaper forgets the client within a few more.
        QTest::qWait(30000);
        QByteArray second;
        error = readWhole(&second);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(second, data);
    }

    // A file removed on the server while open: the read fails naming the file and the cause.
    void server_fileRemovedWhileOpen_data() { TestServer::addVersions(); }
    void server_fileRemovedWhileOpen()
    {
        QFETCH(int, version);
        const QByteArray folder = serverFolder("removed");
        serverFile(folder, "gone.bin", 1 << 20, 5);
        Session s(NfsUrl::parse(url(version, {})));
        RemoteFile f(&s, TestServer::path(version, folder + "/gone.bin"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.error().message()));
        QVERIFY(QFile::remove(TestServer::localPath(folder + "/gone.bin")));
        QByteArray got;
        char buf[65536];
        bool failed = false;
        while (!failed && !f.atEnd()) {
            if (f.bytesAvailable() == 0 && !f.waitForReadyRead(30000)) {
                failed = true;
                break;
            }
            const qint64 n = f.read(buf, sizeof buf);
            failed = n < 0;
            if (n > 0)
                got.append(buf, n);
        }
        // A server may keep the data of an open file (NFSv4 holds it open); else a clear error.
        if (failed) {
            const QString m = f.error().message();
            QVERIFY2(m.contains(QLatin1String("gone.bin")) && m.contains(QLatin1String("removed")), qPrintable(m));
        } else {
            QCOMPARE(TestServer::sha256(got), TestServer::sha256(TestServer::randomBytes(1 << 20, 5)));
        }
    }

    // A read-only export: every writing action is refused at once in words that
    // say "read-only", naming the file and the server; nothing on the server changes.
    void server_readOnlyExport_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("action");
        for (int version : {3, 4}) {
            for (const char *action : {"put", "mkdir", "mv", "rm", "touch"})
                QTest::addRow("v%d %s", version, action) << version << QString::fromLatin1(action);
        }
    }
    void server_readOnlyExport()
    {
        QFETCH(int, version);
        QFETCH(QString, action);
        const QByteArray before = readOnlyContents();
        QVERIFY(before.contains("kept.txt=kept\n"));
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("new.txt"));
        QVERIFY(TestServer::writeLocal(source, "new\n"));
        QStringList args{action};
        QByteArray named;
        if (action == QLatin1String("put")) {
            args << source << readOnlyUrl(version, "new.txt");
            named = "new.txt";
        } else if (action == QLatin1String("mkdir")) {
            args << readOnlyUrl(version, "made");
            named = "made";
        } else if (action == QLatin1String("mv")) {
            args << readOnlyUrl(version, "kept.txt") << readOnlyUrl(version, "moved.txt");
            named = "kept.txt";
        } else if (action == QLatin1String("rm")) {
            args << readOnlyUrl(version, "kept.txt");
            named = "kept.txt";
        } else {
            args << readOnlyUrl(version, "touched");
            named = "touched";
        }
        QElapsedTimer clock;
        clock.start();
        const auto r = TestServer::runNfsnav(args, {}, 60000);
        QVERIFY2(clock.elapsed() <= FailWithinMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.code, 1);
        QVERIFY2(namesFailure(r.err, named) && r.err.contains("Read-only"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readOnlyContents(), before);
    }

    // The folder being listed is removed on the server: the listing ends in words
    // naming it, and the next listing of the folder above works.
    void server_folderRemoved_data() { TestServer::addVersions(); }
    void server_folderRemoved()
    {
        QFETCH(int, version);
        const QByteArray folder = serverFolder("rmshown");
        QVERIFY(QDir().mkpath(TestServer::localPath(folder + "/shown/inner")));
        Session s(TestServer::url(version, {}, timeoutArg()));
        std::unique_ptr<DirectoryListing> first(s.list(TestServer::path(version, folder + "/shown")));
        QVERIFY(TestServer::finishes(first.get(), 30000));
        QVERIFY2(!first->error().isError(), qPrintable(first->error().message()));
        QVERIFY(QDir(TestServer::localPath(folder + "/shown")).removeRecursively());
        std::unique_ptr<DirectoryListing> again(s.list(TestServer::path(version, folder + "/shown")));
        QVERIFY(TestServer::finishes(again.get(), 30000));
        QVERIFY(again->error().isError());
        const QString m = again->error().message();
        QVERIFY2(m.contains(QLatin1String("shown")) && m.contains(QLatin1String("127.0.0.1"))
                     && (again->error().kind() == NfsError::Kind::NotFound
                         || m.contains(QLatin1String("removed on the server"))),
                 qPrintable(m));
        std::unique_ptr<DirectoryListing> parent(s.list(TestServer::path(version, folder)));
        QVERIFY(TestServer::finishes(parent.get(), 30000));
        QVERIFY2(!parent->error().isError(), qPrintable(parent->error().message()));
    }

    // The export is removed from the server while mounted (restarted without it):
    // the mounted session says the export is no longer offered (its handle is
    // stale) instead of a bare errno; a new mount lists what the server offers now.
    void server_exportRemovedWhileMounted_data() { TestServer::addVersions(); }
    void server_exportRemovedWhileMounted()
    {
        QFETCH(int, version);
        const QString small = version == 3 ? QStringLiteral("nfs://127.0.0.1/srv/small?%1").arg(timeoutArg())
                                           : QStringLiteral("nfs://127.0.0.1/psmall?version=4&%1").arg(timeoutArg());
        const QByteArray root = version == 3 ? "/srv/small" : "/psmall";
        Session s(NfsUrl::parse(small));
        std::unique_ptr<DirectoryListing> before(s.list(root));
        QVERIFY(TestServer::finishes(before.get(), 30000));
        QVERIFY2(!before->error().isError(), qPrintable(before->error().message()));
        m_reconfigured = true;
        QVERIFY(TestServer::rig({QStringLiteral("reconfigure"), QStringLiteral("--without"), QStringLiteral("/srv/small")}));
        QString m;
        // The first request after the restart may still meet the old connection's end.
        for (int attempt = 0; attempt < 5; ++attempt) {
            std::unique_ptr<DirectoryListing> after(s.list(root));
            QVERIFY(TestServer::finishes(after.get(), 30000));
            QVERIFY(after->error().isError());
            m = after->error().message();
            if (after->error().kind() != NfsError::Kind::Timeout && after->error().kind() != NfsError::Kind::ConnectionLost)
                break;
        }
        // NFSv3: the mounted session's handle is stale, or (once the session has remounted) the
        // export list as it is now. NFSv4 looks every path up from the server's root, so there is no
        // stale handle: the pseudo path is simply not found.
        if (version == 3)
            QVERIFY2(m.contains(QLatin1String("no longer offers the export /srv/small"))
                         || (m.contains(QLatin1String("exports nothing that holds /srv/small"))
                             && m.contains(QLatin1String("/srv/test"))),
                     qPrintable(m));
        else
            QVERIFY2(m.startsWith(QLatin1String("No such file or folder: /psmall")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("127.0.0.1")), qPrintable(m));
        // A new mount (what Reconnect and the command line do) says what is offered now.
        const auto r = TestServer::runNfsnav({QStringLiteral("ls"), small});
        QCOMPARE(r.code, 1);
        if (version == 3)
            QVERIFY2(r.err.contains("exports nothing that holds /srv/small") && r.err.contains("/srv/test"), r.err.constData());
        else
            QVERIFY2(r.err.contains("No such file or folder: /psmall on 127.0.0.1"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // NFSv4 after a restart with a grace period (the rig is Graceless otherwise):
    // the server refuses new OPENs with NFS4ERR_GRACE until it is over; an upload
    // waits it out and lands whole, and a cancel meanwhile ends within a second
    // leaving nothing.
    void server_nfs4GracePeriod_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("waits") << false;
        QTest::newRow("cancelled") << true;
    }
    void server_nfs4GracePeriod()
    {
        QFETCH(bool, cancel);
        const QByteArray folder = serverFolder("grace");
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("g.bin"));
        const QByteArray data = TestServer::randomBytes(256 * 1024, 13);
        QVERIFY(TestServer::writeLocal(source, data));
        // A client with state before the restart, so the server has someone to wait for.
        const auto warm = TestServer::runNfsnav({QStringLiteral("put"), source, url(4, folder + "/warm.bin")});
        QVERIFY2(warm.code == 0, warm.err.constData());
        m_reconfigured = true;
        QVERIFY(TestServer::rig({QStringLiteral("reconfigure"), QStringLiteral("--grace"), QStringLiteral("12")}));
        // The server really is in its grace period: libnfs's own nfs-cp is refused.
        QProcess probe;
        probe.start(QStringLiteral("nfs-cp"), {source, TestServer::urlText(4, folder + "/probe.bin")});
        QVERIFY(probe.waitForFinished(30000));
        const QByteArray said = probe.readAllStandardError() + probe.readAllStandardOutput();
        QVERIFY2(probe.exitCode() != 0 && said.contains("NFS4ERR_GRACE"), said.constData());
        Nfsnav put({QStringLiteral("put"), source, url(4, folder + "/g.bin")});
        if (cancel) {
            QTest::qWait(1500);
            QVERIFY2(put.running(), put.err.constData());
            QElapsedTimer clock;
            clock.start();
            ::kill(pid_t(put.p->processId()), SIGINT);
            QVERIFY(put.ends(10000));
            QVERIFY2(clock.elapsed() < 1000 + SlackMs, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(put.code(), 130);
            QVERIFY(!QFileInfo::exists(TestServer::localPath(folder + "/g.bin")));
        } else {
            QVERIFY(put.ends(200000));
            QVERIFY2(put.code() == 0, put.err.constData());
            QCOMPARE(TestServer::sha256(TestServer::readLocal(TestServer::localPath(folder + "/g.bin"))),
                     TestServer::sha256(data));
        }
        QStringList left = QDir(TestServer::localPath(folder)).entryList(QDir::Files | QDir::Hidden | QDir::System);
        left.removeAll(QStringLiteral("warm.bin"));
        left.removeAll(QStringLiteral("g.bin"));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    // --- First run ----------------------------------------------------------

    // A wrong uid/gid: "permission denied" naming the identity used and how to choose another.
    void firstrun_wrongIdentity_data() { TestServer::addVersions(); }
    void firstrun_wrongIdentity()
    {
        QFETCH(int, version);
        const auto r = TestServer::runNfsnav({QStringLiteral("cat"), url(version, "private/secret",
                                                                          QStringLiteral("uid=1000&gid=1001"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Permission denied") && r.err.contains("acting as uid 1000 and gid 1001")
                     && r.err.contains("uid= and gid= in the URL"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // An export not offered: the message lists what the server does export.
    void firstrun_exportNotOffered()
    {
        const auto r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("nfs://127.0.0.1/srv/nowhere?") + timeoutArg()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("exports nothing that holds /srv/nowhere") && r.err.contains("/srv/test")
                     && r.err.contains("/srv/a"),
                 r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
