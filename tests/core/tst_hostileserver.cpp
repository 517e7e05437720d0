// What no real server can be made to send: a server whose folder lists names
// that cannot be local names ("a/b", "../escape", "", longer than 255 bytes)
// and one name twice (a symlink to a folder outside, then a folder holding a
// file). `get -r` reports each such entry, skips it, copies the rest, exits 1,
// and writes nothing outside the destination, leaving no temporary file.
// The server is HostileNfsServer: real ONC RPC/XDR over a real TCP socket.
#include "hostilenfsserver.h"
#include "session.h"
#include "testserver.h"
#include "treetransfer.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
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

    // What every copy leaves: the destination holds only the good entries,
    // nothing is made beside it or in the symlink's target, and no temporary remains.
    void checkOutcome(const QString &parent, const QString &dest)
    {
        const QByteArray destBytes = QFile::encodeName(dest);
        QStringList got = entriesUnder(destBytes);
        // The duplicate name: whichever came first stays, a symlink or a folder (empty or with its file).
        const bool trapIsLink = QFileInfo(dest + QStringLiteral("/trap")).isSymLink();
        got.removeAll(QStringLiteral("trap"));
        got.removeAll(QStringLiteral("trap/"));
        got.removeAll(QStringLiteral("trap/planted"));
        QCOMPARE(got, (QStringList{QStringLiteral("dangling"), QStringLiteral("good.txt"), QStringLiteral("sub/"),
                                   QStringLiteral("sub/inner.txt")}));
        QCOMPARE(readAll(dest + QStringLiteral("/good.txt")), QByteArray("all good\n"));
        QCOMPARE(readAll(dest + QStringLiteral("/sub/inner.txt")), QByteArray("inner\n"));
        QCOMPARE(QFile::symLinkTarget(dest + QStringLiteral("/dangling")).isEmpty(), false);
        char target[64] = {};
        QVERIFY(::readlink(QFile::encodeName(dest + QStringLiteral("/dangling")).constData(), target, sizeof target - 1) > 0);
        QCOMPARE(QByteArray(target), QByteArray("../nowhere"));
        if (trapIsLink) {
            char t[4096] = {};
            QVERIFY(::readlink(QFile::encodeName(dest + QStringLiteral("/trap")).constData(), t, sizeof t - 1) > 0);
            QCOMPARE(QString::fromLocal8Bit(t), outside());
        }
        QCOMPARE(entriesUnder(QFile::encodeName(outside())), QStringList());
        QCOMPARE(entriesUnder(QFile::encodeName(parent)), QStringList{QFileInfo(dest).fileName() + QLatin1Char('/')} + [&] {
            QStringList inside;
            for (const QString &e : entriesUnder(destBytes))
                inside << QFileInfo(dest).fileName() + QLatin1Char('/') + e;
            return inside;
        }());
        for (const char *word : {"escape", "up", "outside-sub"})
            QCOMPARE(entriesUnder(QFile::encodeName(m_base.path())).filter(QLatin1StringView(word)), QStringList());
        QCOMPARE(entriesUnder(QFile::encodeName(m_base.path())).filter(QStringLiteral(".nfsnav-")), QStringList());
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
