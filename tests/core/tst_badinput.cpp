// SPDX-License-Identifier: GPL-3.0-or-later
// Bad user input to nfsnav: every malformed URL, option value and missing
// argument in the table ends at once with its own message on stderr, nothing
// on stdout, and exit status 2 (bad usage), before any connection is tried
// (the host "h" of these URLs does not even resolve). The messages are kept
// exact here: changing one is changing what users read.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();

private:
    QTemporaryDir m_home;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QString::fromLocal8Bit(qgetenv("NFSNAV_BIN_DIR")) + QLatin1String("/nfsnav")),
             "NFSNAV_BIN_DIR must name the folder holding nfsnav");
}

void TestBadInput::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("environment"); // one VAR=value, or empty
    QTest::addColumn<QString>("message");     // all of stderr

    const auto row = [](const char *name, std::initializer_list<const char *> args, const char *environment,
                        const char *message) {
        QStringList list;
        for (const char *arg : args)
            list << QString::fromUtf8(arg);
        QTest::newRow(name) << list << QString::fromUtf8(environment) << QString::fromUtf8(message);
    };

    row("missing host", {"ls", "nfs://"}, "",
        "nfsnav: nfs://: missing host: write nfs://server/path\n");
    row("missing host, path given", {"ls", "nfs:///x"}, "",
        "nfsnav: nfs:///x: missing host: write nfs://server/path\n");
    row("http scheme", {"ls", "http://h/x"}, "",
        "nfsnav: http://h/x: not an nfs:// URL: it must start with nfs://\n");
    row("no scheme", {"ls", "h/x"}, "",
        "nfsnav: h/x: not an nfs:// URL: it must start with nfs://\n");
    row("nfss scheme", {"ls", "nfss://h/x"}, "",
        "nfsnav: nfss://h/x: not an nfs:// URL: it must start with nfs://\n");
    row("file URL", {"ls", "file:///tmp"}, "",
        "nfsnav: file:///tmp: not an nfs:// URL: it must start with nfs://\n");
    row("empty URL", {"ls", ""}, "",
        "nfsnav: : empty URL\n");
    row("port 0", {"ls", "nfs://h:0/x"}, "",
        "nfsnav: nfs://h:0/x: bad port 0: must be a number from 1 to 65535\n");
    row("port too big", {"ls", "nfs://h:99999/x"}, "",
        "nfsnav: nfs://h:99999/x: bad port 99999: must be a number from 1 to 65535\n");
    row("port not a number", {"ls", "nfs://h:abc/x"}, "",
        "nfsnav: nfs://h:abc/x: bad port 'abc': must be a number from 1 to 65535\n");
    row("two NFS ports", {"ls", "nfs://h:2049/x?nfsport=2050"}, "",
        "nfsnav: nfs://h:2049/x?nfsport=2050: conflicting NFS ports: :2049 after the host and nfsport=2050; give only one\n");
    row("IPv6 without ]", {"ls", "nfs://[::1/x"}, "",
        "nfsnav: nfs://[::1/x: bad IPv6 address '[::1': missing ']'\n");
    row("IPv6 empty", {"ls", "nfs://[]/x"}, "",
        "nfsnav: nfs://[]/x: bad IPv6 address '[]'\n");
    row("IPv6 bad digits", {"ls", "nfs://[zz::1]/x"}, "",
        "nfsnav: nfs://[zz::1]/x: bad IPv6 address '[zz::1]'\n");
    row("IPv6 without brackets", {"ls", "nfs://h:1:2/x"}, "",
        "nfsnav: nfs://h:1:2/x: an IPv6 address must be in brackets, as in nfs://[h:1:2]/\n");
    row("host empty label", {"ls", "nfs://h.../x"}, "",
        "nfsnav: nfs://h.../x: bad host name 'h...': empty part between dots\n");
    row("host leading dash", {"ls", "nfs://-h/x"}, "",
        "nfsnav: nfs://-h/x: bad host name '-h': a part may not begin or end with '-'\n");
    row("user name", {"ls", "nfs://user@h/x"}, "",
        "nfsnav: nfs://user@h/x: user names are not supported in nfs:// URLs ('user@'); use uid= and gid= instead\n");
    row("user and password", {"ls", "nfs://user:pw@h/x"}, "",
        "nfsnav: nfs://user:pw@h/x: user names are not supported in nfs:// URLs ('user:pw@'); use uid= and gid= instead\n");
    row("fragment", {"ls", "nfs://h/x#frag"}, "",
        "nfsnav: nfs://h/x#frag: the URL has a fragment ('#' at position 10), which nfs:// URLs do not use; write a '#' in a name as %23\n");
    row("space", {"ls", "nfs://h/a b"}, "",
        "nfsnav: nfs://h/a b: invalid character ' ' in the URL (position 10); write it as %20\n");
    row("backslash", {"ls", "nfs://h/x\\y"}, "",
        "nfsnav: nfs://h/x\\y: invalid character '\\' in the URL (position 10); write it as %5C\n");
    row("angle brackets", {"ls", "nfs://h/<x>"}, "",
        "nfsnav: nfs://h/<x>: invalid character '<' in the URL (position 9); write it as %3C\n");
    row("double quote", {"ls", "nfs://h/x\"y"}, "",
        "nfsnav: nfs://h/x\"y: invalid character '\"' in the URL (position 10); write it as %22\n");
    row("pipe", {"ls", "nfs://h/x|y"}, "",
        "nfsnav: nfs://h/x|y: invalid character '|' in the URL (position 10); write it as %7C\n");
    row("caret", {"ls", "nfs://h/x^y"}, "",
        "nfsnav: nfs://h/x^y: invalid character '^' in the URL (position 10); write it as %5E\n");
    row("braces", {"ls", "nfs://h/x{y}"}, "",
        "nfsnav: nfs://h/x{y}: invalid character '{' in the URL (position 10); write it as %7B\n");
    row("backquote", {"ls", "nfs://h/x`y"}, "",
        "nfsnav: nfs://h/x`y: invalid character '`' in the URL (position 10); write it as %60\n");
    row("lone percent", {"ls", "nfs://h/%"}, "",
        "nfsnav: nfs://h/%: invalid character '%' in the URL (position 9): it must start an escape such as %20; write a '%' itself as %25\n");
    row("short escape", {"ls", "nfs://h/%2"}, "",
        "nfsnav: nfs://h/%2: invalid character '%' in the URL (position 9): it must start an escape such as %20; write a '%' itself as %25\n");
    row("bad escape", {"ls", "nfs://h/%zz"}, "",
        "nfsnav: nfs://h/%zz: invalid character '%' in the URL (position 9): it must start an escape such as %20; write a '%' itself as %25\n");
    row("encoded slash", {"ls", "nfs://h/a%2Fb"}, "",
        "nfsnav: nfs://h/a%2Fb: a name in the path contains %2F, an encoded '/', which no NFS name can hold\n");
    row("encoded NUL", {"ls", "nfs://h/a%00b"}, "",
        "nfsnav: nfs://h/a%00b: the path contains %00, a NUL byte, which no NFS name can hold\n");
    row("unknown argument", {"ls", "nfs://h/x?foo=1"}, "",
        "nfsnav: nfs://h/x?foo=1: unknown argument 'foo'\n");
    row("argument without name", {"ls", "nfs://h/x?=1"}, "",
        "nfsnav: nfs://h/x?=1: unknown argument ''\n");
    row("argument without value", {"ls", "nfs://h/x?version"}, "",
        "nfsnav: nfs://h/x?version: argument 'version' has no value: write version=VALUE\n");
    row("argument twice", {"ls", "nfs://h/x?version=3&version=4"}, "",
        "nfsnav: nfs://h/x?version=3&version=4: argument 'version' is given twice\n");
    row("version 5", {"ls", "nfs://h/x?version=5"}, "",
        "nfsnav: nfs://h/x?version=5: bad version '5': must be 3 or 4\n");
    row("version 2", {"ls", "nfs://h/x?version=2"}, "",
        "nfsnav: nfs://h/x?version=2: bad version '2': must be 3 or 4\n");
    row("version empty", {"ls", "nfs://h/x?version="}, "",
        "nfsnav: nfs://h/x?version=: bad version '': must be 3 or 4\n");
    row("uid word", {"ls", "nfs://h/x?uid=abc"}, "",
        "nfsnav: nfs://h/x?uid=abc: bad uid 'abc': must be a number from 0 to 4294967295\n");
    row("uid negative", {"ls", "nfs://h/x?uid=-1"}, "",
        "nfsnav: nfs://h/x?uid=-1: bad uid '-1': must be a number from 0 to 4294967295\n");
    row("uid too big", {"ls", "nfs://h/x?uid=4294967296"}, "",
        "nfsnav: nfs://h/x?uid=4294967296: bad uid '4294967296': must be a number from 0 to 4294967295\n");
    row("gid word", {"ls", "nfs://h/x?gid=x"}, "",
        "nfsnav: nfs://h/x?gid=x: bad gid 'x': must be a number from 0 to 4294967295\n");
    row("gid empty", {"ls", "nfs://h/x?gid="}, "",
        "nfsnav: nfs://h/x?gid=: bad gid '': must be a number from 0 to 4294967295\n");
    row("nfsport 0", {"ls", "nfs://h/x?nfsport=0"}, "",
        "nfsnav: nfs://h/x?nfsport=0: bad nfsport '0': must be a port number from 1 to 65535\n");
    row("nfsport too big", {"ls", "nfs://h/x?nfsport=70000"}, "",
        "nfsnav: nfs://h/x?nfsport=70000: bad nfsport '70000': must be a port number from 1 to 65535\n");
    row("mountport word", {"ls", "nfs://h/x?mountport=abc"}, "",
        "nfsnav: nfs://h/x?mountport=abc: bad mountport 'abc': must be a port number from 1 to 65535\n");
    row("timeout 0", {"ls", "nfs://h/x?timeout=0"}, "",
        "nfsnav: nfs://h/x?timeout=0: bad timeout '0': must be a number of seconds from 1 to 3600\n");
    row("timeout negative", {"ls", "nfs://h/x?timeout=-3"}, "",
        "nfsnav: nfs://h/x?timeout=-3: bad timeout '-3': must be a number of seconds from 1 to 3600\n");
    row("timeout word", {"ls", "nfs://h/x?timeout=abc"}, "",
        "nfsnav: nfs://h/x?timeout=abc: bad timeout 'abc': must be a number of seconds from 1 to 3600\n");
    row("timeout too long", {"ls", "nfs://h/x?timeout=100000"}, "",
        "nfsnav: nfs://h/x?timeout=100000: bad timeout '100000': must be a number of seconds from 1 to 3600\n");
    row("autoreconnect negative", {"ls", "nfs://h/x?autoreconnect=-1"}, "",
        "nfsnav: nfs://h/x?autoreconnect=-1: bad autoreconnect '-1': must be a number of attempts from 0 to 100\n");
    row("autoreconnect word", {"ls", "nfs://h/x?autoreconnect=x"}, "",
        "nfsnav: nfs://h/x?autoreconnect=x: bad autoreconnect 'x': must be a number of attempts from 0 to 100\n");
    row("readahead word", {"ls", "nfs://h/x?readahead=abc"}, "",
        "nfsnav: nfs://h/x?readahead=abc: bad readahead 'abc': must be a number of bytes from 0 to 67108864\n");
    row("readahead negative", {"ls", "nfs://h/x?readahead=-1"}, "",
        "nfsnav: nfs://h/x?readahead=-1: bad readahead '-1': must be a number of bytes from 0 to 67108864\n");
    row("dircache 2", {"ls", "nfs://h/x?dircache=2"}, "",
        "nfsnav: nfs://h/x?dircache=2: bad dircache '2': must be 0 or 1\n");
    row("dircache yes", {"ls", "nfs://h/x?dircache=yes"}, "",
        "nfsnav: nfs://h/x?dircache=yes: bad dircache 'yes': must be 0 or 1\n");
    row("auto-traverse-mounts 7", {"ls", "nfs://h/x?auto-traverse-mounts=7"}, "",
        "nfsnav: nfs://h/x?auto-traverse-mounts=7: bad auto-traverse-mounts '7': must be 0 or 1\n");
    row("tcp-syncnt 0", {"ls", "nfs://h/x?tcp-syncnt=0"}, "",
        "nfsnav: nfs://h/x?tcp-syncnt=0: bad tcp-syncnt '0': must be a number from 1 to 255\n");
    row("tcp-syncnt word", {"ls", "nfs://h/x?tcp-syncnt=abc"}, "",
        "nfsnav: nfs://h/x?tcp-syncnt=abc: bad tcp-syncnt 'abc': must be a number from 1 to 255\n");
    row("bookmark empty", {"ls", "@"}, "",
        "nfsnav: @: no bookmark named ''\n");
    row("bookmark unknown", {"ls", "@nosuchbookmark"}, "",
        "nfsnav: @nosuchbookmark: no bookmark named 'nosuchbookmark'\n");
    row("environment version", {"ls", "nfs://h/x"}, "NFSNAV_VERSION=5",
        "nfsnav: nfs://h/x: NFSNAV_VERSION: bad version '5': must be 3 or 4\n");
    row("environment uid", {"ls", "nfs://h/x"}, "NFSNAV_UID=abc",
        "nfsnav: nfs://h/x: bad NFSNAV_UID 'abc' in the environment: must be a number\n");
    row("environment gid", {"ls", "nfs://h/x"}, "NFSNAV_GID=-1",
        "nfsnav: nfs://h/x: bad NFSNAV_GID '-1' in the environment: must be a number\n");
    row("no command", {}, "",
        "nfsnav: missing command\nTry 'nfsnav --help'.\n");
    row("unknown command", {"frob"}, "",
        "nfsnav: unknown command 'frob'\nTry 'nfsnav --help'.\n");
    row("unknown global option", {"--nope"}, "",
        "nfsnav: unknown option '--nope'\nTry 'nfsnav --help'.\n");
    row("unknown short option", {"ls", "-Z", "nfs://h/x"}, "",
        "nfsnav: Unknown option 'Z'.\nTry 'nfsnav --help'.\n");
    row("unknown long option", {"ls", "--nope", "nfs://h/x"}, "",
        "nfsnav: Unknown option 'nope'.\nTry 'nfsnav --help'.\n");
    row("ls without URL", {"ls"}, "",
        "nfsnav: ls: missing URL\nTry 'nfsnav --help'.\n");
    row("cat without URL", {"cat"}, "",
        "nfsnav: cat: missing URL\nTry 'nfsnav --help'.\n");
    row("stat without URL", {"stat"}, "",
        "nfsnav: stat: missing URL\nTry 'nfsnav --help'.\n");
    row("rmdir without URL", {"rmdir"}, "",
        "nfsnav: rmdir: missing URL\nTry 'nfsnav --help'.\n");
    row("readlink without URL", {"readlink"}, "",
        "nfsnav: readlink: missing URL\nTry 'nfsnav --help'.\n");
    row("df without URL", {"df"}, "",
        "nfsnav: df: missing URL\nTry 'nfsnav --help'.\n");
    row("touch without URL", {"touch"}, "",
        "nfsnav: touch: missing URL\nTry 'nfsnav --help'.\n");
    row("exports without host", {"exports"}, "",
        "nfsnav: exports: needs one HOST or nfs:// URL\nTry 'nfsnav --help'.\n");
    row("get without paths", {"get"}, "",
        "nfsnav: get: needs a URL and a local path (or -)\nTry 'nfsnav --help'.\n");
    row("get without local path", {"get", "nfs://h/x"}, "",
        "nfsnav: get: needs a URL and a local path (or -)\nTry 'nfsnav --help'.\n");
    row("put without URL", {"put", "/etc/hostname"}, "",
        "nfsnav: put: needs a local path (or -) and a URL\nTry 'nfsnav --help'.\n");
    row("cp without destination", {"cp", "nfs://h/x"}, "",
        "nfsnav: cp: needs a source URL and a destination URL\nTry 'nfsnav --help'.\n");
    row("mv without destination", {"mv", "nfs://h/x"}, "",
        "nfsnav: mv: needs a source and a destination (URLs or local paths)\nTry 'nfsnav --help'.\n");
    row("chmod without mode", {"chmod", "nfs://h/x"}, "",
        "nfsnav: chmod: needs an octal MODE and at least one URL\nTry 'nfsnav --help'.\n");
    row("chmod mode 999", {"chmod", "999", "nfs://h/x"}, "",
        "nfsnav: chmod: bad mode '999': write it in octal, as 644 or 2755\nTry 'nfsnav --help'.\n");
    row("chmod mode word", {"chmod", "abc", "nfs://h/x"}, "",
        "nfsnav: chmod: bad mode 'abc': write it in octal, as 644 or 2755\nTry 'nfsnav --help'.\n");
    row("chown word", {"chown", "abc", "nfs://h/x"}, "",
        "nfsnav: chown: bad owner 'abc': write UID, UID:GID or :GID in numbers\nTry 'nfsnav --help'.\n");
    row("chown bad gid", {"chown", "1:x", "nfs://h/x"}, "",
        "nfsnav: chown: bad owner '1:x': write UID, UID:GID or :GID in numbers\nTry 'nfsnav --help'.\n");
    row("truncate without size", {"truncate", "nfs://h/x"}, "",
        "nfsnav: truncate: missing -s SIZE\nTry 'nfsnav --help'.\n");
    row("truncate bad size", {"truncate", "-s", "abc", "nfs://h/x"}, "",
        "nfsnav: truncate: bad size 'abc': write bytes, or a number with K, M, G or T\nTry 'nfsnav --help'.\n");
    row("ln without link", {"ln", "-s"}, "",
        "nfsnav: ln: needs TARGET and a link URL\nTry 'nfsnav --help'.\n");
    row("ln empty target", {"ln", "-s", "", "nfs://h/x"}, "",
        "nfsnav: ln: the target text is empty\nTry 'nfsnav --help'.\n");
    row("find -name without pattern", {"find", "nfs://h/x", "-name"}, "",
        "nfsnav: find: -name needs a PATTERN\nTry 'nfsnav --help'.\n");
    row("find unknown test", {"find", "nfs://h/x", "-bogus", "x"}, "",
        "nfsnav: find: unknown option '-bogus'\nTry 'nfsnav --help'.\n");

    // New names (mkdir, the destination of mv): '/' and NUL cannot even be written in a URL
    // but encoded, and the parser refuses both; '.', '..', empty and over 255 bytes are
    // refused by name.
    const QByteArray longUrl = "nfs://h/x/" + QByteArray(256, 'n');
    const QByteArray longMessage = "nfsnav: " + longUrl + ": the new name is 256 bytes long; a name holds at most 255\n";
    const QByteArray longUrl2 = "nfs://h/x/" + QByteArray(128, 'a') + "%C3%A9" + QByteArray(127, 'b');
    const QByteArray longMessage2 = "nfsnav: " + longUrl2 + ": the new name is 257 bytes long; a name holds at most 255\n";
    row("mkdir name with /", {"mkdir", "nfs://h/x/a%2Fb"}, "",
        "nfsnav: nfs://h/x/a%2Fb: a name in the path contains %2F, an encoded '/', which no NFS name can hold\n");
    row("mkdir name with NUL", {"mkdir", "nfs://h/x/a%00b"}, "",
        "nfsnav: nfs://h/x/a%00b: the path contains %00, a NUL byte, which no NFS name can hold\n");
    row("mkdir name .", {"mkdir", "nfs://h/x/."}, "",
        "nfsnav: nfs://h/x/.: '.' cannot be a new name: '.' and '..' are not names (to put something into a "
        "folder, give the folder's URL)\n");
    row("mkdir name ..", {"mkdir", "nfs://h/x/.."}, "",
        "nfsnav: nfs://h/x/..: '..' cannot be a new name: '.' and '..' are not names (to put something into a "
        "folder, give the folder's URL)\n");
    row("mkdir name %2E%2E", {"mkdir", "nfs://h/x/%2E%2E?version=4"}, "",
        "nfsnav: nfs://h/x/%2E%2E?version=4: '..' cannot be a new name: '.' and '..' are not names (to put "
        "something into a folder, give the folder's URL)\n");
    row("mkdir empty", {"mkdir", ""}, "",
        "nfsnav: : empty URL\n");
    row("mkdir name of 256 bytes", {"mkdir", longUrl.constData()}, "", longMessage.constData());
    row("mkdir name of 257 UTF-8 bytes", {"mkdir", longUrl2.constData()}, "", longMessage2.constData());
    row("mv to a name with /", {"mv", "nfs://h/x/a", "nfs://h/x/a%2Fb"}, "",
        "nfsnav: nfs://h/x/a%2Fb: a name in the path contains %2F, an encoded '/', which no NFS name can hold\n");
    row("mv to a name with NUL", {"mv", "nfs://h/x/a", "nfs://h/x/a%00b"}, "",
        "nfsnav: nfs://h/x/a%00b: the path contains %00, a NUL byte, which no NFS name can hold\n");
    row("mv to .", {"mv", "nfs://h/x/a", "nfs://h/x/."}, "",
        "nfsnav: nfs://h/x/.: '.' cannot be a new name: '.' and '..' are not names (to put something into a "
        "folder, give the folder's URL)\n");
    row("mv to ..", {"mv", "nfs://h/x/a", "nfs://h/x/.."}, "",
        "nfsnav: nfs://h/x/..: '..' cannot be a new name: '.' and '..' are not names (to put something into a "
        "folder, give the folder's URL)\n");
    row("mv to empty", {"mv", "nfs://h/x/a", ""}, "",
        "nfsnav: : the new name is empty\n");
    row("mv to 256 bytes", {"mv", "nfs://h/x/a", longUrl.constData()}, "", longMessage.constData());
}

void TestBadInput::refused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, environment);
    QFETCH(QString, message);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"NFSNAV_VERSION", "NFSNAV_UID", "NFSNAV_GID"})
        env.remove(QString::fromLatin1(name));
    // No bookmarks but the test's own (none).
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    if (!environment.isEmpty())
        env.insert(environment.section(u'=', 0, 0), environment.section(u'=', 1));

    QProcess nfsnav;
    nfsnav.setProcessEnvironment(env);
    nfsnav.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    nfsnav.start(QString::fromLocal8Bit(qgetenv("NFSNAV_BIN_DIR")) + QLatin1String("/nfsnav"), args);
    QVERIFY(nfsnav.waitForFinished(20000));
    // Bad usage is told at once: nothing here waits for a server.
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
    QCOMPARE(nfsnav.exitStatus(), QProcess::NormalExit);
    QCOMPARE(QString::fromUtf8(nfsnav.readAllStandardError()), message);
    QCOMPARE(nfsnav.readAllStandardOutput(), QByteArray());
    QCOMPARE(nfsnav.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
