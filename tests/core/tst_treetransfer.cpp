// SPDX-License-Identifier: GPL-3.0-or-later
// Whole trees through nfsnav get -r, put -r and cp -r, over NFSv3 and NFSv4:
// nested folders, empty files, relative, absolute and dangling symlinks, a
// 100 MiB file and hostile names arrive equal (diff -r --no-dereference
// semantics, plus modes and modification times), and nothing is written
// outside the destination.
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

bool writeFile(const QByteArray &path, const QByteArray &data)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0640);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == data.size();
    ::close(fd);
    return ok;
}

// A description of a tree without following links: one line per entry.
QStringList describe(const QByteArray &root, const QByteArray &rel = {}, bool folderAttributes = true)
{
    QStringList out;
    const QByteArray dir = rel.isEmpty() ? root : root + '/' + rel;
    QList<QByteArray> names;
    if (DIR *d = ::opendir(dir.constData())) {
        while (dirent *e = ::readdir(d)) {
            const QByteArray n(e->d_name);
            if (n != "." && n != "..")
                names.append(n);
        }
        ::closedir(d);
    }
    std::sort(names.begin(), names.end());
    for (const QByteArray &n : names) {
        const QByteArray relPath = rel.isEmpty() ? n : rel + '/' + n;
        const QByteArray full = root + '/' + relPath;
        struct stat st {};
        ::lstat(full.constData(), &st);
        QString line = QString::fromLatin1(relPath.toPercentEncoding("/")) + QLatin1Char(' ');
        if (S_ISLNK(st.st_mode)) {
            QByteArray target(4096, '\0');
            const ssize_t len = ::readlink(full.constData(), target.data(), size_t(target.size()));
            line += QStringLiteral("link ") + QString::fromLatin1(target.left(len).toPercentEncoding());
        } else if (S_ISDIR(st.st_mode)) {
            line += QStringLiteral("dir");
            if (folderAttributes)
                line += QStringLiteral(" %1").arg(st.st_mode & 0777, 0, 8);
            out << line;
            out += describe(root, relPath, folderAttributes);
            continue;
        } else {
            QFile f(QString::fromLocal8Bit(full));
            f.open(QIODevice::ReadOnly);
            QCryptographicHash h(QCryptographicHash::Sha256);
            h.addData(&f);
            line += QStringLiteral("file %1 %2 %3 %4")
                        .arg(st.st_size)
                        .arg(st.st_mode & 0777, 0, 8)
                        .arg(qint64(st.st_mtim.tv_sec))
                        .arg(QString::fromLatin1(h.result().toHex().left(16)));
        }
        out << line;
    }
    return out;
}

} // namespace

// The fault suites' server, in a network namespace of its own, reached from
// ours through socat bridges over Unix sockets (as the demo server is reached
// from the desktop): NFS on 127.0.0.1:NfsPort, MOUNT on MountPort, no portmapper.
class SecondServer
{
public:
    static constexpr int NfsPort = 32049;
    static constexpr int MountPort = 32048;

    ~SecondServer()
    {
        for (QProcess *p : m_bridges) {
            p->kill();
            p->waitForFinished(5000);
            delete p;
        }
    }

    bool start()
    {
        m_state = qEnvironmentVariable("NFSNAV_SECOND_STATE");
        QFile nsFile(m_state + QStringLiteral("/ns"));
        if (m_state.isEmpty() || !nsFile.open(QIODevice::ReadOnly))
            return false;
        const QString ns = QString::fromLatin1(nsFile.readAll().trimmed());
        const QString dir = m_sockets.path();
        for (const auto &[local, remote] : {std::pair{NfsPort, 2049}, std::pair{MountPort, 20048}}) {
            const QString sock = QStringLiteral("%1/%2.sock").arg(dir).arg(remote);
            // Inside the second server's namespace: the Unix socket to its port.
            bridge(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("exec"), ns, QStringLiteral("socat"),
                                         QStringLiteral("UNIX-LISTEN:%1,fork").arg(sock),
                                         QStringLiteral("TCP:127.0.0.1:%1").arg(remote)});
            if (!QTest::qWaitFor([&] { return QFileInfo::exists(sock); }, 10000))
                return false;
            // In ours: a TCP port to that socket.
            bridge(QStringLiteral("socat"), {QStringLiteral("TCP-LISTEN:%1,bind=127.0.0.1,fork,reuseaddr").arg(local),
                                             QStringLiteral("UNIX-CONNECT:%1").arg(sock)});
        }
        return QTest::qWaitFor([] {
            QProcess probe;
            probe.start(QStringLiteral("nfs-ls"), {QStringLiteral("nfs://127.0.0.1/srv/test?nfsport=%1&mountport=%2")
                                                       .arg(NfsPort)
                                                       .arg(MountPort)});
            return probe.waitForFinished(5000) && probe.exitCode() == 0;
        }, 20000);
    }
    QString url(const QByteArray &sub) const
    {
        return QStringLiteral("nfs://127.0.0.1:%1/srv/test/%2?mountport=%3")
            .arg(NfsPort)
            .arg(QString::fromLatin1(sub.toPercentEncoding("/")))
            .arg(MountPort);
    }
    QByteArray localPath(const QByteArray &sub) const { return QFile::encodeName(m_state) + "/srv/test/" + sub; }

