// SPDX-License-Identifier: GPL-3.0-or-later
// First run against a real server, as a new user meets it: an export that accepts
// only privileged source ports (the rig's /srv/ab has PrivilegedPort, like Linux's
// own server with its "secure" default and many NAS boxes), reached by a normal
// user. The message must say so and name both fixes, and the fix it names must work.
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void privilegedPortRefusalNamesBothFixes();
    void privilegedPortRefusalNfs4NamesBothFixes();
    void setcapFixWorks();
    void otherExportsServeNormalUsers();
    void rootIsNotRefused();

private:
    // nfsnav run as the unprivileged user "nobody", from `program`.
    TestServer::ToolResult runAsNobody(const QString &program, const QStringList &args);
    QString copyOfNfsnav(const QString &name);
    // A copy given privileged ports the way the message tells users: setcap.
    QString capableCopyOfNfsnav(const QString &name);

    QTemporaryDir m_dir;
};

void TestFirstRun::initTestCase()
{
    if (!TestServer::available())
        QSKIP("no test server (run through ctest)");
    QVERIFY(m_dir.isValid());
    // "nobody" must reach the copies of the program.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                    | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                    | QFile::ExeOther));
}

QString TestFirstRun::copyOfNfsnav(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    if (!QDir().mkpath(folder))
        return {};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                      | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    const QString program = folder + QLatin1String("/nfsnav");
    if (!QFile::copy(TestServer::nfsnavPath(), program))
        return {};
    return program;
}

QString TestFirstRun::capableCopyOfNfsnav(const QString &name)
{
    const QString program = copyOfNfsnav(name);
    if (program.isEmpty())
        return {};
    QProcess setcap;
    setcap.start(QStringLiteral("setcap"), {QStringLiteral("cap_net_bind_service=+ep"), program});
    if (!setcap.waitForFinished(10000) || setcap.exitCode() != 0) {
        qWarning("setcap: %s", setcap.readAllStandardError().constData());
        return {};
    }
    return program;
}

TestServer::ToolResult TestFirstRun::runAsNobody(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.remove(QStringLiteral("XDG_CONFIG_HOME"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                   QStringLiteral("--clear-groups"), program} + args);
    TestServer::ToolResult r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestFirstRun::privilegedPortRefusalNamesBothFixes()
{
    const QString program = copyOfNfsnav(QStringLiteral("plain"));
    QVERIFY(!program.isEmpty());
    const QString url = QStringLiteral("nfs://127.0.0.1/srv/ab");
    QElapsedTimer clock;
    clock.start();
    const TestServer::ToolResult r = runAsNobody(program, {QStringLiteral("ls"), url});
    const QString bin = QFileInfo(program).absolutePath();
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("nfsnav: %1: 127.0.0.1 refused the request (mounting /srv/ab): it accepts only clients on "
                            "a privileged source port (below 1024), which a normal user's programs do not get. Either "
                            "allow other ports on the server with the export's 'insecure' option, or let these "
                            "programs use privileged ports: sudo setcap cap_net_bind_service=+ep %2/nfs-navigator "
                            "%2/nfsnav\n")
                 .arg(url, bin));
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.code, 1);
    // A refusal is an answer: nothing waits for a timeout.
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
}

// Over NFSv4 there is no MOUNT to refuse: the server hides the export from a client on
// an unprivileged port (NFS4ERR_NOENT on its pseudo path), in the words it uses for an
// export that is not there. The message says both, and names both fixes.
void TestFirstRun::privilegedPortRefusalNfs4NamesBothFixes()
{
    const QString program = copyOfNfsnav(QStringLiteral("plain4"));
    QVERIFY(!program.isEmpty());
    const QString url = QStringLiteral("nfs://127.0.0.1/pab?version=4");
    const TestServer::ToolResult r = runAsNobody(program, {QStringLiteral("ls"), url});
    const QString bin = QFileInfo(program).absolutePath();
    QCOMPARE(QString::fromUtf8(r.err),
             QStringLiteral("nfsnav: %1: No such file or folder: /pab on 127.0.0.1 (listing a folder) (or 127.0.0.1 "
                            "offers it only to clients on a privileged source port, below 1024, which a normal user's "
                            "programs do not get: if it is there, either allow other ports on the server with the "
                            "export's 'insecure' option, or let these programs use privileged ports: sudo setcap "
                            "cap_net_bind_service=+ep %2/nfs-navigator %2/nfsnav)\n")
                 .arg(url, bin));
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.code, 1);
    // The setcap fix works over NFSv4 too.
    const QString capable = capableCopyOfNfsnav(QStringLiteral("capable4"));
    QVERIFY(!capable.isEmpty());
    const TestServer::ToolResult fixed = runAsNobody(capable, {QStringLiteral("ls"), url});
    QCOMPARE(fixed.err, QByteArray());
    QCOMPARE(fixed.out, QByteArray("marker-ab\n"));
    QCOMPARE(fixed.code, 0);
}

void TestFirstRun::setcapFixWorks()
{
    const QString program = capableCopyOfNfsnav(QStringLiteral("capable"));
    QVERIFY(!program.isEmpty());
    const TestServer::ToolResult r = runAsNobody(program, {QStringLiteral("ls"), QStringLiteral("nfs://127.0.0.1/srv/ab")});
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, QByteArray("marker-ab\n"));
    QCOMPARE(r.code, 0);
}

void TestFirstRun::otherExportsServeNormalUsers()
{
    const QString program = copyOfNfsnav(QStringLiteral("other"));
    QVERIFY(!program.isEmpty());
    const TestServer::ToolResult r = runAsNobody(program, {QStringLiteral("ls"), QStringLiteral("nfs://127.0.0.1/srv/a")});
    QCOMPARE(r.err, QByteArray());
    QVERIFY(r.out.contains("marker-a\n"));
    QCOMPARE(r.code, 0);
}

void TestFirstRun::rootIsNotRefused()
{
    const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("nfs://127.0.0.1/srv/ab")});
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.out, QByteArray("marker-ab\n"));
    QCOMPARE(r.code, 0);
}

QTEST_GUILESS_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
