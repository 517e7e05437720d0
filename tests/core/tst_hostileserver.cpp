// SPDX-License-Identifier: GPL-3.0-or-later
// What no real server can be made to send: a server whose folder lists names
// that cannot be local names ("a/b", "../escape", "", longer than 255 bytes)
// and one name twice (a symlink to a folder outside, then a folder holding a
// file). `get -r` reports each such entry, skips it, copies the rest, exits 1,
// and writes nothing outside the destination, leaving no temporary file.
// The server is HostileNfsServer: real ONC RPC/XDR over a real TCP socket.
// Over NFSv3 and NFSv4 the same is asked of the real server, its answers
// rewritten on the way by TamperingProxy ("Q%Qescape" arrives as "../escape").
// Through the same proxy a COMMIT answers with a verifier its WRITEs did not
// have, as after a server restart: the upload sends them again and ends whole,
// or, when every COMMIT does so, fails in words and leaves no file.
#include "hostilenfsserver.h"
#include "session.h"
#include "tamperingproxy.h"
#include "testserver.h"
#include "treetransfer.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Every entry under root, relative, without following links; folders end in '/'.
QStringList entriesUnder(const QByteArray &root, const QByteArray &rel = {})
{
    QStringList out;
    const QByteArray dir = rel.isEmpty() ? root : root + '/' + rel;
    if (DIR *d = ::opendir(dir.constData())) {
        while (dirent *e = ::readdir(d)) {
            const QByteArray n(e->d_name);
            if (n == "." || n == "..")
                continue;
            const QByteArray relPath = rel.isEmpty() ? n : rel + '/' + n;
            struct stat st {};
            ::lstat((root + '/' + relPath).constData(), &st);
            if (S_ISDIR(st.st_mode)) {
                out << QString::fromLocal8Bit(relPath) + QLatin1Char('/');
                out += entriesUnder(root, relPath);
            } else {
                out << QString::fromLocal8Bit(relPath);
            }
        }
        ::closedir(d);
    }
    out.sort();
    return out;
}