private:
    void bridge(const QString &program, const QStringList &args)
    {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(program, args);
        p->waitForStarted();
        m_bridges.append(p);
    }

    QString m_state;
    QTemporaryDir m_sockets;
    QList<QProcess *> m_bridges;
};

class TestTreeTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_local;
    QByteArray m_source;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        QVERIFY(m_local.isValid());
        m_source = QFile::encodeName(m_local.filePath(QStringLiteral("source")));
        const QByteArray s = m_source;
        QVERIFY(::mkdir(s.constData(), 0755) == 0);
        QVERIFY(::mkdir((s + "/nested").constData(), 0750) == 0);
        QVERIFY(::mkdir((s + "/nested/deeper").constData(), 0700) == 0);
        QVERIFY(::mkdir((s + "/empty folder").constData(), 0755) == 0);
        QVERIFY(writeFile(s + "/nested/deeper/note.txt", "deep\n"));
        QVERIFY(writeFile(s + "/empty", QByteArray()));
        QVERIFY(writeFile(s + "/nested/empty too", QByteArray()));
        QVERIFY(::symlink("../empty", (s + "/nested/relative").constData()) == 0);
        QVERIFY(::symlink("/etc/hostname", (s + "/absolute").constData()) == 0);
        QVERIFY(::symlink("no/such/target", (s + "/dangling").constData()) == 0);
        QVERIFY(::symlink("nested", (s + "/to-folder").constData()) == 0);
        // Names a server may hold: a newline, an ESC, a Latin-1 byte, 255 bytes.
        QVERIFY(writeFile(s + "/new\nline", "n"));
        QVERIFY(writeFile(s + "/esc\x1b[0m", "e"));
        QVERIFY(writeFile(s + "/caf\xe9", "c"));
        QVERIFY(writeFile(s + '/' + QByteArray(255, 'L'), "long"));
        // A folder of many files: over NFSv3 they are copied up and down through a session mounted at it.
        QVERIFY(::mkdir((s + "/many").constData(), 0755) == 0);
        for (int i = 0; i < 40; ++i) {
            const QByteArray f = s + "/many/m" + QByteArray::number(i);
            QVERIFY(writeFile(f, TestServer::randomBytes(i * 100, quint32(i))));
            QVERIFY(::chmod(f.constData(), i % 2 ? 0600 : 0644) == 0);
            const timespec when[2] = {{1400000000 + i, 0}, {1400000000 + i, 0}};
            QVERIFY(::utimensat(AT_FDCWD, f.constData(), when, 0) == 0);
        }
        QByteArray big(100 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); i += 8)
            *reinterpret_cast<quint64 *>(big.data() + i) = quint64(i) * 0x9E3779B97F4A7C15ull;
        QVERIFY(writeFile(s + "/big.bin", big));
        // Modification times in the past, so keeping them is seen.
        const timespec old[2] = {{1500000000, 0}, {1500000000, 0}};
        for (const char *f : {"/nested/deeper/note.txt", "/empty", "/big.bin", "/caf\xe9"})
            QVERIFY(::utimensat(AT_FDCWD, (s + f).constData(), old, 0) == 0);
    }

    void roundTrips_data() { TestServer::addVersions(); }
    void roundTrips()
    {
        QFETCH(int, version);
        const QStringList original = describe(m_source);
        QVERIFY(original.size() > 10);
        const QByteArray dir = TestServer::scratchName("tree");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), TestServer::urlText(version, dir)}).code, 0);

        // put -r into an existing folder: the copy goes inside it.
        TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("-r"), QString::fromLocal8Bit(m_source),
                         TestServer::urlText(version, dir)});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray onServer = QFile::encodeName(TestServer::localPath(dir + "/source"));
        // Over NFSv4 libnfs 4.0 cannot set a folder's bits and times: folders are compared by content there.
        QCOMPARE(describe(onServer, {}, version == 3), describe(m_source, {}, version == 3));

        // get -r into a name that does not exist: it becomes the copy.
        const QByteArray back = QFile::encodeName(m_local.filePath(QStringLiteral("back-%1").arg(version)));
        r = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"), TestServer::urlText(version, dir + "/source"),
                  QString::fromLocal8Bit(back)});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(describe(back, {}, version == 3), describe(m_source, {}, version == 3));

        // cp -r between two mounts (the other protocol version is another context).
        const int other = version == 3 ? 4 : 3;
        r = TestServer::runNfsnav({QStringLiteral("cp"), QStringLiteral("-r"), TestServer::urlText(version, dir + "/source"),
                  TestServer::urlText(other, dir + "/copied")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(describe(QFile::encodeName(TestServer::localPath(dir + "/copied")), {}, other == 3 && version == 3),
                 describe(m_source, {}, other == 3 && version == 3));
        // No temporary names anywhere.
        for (const QByteArray &root : {back, onServer}) {
            for (const QString &line : describe(root))
                QVERIFY2(!line.contains(QLatin1String(".nfsnav-")), qPrintable(line));
        }
    }

    void betweenTwoServers()
    {
        SecondServer second;
        if (qEnvironmentVariable("NFSNAV_SECOND_STATE").isEmpty())
            QSKIP("no second server (run through ctest)");
        QVERIFY(second.start());
        const QByteArray dir = TestServer::scratchName("two");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), TestServer::urlText(3, dir)}).code, 0);
        TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("-r"), QString::fromLocal8Bit(m_source),
                         TestServer::urlText(3, dir + "/source")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = TestServer::runNfsnav({QStringLiteral("cp"), QStringLiteral("-r"), TestServer::urlText(3, dir + "/source"), second.url(dir)});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(describe(second.localPath(dir)), describe(m_source));
    }

    void neverThroughASymlink()
    {
        // A local destination that is a symlink to elsewhere is refused, not followed.
        const QByteArray dir = TestServer::scratchName("nofollow");
        QVERIFY(TestServer::makeFolder(dir + "/tree/inner"));
        QVERIFY(TestServer::putFile(dir + "/tree/inner/payload", "payload"));
        QTemporaryDir elsewhere;
        const QByteArray target = QFile::encodeName(m_local.filePath(QStringLiteral("trap")));
        QVERIFY(::mkdir(target.constData(), 0755) == 0);
        QVERIFY(::symlink(QFile::encodeName(elsewhere.path()).constData(), (target + "/inner").constData()) == 0);
        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"), TestServer::urlText(3, dir + "/tree"),
                               QString::fromLocal8Bit(target)});
        // The existing folder receives "tree"; inside it nothing leads out.
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QDir(elsewhere.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }

    void goesOnAfterFailures()
    {
        // An unreadable folder on the server is reported; the rest is copied; exit 1.
        const QByteArray dir = TestServer::scratchName("partial");
        QVERIFY(TestServer::makeFolder(dir + "/t/locked"));
        QVERIFY(TestServer::putFile(dir + "/t/ok.txt", "fine"));
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("chmod"), QStringLiteral("644"), TestServer::urlText(3, dir + "/t/ok.txt")}).code, 0);
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("chmod"), QStringLiteral("700"), TestServer::urlText(3, dir + "/t/locked")}).code, 0);
        QVERIFY(TestServer::putFile(dir + "/t/locked/secret", "s"));
        const QString dest = m_local.filePath(QStringLiteral("partial"));
        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"),
                               TestServer::urlText(3, dir + "/t", QStringLiteral("uid=4321&gid=4321")), dest});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("locked") && r.err.contains("Permission denied"), r.err.constData());
        QFile ok(dest + QStringLiteral("/ok.txt"));
        QVERIFY2(ok.open(QIODevice::ReadOnly), r.err.constData());
        QCOMPARE(ok.readAll(), QByteArray("fine"));
    }
};

QTEST_GUILESS_MAIN(TestTreeTransfer)
#include "tst_treetransfer.moc"
