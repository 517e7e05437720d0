// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile names and files on a real server (the rig's /srv/a/hostile, made by
// tests/rig/nfs-server.sh): control characters, bytes that are not UTF-8, a
// 255-byte name, a leading '-', symlinks out of the export and in a loop, a FIFO,
// a device and a mode-000 file. Names are listed escaped, every operation reaches
// the exact bytes, nothing is written outside the chosen folder or through a
// symlink, and a FIFO or a device is never opened.
#include "testserver.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

namespace {

// The regular files of the fixture; each holds its own name and a newline.
const QList<QByteArray> &regularNames()
{
    static const QList<QByteArray> names{
        QByteArray("esc-\x1b[31mred"), QByteArray("new\nline"), QByteArray("tab\there"),
        QByteArray("latin1-caf\xe9"), QByteArray("invalid-\xff\xfe"), QByteArray("-rf"),
        QByteArray("back\\slash"), QByteArray(255, 'n'), QByteArray("plain.txt"), QByteArray("mode000")};
    return names;
}

QString folderUrl(int version, const QByteArray &sub = {})
{
    const QString base = version == 4 ? QStringLiteral("nfs://127.0.0.1/pa/hostile")
                                      : QStringLiteral("nfs://127.0.0.1/srv/a/hostile");
    const QString path = sub.isEmpty() ? base : base + QLatin1Char('/') + QString::fromLatin1(sub.toPercentEncoding());
    return version == 4 ? path + QStringLiteral("?version=4") : path;
}

// The names in the folder `root` (not below it), in bytes, dangling links included.
QList<QByteArray> treeOf(const QString &root)
{
    QList<QByteArray> entries;
    DIR *dir = opendir(QFile::encodeName(root).constData());
    if (!dir)
        return entries;
    while (const dirent *e = readdir(dir)) {
        const QByteArray name(e->d_name);
        if (name != "." && name != "..")
            entries << name;
    }
    closedir(dir);
    std::sort(entries.begin(), entries.end());
    return entries;
}

// A local file's bytes by a path in bytes (QString cannot hold names that are not UTF-8).
QByteArray readBytes(const QByteArray &path)
{
    QByteArray data;
    const int fd = open(path.constData(), O_RDONLY | O_NOFOLLOW);
    if (fd < 0)
        return "<missing>";
    char buffer[4096];
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0)
        data.append(buffer, qsizetype(n));
    close(fd);
    return data;
}

} // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listedEscaped_data() { TestServer::addVersions(); }
    void listedEscaped();
    void urlsReachTheExactBytes_data() { TestServer::addVersions(); }
    void urlsReachTheExactBytes();
    void specialFilesAreNeverOpened_data();
    void specialFilesAreNeverOpened();
    void symlinkOutOfTheExportIsRefused_data();
    void symlinkOutOfTheExportIsRefused();
    void symlinkLoopEnds_data() { TestServer::addVersions(); }
    void symlinkLoopEnds();
    void treeCopyStaysInside_data() { TestServer::addVersions(); }
    void treeCopyStaysInside();
    void unreadableFileIsNamed();
    void failedMeasuresPrintNothing_data();
    void failedMeasuresPrintNothing();
};

void TestHostileNames::initTestCase()
{
    if (!TestServer::available())
        QSKIP("no test server (run through ctest)");
}

void TestHostileNames::listedEscaped()
{
    QFETCH(int, version);
    const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("ls"), folderUrl(version)});
    QCOMPARE(QString::fromUtf8(r.err), QString());
    QCOMPARE(r.code, 0);
    const QByteArray expected = "-rf\nback\\\\slash\nesc-\\e[31mred\nfifo\ninvalid-\\xff\\xfe\nlatin1-caf\\xe9\n"
                                "loop-a\nloop-b\nmode000\nnew\\nline\n"
                                + QByteArray(255, 'n')
                                + "\nnull-dev\npasswd-link\nplain.txt\ntab\\there\nup-link\n";
    QCOMPARE(r.out, expected);
}

void TestHostileNames::urlsReachTheExactBytes()
{
    QFETCH(int, version);
    const TestServer::ToolResult listing = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("--url"),
                                                                  folderUrl(version)});
    QCOMPARE(listing.code, 0);
    const QList<QByteArray> urls = listing.out.split('\n');
    int read = 0;
    for (const QByteArray &name : regularNames()) {
        // The URL the listing printed for this name, read back: the content names the file.
        const QByteArray encoded = name.toPercentEncoding("!$&'()*+,;=:@");
        QByteArray url;
        for (const QByteArray &u : urls) {
            if (u.split('?').constFirst().endsWith('/' + encoded))
                url = u;
        }
        QVERIFY2(!url.isEmpty(), name.toHex().constData());
        const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("cat"), QString::fromLatin1(url)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, name + '\n');
        ++read;
    }
    QCOMPARE(read, regularNames().size());
}

void TestHostileNames::specialFilesAreNeverOpened_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("kind");
    for (const int v : {3, 4}) {
        QTest::addRow("v%d fifo", v) << v << QByteArray("fifo") << QStringLiteral("a FIFO");
        QTest::addRow("v%d device", v) << v << QByteArray("null-dev") << QStringLiteral("a device");
    }
}