// A message readable in a test log: a run of one character (a 300-byte name) shortened.
QString shortened(QString text)
{
    static const QRegularExpression run(QStringLiteral("(.)\\1{20,}"));
    return text.replace(run, QStringLiteral("\\1\\1\\1..."));
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private:
    HostileNfsServer m_server;
    QByteArray m_longFile = QByteArray(300, 'n');
    QByteArray m_longFolder = QByteArray(300, 'd');
    QTemporaryDir m_base;   // outside/ (a symlink's target) and each test's destination

    QString outside() const { return m_base.filePath(QStringLiteral("outside")); }

    // The names each copy must report: the entry's name and a word of why. The
    // two "trap"s add one failure or two, by the order the listing gives them:
    // a symlink first, then the folder cannot be opened through it; a folder
    // first, then its listing (the server's LOOKUP finds the symlink) and the
    // symlink (it cannot replace a folder) fail.
    QList<QPair<QByteArray, QString>> expectedFailures() const
    {
        return {
            {"a/b", QStringLiteral("\"/\"")},
            {"../escape", QStringLiteral("\"/\"")},
            {"", QStringLiteral("empty")},
            {m_longFile, QStringLiteral("too long")},
            {m_longFolder, QStringLiteral("too long")},
            {"../../../outside-sub", QStringLiteral("\"/\"")},
            {"x/../../y", QStringLiteral("\"/\"")},
            {"../up", QStringLiteral("\"/\"")},
            {"../link-up", QStringLiteral("\"/\"")},
        };
    }

    // What every copy leaves: the destination holds only `good` (and `dup`, the
    // name listed twice, as whichever of the two came first), nothing is made
    // beside it or in the symlink's target, and no temporary remains.
    void checkOutcome(const QString &parent, const QString &dest, const QStringList &good, const QString &dup)
    {
        const QByteArray destBytes = QFile::encodeName(dest);
        QStringList got = entriesUnder(destBytes);
        const bool dupIsLink = QFileInfo(dest + QLatin1Char('/') + dup).isSymLink();
        got.removeAll(dup);
        got.removeAll(dup + QLatin1Char('/'));
        got.removeAll(dup + QStringLiteral("/planted"));
        QCOMPARE(got, good);
        QCOMPARE(TestServer::readLocal(dest + QStringLiteral("/good.txt")), QByteArray("all good\n"));
        QCOMPARE(TestServer::readLocal(dest + QStringLiteral("/sub/inner.txt")), QByteArray("inner\n"));
        if (good.contains(QStringLiteral("dangling"))) {
            char target[64] = {};
            QVERIFY(::readlink(QFile::encodeName(dest + QStringLiteral("/dangling")).constData(), target, sizeof target - 1) > 0);
            QCOMPARE(QByteArray(target), QByteArray("../nowhere"));
        }
        if (dupIsLink) {
            char t[4096] = {};
            QVERIFY(::readlink(QFile::encodeName(dest + QLatin1Char('/') + dup).constData(), t, sizeof t - 1) > 0);
            QCOMPARE(QString::fromLocal8Bit(t), outside());
        }
        QCOMPARE(entriesUnder(QFile::encodeName(outside())), QStringList());
        QStringList inside{QFileInfo(dest).fileName() + QLatin1Char('/')};
        for (const QString &e : entriesUnder(destBytes))
            inside << QFileInfo(dest).fileName() + QLatin1Char('/') + e;
        QCOMPARE(entriesUnder(QFile::encodeName(parent)), inside);
        static const QStringList escapees{QStringLiteral("escape"), QStringLiteral("up"), QStringLiteral("outside-sub"),
                                          QStringLiteral("y"), QStringLiteral("out"), QStringLiteral("link"),
                                          QStringLiteral("link-up"), QStringLiteral("file")};
        for (QString e : entriesUnder(QFile::encodeName(m_base.path()))) {
            if (e.endsWith(QLatin1Char('/')))
                e.chop(1);
            const QString name = e.mid(e.lastIndexOf(QLatin1Char('/')) + 1);
            QVERIFY2(!escapees.contains(name) && !name.contains(QStringLiteral(".nfsnav-")), qPrintable(e));
        }
    }

    void checkOutcome(const QString &parent, const QString &dest)
    {
        checkOutcome(parent, dest,
                     {QStringLiteral("dangling"), QStringLiteral("good.txt"), QStringLiteral("sub/"),
                      QStringLiteral("sub/inner.txt")},
                     QStringLiteral("trap"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_base.isValid());
        QVERIFY(QDir(m_base.path()).mkdir(QStringLiteral("outside")));
        using S = HostileNfsServer;
        m_server.addFile(S::Root, "good.txt", "all good\n");
        m_server.addFile(S::Root, "a/b", "slash\n");
        m_server.addFile(S::Root, "../escape", "escaped\n");
        m_server.addFile(S::Root, "", "no name\n");
        m_server.addFile(S::Root, m_longFile, "long\n");
        m_server.addFile(m_server.addFolder(S::Root, m_longFolder), "in-long", "in a long folder\n");
        const quint64 sub = m_server.addFolder(S::Root, "sub");
        m_server.addFile(sub, "inner.txt", "inner\n");
        m_server.addFile(sub, "../../../outside-sub", "escaped\n");
        m_server.addFile(sub, "x/../../y", "escaped\n");
        m_server.addSymlink(S::Root, "trap", QFile::encodeName(outside()));
        m_server.addFile(m_server.addFolder(S::Root, "trap"), "planted", "planted\n");
        m_server.addSymlink(S::Root, "dangling", "../nowhere");
        m_server.addFile(m_server.addFolder(S::Root, "../up"), "file", "escaped\n");
        m_server.addSymlink(S::Root, "../link-up", "anywhere");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void cleanup()
    {
        QVERIFY2(m_server.unanswered().isEmpty(), qPrintable(m_server.unanswered().join(QStringLiteral(", "))));
    }

    // The names as a listing shows them: escaped, none taken for a path.
    void listingShowsTheNames()
    {
        const auto r = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("-a"), m_server.urlText()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY2(r.out.count('\n') == 12 && lines.contains("a/b") && lines.contains("../escape")
                     && lines.contains(m_longFile),
                 r.out.constData());
        QCOMPARE(lines.count("trap"), 2);
        QVERIFY(m_server.calls() > 0);
    }

    // Through the core: each refused entry is one failure naming it, the rest is copied.
    void coreCopyReportsEachEntry()
    {
        Session session(NfsUrl::parse(m_server.urlText()));
        QVERIFY(session.url().isValid());
        const QString parent = m_base.filePath(QStringLiteral("core"));
        QVERIFY(QDir().mkpath(parent));
        const QString dest = parent + QStringLiteral("/dest");
        auto job = owned(TreeTransfer::copy(TransferEndpoint::remote(&session, "/hostile"),
                                            TransferEndpoint::local(dest), TransferOptions{}));
        QVERIFY(TestServer::finishes(job.get(), 60000));
        QVERIFY(job->error());
        const QList<TreeFailure> failures = job->failures();
        QStringList messages;
        for (const TreeFailure &f : failures)
            messages << f.error.message();
        const qsizetype traps = messages.filter(QStringLiteral("/trap")).size();
        QVERIFY2(traps == 1 || traps == 2, qPrintable(shortened(messages.join(QLatin1Char('\n')))));
        QVERIFY2(failures.size() == expectedFailures().size() + traps,
                 qPrintable(shortened(messages.join(QLatin1Char('\n')))));
        for (const auto &[name, why] : expectedFailures()) {
            const QString shown = QLatin1Char('"') + QString::fromLatin1(name) + QLatin1Char('"');
            const QStringList hits = name.size() > 255 ? messages.filter(QString::fromLatin1(name)) : messages.filter(shown);
            QVERIFY2(hits.size() == 1, qPrintable(shortened(QString::fromLatin1(name) + QStringLiteral(" in: ")
                                                            + messages.join(QStringLiteral("\n")))));
            QVERIFY2(hits.first().contains(why, Qt::CaseInsensitive), qPrintable(hits.first()));
        }
        checkOutcome(parent, dest);
    }

    // Through the command line: one line per refused entry, the rest copied, exit status 1.
    void getRecursiveReportsEachEntry()
    {
        const QString parent = m_base.filePath(QStringLiteral("cli"));
        QVERIFY(QDir().mkpath(parent));
        const QString dest = parent + QStringLiteral("/dest");
        const auto r = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"), m_server.urlText(), dest});
        QCOMPARE(r.code, 1);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        const qsizetype traps = std::count_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.contains("/trap"); });
        QVERIFY2(lines.size() == expectedFailures().size() + traps && traps >= 1 && traps <= 2, qPrintable(shortened(QString::fromLocal8Bit(r.err))));
        for (const QByteArray &line : lines)
            QVERIFY2(line.startsWith("nfsnav: "), line.constData());
        QVERIFY2(r.err.contains("\"a/b\"") && r.err.contains("\"../escape\"") && r.err.contains("\"x/../../y\"")
                     && r.err.contains(m_longFile) && r.err.contains("empty"),
                 qPrintable(shortened(QString::fromLocal8Bit(r.err))));
        checkOutcome(parent, dest);
    }

    // A real server's answers, rewritten in flight: what the window and the
    // command line would meet from a broken or malicious server over either version.
    void tamperedRealServer_data()
    {
        TestServer::addVersions();
    }
    void tamperedRealServer()
    {
        QFETCH(int, version);
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        // On the server's own disk: names that become hostile on the way.
        const QByteArray dir = TestServer::scratchName("tampered");
        const QString local = TestServer::localPath(dir);
        QVERIFY(QDir().mkpath(local + QStringLiteral("/sub")));
        QVERIFY(QDir().mkpath(local + QStringLiteral("/Q%Qup")));
        QVERIFY(QDir().mkpath(local + QStringLiteral("/dup2")));
        QVERIFY(TestServer::writeLocal(local + QStringLiteral("/good.txt"), "all good\n"));
        QVERIFY(TestServer::writeLocal(local + QStringLiteral("/Q%Qescape"), "escaped\n"));
        QVERIFY(TestServer::writeLocal(local + QStringLiteral("/aS%Sb"), "slash\n"));
        QVERIFY(TestServer::writeLocal(local + QStringLiteral("/Q%Qup/file"), "escaped\n"));
        QVERIFY(TestServer::writeLocal(local + QStringLiteral("/sub/inner.txt"), "inner\n"));
        QVERIFY(TestServer::writeLocal(local + QStringLiteral("/sub/Q%QQ%Qout"), "escaped\n"));
        QVERIFY(TestServer::writeLocal(local + QStringLiteral("/dup2/planted"), "planted\n"));
        QCOMPARE(::symlink("anywhere", QFile::encodeName(local + QStringLiteral("/Q%Qlink")).constData()), 0);
        QCOMPARE(::symlink(QFile::encodeName(outside()).constData(), QFile::encodeName(local + QStringLiteral("/dup1")).constData()), 0);

        TamperingProxy proxy(2049, {{"Q%Q", "../"}, {"S%S", "x/y"}, {"dup2", "dup1"}});
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));
        // NFS through the proxy; MOUNT (no names in its answers) straight to the server.
        const QString url = QStringLiteral("nfs://127.0.0.1:%1%2?%3")
                                .arg(proxy.port())
                                .arg(QString::fromLatin1(TestServer::path(version, dir).toPercentEncoding("/")),
                                     version == 4 ? QStringLiteral("version=4") : QStringLiteral("mountport=20048"));

        const auto ls = TestServer::runNfsnav({QStringLiteral("ls"), QStringLiteral("-a"), url});
        QVERIFY2(ls.code == 0, ls.err.constData());
        QCOMPARE(ls.out.split('\n'), (QList<QByteArray>{"../escape", "../link", "../up", "ax/yb", "dup1", "dup1",
                                                         "good.txt", "sub", ""}));

        const QString parent = m_base.filePath(QStringLiteral("tampered-v%1").arg(version));
        QVERIFY(QDir().mkpath(parent));
        const QString dest = parent + QStringLiteral("/dest");
        const auto r = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"), url, dest});
        QCOMPARE(r.code, 1);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        const qsizetype dups = std::count_if(lines.begin(), lines.end(), [](const QByteArray &l) { return l.contains("/dup1"); });
        QVERIFY2(lines.size() == 5 + dups && dups >= 1 && dups <= 2, qPrintable(QString::fromLocal8Bit(r.err)));
        for (const char *name : {"\"../escape\"", "\"ax/yb\"", "\"../up\"", "\"../link\"", "\"../../out\""})
            QVERIFY2(r.err.contains(name), qPrintable(QString::fromLatin1(name) + QStringLiteral(" in: ") + QString::fromLocal8Bit(r.err)));
        checkOutcome(parent, dest, {QStringLiteral("good.txt"), QStringLiteral("sub/"), QStringLiteral("sub/inner.txt")},
                     QStringLiteral("dup1"));
    }

    // NFSv3 COMMIT answers whose verifier differs from the WRITEs' ("once":
    // the first; "always": every one).
    void commitVerifierChanges_data()
    {
        QTest::addColumn<bool>("always");
        QTest::newRow("once") << false;
        QTest::newRow("always") << true;
    }
    void commitVerifierChanges()
    {
        QFETCH(bool, always);
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        constexpr quint32 Nfs = 100003, Write = 7, Commit = 21;
        std::atomic<int> writes{0};
        std::atomic<int> commits{0};
        TamperingProxy proxy(2049, {});
        proxy.setReplyHook([&](const TamperingProxy::Call &call, QByteArray &reply) {
            if (call.program != Nfs || call.version != 3)
                return;
            if (call.procedure == Write)
                ++writes;
            // COMMIT3resok ends with the 8-byte verifier.
            if (call.procedure == Commit && (commits++ == 0 || always) && reply.size() > 8)
                reply[reply.size() - 1] = char(reply.at(reply.size() - 1) ^ 0x5a);
        });
        QVERIFY2(proxy.start(), qPrintable(proxy.errorString()));

        QByteArray data(3 * 1024 * 1024 + 4321, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        const QString source = m_base.filePath(QStringLiteral("verifier-%1.bin").arg(always));
        QVERIFY(TestServer::writeLocal(source, data));
        const QByteArray target = TestServer::scratchName("verifier");
        const QString url = QStringLiteral("nfs://127.0.0.1:%1%2?mountport=20048")
                                .arg(proxy.port())
                                .arg(QString::fromLatin1(TestServer::path(3, target).toPercentEncoding("/")));
        const auto r = TestServer::runNfsnav({QStringLiteral("put"), source, url});
        const QDir folder = QFileInfo(TestServer::localPath(target)).dir();
        const QString temporaries = QLatin1Char('.') + QFileInfo(TestServer::localPath(target)).fileName()
            + QStringLiteral(".nfsnav-*");
        QVERIFY2(folder.entryList({temporaries}, QDir::Files | QDir::Hidden).isEmpty(), "a temporary file was left");
        if (!always) {
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(TestServer::readLocal(TestServer::localPath(target)) == data);
            // Four WRITEs of a MiB, all sent again after the first COMMIT.
            QVERIFY2(writes >= 8, qPrintable(QString::number(writes)));
            QVERIFY2(commits >= 2, qPrintable(QString::number(commits)));
        } else {
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("again and again"), r.err.constData());
            QVERIFY(!QFileInfo::exists(TestServer::localPath(target)));
        }
    }

    // An existing folder receives the copy inside it, with the same refusals.
    void getRecursiveIntoAnExistingFolder()
    {
        const QString parent = m_base.filePath(QStringLiteral("into"));
        QVERIFY(QDir().mkpath(parent));
        const auto r = TestServer::runNfsnav({QStringLiteral("get"), QStringLiteral("-r"), m_server.urlText(), parent});
        QCOMPARE(r.code, 1);
        checkOutcome(parent, parent + QStringLiteral("/hostile"));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
