// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include "remotefile.h"
#include "session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

namespace TestServer {

QString stateDir()
{
    return qEnvironmentVariable("NFSNAV_TEST_STATE");
}

bool available()
{
    return !stateDir().isEmpty();
}

QByteArray path(int version, const QByteArray &sub)
{
    QByteArray p = version == 4 ? QByteArrayLiteral("/pseudo/test") : QByteArrayLiteral("/srv/test");
    if (!sub.isEmpty())
        p += '/' + sub;
    return p;
}

QString urlText(int version, const QByteArray &sub, const QString &extraArgs)
{
    QStringList args;
    if (version == 4)
        args << QStringLiteral("version=4");
    if (!extraArgs.isEmpty())
        args << extraArgs;
    return QStringLiteral("nfs://127.0.0.1") + QString::fromLatin1(path(version, sub).toPercentEncoding("/"))
        + (args.isEmpty() ? QString() : QLatin1Char('?') + args.join(QLatin1Char('&')));
}

NfsUrl url(int version, const QByteArray &sub, const QString &extraArgs)
{
    return NfsUrl::parse(urlText(version, sub, extraArgs));
}

QString localPath(const QByteArray &sub)
{
    return stateDir() + QStringLiteral("/srv/test") + (sub.isEmpty() ? QString() : QLatin1Char('/') + QString::fromUtf8(sub));
}

QByteArray scratchName(const char *tag)
{
    static const QByteArray run = QByteArray::number(QCoreApplication::applicationPid()) + '-'
        + QByteArray::number(QRandomGenerator::global()->generate() % 100000);
    QByteArray name = "scratch/" + QByteArray(QTest::currentTestFunction()) + '-';
    if (QTest::currentDataTag())
        name += QByteArray(QTest::currentDataTag()) + '-';
    return name + tag + '-' + run;
}

bool rig(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("bash"), QStringList{qEnvironmentVariable("NFSNAV_RIG")} << args.value(0) << stateDir()
                                                                                      << args.mid(1));
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool putFile(const QByteArray &sub, const QByteArray &content)
{
    QTemporaryFile local;
    if (!local.open() || local.write(content) != content.size() || !local.flush())
        return false;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral("nfs-cp"), {local.fileName(), QStringLiteral("nfs://127.0.0.1") + QString::fromUtf8(path(3, sub))});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray readLocal(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeLocal(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

void addVersions()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v3") << 3;
    QTest::newRow("v4") << 4;
}

QString nfsnavPath()
{
    return qEnvironmentVariable("NFSNAV_BIN_DIR") + QStringLiteral("/nfsnav");
}

ToolResult runNfsnav(const QStringList &args, const QStringList &env, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"NFSNAV_UID", "NFSNAV_GID", "NFSNAV_VERSION"})
        e.remove(QLatin1String(name));
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    p.start(nfsnavPath(), args);
    ToolResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool makeFolder(const QByteArray &sub)
{
    return runNfsnav({QStringLiteral("mkdir"), QStringLiteral("-p"), urlText(3, sub)}).code == 0;
}

QByteArray randomBytes(qint64 n, quint32 seed)
{
    QByteArray data(n, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32 *>(data.data()), n / 4);
    for (qint64 i = n / 4 * 4; i < n; ++i)
        data[i] = char(gen.generate());
    return data;
}

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray readRemote(RemoteFile &file)
{
    QByteArray out;
    char buf[65536];
    while (true) {
        const qint64 n = file.read(buf, sizeof buf);
        if (n < 0)
            return out + "<error>";
        if (n > 0) {
            out.append(buf, n);
            continue;
        }
        if (file.atEnd())
            return out;
        if (!file.waitForReadyRead(30000) && !file.atEnd())
            return out + "<stalled>";
    }
}

QByteArray getRemote(Session *session, const QByteArray &path)
{
    RemoteFile f(session, path);
    if (!f.open(QStringLiteral("r")) || !f.waitForOpened(30000))
        return "<missing>";
    return readRemote(f);
}

bool putRemote(Session *session, const QByteArray &path, const QByteArray &bytes)
{
    RemoteFile f(session, path);
    if (!f.open(QStringLiteral("w")) || f.write(bytes) != bytes.size() || !f.flush())
        return false;
    f.close();
    return !f.error().isError();
}

bool finishes(Job *job, int timeoutMs)
{
    return job->wait(timeoutMs);
}

} // namespace TestServer