void TestHostileNames::specialFilesAreNeverOpened()
{
    QFETCH(int, version);
    QFETCH(QByteArray, name);
    QFETCH(QString, kind);
    const TestServer::ToolResult cat = TestServer::runNfsnav({QStringLiteral("cat"), folderUrl(version, name)});
    QCOMPARE(cat.out, QByteArray());
    QVERIFY2(QString::fromUtf8(cat.err).contains(kind + QStringLiteral(", not a regular file")), cat.err.constData());
    QCOMPARE(cat.code, 1);

    QTemporaryDir local;
    const QString target = local.filePath(QStringLiteral("copy"));
    const TestServer::ToolResult get = TestServer::runNfsnav({QStringLiteral("get"), folderUrl(version, name), target});
    QVERIFY2(QString::fromUtf8(get.err).contains(kind + QStringLiteral(", not a regular file")), get.err.constData());
    QCOMPARE(get.code, 1);
    QCOMPARE(treeOf(local.path()), QList<QByteArray>());
}

void TestHostileNames::symlinkOutOfTheExportIsRefused_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("target");
    for (const int v : {3, 4}) {
        QTest::addRow("v%d absolute", v) << v << QByteArray("passwd-link") << QStringLiteral("/etc/passwd");
        QTest::addRow("v%d upwards", v) << v << QByteArray("up-link") << QStringLiteral("../../..");
    }
}

void TestHostileNames::symlinkOutOfTheExportIsRefused()
{
    QFETCH(int, version);
    QFETCH(QByteArray, name);
    QFETCH(QString, target);
    const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("cat"), folderUrl(version, name)});
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.code, 1);
    const QString err = QString::fromUtf8(r.err);
    if (version == 4 && target.startsWith(u'/')) {
        // Over NFSv4 an absolute target is a path in the server's pseudo tree, where
        // there is no /etc/passwd: not found there, and never the server's own file.
        QVERIFY2(err.contains(QStringLiteral("No such file or folder")), r.err.constData());
        return;
    }
    QVERIFY2(err.contains(QStringLiteral("points to ") + target) && err.contains(QStringLiteral("outside")),
             r.err.constData());
}

void TestHostileNames::symlinkLoopEnds()
{
    QFETCH(int, version);
    QElapsedTimer clock;
    clock.start();
    const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("cat"), folderUrl(version, "loop-a")});
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("Too many levels of symbolic links"), Qt::CaseInsensitive),
             r.err.constData());
    QCOMPARE(r.code, 1);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
}

void TestHostileNames::treeCopyStaysInside()
{
    QFETCH(int, version);
    QTemporaryDir local;
    const QString dest = local.filePath(QStringLiteral("copy"));
    const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"),
                                                            folderUrl(version), dest});
    // The FIFO and the device are reported and skipped; the rest is copied.
    QVERIFY2(r.err.contains("fifo") && r.err.contains("null-dev"), r.err.constData());
    QCOMPARE(r.code, 1);
    // Nothing beside the copy, and in it exactly the files and links, by their bytes.
    QCOMPARE(treeOf(local.path()), QList<QByteArray>{"copy"});
    QList<QByteArray> expected = regularNames();
    expected << "loop-a" << "loop-b" << "passwd-link" << "up-link";
    std::sort(expected.begin(), expected.end());
    QCOMPARE(treeOf(dest), expected);
    for (const QByteArray &name : regularNames()) {
        // (mode000 keeps its mode: only root, as here, reads it)
        QCOMPARE(readBytes(QFile::encodeName(dest) + '/' + name), name + '\n');
    }
    // Links are copied as links with their text, never followed.
    for (const auto &[link, text] : {std::pair{"passwd-link", "/etc/passwd"}, std::pair{"up-link", "../../.."},
                                     std::pair{"loop-a", "loop-b"}}) {
        struct stat st{};
        const QByteArray path = QFile::encodeName(dest) + '/' + link;
        QCOMPARE(lstat(path.constData(), &st), 0);
        QVERIFY(S_ISLNK(st.st_mode));
        char buffer[256] = {};
        const ssize_t n = readlink(path.constData(), buffer, sizeof buffer);
        QCOMPARE(QByteArray(buffer, int(n)), QByteArray(text));
    }
}

void TestHostileNames::unreadableFileIsNamed()
{
    // Mode 000 and another identity than the owner's: refused, and the message names the file.
    const QString url = QStringLiteral("nfs://127.0.0.1/srv/a/hostile/mode000?uid=65534&gid=65534");
    const TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("cat"), url});
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains("Permission denied: /srv/a/hostile/mode000 on 127.0.0.1"), r.err.constData());
    QCOMPARE(r.code, 1);
}

void TestHostileNames::failedMeasuresPrintNothing_data()
{
    QTest::addColumn<QStringList>("args");
    const QString missing = QStringLiteral("nfs://127.0.0.1/srv/a/hostile/no-such-thing");
    QTest::newRow("df") << QStringList{QStringLiteral("df"), missing};
    QTest::newRow("du -s") << QStringList{QStringLiteral("du"), QStringLiteral("-s"), missing};
    QTest::newRow("du") << QStringList{QStringLiteral("du"), missing};
}

void TestHostileNames::failedMeasuresPrintNothing()
{
    // Scripts read stdout: a command that had no result prints nothing there, not a
    // header or a "0", and says why on stderr.
    QFETCH(QStringList, args);
    const TestServer::ToolResult r = TestServer::runNfsnav(args);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains("No such file or folder"), r.err.constData());
    QCOMPARE(r.code, 1);
}

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
