// SPDX-License-Identifier: GPL-3.0-or-later
// One window, many links: the real nfs-navigator, run offscreen against the rig's
// server. A second launch with a URL must hand it to the first (a new tab there) and
// exit 0 at once; a socket left behind by a killed instance must not stop the next.
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_SingleInstance : public QObject
{
    Q_OBJECT

    // Each test's own runtime and settings folders, so neither a desktop session's
    // running window nor another suite can answer.
    std::unique_ptr<QTemporaryDir> m_home;

    QString program() const { return qEnvironmentVariable("NFSNAV_BIN_DIR") + QStringLiteral("/nfs-navigator"); }
    QString socketPath() const { return m_home->path() + QStringLiteral("/run/nfs-navigator.socket"); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->path() + QStringLiteral("/run"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("HOME"), m_home->path());
        // The instance's log says which tabs it opened for later launches.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nfsnav.instance.info=true"));
        return env;
    }

    // Starts an instance that stays; its stderr collects into `log`.
    std::unique_ptr<QProcess> startFirst(const QString &url, QByteArray *log)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment());
        QProcess *raw = p.get();
        connect(raw, &QProcess::readyReadStandardError, raw, [raw, log] { log->append(raw->readAllStandardError()); });
        p->start(program(), {url});
        return p;
    }

    // Runs a later launch to its end: exit code, or -1 when it did not end in time.
    int launch(const QStringList &args, qint64 *elapsedMs, QByteArray *err)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        QElapsedTimer t;
        t.start();
        p.start(program(), args);
        const bool ended = p.waitForFinished(20000);
        *elapsedMs = t.elapsed();
        *err = p.readAllStandardError();
        if (!ended) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    static void stop(QProcess *p)
    {
        p->terminate();
        if (!p->waitForFinished(10000)) {
            p->kill();
            p->waitForFinished();
        }
    }

    // Listening, as seen by a client: the way a later launch finds the first.
    bool listening() const
    {
        QLocalSocket s;
        s.connectToServer(socketPath());
        return s.waitForConnected(1000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        QVERIFY2(QFileInfo(program()).isExecutable(), qPrintable(program()));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("run")));
        QVERIFY(QFile::setPermissions(m_home->path() + QStringLiteral("/run"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void secondLaunchOpensATabInTheFirst()
    {
        QByteArray log;
        auto first = startFirst(TestServer::urlText(3), &log);
        QVERIFY2(first->waitForStarted(10000), qPrintable(first->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 20000);

        const QString second = TestServer::urlText(3, "sub");
        qint64 elapsed = 0;
        QByteArray err;
        QCOMPARE(launch({second}, &elapsed, &err), 0);
        // Quickly: a launch that opened a window of its own would not end at all. The bound
        // leaves room for a sanitizer build on a loaded machine.
        QVERIFY2(elapsed < 10000, qPrintable(QStringLiteral("the second launch took %1 ms").arg(elapsed)));
        QVERIFY2(err.isEmpty(), err.constData());

        // The first opened it as its second tab, and is still running.
        const QByteArray expected = "opened tab 2 " + NfsUrl::parse(second).toString().toUtf8();
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains(expected), log.constData(), 10000);
        QCOMPARE(first->state(), QProcess::Running);

        // A third link, a third tab: the channel serves more than one.
        const QString third = TestServer::urlText(3, "sub/dir");
        QCOMPARE(launch({third}, &elapsed, &err), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains("opened tab 3 " + NfsUrl::parse(third).toString().toUtf8()),
                                  log.constData(), 10000);
        stop(first.get());
    }

    void badUrlIsRefusedByTheLaunchItself()
    {
        QByteArray log;
        auto first = startFirst(TestServer::urlText(3), &log);
        QVERIFY(first->waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 20000);
        qint64 elapsed = 0;
        QByteArray err;
        QCOMPARE(launch({QStringLiteral("nfs://")}, &elapsed, &err), 2);
        QVERIFY2(err.contains("nfs-navigator: nfs://: "), err.constData());
        QVERIFY2(!log.contains("opened tab"), log.constData());
        stop(first.get());
    }

    void staleSocketIsCleanedUp()
    {
        QByteArray log;
        auto crashed = startFirst(TestServer::urlText(3), &log);
        QVERIFY(crashed->waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 20000);
        crashed->kill();   // SIGKILL: no chance to remove its socket
        QVERIFY(crashed->waitForFinished(10000));
        QVERIFY(QFileInfo::exists(socketPath()));
        QVERIFY(!listening());

        // The next launch finds nobody behind the socket: it becomes the first itself.
        QByteArray log2;
        auto first = startFirst(TestServer::urlText(3), &log2);
        QVERIFY(first->waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(listening(), 20000);
        QCOMPARE(first->state(), QProcess::Running);
        // The log arrives through the pipe, perhaps after the socket is already seen listening.
        QTRY_VERIFY2_WITH_TIMEOUT(log2.contains("removing the stale socket"), log2.constData(), 10000);

        const QString second = TestServer::urlText(3, "sub");
        qint64 elapsed = 0;
        QByteArray err;
        QCOMPARE(launch({second}, &elapsed, &err), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(log2.contains("opened tab 2 " + NfsUrl::parse(second).toString().toUtf8()),
                                  log2.constData(), 10000);
        stop(first.get());
    }
};

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
