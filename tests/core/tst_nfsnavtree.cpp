// SPDX-License-Identifier: GPL-3.0-or-later
// The nfsnav commands for attributes, links and whole trees end to end against
// the real server: rm -r/-f, chmod, chown, touch, truncate, ln, readlink, du,
// find; NFSNAV_UID/GID/VERSION and @bookmark URLs. Results are checked on the
// server's own disk.
#include "bookmarkstore.h"
#include "testserver.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QString url(int version, const QByteArray &sub, const QString &extra = {})
{
    return TestServer::urlText(version, sub, extra);
}

// The URL of `sub` with `rawTail` appended as written: "%0A" stays an escape.
QString rawUrl(int version, const QByteArray &sub, const QString &rawTail)
{
    const QString base = TestServer::urlText(version, sub);
    const qsizetype q = base.indexOf(QLatin1Char('?'));
    return q < 0 ? base + QLatin1Char('/') + rawTail : base.left(q) + QLatin1Char('/') + rawTail + base.mid(q);
}

QByteArray local(const QByteArray &sub)
{
    return QFile::encodeName(TestServer::localPath({})) + '/' + sub;
}

struct ::stat lstatLocal(const QByteArray &sub)
{
    struct ::stat st = {};
    if (::lstat(local(sub).constData(), &st) != 0)
        st.st_ino = 0;
    return st;
}

bool existsLocal(const QByteArray &sub)
{
    struct ::stat st;
    return ::lstat(local(sub).constData(), &st) == 0;
}

QByteArray readlinkLocal(const QByteArray &sub)
{
    char buf[4096];
    const ssize_t n = ::readlink(local(sub).constData(), buf, sizeof buf);
    return n < 0 ? QByteArray() : QByteArray(buf, n);
}

// Runs nfsnav and checks that it succeeded, printing its stderr when not.
#define TOOL_OK(...)                                                                                              \
    do {                                                                                                          \
        const TestServer::ToolResult r_ = TestServer::runNfsnav(__VA_ARGS__);                                                                   \
        QVERIFY2(r_.code == 0, (QByteArray::number(r_.code) + ": " + r_.err).constData());                        \
    } while (false)

// The known tree: a.txt (10 bytes), B.TXT (20), sub/c.txt (5), sub/hard (hard
// link to it), sub/deep/d.log (0), sibling/keep.txt (7), tosib -> sibling,
// dangling -> nowhere. Made with nfsnav itself.
bool makeKnownTree(int version, const QByteArray &dir)
{
    const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
    const QList<QStringList> steps{
        {QStringLiteral("mkdir"), QStringLiteral("-p"), at("sub/deep"), at("sibling")},
        {QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("10"), at("a.txt")},
        {QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("20"), at("B.TXT")},
        {QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("5"), at("sub/c.txt")},
        {QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("7"), at("sibling/keep.txt")},
        {QStringLiteral("touch"), at("sub/deep/d.log")},
        {QStringLiteral("ln"), at("sub/c.txt"), at("sub/hard")},
        {QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("sibling"), at("tosib")},
        {QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("nowhere"), at("dangling")},
    };
    for (const QStringList &s : steps) {
        const TestServer::ToolResult r = TestServer::runNfsnav(s);
        if (r.code != 0) {
            qWarning("%s: %s", qPrintable(s.join(QLatin1Char(' '))), r.err.constData());
            return false;
        }
    }
    return true;
}

} // namespace

class TestNfsnavTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        QVERIFY2(QFileInfo(TestServer::nfsnavPath()).isExecutable(), qPrintable(TestServer::nfsnavPath()));
    }

    void helpListsCommands()
    {
        const TestServer::ToolResult help = TestServer::runNfsnav({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *cmd : {"rm [-r] [-f]", "chmod", "chown", "touch", "truncate", "ln", "readlink", "du", "find"})
            QVERIFY2(help.out.contains(QByteArray("  ") + cmd + ' '), cmd);
        QVERIFY(help.out.contains("NFSNAV_UID"));
    }

    // Each command tells its own usage and options: "CMD --help" and
    // "help CMD" alike, on stdout, exit status 0, nothing run.
    void commandHelp()
    {
        const TestServer::ToolResult all = TestServer::runNfsnav({QStringLiteral("--help")});
        QStringList commands;
        for (const QByteArray &line : all.out.split('\n')) {
            if (line.startsWith("  ") && line.size() > 2 && line.at(2) >= 'a' && line.at(2) <= 'z')
                commands.append(QString::fromUtf8(line.mid(2, line.indexOf(' ', 2) - 2)));
        }
        QVERIFY2(commands.size() >= 20, qPrintable(commands.join(QLatin1Char(' '))));
        for (const QString &c : std::as_const(commands)) {
            const TestServer::ToolResult r = TestServer::runNfsnav({c, QStringLiteral("--help")});
            QVERIFY2(r.code == 0, qPrintable(c + QLatin1String(": ") + QString::fromUtf8(r.err)));
            QVERIFY2(r.out.startsWith("Usage: nfsnav " + c.toUtf8() + ' '), r.out.constData());
            QVERIFY2(r.err.isEmpty(), r.err.constData());
            QCOMPARE(TestServer::runNfsnav({QStringLiteral("help"), c}).out, r.out);
        }
        const TestServer::ToolResult get = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("--help")});
        QVERIFY2(get.out.contains("Options:\n") && get.out.contains("--skip") && get.out.contains("--resume"),
                 get.out.constData());
        // In another language too, where Qt words its own "Options:" header.
        const TestServer::ToolResult german = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("--help")},
                                                                   {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_ALL=")});
        QVERIFY2(german.out.startsWith("Aufruf: nfsnav get ") && german.out.contains("--skip"), german.out.constData());
        const TestServer::ToolResult find = TestServer::runNfsnav({QStringLiteral("find"), QStringLiteral("--help")});
        QVERIFY2(find.out.contains("-iname PATTERN"), find.out.constData());
        // Help wins over a URL that would fail.
        const TestServer::ToolResult rm = TestServer::runNfsnav({QStringLiteral("rm"), QStringLiteral("nfs://no.such.host.invalid/x"), QStringLiteral("--help")});
        QCOMPARE(rm.code, 0);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("needle");
        const QString u = QStringLiteral("nfs://127.0.0.1/srv/test/x");
        QTest::newRow("chmod-mode") << QStringList{QStringLiteral("chmod"), QStringLiteral("9x"), u} << QByteArray("bad mode '9x'");
        QTest::newRow("chmod-big") << QStringList{QStringLiteral("chmod"), QStringLiteral("17777"), u} << QByteArray("bad mode");
        QTest::newRow("chmod-no-url") << QStringList{QStringLiteral("chmod"), QStringLiteral("644")} << QByteArray("chmod");
        QTest::newRow("chown-name") << QStringList{QStringLiteral("chown"), QStringLiteral("root"), u} << QByteArray("bad owner 'root'");
        QTest::newRow("chown-colon") << QStringList{QStringLiteral("chown"), QStringLiteral("1:x"), u} << QByteArray("bad owner");
        QTest::newRow("truncate-no-size") << QStringList{QStringLiteral("truncate"), u} << QByteArray("missing -s SIZE");
        QTest::newRow("truncate-bad-size") << QStringList{QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("3Q"), u}
                                           << QByteArray("bad size '3Q'");
        QTest::newRow("ln-one") << QStringList{QStringLiteral("ln"), u} << QByteArray("ln: needs");
        QTest::newRow("find-no-pattern") << QStringList{QStringLiteral("find"), u, QStringLiteral("-name")} << QByteArray("-name needs");
        QTest::newRow("find-bad-pattern") << QStringList{QStringLiteral("find"), u, QStringLiteral("-name"), QStringLiteral("[x")}
                                          << QByteArray("bad pattern");
        QTest::newRow("find-unknown") << QStringList{QStringLiteral("find"), u, QStringLiteral("-type"), QStringLiteral("f")}
                                      << QByteArray("unknown option '-type'");
        QTest::newRow("du-no-url") << QStringList{QStringLiteral("du")} << QByteArray("du: missing URL");
        QTest::newRow("rm-bad-url-first") << QStringList{QStringLiteral("rm"), QStringLiteral("-r"), u, QStringLiteral("nfs:///x")}
                                          << QByteArray("missing host");
        QTest::newRow("env-version") << QStringList{QStringLiteral("ls"), u, QStringLiteral("ENV:NFSNAV_VERSION=5")}
                                     << QByteArray("NFSNAV_VERSION: bad version '5'");
        QTest::newRow("env-uid") << QStringList{QStringLiteral("ls"), u, QStringLiteral("ENV:NFSNAV_UID=abc")}
                                 << QByteArray("bad NFSNAV_UID 'abc'");
        QTest::newRow("no-bookmark") << QStringList{QStringLiteral("ls"), QStringLiteral("@no-such-mark/x")}
                                     << QByteArray("no bookmark named 'no-such-mark'");
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, needle);
        QStringList env;
        for (qsizetype i = args.size() - 1; i >= 0; --i) {
            if (args.at(i).startsWith(QLatin1String("ENV:")))
                env.append(args.takeAt(i).mid(4));
        }
        QTemporaryDir config;
        env.append(QStringLiteral("XDG_CONFIG_HOME=") + config.path());
        const TestServer::ToolResult r = TestServer::runNfsnav(args, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith("nfsnav: "), r.err.constData());
        QVERIFY2(r.err.contains(needle), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void removeRecursive_data() { TestServer::addVersions(); }
    void removeRecursive()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("rm");
        const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("mkdir"), QStringLiteral("-p"), at("victim/inner"), at("sibling")});
        TOOL_OK({QStringLiteral("touch"), at("sibling/keep"), at("victim/inner/x"), at("victim/y")});
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("../sibling"), at("victim/tosib")});
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QString::fromUtf8(TestServer::path(version, dir + "/sibling")),
                 at("victim/abs")});

        const TestServer::ToolResult noR = TestServer::runNfsnav({QStringLiteral("rm"), at("victim")});
        QCOMPARE(noR.code, 1);
        QVERIFY2(noR.err.contains("Is a folder (use rm -r"), noR.err.constData());

        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("rm"), QStringLiteral("-r"), at("victim")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.isEmpty() && r.out.isEmpty());
        QVERIFY(!existsLocal(dir + "/victim"));
        QVERIFY(existsLocal(dir + "/sibling/keep"));   // what the links pointed to is whole

        const TestServer::ToolResult missing = TestServer::runNfsnav({QStringLiteral("rm"), QStringLiteral("-r"), at("victim")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.startsWith("nfsnav: " + at("victim").toUtf8() + ": No such file"), missing.err.constData());
        for (const QString &opts : {QStringLiteral("-rf"), QStringLiteral("-f"), QStringLiteral("-fR")}) {
            const TestServer::ToolResult forced = TestServer::runNfsnav({QStringLiteral("rm"), opts, at("victim"), at("nothing")});
            QCOMPARE(forced.code, 0);
            QVERIFY2(forced.err.isEmpty(), forced.err.constData());
        }
        // -r also removes plain files and symlinks given as such.
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("sibling"), at("link")});
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), at("link"), at("sibling/keep")});
        QVERIFY(!existsLocal(dir + "/link"));
        QVERIFY(!existsLocal(dir + "/sibling/keep"));
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
        QVERIFY(!existsLocal(dir));
    }

    void removeGoesOnAfterFailures_data() { TestServer::addVersions(); }
    void removeGoesOnAfterFailures()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("partial");
        // Made over NFSv3, which may chmod folders (libnfs 4.0 cannot over NFSv4).
        const auto v3 = [&](const QByteArray &rel) { return url(3, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("mkdir"), QStringLiteral("-p"), v3("open"), v3("locked")});
        TOOL_OK({QStringLiteral("touch"), v3("open/a"), v3("locked/x"), v3("locked/y"), v3("z")});
        TOOL_OK({QStringLiteral("chmod"), QStringLiteral("777"), url(3, dir), v3("open")});
        // uid 1234 may empty "open" but nothing in "locked" (root's, 0755).
        const QString other = QStringLiteral("uid=1234&gid=1234");
        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir, other)});
        QCOMPARE(r.code, 1);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const char *name : {"x", "y"}) {
            const QByteArray expected = "nfsnav: " + url(version, dir + "/locked/" + name, other).toUtf8() + ": Permission denied";
            QVERIFY2(r.err.contains(expected), r.err.constData());
        }
        QVERIFY(!existsLocal(dir + "/open"));
        QVERIFY(!existsLocal(dir + "/z"));
        QVERIFY(existsLocal(dir + "/locked/y"));
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
        QVERIFY(!existsLocal(dir));
    }

    void chmodChown_data() { TestServer::addVersions(); }
    void chmodChown()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("attr");
        const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("mkdir"), QStringLiteral("-p"), at("d")});
        TOOL_OK({QStringLiteral("touch"), at("f"), at("g")});
        TOOL_OK({QStringLiteral("chmod"), QStringLiteral("640"), at("f"), at("g")});
        QCOMPARE(lstatLocal(dir + "/f").st_mode & 07777, mode_t(0640));
        QCOMPARE(lstatLocal(dir + "/g").st_mode & 07777, mode_t(0640));
        TOOL_OK({QStringLiteral("chmod"), QStringLiteral("4755"), at("f")});
        QCOMPARE(lstatLocal(dir + "/f").st_mode & 07777, mode_t(04755));

        // A folder: libnfs 4.0 cannot over NFSv4, and says so (exit 1).
        const TestServer::ToolResult folder = TestServer::runNfsnav({QStringLiteral("chmod"), QStringLiteral("700"), at("d")});
        if (version == 3) {
            QVERIFY2(folder.code == 0, folder.err.constData());
            QCOMPARE(lstatLocal(dir + "/d").st_mode & 07777, mode_t(0700));
        } else {
            QCOMPARE(folder.code, 1);
            QVERIFY2(folder.err.contains("libnfs 4.0"), folder.err.constData());
        }

        TOOL_OK({QStringLiteral("chown"), QStringLiteral("4321:8765"), at("f")});
        QCOMPARE(lstatLocal(dir + "/f").st_uid, uid_t(4321));
        QCOMPARE(lstatLocal(dir + "/f").st_gid, gid_t(8765));
        TOOL_OK({QStringLiteral("chown"), QStringLiteral(":77"), at("f")});
        QCOMPARE(lstatLocal(dir + "/f").st_uid, uid_t(4321));
        QCOMPARE(lstatLocal(dir + "/f").st_gid, gid_t(77));
        TOOL_OK({QStringLiteral("chown"), QStringLiteral("99"), at("f")});
        QCOMPARE(lstatLocal(dir + "/f").st_uid, uid_t(99));
        QCOMPARE(lstatLocal(dir + "/f").st_gid, gid_t(77));

        // Through a symlink by default; -h changes the link itself.
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("g"), at("tog")});
        TOOL_OK({QStringLiteral("chown"), QStringLiteral("55:66"), at("tog")});
        QCOMPARE(lstatLocal(dir + "/g").st_uid, uid_t(55));
        QCOMPARE(lstatLocal(dir + "/tog").st_uid, uid_t(0));
        const TestServer::ToolResult link = TestServer::runNfsnav({QStringLiteral("chown"), QStringLiteral("-h"), QStringLiteral("77:88"), at("tog")});
        if (version == 3) {
            QVERIFY2(link.code == 0, link.err.constData());
            QCOMPARE(lstatLocal(dir + "/tog").st_uid, uid_t(77));
        } else {
            // libnfs 4.0 opens the object to change its attributes over NFSv4 and so
            // cannot reach a symlink (it reports success and changes nothing): refused.
            QCOMPARE(link.code, 1);
            QVERIFY2(link.err.contains("libnfs 4.0"), link.err.constData());
        }
        QCOMPARE(lstatLocal(dir + "/g").st_uid, uid_t(55));

        // Several URLs: goes on after a failure, exits 1.
        const TestServer::ToolResult mixed = TestServer::runNfsnav({QStringLiteral("chmod"), QStringLiteral("600"), at("missing"), at("g")});
        QCOMPARE(mixed.code, 1);
        QVERIFY2(mixed.err.startsWith("nfsnav: " + at("missing").toUtf8() + ": No such file"), mixed.err.constData());
        QCOMPARE(lstatLocal(dir + "/g").st_mode & 07777, mode_t(0600));
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
    }

    void touchAndTruncate_data() { TestServer::addVersions(); }
    void touchAndTruncate()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("touch");
        const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("mkdir"), url(version, dir)});
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        TOOL_OK({QStringLiteral("touch"), at("new"), rawUrl(version, dir, QStringLiteral("sp%20ace"))});
        const struct ::stat created = lstatLocal(dir + "/new");
        QVERIFY(S_ISREG(created.st_mode));
        QCOMPARE(created.st_size, off_t(0));
        QVERIFY2(qAbs(qint64(created.st_mtime) - now) < 120, qPrintable(QString::number(created.st_mtime)));
        const mode_t umask = [] { const mode_t m = ::umask(0); ::umask(m); return m; }();
        QCOMPARE(created.st_mode & 0777, mode_t(0666 & ~umask));
        QVERIFY(existsLocal(dir + "/sp ace"));

        // An existing file's times become now; its contents stay.
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("3"), at("old")});
        TOOL_OK({QStringLiteral("touch"), at("old")});
        QCOMPARE(lstatLocal(dir + "/old").st_size, off_t(3));
        QVERIFY(qAbs(qint64(lstatLocal(dir + "/old").st_mtime) - now) < 120);

        TOOL_OK({QStringLiteral("touch"), QStringLiteral("-c"), at("not-made")});
        QVERIFY(!existsLocal(dir + "/not-made"));

        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("1K"), at("new")});
        QCOMPARE(lstatLocal(dir + "/new").st_size, off_t(1024));
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("--size"), QStringLiteral("2M"), at("new")});
        QCOMPARE(lstatLocal(dir + "/new").st_size, off_t(2 * 1024 * 1024));
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("0"), at("new"), at("fresh")});
        QCOMPARE(lstatLocal(dir + "/new").st_size, off_t(0));
        QVERIFY(existsLocal(dir + "/fresh"));
        QCOMPARE(lstatLocal(dir + "/fresh").st_mode & 0777, mode_t(0666 & ~umask));
        QVERIFY(qAbs(qint64(lstatLocal(dir + "/fresh").st_mtime) - now) < 120);
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-c"), QStringLiteral("-s"), QStringLiteral("5"), at("not-made")});
        QVERIFY(!existsLocal(dir + "/not-made"));

        const TestServer::ToolResult intoFile = TestServer::runNfsnav({QStringLiteral("touch"), at("new/x")});
        QCOMPARE(intoFile.code, 1);
        QVERIFY2(intoFile.err.startsWith("nfsnav: " + at("new/x").toUtf8() + ": "), intoFile.err.constData());
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
    }

    void links_data() { TestServer::addVersions(); }
    void links()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("ln");
        const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("mkdir"), QStringLiteral("-p"), at("folder")});
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("4"), at("f")});

        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("../dangling target"), at("soft")});
        QCOMPARE(readlinkLocal(dir + "/soft"), QByteArray("../dangling target"));
        const TestServer::ToolResult rl = TestServer::runNfsnav({QStringLiteral("readlink"), at("soft")});
        QCOMPARE(rl.code, 0);
        QCOMPARE(rl.out, QByteArray("../dangling target\n"));

        TOOL_OK({QStringLiteral("ln"), at("f"), at("hard")});
        QCOMPARE(lstatLocal(dir + "/hard").st_ino, lstatLocal(dir + "/f").st_ino);
        QCOMPARE(lstatLocal(dir + "/f").st_nlink, nlink_t(2));

        // An existing folder receives the link under the target's name.
        TOOL_OK({QStringLiteral("ln"), at("f"), at("folder")});
        QCOMPARE(lstatLocal(dir + "/folder/f").st_ino, lstatLocal(dir + "/f").st_ino);
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("/some/where"), at("folder")});
        QCOMPARE(readlinkLocal(dir + "/folder/where"), QByteArray("/some/where"));

        // An existing destination: refused, or replaced with -f.
        const TestServer::ToolResult exists = TestServer::runNfsnav({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("other"), at("soft")});
        QCOMPARE(exists.code, 1);
        QVERIFY2(exists.err.contains("Already exists"), exists.err.constData());
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-sf"), QStringLiteral("other"), at("soft")});
        QCOMPARE(readlinkLocal(dir + "/soft"), QByteArray("other"));

        // -n: a symlink to a folder as the destination is replaced, not entered.
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("folder"), at("tofolder")});
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-sfn"), QStringLiteral("elsewhere"), at("tofolder")});
        QCOMPARE(readlinkLocal(dir + "/tofolder"), QByteArray("elsewhere"));
        QVERIFY(!existsLocal(dir + "/folder/elsewhere"));

        // Names and targets with special bytes survive.
        const QString odd = rawUrl(version, dir, QStringLiteral("odd%0Aname"));
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("tab\there"), odd});
        QCOMPARE(readlinkLocal(dir + "/odd\nname"), QByteArray("tab\there"));
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("readlink"), odd}).out, QByteArray("tab\\there\n"));

        const TestServer::ToolResult notLink = TestServer::runNfsnav({QStringLiteral("readlink"), at("f"), at("soft")});
        QCOMPARE(notLink.code, 1);
        QVERIFY2(notLink.err.startsWith("nfsnav: " + at("f").toUtf8() + ": Not a symbolic link"), notLink.err.constData());
        QCOMPARE(notLink.out, QByteArray("other\n"));
        const TestServer::ToolResult across = TestServer::runNfsnav({QStringLiteral("ln"), at("f"), url(version, dir + "/x", QStringLiteral("uid=5"))});
        QCOMPARE(across.code, 1);
        QVERIFY2(across.err.contains("one server and export"), across.err.constData());
        // What the server refuses as EINVAL, in words that fit the command.
        const TestServer::ToolResult folderLink = TestServer::runNfsnav({QStringLiteral("ln"), at("folder"), at("hardfolder")});
        QCOMPARE(folderLink.code, 1);
        QVERIFY2(folderLink.err.contains("A hard link can only be made to a file"), folderLink.err.constData());
        const TestServer::ToolResult truncated = TestServer::runNfsnav({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("0"), at("folder")});
        QCOMPARE(truncated.code, 1);
        QVERIFY2(truncated.err.contains("Only a file can be truncated"), truncated.err.constData());
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
    }

    // A copy onto a symbolic link writes the file it leads to, as cp(1)
    // does, and keeps the link; one that leads nowhere is refused.
    void copiesWriteThroughLinks_data() { TestServer::addVersions(); }
    void copiesWriteThroughLinks()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("through");
        const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("mkdir"), QStringLiteral("-p"), at("real")});
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("1"), at("real/f")});
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("real/f"), at("link")});
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("link"), at("link2")});
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("nowhere"), at("dangling")});
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString source = tmp.filePath(QStringLiteral("five"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("12345") == 5);
        f.close();

        TOOL_OK({QStringLiteral("put"), source, at("link2")});
        QCOMPARE(readlinkLocal(dir + "/link2"), QByteArray("link"));
        QCOMPARE(readlinkLocal(dir + "/link"), QByteArray("real/f"));
        QCOMPARE(lstatLocal(dir + "/real/f").st_size, off_t(5));
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("3"), at("other")});
        TOOL_OK({QStringLiteral("cp"), at("other"), at("link")});
        QCOMPARE(readlinkLocal(dir + "/link"), QByteArray("real/f"));
        QCOMPARE(lstatLocal(dir + "/real/f").st_size, off_t(3));

        const TestServer::ToolResult nowhere = TestServer::runNfsnav({QStringLiteral("put"), source, at("dangling")});
        QCOMPARE(nowhere.code, 1);
        QVERIFY2(nowhere.err.contains("leads nowhere"), nowhere.err.constData());
        QCOMPARE(readlinkLocal(dir + "/dangling"), QByteArray("nowhere"));
        QVERIFY(!existsLocal(dir + "/nowhere"));
        // What --skip keeps is the name given, link or not.
        const TestServer::ToolResult skipped = TestServer::runNfsnav({QStringLiteral("put"), QStringLiteral("-n"), source, at("dangling")});
        QCOMPARE(skipped.code, 1);
        QVERIFY2(skipped.err.contains("Will not replace"), skipped.err.constData());
        QCOMPARE(readlinkLocal(dir + "/dangling"), QByteArray("nowhere"));

        // A local link as get's target likewise.
        const QString localLink = tmp.filePath(QStringLiteral("locallink"));
        QVERIFY(QFile::link(source, localLink));
        TOOL_OK({QStringLiteral("get"), at("other"), localLink});
        QVERIFY(QFileInfo(localLink).isSymLink());
        QCOMPARE(QFileInfo(source).size(), qint64(3));
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
    }

    void moveNoClobber_data() { TestServer::addVersions(); }
    void moveNoClobber()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("mv");
        const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("mkdir"), url(version, dir)});
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("1"), at("a")});
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("2"), at("b")});
        // -n keeps an existing target, and says so as cp -n, get -n and put -n do.
        const TestServer::ToolResult kept = TestServer::runNfsnav({QStringLiteral("mv"), QStringLiteral("-n"), at("a"), at("b")});
        QCOMPARE(kept.code, 1);
        QVERIFY2(kept.err.contains("Will not replace"), kept.err.constData());
        QCOMPARE(lstatLocal(dir + "/a").st_size, off_t(1));
        QCOMPARE(lstatLocal(dir + "/b").st_size, off_t(2));
        TOOL_OK({QStringLiteral("mv"), QStringLiteral("-n"), at("a"), at("c")});
        QVERIFY(!existsLocal(dir + "/a"));
        QCOMPARE(lstatLocal(dir + "/c").st_size, off_t(1));
        TOOL_OK({QStringLiteral("mv"), at("c"), at("b")});
        QVERIFY(!existsLocal(dir + "/c"));
        QCOMPARE(lstatLocal(dir + "/b").st_size, off_t(1));
        // Onto itself, or a folder into itself: refused in words, nothing moved.
        for (const char *cmd : {"mv", "cp"}) {
            const TestServer::ToolResult self = TestServer::runNfsnav({QLatin1String(cmd), at("b"), at("b")});
            QCOMPARE(self.code, 1);
            QVERIFY2(self.err.contains("is both the source and the destination"), self.err.constData());
            QCOMPARE(lstatLocal(dir + "/b").st_size, off_t(1));
        }
        TOOL_OK({QStringLiteral("mkdir"), at("d")});
        const TestServer::ToolResult inside = TestServer::runNfsnav({QStringLiteral("mv"), at("d"), at("d/e")});
        QCOMPARE(inside.code, 1);
        QVERIFY2(inside.err.contains("a folder cannot go into itself"), inside.err.constData());
        QVERIFY(existsLocal(dir + "/d"));
        const TestServer::ToolResult catFolder = TestServer::runNfsnav({QStringLiteral("cat"), at("d")});
        QCOMPARE(catFolder.code, 1);
        QVERIFY2(catFolder.err.contains("as a file: it is a folder"), catFolder.err.constData());
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
    }

    // A folder copied into itself is refused at once: a copy that went on
    // would copy what it had just made, level after level, without end.
    void copyIntoItselfIsRefused_data() { TestServer::addVersions(); }
    void copyIntoItselfIsRefused()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("cpself");
        const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("mkdir"), QStringLiteral("-p"), at("sub/deep")});
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("3"), at("sub/f")});
        for (const QByteArray &target : {QByteArray("sub/inner"), QByteArray("sub"), QByteArray("sub/deep")}) {
            const TestServer::ToolResult r =
                TestServer::runNfsnav({QStringLiteral("cp"), QStringLiteral("-r"), at("sub"), at(target)});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("Cannot copy a folder into itself"), r.err.constData());
        }
        QVERIFY(!existsLocal(dir + "/sub/inner"));
        QVERIFY(!existsLocal(dir + "/sub/sub"));
        QVERIFY(!existsLocal(dir + "/sub/deep/sub"));
        // Beside itself is a copy like any other.
        TOOL_OK({QStringLiteral("cp"), QStringLiteral("-r"), at("sub"), at("sub2")});
        QCOMPARE(lstatLocal(dir + "/sub2/f").st_size, off_t(3));
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
    }

    // ls of a symbolic link that leads to no folder shows the link, as ls(1)
    // does: one to nowhere with or without -l; one out of the export with -l,
    // and without it says where it leads.
    void lsOfALinkShowsTheLink_data() { TestServer::addVersions(); }
    void lsOfALinkShowsTheLink()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("lslink");
        QVERIFY(makeKnownTree(version, dir));
        const auto at = [&](const QByteArray &rel) { return url(version, dir + '/' + rel); };
        TOOL_OK({QStringLiteral("ln"), QStringLiteral("-s"), QStringLiteral("/etc"), at("outside")});
        TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("-l"), at("dangling")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("l") && r.out.contains("dangling") && r.out.endsWith(" -> nowhere\n"), r.out.constData());
        // In a folder's long listing too, sorted or as it comes.
        for (const QString &order : {QStringLiteral("-l"), QStringLiteral("-lU")}) {
            r = TestServer::runNfsnav({QStringLiteral("ls"), order, url(version, dir)});
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2(r.out.contains(" dangling -> nowhere\n") && r.out.contains(" outside -> /etc\n")
                         && r.out.contains(" tosib -> sibling\n") && r.out.contains(" a.txt\n"),
                     r.out.constData());
        }
        r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("-l"), url(version, dir)});
        QVERIFY2(r.out.indexOf(" B.TXT\n") < r.out.indexOf(" dangling -> ") && r.out.indexOf(" dangling -> ") < r.out.indexOf(" outside -> ")
                     && r.out.indexOf(" outside -> ") < r.out.indexOf(" sibling\n"),
                 r.out.constData());
        r = TestServer::runNfsnav({QStringLiteral("ls"), at("dangling")});
        QVERIFY2(r.code == 0 && r.out.contains("dangling"), r.err.constData());
        r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("-l"), at("outside")});
        QVERIFY2(r.code == 0 && r.out.startsWith("l"), r.err.constData());
        r = TestServer::runNfsnav({QStringLiteral("ls"), at("outside")});
        if (version == 3) {
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("outside the export"), r.err.constData());
        } else {
            // Over NFSv4 an absolute target is a path in the server's pseudo tree, where /etc is not.
            QVERIFY2(r.code == 0 && r.out.contains("outside"), r.err.constData());
        }
        r = TestServer::runNfsnav({QStringLiteral("ls"), at("nothing-here")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("No such file or folder"), r.err.constData());
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), url(version, dir)});
    }

    void duAndFind_data() { TestServer::addVersions(); }
    void duAndFind()
    {
        QFETCH(int, version);
        const QByteArray dir = TestServer::scratchName("tree");
        QVERIFY(makeKnownTree(version, dir));
        const QString root = url(version, dir);
        const QByteArray path = TestServer::path(version, dir);

        const TestServer::ToolResult total = TestServer::runNfsnav({QStringLiteral("du"), QStringLiteral("-s"), QStringLiteral("-b"), root});
        QVERIFY2(total.code == 0, total.err.constData());
        QCOMPARE(total.out, "42\t" + root.toUtf8() + '\n');   // sub/hard counts once; links not followed
        const TestServer::ToolResult perFolder = TestServer::runNfsnav({QStringLiteral("du"), QStringLiteral("-b"), root});
        QCOMPARE(perFolder.code, 0);
        QCOMPARE(perFolder.out, "7\t" + url(version, dir + "/sibling").toUtf8() + "\n5\t"
                     + url(version, dir + "/sub").toUtf8() + "\n42\t" + root.toUtf8() + '\n');
        // A symlink to a folder given as the URL is the link: its size only.
        const QString link = url(version, dir + "/tosib");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("du"), QStringLiteral("-b"), link}).out, "0\t" + link.toUtf8() + '\n');
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("find"), link}).out, path + "/tosib\n");
        TOOL_OK({QStringLiteral("truncate"), QStringLiteral("-s"), QStringLiteral("3000"), url(version, dir + "/a.txt")});
        const TestServer::ToolResult human = TestServer::runNfsnav({QStringLiteral("du"), QStringLiteral("-s"), root});
        QCOMPARE(human.out, "3.0K\t" + root.toUtf8() + '\n');

        const TestServer::ToolResult txt = TestServer::runNfsnav({QStringLiteral("find"), root, QStringLiteral("-name"), QStringLiteral("*.txt")});
        QVERIFY2(txt.code == 0, txt.err.constData());
        QCOMPARE(txt.out, path + "/a.txt\n" + path + "/sibling/keep.txt\n" + path + "/sub/c.txt\n");
        const TestServer::ToolResult nocase = TestServer::runNfsnav({QStringLiteral("find"), root, QStringLiteral("-iname"), QStringLiteral("*.TXT"),
                                       QStringLiteral("--url")});
        QCOMPARE(nocase.out, url(version, dir + "/B.TXT").toUtf8() + '\n' + url(version, dir + "/a.txt").toUtf8() + '\n'
                     + url(version, dir + "/sibling/keep.txt").toUtf8() + '\n' + url(version, dir + "/sub/c.txt").toUtf8()
                     + '\n');
        // Never through the symlinked folder: keep.txt once.
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("find"), root, QStringLiteral("-name"), QStringLiteral("keep*")}).out,
                 path + "/sibling/keep.txt\n");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("find"), root, QStringLiteral("-name"), QStringLiteral("tosib")}).out,
                 path + "/tosib\n");

        // Names are printed escaped, or as URLs that address their bytes.
        TOOL_OK({QStringLiteral("touch"), rawUrl(version, dir, QStringLiteral("new%0Aline.txt")),
                 rawUrl(version, dir, QStringLiteral("caf%E9"))});
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("find"), root, QStringLiteral("-name"), QStringLiteral("new*")}).out,
                 path + "/new\\nline.txt\n");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("find"), root, QStringLiteral("-name"), QStringLiteral("caf*")}).out,
                 path + "/caf\\xe9\n");
        const QByteArray asUrl = TestServer::runNfsnav({QStringLiteral("find"), root, QStringLiteral("-name"), QStringLiteral("new*"),
                                          QStringLiteral("--url")}).out;
        QCOMPARE(asUrl, rawUrl(version, dir, QStringLiteral("new%0Aline.txt")).toUtf8() + '\n');
        TOOL_OK({QStringLiteral("rm"), QString::fromUtf8(asUrl.trimmed())});
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), root});
    }

    void unreadableFoldersReported_data() { TestServer::addVersions(); }
    void unreadableFoldersReported()
    {
        QFETCH(int, version);
        // uid 1234 cannot read the fixture's private folder; the rest still counts.
        const QString other = QStringLiteral("uid=1234&gid=1234");
        const QString privateUrl = url(version, "private", other);
        const TestServer::ToolResult find = TestServer::runNfsnav({QStringLiteral("find"), url(version, "sub", other), url(version, {}, other),
                                     QStringLiteral("-name"), QStringLiteral("file")});
        QCOMPARE(find.code, 1);
        QVERIFY2(find.err.contains("nfsnav: " + privateUrl.toUtf8() + ": Permission denied"), find.err.constData());
        // Both starting points were walked, the second after the first.
        const QByteArray hit = TestServer::path(version, "sub/dir/file") + '\n';
        // Other suites leave their own files in scratch/ on the shared server.
        QByteArray fixtureHits;
        for (const QByteArray &line : find.out.split('\n')) {
            if (!line.isEmpty() && !line.contains("/scratch/"))
                fixtureHits += line + '\n';
        }
        QCOMPARE(fixtureHits, hit + hit);
        const TestServer::ToolResult du = TestServer::runNfsnav({QStringLiteral("du"), QStringLiteral("-s"), QStringLiteral("-b"), url(version, {}, other)});
        QCOMPARE(du.code, 1);
        QVERIFY2(du.err.contains("nfsnav: " + privateUrl.toUtf8() + ": Permission denied"), du.err.constData());
        QVERIFY2(du.out.endsWith('\t' + url(version, {}, other).toUtf8() + '\n'), du.out.constData());
    }

    void environmentDefaults_data() { TestServer::addVersions(); }
    void environmentDefaults()
    {
        QFETCH(int, version);
        const QStringList stranger{QStringLiteral("NFSNAV_UID=1234"), QStringLiteral("NFSNAV_GID=1234")};
        const TestServer::ToolResult denied = TestServer::runNfsnav({QStringLiteral("ls"), url(version, "private")}, stranger);
        QCOMPARE(denied.code, 1);
        QVERIFY2(denied.err.contains("Permission denied"), denied.err.constData());
        // What the URL says wins.
        const TestServer::ToolResult own = TestServer::runNfsnav({QStringLiteral("ls"), url(version, "private", QStringLiteral("uid=0&gid=0"))}, stranger);
        QVERIFY2(own.code == 0, own.err.constData());
        QCOMPARE(own.out, QByteArray("secret\n"));

        // Files made under NFSNAV_UID/GID belong to them.
        const QByteArray dir = TestServer::scratchName("env");
        TOOL_OK({QStringLiteral("touch"), url(version, dir)}, {QStringLiteral("NFSNAV_UID=4321"), QStringLiteral("NFSNAV_GID=4322")});
        QCOMPARE(lstatLocal(dir).st_uid, uid_t(4321));
        QCOMPARE(lstatLocal(dir).st_gid, gid_t(4322));
        TOOL_OK({QStringLiteral("rm"), url(version, dir)});

        // NFSNAV_VERSION: for a URL that names no version; one that does keeps it.
        const QString other = QString::number(version == 3 ? 4 : 3);
        const QString bare = QStringLiteral("nfs://127.0.0.1") + QString::fromUtf8(TestServer::path(version, "sub"));
        const TestServer::ToolResult chosen = TestServer::runNfsnav({QStringLiteral("ls"), bare}, {QStringLiteral("NFSNAV_VERSION=%1").arg(version)});
        QVERIFY2(chosen.code == 0, chosen.err.constData());
        QCOMPARE(chosen.out, QByteArray("dir\n"));
        const QString explicitUrl = bare + QStringLiteral("?version=%1").arg(version);
        const TestServer::ToolResult kept = TestServer::runNfsnav({QStringLiteral("ls"), explicitUrl}, {QStringLiteral("NFSNAV_VERSION=") + other});
        QVERIFY2(kept.code == 0, kept.err.constData());
        QCOMPARE(kept.out, QByteArray("dir\n"));
    }

    void bookmarks_data() { TestServer::addVersions(); }
    void bookmarks()
    {
        QFETCH(int, version);
        QTemporaryDir config;
        QVERIFY(config.isValid());
        // Where QSettings(IniFormat, UserScope, "nfs-navigator", "bookmarks") keeps them.
        BookmarkStore store(config.filePath(QStringLiteral("nfs-navigator/bookmarks.ini")));
        QVERIFY(store.add(Bookmark{QStringLiteral("test"), TestServer::url(version)}));
        QVERIFY(store.add(Bookmark{QStringLiteral("as root"), TestServer::url(version, {}, QStringLiteral("uid=0&gid=0"))}));
        // Saved on the settings writer's thread: on the disk before another process reads it.
        SettingsFile(store.fileName()).sync();
        const QStringList env{QStringLiteral("XDG_CONFIG_HOME=") + config.path()};

        const TestServer::ToolResult ls = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("@test/sub")}, env);
        QVERIFY2(ls.code == 0, ls.err.constData());
        QCOMPARE(ls.out, QByteArray("dir\n"));
        const TestServer::ToolResult top = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("@test")}, env);
        QCOMPARE(top.out, QByteArray("big\nhello.txt\nprivate\nscratch\nsub\n"));

        const QByteArray dir = TestServer::scratchName("mark");
        const QString mark = QStringLiteral("@test/") + QString::fromUtf8(dir);
        TOOL_OK({QStringLiteral("mkdir"), QStringLiteral("-p"), mark + QStringLiteral("/sp%20ace")}, env);
        QVERIFY(existsLocal(dir + "/sp ace"));
        TOOL_OK({QStringLiteral("touch"), mark + QStringLiteral("/sp%20ace/f")}, env);
        const TestServer::ToolResult found = TestServer::runNfsnav({QStringLiteral("find"), mark, QStringLiteral("-name"), QStringLiteral("f"),
                                      QStringLiteral("--url")}, env);
        QCOMPARE(found.out, url(version, dir + "/sp ace/f").toUtf8() + '\n');
        TOOL_OK({QStringLiteral("rm"), QStringLiteral("-r"), mark}, env);
        QVERIFY(!existsLocal(dir));

        // Environment defaults apply to a bookmark that sets no uid; one that does keeps it.
        QStringList stranger = env;
        stranger << QStringLiteral("NFSNAV_UID=1234") << QStringLiteral("NFSNAV_GID=1234");
        QCOMPARE(TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("@test/private")}, stranger).code, 1);
        const TestServer::ToolResult rootMark = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("@as root/private")}, stranger);
        QVERIFY2(rootMark.code == 0, rootMark.err.constData());
        QCOMPARE(rootMark.out, QByteArray("secret\n"));

        const TestServer::ToolResult unknown = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("@nothing/x")}, env);
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("no bookmark named 'nothing'"), unknown.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestNfsnavTree)
#include "tst_nfsnavtree.moc"
