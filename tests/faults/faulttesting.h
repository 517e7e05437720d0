// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the two fault suites share (tst_faultmatrix: the network, the server
// and a first run go wrong; tst_faultclient: the local disk fails, the user
// cancels, many run at once): sessions with ?timeout=2, nfsnav run in the
// background with its output gathered and its CPU time read, the link slowed
// with tc tbf, DNS blackholed, folders and files made on the server's disk,
// and the temporary names a copy leaves.
#include "remotefile.h"
#include "session.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <utility>
#include <memory>
#include <unistd.h>

namespace FaultTesting {

constexpr int TimeoutSeconds = 2;
// libnfs 4.0 checks its timeouts in whole seconds from a 100 ms service tick,
// and a sanitizer build starts slower.
constexpr qint64 SlackMs = 900;
constexpr qint64 FailWithinMs = TimeoutSeconds * 1000 + 1000 + SlackMs;

inline QString timeoutArg(const QString &more = {})
{
    return QStringLiteral("timeout=%1").arg(TimeoutSeconds) + (more.isEmpty() ? QString() : QLatin1Char('&') + more);
}

inline QString url(int version, const QByteArray &sub, const QString &more = {})
{
    return TestServer::urlText(version, sub, timeoutArg(more));
}

// Runs a command in the test's (the server's) network namespace; true when it succeeded.
inline bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Every byte over loopback through a token bucket: about 4 MB/s (a 1 MiB READ
// still well inside the 2 s timeout; the bucket holds a whole 64 KiB segment).
inline bool slowLink()
{
    return run(QStringLiteral("tc"), {QStringLiteral("qdisc"), QStringLiteral("replace"), QStringLiteral("dev"),
                                      QStringLiteral("lo"), QStringLiteral("root"), QStringLiteral("tbf"),
                                      QStringLiteral("rate"), QStringLiteral("32mbit"), QStringLiteral("burst"),
                                      QStringLiteral("256kb"), QStringLiteral("latency"), QStringLiteral("400ms")});
}

inline void fastLink()
{
    QProcess p;
    p.start(QStringLiteral("tc"), {QStringLiteral("qdisc"), QStringLiteral("del"), QStringLiteral("dev"),
                                   QStringLiteral("lo"), QStringLiteral("root")});
    p.waitForFinished(10000);
}

// nfsnav started in the background, its output gathered.
struct Nfsnav
{
    std::unique_ptr<QProcess> p = std::make_unique<QProcess>();
    QByteArray out, err;
    QElapsedTimer clock;

    explicit Nfsnav(const QStringList &args, const QString &wrapper = {}, const QStringList &wrapperArgs = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"NFSNAV_UID", "NFSNAV_GID", "NFSNAV_VERSION"})
            e.remove(QLatin1String(name));
        p->setProcessEnvironment(e);
        QObject::connect(p.get(), &QProcess::readyReadStandardOutput, p.get(), [this] { out += p->readAllStandardOutput(); });
        QObject::connect(p.get(), &QProcess::readyReadStandardError, p.get(), [this] { err += p->readAllStandardError(); });
        clock.start();
        if (wrapper.isEmpty())
            p->start(TestServer::nfsnavPath(), args);
        else
            p->start(wrapper, wrapperArgs + QStringList{TestServer::nfsnavPath()} + args);
        p->waitForStarted(10000);
    }
    ~Nfsnav()
    {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(10000);
        }
    }
    bool running() const { return p->state() != QProcess::NotRunning; }
    // Waits for the end, the event loop running; false if it did not end in time.
    bool ends(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (p->state() != QProcess::NotRunning && t.elapsed() < ms)
            QTest::qWait(20);
        if (p->state() != QProcess::NotRunning)
            return false;
        out += p->readAllStandardOutput();
        err += p->readAllStandardError();
        return true;
    }
    int code() const { return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1; }
    // user + system CPU so far, in clock ticks, from /proc.
    qint64 cpuTicks() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(p->processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return f.size() > 12 ? f.at(11).toLongLong() + f.at(12).toLongLong() : -1;
    }
};

// The names in a local folder that a copy in progress or left behind would have.
inline QStringList temporaries(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".*.nfsnav-*")}, QDir::Files | QDir::Hidden | QDir::System);
}

