// SPDX-License-Identifier: GPL-3.0-or-later
// The nfsnav command end to end against the real server: output, escaped
// names, exit codes, Ctrl+C and a closed stdout.
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/stat.h>

#include <csignal>
#include <unistd.h>

class TestNfsnav : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        QVERIFY2(QFileInfo(TestServer::nfsnavPath()).isExecutable(), qPrintable(TestServer::nfsnavPath()));
    }

    void helpAndVersion()
    {
        const TestServer::ToolResult help = TestServer::runNfsnav({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("Usage: nfsnav"));
        for (const char *cmd : {"ls", "stat", "mkdir", "rmdir", "rm", "mv", "df", "exports", "cat", "get", "put", "cp"})
            QVERIFY2(help.out.contains(QByteArray("  ") + cmd + ' '), cmd);
        const TestServer::ToolResult version = TestServer::runNfsnav({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("nfsnav "));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("needle");
        QTest::newRow("no-command") << QStringList{} << QByteArray("missing command");
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("frob")} << QByteArray("unknown command 'frob'");
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("ls"), QStringLiteral("-z"), QStringLiteral("nfs://h/x")}
                                        << QByteArray("Unknown option 'z'");
        QTest::newRow("ls-no-url") << QStringList{QStringLiteral("ls")} << QByteArray("missing URL");
        QTest::newRow("bad-url") << QStringList{QStringLiteral("ls"), QStringLiteral("nfs:///x")} << QByteArray("missing host");
        QTest::newRow("bad-port") << QStringList{QStringLiteral("ls"), QStringLiteral("nfs://h:99999/x")}
                                  << QByteArray("bad port 99999");
        QTest::newRow("bad-arg") << QStringList{QStringLiteral("ls"), QStringLiteral("nfs://h/x?foo=1")}
                                 << QByteArray("unknown argument 'foo'");
        QTest::newRow("mv-one-arg") << QStringList{QStringLiteral("mv"), QStringLiteral("nfs://h/x")} << QByteArray("mv");
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, needle);
        const TestServer::ToolResult r = TestServer::runNfsnav(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("nfsnav: "), r.err.constData());
        QVERIFY2(r.err.contains(needle), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void lsNames_data() { TestServer::addVersions(); }
    void lsNames()
    {
        QFETCH(int, version);
        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("ls"), TestServer::urlText(version)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(r.out, QByteArray("big\nhello.txt\nprivate\nscratch\nsub\n"));
    }

    // -U prints the entries as they arrive: the same lines as ls, in the
    // server's order, and with -l the same long lines.
    void lsUnsorted_data() { TestServer::addVersions(); }
    void lsUnsorted()
    {
        QFETCH(int, version);
        const auto sortedLines = [](const QByteArray &out) {
            QList<QByteArray> lines = out.split('\n');
            std::sort(lines.begin(), lines.end());
            return lines;
        };
        for (const QString &format : {QString(), QStringLiteral("-l")}) {
            QStringList sorted{QStringLiteral("ls")};
            if (!format.isEmpty())
                sorted << format;
            sorted << TestServer::urlText(version, "big");
            QStringList unsorted = sorted;
            unsorted.insert(1, QStringLiteral("-U"));
            const TestServer::ToolResult a = TestServer::runNfsnav(sorted);
            const TestServer::ToolResult b = TestServer::runNfsnav(unsorted);
            QCOMPARE(b.code, 0);
            QVERIFY2(b.err.isEmpty(), b.err.constData());
            QCOMPARE(b.out.count('\n'), 10000);
            QCOMPARE(sortedLines(b.out), sortedLines(a.out));
        }
    }

    void lsLong_data() { TestServer::addVersions(); }
    void lsLong()
    {
        QFETCH(int, version);
        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("-l"), TestServer::urlText(version)});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        // MODE LINKS UID GID SIZE DATE TIME NAME (README, "ls -l format")
        const QRegularExpression line(QStringLiteral(
            R"(^[-dlbcps?][-rwxsStT]{9} +\d+ +\d+ +\d+ +\d+ \d{4}-\d\d-\d\d \d\d:\d\d (.+)$)"));
        for (const QByteArray &l : lines)
            QVERIFY2(line.match(QString::fromUtf8(l)).hasMatch(), l.constData());
        QVERIFY(lines.at(1).startsWith("-rw-r--r--   1     0     0          6 "));
        QVERIFY(lines.at(1).endsWith(" hello.txt"));
        QVERIFY(lines.at(0).startsWith("d"));
    }

    void lsRecursiveAndFile_data() { TestServer::addVersions(); }
    void lsRecursiveAndFile()
    {
        QFETCH(int, version);
        const QString sub = TestServer::urlText(version, "sub");
        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("-R"), sub});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, (sub + QStringLiteral(":\ndir\n\n") + TestServer::urlText(version, "sub/dir")
                         + QStringLiteral(":\nfile\n")).toUtf8());
        const TestServer::ToolResult file = TestServer::runNfsnav({QStringLiteral("ls"), TestServer::urlText(version, "hello.txt")});
        QCOMPARE(file.code, 0);
        QCOMPARE(file.out, TestServer::urlText(version, "hello.txt").toUtf8() + '\n');
    }

    void hostileNames_data() { TestServer::addVersions(); }
    void hostileNames()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("names");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), TestServer::urlText(version, dir)}).code, 0);
        // Made through nfsnav itself: %XX in the URL becomes the exact bytes.
        const QList<QByteArray> encoded{"a%0Ab", "tab%09x", "esc%1B%5B31m", "latin%E9", "back%5Cslash", "sp%20ace"};
        const QString base = TestServer::urlText(version, dir);
        const QString baseNoQuery = base.section(QLatin1Char('?'), 0, 0);
        const QString query = base.contains(QLatin1Char('?')) ? QLatin1Char('?') + base.section(QLatin1Char('?'), 1) : QString();
        for (const QByteArray &e : encoded) {
            const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("mkdir"), baseNoQuery + QLatin1Char('/') + QString::fromLatin1(e) + query});
            QVERIFY2(r.code == 0, r.err.constData());
        }
        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("ls"), base});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("a\\nb\nback\\\\slash\nesc\\e[31m\nlatin\\xe9\nsp ace\ntab\\tx\n"));
        // Names reach the server as the exact bytes.
        QVERIFY(QFileInfo(TestServer::localPath(dir + "/a\nb")).isDir());
        QCOMPARE(::access((QFile::encodeName(TestServer::localPath(dir)) + "/latin\xe9").constData(), F_OK), 0);
        // ls --url prints URLs that address each exact name again.
        const TestServer::ToolResult urls = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("--url"), base});
        QCOMPARE(urls.code, 0);
        const QList<QByteArray> lines = urls.out.trimmed().split('\n');
        QCOMPARE(lines.size(), encoded.size());
        QVERIFY2(urls.out.contains("/latin%E9"), urls.out.constData());
        QVERIFY2(urls.out.contains("/a%0Ab"), urls.out.constData());
        for (const QByteArray &u : lines) {
            const TestServer::ToolResult st = TestServer::runNfsnav({QStringLiteral("rmdir"), QString::fromUtf8(u)});
            QVERIFY2(st.code == 0, (u + ": " + st.err).constData());
        }
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("ls"), base}).out, QByteArray());
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("rmdir"), base}).code, 0);
    }

    void fileOperations_data() { TestServer::addVersions(); }
    void fileOperations()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("ops");
        const QString base = TestServer::urlText(version, dir);
        auto at = [&](const QByteArray &sub) { return TestServer::urlText(version, dir + '/' + sub); };
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), QStringLiteral("-p"), at("x/y/z")}).code, 0);
        QVERIFY(QFileInfo(TestServer::localPath(dir + "/x/y/z")).isDir());
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), QStringLiteral("-p"), at("x/y/z")}).code, 0);
        const TestServer::ToolResult exists = TestServer::runNfsnav({QStringLiteral("mkdir"), at("x")});
        QCOMPARE(exists.code, 1);
        QVERIFY2(exists.err.contains("Already exists"), exists.err.constData());
        QVERIFY2(exists.err.startsWith("nfsnav: " + at("x").toUtf8() + ": "), exists.err.constData());
        const TestServer::ToolResult notEmpty = TestServer::runNfsnav({QStringLiteral("rmdir"), at("x")});
        QCOMPARE(notEmpty.code, 1);
        QVERIFY2(notEmpty.err.contains("not empty"), notEmpty.err.constData());
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mv"), at("x/y"), at("moved")}).code, 0);
        QVERIFY(QFileInfo(TestServer::localPath(dir + "/moved/z")).isDir());
        // mv into an existing folder puts the source inside it.
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mv"), at("moved"), at("x")}).code, 0);
        QVERIFY(QFileInfo(TestServer::localPath(dir + "/x/moved/z")).isDir());
        QVERIFY(TestServer::putFile(dir + "/f.txt", "12345"));
        const TestServer::ToolResult st = TestServer::runNfsnav({QStringLiteral("stat"), at("f.txt")});
        QCOMPARE(st.code, 0);
        QVERIFY2(st.out.contains("  Type: regular file\n"), st.out.constData());
        QVERIFY2(st.out.contains("  Size: 5\n"), st.out.constData());
        const TestServer::ToolResult rmDir = TestServer::runNfsnav({QStringLiteral("rm"), at("x")});
        QCOMPARE(rmDir.code, 1);
        QVERIFY2(rmDir.err.contains("Is a folder"), rmDir.err.constData());
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("rm"), at("f.txt")}).code, 0);
        QVERIFY(!QFile::exists(TestServer::localPath(dir + "/f.txt")));
        const TestServer::ToolResult again = TestServer::runNfsnav({QStringLiteral("rm"), at("f.txt")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("No such file"), again.err.constData());
        for (const char *d : {"x/moved/z", "x/moved", "x"})
            QCOMPARE(TestServer::runNfsnav({QStringLiteral("rmdir"), at(d)}).code, 0);
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("rmdir"), base}).code, 0);
    }

    void failures_data() { TestServer::addVersions(); }
    void failures()
    {
        QFETCH(int, version);
        const TestServer::ToolResult missing = TestServer::runNfsnav({QStringLiteral("ls"), TestServer::urlText(version, "nothing-here")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.startsWith("nfsnav: " + TestServer::urlText(version, "nothing-here").toUtf8() + ": No such file"),
                 missing.err.constData());
        const TestServer::ToolResult denied = TestServer::runNfsnav({QStringLiteral("ls"), TestServer::urlText(version, "private", QStringLiteral("uid=1234&gid=1234"))});
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.err.contains("Permission denied"), denied.err.constData());
        // Some failed, some not: still 1, and the good one printed.
        const TestServer::ToolResult mixed = TestServer::runNfsnav({QStringLiteral("ls"), TestServer::urlText(version, "sub"), TestServer::urlText(version, "nothing-here")});
        QCOMPARE(mixed.code, 1);
        QVERIFY(mixed.out.contains("dir\n"));
    }

    void dfAndExports_data() { TestServer::addVersions(); }
    void dfAndExports()
    {
        QFETCH(int, version);
        const TestServer::ToolResult df = TestServer::runNfsnav({QStringLiteral("df"), TestServer::urlText(version)});
        QCOMPARE(df.code, 0);
        QVERIFY2(df.out.startsWith("Size"), df.out.constData());
        QCOMPARE(df.out.count('\n'), 2);
        if (version == 3) {
            const TestServer::ToolResult ex = TestServer::runNfsnav({QStringLiteral("exports"), QStringLiteral("127.0.0.1")});
            QCOMPARE(ex.code, 0);
            QVERIFY2(ex.out.contains("/srv/test") && ex.out.contains("/srv/ab"), ex.out.constData());
            // ls of the server's root lists its exports, as the window shows them.
            const TestServer::ToolResult root = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("nfs://127.0.0.1/")});
            QVERIFY2(root.code == 0, root.err.constData());
            QVERIFY2(root.out.contains("/srv/test\n") && root.out.contains("/srv/ab\n"), root.out.constData());
        }
    }

    // One command, two NFSv3 exports of one server: each gets its own mount.
    void twoExportsOfOneServer()
    {
        const QString ab = QStringLiteral("nfs://127.0.0.1/srv/ab");
        const TestServer::ToolResult ls = TestServer::runNfsnav({QStringLiteral("ls"), TestServer::urlText(3, "sub"), ab});
        QVERIFY2(ls.code == 0, ls.err.constData());
        QVERIFY2(ls.out.contains("dir\n") && ls.out.contains("marker-ab\n"), ls.out.constData());
        const QString copy = ab + QStringLiteral("/from-test-") + QString::number(QCoreApplication::applicationPid());
        const TestServer::ToolResult cp = TestServer::runNfsnav({QStringLiteral("cp"), TestServer::urlText(3, "hello.txt"), copy});
        QVERIFY2(cp.code == 0, cp.err.constData());
        const TestServer::ToolResult cat = TestServer::runNfsnav({QStringLiteral("cat"), copy});
        QCOMPARE(cat.out, TestServer::runNfsnav({QStringLiteral("cat"), TestServer::urlText(3, "hello.txt")}).out);
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("rm"), copy}).code, 0);
    }

    void transfers_data() { TestServer::addVersions(); }
    void transfers()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        QByteArray data(3 * 1024 * 1024 + 5, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 7919) >> 3);
        const QString src = local.filePath(QStringLiteral("src.bin"));
        {
            QFile f(src);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        }
        const QByteArray dir = TestServer::scratchName("tx");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), TestServer::urlText(version, dir)}).code, 0);
        const QString remote = TestServer::urlText(version, dir + "/up.bin");
        const QString sum = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());

        QCOMPARE(TestServer::runNfsnav({QStringLiteral("put"), src, remote}).code, 0);
        // cat | sha256sum
        QProcess p;
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("set -o pipefail; '%1' cat '%2' | sha256sum").arg(TestServer::nfsnavPath(), remote)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0), sum);
        // get into a file, and into a folder
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("get"), remote, local.filePath(QStringLiteral("down.bin"))}).code, 0);
        QDir(local.path()).mkdir(QStringLiteral("into"));
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("get"), remote, local.filePath(QStringLiteral("into"))}).code, 0);
        for (const QString &name : {QStringLiteral("down.bin"), QStringLiteral("into/up.bin")}) {
            QFile f(local.filePath(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()), sum);
        }
        // cp, also from one mount to another (the other protocol version)
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("cp"), remote, TestServer::urlText(version == 3 ? 4 : 3, dir + "/copy.bin")}).code, 0);
        QCOMPARE(QFileInfo(TestServer::localPath(dir + "/copy.bin")).size(), data.size());
        // -n keeps what is there; - reads standard input
        const TestServer::ToolResult keep = TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("-n"), src, remote});
        QCOMPARE(keep.code, 1);
        QVERIFY2(keep.err.contains("Will not replace"), keep.err.constData());
        QProcess in;
        in.start(TestServer::nfsnavPath(), {QStringLiteral("put"), QStringLiteral("-"), TestServer::urlText(version, dir + "/stdin.txt")});
        QVERIFY(in.waitForStarted());
        in.write("from standard input\n");
        in.closeWriteChannel();
        QVERIFY(in.waitForFinished(60000));
        QCOMPARE(in.exitCode(), 0);
        QFile got(TestServer::localPath(dir + "/stdin.txt"));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), QByteArray("from standard input\n"));
        // With no mode to give, the file gets a new file's (0666 less the umask), not the temporary's 0600.
        const mode_t mask = ::umask(022);
        ::umask(mask);
        struct stat made {};
        QCOMPARE(::stat(QFile::encodeName(got.fileName()).constData(), &made), 0);
        QCOMPARE(made.st_mode & 0777, 0666 & ~mask);
        const TestServer::ToolResult missing = TestServer::runNfsnav({QStringLiteral("get"), TestServer::urlText(version, dir + "/nope"), local.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(!QFileInfo::exists(local.filePath(QStringLiteral("nope"))));
        // No temporary file anywhere.
        QCOMPARE(QDir(TestServer::localPath(dir)).entryList({QStringLiteral(".*nfsnav-*")}, QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(QDir(local.path()).entryList({QStringLiteral(".*nfsnav-*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    void closedStdoutIsQuiet()
    {
        QProcess p;
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"),
                                         QStringLiteral("'%1' ls '%2' | head -n 1").arg(TestServer::nfsnavPath(), TestServer::urlText(3, "big"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.readAllStandardOutput(), QByteArray("f00000\n"));
        QCOMPARE(p.readAllStandardError(), QByteArray());
    }

    // Output that cannot be written (a full disk, a closed stdout) fails the
    // command in words, whichever command printed it.
    void unwritableOutputFails_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("full") << QStringLiteral(">/dev/full") << QByteArray("No space left on device");
        QTest::newRow("closed") << QStringLiteral(">&-") << QByteArray("Bad file descriptor");
    }
    void unwritableOutputFails()
    {
        QFETCH(QString, redirect);
        QFETCH(QByteArray, reason);
        for (const QString &command : {QStringLiteral("ls -l '%1'"), QStringLiteral("stat '%1'"), QStringLiteral("find '%1'")}) {
            QProcess p;
            p.start(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("'%1' %2 %3")
                                                                    .arg(TestServer::nfsnavPath(),
                                                                         command.arg(TestServer::urlText(3, "big")), redirect)});
            QVERIFY(p.waitForFinished(60000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitCode() == 1, qPrintable(command + QLatin1Char(' ') + QString::fromLocal8Bit(err)));
            QVERIFY2(err.contains(reason), err.constData());
        }
    }

    void interruptExits130()
    {
        // A server that accepts connections and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = silent.nextPendingConnection())
                held.append(s);
        });
        const QString port = QString::number(silent.serverPort());
        QProcess p;
        p.start(TestServer::nfsnavPath(), {QStringLiteral("ls"), QStringLiteral("nfs://127.0.0.1:%1/x?mountport=%1&timeout=60").arg(port)});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 10000);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        qDeleteAll(held);
    }

    // What happens to an existing target: --overwrite replaces it, --skip
    // (-n) keeps it and fails, --rename keeps it and names the copy
    // "name (1).ext", then "name (2).ext"; two of them at once are bad usage.
    void conflictPolicies_data() { TestServer::addVersions(); }
    void conflictPolicies()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        const QString src = local.filePath(QStringLiteral("new.txt"));
        QVERIFY(TestServer::writeLocal(src, "new"));
        const QByteArray dir = TestServer::scratchName("conflict");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), TestServer::urlText(version, dir)}).code, 0);
        const QString remote = TestServer::urlText(version, dir + "/f.txt");
        const auto onServer = [&](const QByteArray &name) { return TestServer::readLocal(TestServer::localPath(dir + '/' + name)); };
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("put"), src, remote}).code, 0);
        QVERIFY(TestServer::writeLocal(src, "newer"));

        const TestServer::ToolResult skip = TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("--skip"), src, remote});
        QCOMPARE(skip.code, 1);
        QVERIFY2(skip.err.contains("Will not replace"), skip.err.constData());
        QCOMPARE(onServer("f.txt"), QByteArray("new"));

        for (int n = 1; n <= 2; ++n) {
            const TestServer::ToolResult kept = TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("--rename"), src, remote});
            QVERIFY2(kept.code == 0, kept.err.constData());
            QCOMPARE(onServer("f (" + QByteArray::number(n) + ").txt"), QByteArray("newer"));
        }
        QCOMPARE(onServer("f.txt"), QByteArray("new"));

        QCOMPARE(TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("--overwrite"), src, remote}).code, 0);
        QCOMPARE(onServer("f.txt"), QByteArray("newer"));

        // Downloads too.
        const QString down = local.filePath(QStringLiteral("down.txt"));
        QVERIFY(TestServer::writeLocal(down, "mine"));
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("--rename"), remote, down}).code, 0);
        QCOMPARE(TestServer::readLocal(down), QByteArray("mine"));
        QCOMPARE(TestServer::readLocal(local.filePath(QStringLiteral("down (1).txt"))), QByteArray("newer"));

        // A tree's items that were kept are each named by their URL, as every other error.
        const QString tree = TestServer::urlText(version, dir);
        const QString treeCopy = local.filePath(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(treeCopy));
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"), tree, treeCopy}).code, 0);
        const TestServer::ToolResult again = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"), QStringLiteral("-n"), tree, treeCopy});
        QCOMPARE(again.code, 1);
        const QByteArray itemUrl = TestServer::urlText(version, dir + "/f.txt").toUtf8();
        QVERIFY2(again.err.contains("nfsnav: " + itemUrl + ": Will not replace"), again.err.constData());

        QCOMPARE(TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("--rename"), QStringLiteral("-n"), src, remote}).code, 2);
        QCOMPARE(QDir(TestServer::localPath(dir)).entryList({QStringLiteral(".*nfsnav-*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    // get --resume claims a partial copy left beside the target and moves
    // only the rest when its end matches the source (the head here is
    // deliberately not the source's, so a full copy would show); a partial
    // that does not match is started over. No partial stays behind.
    void resumeGoesOnFromAPartial()
    {
        QTemporaryDir local;
        const QByteArray data = TestServer::randomBytes(3 * 1024 * 1024 + 77, 5);
        const QString src = local.filePath(QStringLiteral("src.bin"));
        QVERIFY(TestServer::writeLocal(src, data));
        const QByteArray dir = TestServer::scratchName("resume");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), TestServer::urlText(3, dir)}).code, 0);
        const QString remote = TestServer::urlText(3, dir + "/got.bin");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("put"), src, remote}).code, 0);

        const qint64 have = 2 * 1024 * 1024;
        const qint64 checked = 64 * 1024;
        const QByteArray head(have - checked, 'Z');
        const QString target = local.filePath(QStringLiteral("got.bin"));
        const QStringList partials{QStringLiteral(".got.bin.nfsnav-*")};
        QVERIFY(TestServer::writeLocal(local.filePath(QStringLiteral(".got.bin.nfsnav-Part01")), head + data.mid(have - checked, checked)));
        const TestServer::ToolResult resumed = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("--resume"), remote, target});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        QCOMPARE(TestServer::readLocal(target), head + data.mid(have - checked));
        QCOMPARE(QDir(local.path()).entryList(partials, QDir::Files | QDir::Hidden), QStringList());

        // Its end differs from the source: everything again.
        QVERIFY(TestServer::writeLocal(local.filePath(QStringLiteral(".got.bin.nfsnav-Part02")), QByteArray(have, 'Y')));
        const TestServer::ToolResult again = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("--resume"), remote, target});
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(TestServer::readLocal(target), data);
        QCOMPARE(QDir(local.path()).entryList(partials, QDir::Files | QDir::Hidden), QStringList());

        // put --resume: the same with the partial on the server, whose last
        // 72 MiB are sent again (what an upload may have had unanswered or
        // not yet COMMITted when it stopped). Here a WRITE in them never
        // landed, though a later one did: a hole under a matching tail.
        const qint64 resent = 72 * 1024 * 1024;
        const QByteArray big = TestServer::randomBytes(90 * 1024 * 1024 + 77, 6);
        const QString bigSrc = local.filePath(QStringLiteral("big.bin"));
        QVERIFY(TestServer::writeLocal(bigSrc, big));
        const qint64 bigHave = 88 * 1024 * 1024;
        const QByteArray kept(bigHave - resent, 'Z');
        QByteArray partial = kept + big.mid(kept.size(), bigHave - kept.size());
        partial.replace(86 * 1024 * 1024, 1024 * 1024, QByteArray(1024 * 1024, '\0'));
        QVERIFY(TestServer::putFile(dir + "/.up.bin.nfsnav-Part03", partial));
        const QString up = TestServer::urlText(3, dir + "/up.bin");
        const TestServer::ToolResult uploaded = TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("--resume"), bigSrc, up});
        QVERIFY2(uploaded.code == 0, uploaded.err.constData());
        const QByteArray landed = TestServer::readLocal(TestServer::localPath(dir + "/up.bin"));
        QCOMPARE(landed.size(), big.size());
        QVERIFY2(landed.startsWith(kept), "the partial's first bytes were not kept");
        QVERIFY2(landed.mid(kept.size()) == big.mid(kept.size()), "the partial's last bytes were not sent again");
        QCOMPARE(QDir(TestServer::localPath(dir)).entryList({QStringLiteral(".*nfsnav-*")}, QDir::Files | QDir::Hidden),
                 QStringList());

        // A partial within that much of its start is sent again whole.
        QVERIFY(TestServer::putFile(dir + "/.up2.bin.nfsnav-Part04", head + data.mid(have - checked, checked)));
        const TestServer::ToolResult small = TestServer::runNfsnav(
            {QStringLiteral("put"), QStringLiteral("--resume"), src, TestServer::urlText(3, dir + "/up2.bin")});
        QVERIFY2(small.code == 0, small.err.constData());
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/up2.bin")), data);
    }

    // SIGINT, SIGTERM (`timeout`) and SIGHUP in the middle of an upload end
    // nfsnav at once with 128 + the signal, and leave neither the real name
    // nor the temporary file.
    void signalsEndCopiesCleanly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("code");
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
        QTest::newRow("SIGHUP") << int(SIGHUP) << 129;
    }
    void signalsEndCopiesCleanly()
    {
        QFETCH(int, signal);
        QFETCH(int, code);
        const QByteArray dir = TestServer::scratchName("sig");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("mkdir"), TestServer::urlText(3, dir)}).code, 0);
        const QStringList temporaries{QStringLiteral(".*nfsnav-*")};
        const QDir onServer(TestServer::localPath(dir));
        QProcess p;
        p.start(TestServer::nfsnavPath(), {QStringLiteral("put"), QStringLiteral("-"), TestServer::urlText(3, dir + "/cut.bin")});
        QVERIFY(p.waitForStarted());
        p.write(QByteArray(256 * 1024, 'x'));
        // Midway: the temporary file exists and standard input stays open.
        QTRY_VERIFY_WITH_TIMEOUT(!onServer.entryList(temporaries, QDir::Files | QDir::Hidden).isEmpty(), 30000);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p.processId()), signal);
        QVERIFY(p.waitForFinished(5000));
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), code);
        QCOMPARE(onServer.entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestNfsnav)
#include "tst_nfsnav.moc"