// The size of the biggest temporary file in `dir` (a copy's progress), or -1.
inline qint64 temporaryBytes(const QString &dir)
{
    qint64 most = -1;
    for (const QString &name : temporaries(dir))
        most = std::max(most, QFileInfo(dir + QLatin1Char('/') + name).size());
    return most;
}

// A folder of this run on the server (world-writable, as the rig's scratch is), by its local and sub path.
inline QByteArray serverFolder(const char *tag)
{
    const QByteArray sub = TestServer::scratchName(tag);
    QDir().mkpath(TestServer::localPath(sub));
    QFile::setPermissions(TestServer::localPath(sub), QFileDevice::Permissions(0x7777));
    return sub;
}

// A file of `bytes` reproducible bytes placed on the server's disk.
inline QByteArray serverFile(const QByteArray &folder, const QByteArray &name, qint64 bytes, quint32 seed)
{
    const QByteArray data = TestServer::randomBytes(bytes, seed);
    TestServer::writeLocal(TestServer::localPath(folder + '/' + name), data);
    return data;
}

// Where two contents part, for a failure's message.
inline QString difference(const QByteArray &got, const QByteArray &want)
{
    qint64 at = 0;
    while (at < got.size() && at < want.size() && got.at(at) == want.at(at))
        ++at;
    qint64 zeros = 0;
    while (at + zeros < got.size() && got.at(at + zeros) == 0)
        ++zeros;
    qint64 back = at;
    while (back < got.size() && back < want.size() && got.at(back) != want.at(back))
        ++back;
    return QStringLiteral("%1 bytes where %2 were wanted; they differ from offset %3 to %5 (%4 zero bytes there; "
                          "the bytes there are found in the source at %6)")
        .arg(got.size()).arg(want.size()).arg(at).arg(zeros).arg(back)
        .arg(want.indexOf(got.mid(at, 64)));
}

// The read-only export (Access_Type = RO): NFSv3 path /srv/ro, NFSv4 pseudo path /pro.
inline QString readOnlyUrl(int version, const QByteArray &name)
{
    return version == 3 ? QStringLiteral("nfs://127.0.0.1/srv/ro/%1?%2").arg(QString::fromUtf8(name), timeoutArg())
                        : QStringLiteral("nfs://127.0.0.1/pro/%1?version=4&%2").arg(QString::fromUtf8(name), timeoutArg());
}

// What the read-only export holds on the server's disk, names and contents.
inline QByteArray readOnlyContents()
{
    const QString root = TestServer::stateDir() + QStringLiteral("/srv/ro");
    QByteArray all;
    for (const QString &name : QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        all += name.toUtf8() + '=' + TestServer::readLocal(root + QLatin1Char('/') + name) + '\n';
    return all;
}

// DNS queries dropped inside the namespace, so a name lookup hangs until the resolver gives up.
inline bool blackholeDns(bool on)
{
    bool ok = true;
    for (const char *proto : {"udp", "tcp"})
        ok = run(QStringLiteral("iptables"), {QStringLiteral("-w"), on ? QStringLiteral("-I") : QStringLiteral("-D"),
                                              QStringLiteral("INPUT"), QStringLiteral("-p"), QLatin1String(proto),
                                              QStringLiteral("--dport"), QStringLiteral("53"), QStringLiteral("-j"),
                                              QStringLiteral("DROP")})
             && ok;
    return ok;
}

inline bool namesFailure(const QByteArray &err, const QByteArray &what)
{
    return err.startsWith("nfsnav: ") && err.contains(what) && err.contains("127.0.0.1");
}
} // namespace FaultTesting

class FaultFixture
{
protected:
    // After each test: the rig as it was (configuration, DNS, link, packets, a frozen server).
    void restoreRig()
    {
        using namespace FaultTesting;
        if (std::exchange(m_reconfigured, false))
            TestServer::rig({QStringLiteral("reconfigure")});
        if (std::exchange(m_dnsDropped, false))
            blackholeDns(false);
        fastLink();
        TestServer::rig({QStringLiteral("undrop")});
        TestServer::rig({QStringLiteral("thaw")});
    }

    bool m_reconfigured = false;   // the rig runs with another configuration: restore it
    bool m_dnsDropped = false;
};
