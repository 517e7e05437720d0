// SPDX-License-Identifier: GPL-3.0-or-later
// TreeOperations against the real test server: rm -r that never goes through
// a symlink, du counts, find with wildcards, cancellation, failures per item,
// and a Session or job destroyed while a walk runs. Over NFSv3 and NFSv4.
#include "session.h"
#include "testserver.h"
#include "treeoperations.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Kind = NfsError::Kind;

namespace {

QString message(const Job &job)
{
    return job.error().message();
}

// Files, folders and links made through NFS with a v3 session (the layout is the
// same for both versions; the walk under test then uses the row's version).
class TreeBuilder
{
public:
    explicit TreeBuilder(const QByteArray &sub) : m_session(TestServer::url(3)), m_root(TestServer::path(3, sub)) {}

    bool folder(const QByteArray &rel, quint32 mode = 0755)
    {
        return ok(m_session.mkdir(at(rel), mode), rel);
    }
    bool file(const QByteArray &rel, quint64 size = 0)
    {
        if (!ok(m_session.createFile(at(rel), 0644, true), rel))
            return false;
        return size == 0 || ok(m_session.truncate(at(rel), size), rel);
    }
    bool symlink(const QByteArray &target, const QByteArray &rel) { return ok(m_session.symlink(target, at(rel)), rel); }
    bool hardLink(const QByteArray &existing, const QByteArray &rel) { return ok(m_session.link(at(existing), at(rel)), rel); }
    // Many files at once, to give a walk something to chew on.
    bool manyFiles(const QByteArray &folderRel, int count)
    {
        std::vector<std::unique_ptr<Job>> jobs;
        for (int i = 0; i < count; ++i)
            jobs.emplace_back(m_session.createFile(at(folderRel + "/f" + QByteArray::number(i)), 0644, true));
        bool all = true;
        for (auto &j : jobs)
            all = TestServer::finishes(j.get()) && !j->error() && all;
        return all;
    }

private:
    QByteArray at(const QByteArray &rel) const { return rel.isEmpty() ? m_root : m_root + '/' + rel; }
    bool ok(Job *raw, const QByteArray &rel)
    {
        std::unique_ptr<Job> job(raw);
        if (!TestServer::finishes(job.get()) || job->error()) {
            qWarning("making %s: %s", rel.constData(), qPrintable(job->error().message()));
            return false;
        }
        return true;
    }

    Session m_session;
    QByteArray m_root;
};

// The known tree of measureKnownTree and findWildcards:
//   a.txt (10 bytes)  B.TXT (20)  sub/c.txt (5)  sub/hard (hard link to c.txt)
//   sub/deep/d.log (0)  sibling/keep.txt (7)  tosib -> sibling  dangling -> nowhere
bool makeKnownTree(const QByteArray &sub)
{
    TreeBuilder t(sub);
    return t.folder({}) && t.file("a.txt", 10) && t.file("B.TXT", 20) && t.folder("sub") && t.file("sub/c.txt", 5)
        && t.hardLink("sub/c.txt", "sub/hard") && t.folder("sub/deep") && t.file("sub/deep/d.log")
        && t.folder("sibling") && t.file("sibling/keep.txt", 7) && t.symlink("sibling", "tosib")
        && t.symlink("nowhere", "dangling");
}

QStringList relativePaths(const QList<FoundEntry> &hits, const QByteArray &root)
{
    QStringList out;
    for (const FoundEntry &h : hits)
        out.append(QString::fromUtf8(h.path.mid(root.size() + 1)));
    return out;
}

} // namespace

class TestTreeOperations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void removeKeepsSymlinkTargets_data() { TestServer::addVersions(); }
    void removeKeepsSymlinkTargets()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("rm");
        TreeBuilder t(sub);
        QVERIFY(t.folder({}) && t.folder("sibling") && t.file("sibling/keep.txt", 3) && t.folder("victim")
                && t.folder("victim/inner") && t.file("victim/inner/x", 1) && t.file("victim/y")
                && t.symlink("../sibling", "victim/tosib") && t.symlink(TestServer::path(3, sub + "/sibling"), "victim/abs")
                && t.symlink("../sibling/keep.txt", "victim/tofile") && t.symlink("gone", "victim/dangling"));
        Session s(TestServer::url(version));
        std::unique_ptr<RemoveTreeJob> job(TreeOperations::removeTree(&s, TestServer::path(version, sub + "/victim")));
        QSignalSpy finished(job.get(), &Job::finished);
        QSignalSpy progress(job.get(), &Job::progress);
        QCOMPARE(finished.size(), 0);   // never from inside the call
        QVERIFY(finished.wait(60000));
        QVERIFY2(!job->error(), qPrintable(message(*job)));
        QVERIFY(job->failures().isEmpty());
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong());   // all found were removed
        QCOMPARE(last.at(0).toLongLong(), 8);
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub + "/victim")));
        // The sibling the links pointed to is whole.
        QCOMPARE(QFileInfo(TestServer::localPath(sub + "/sibling/keep.txt")).size(), 3);
        QCOMPARE(QDir(TestServer::localPath(sub + "/sibling")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("keep.txt")});
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);

        // A symlink to a folder given as the start is the link.
        QVERIFY(t.symlink("sibling", "link"));
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&s, TestServer::path(version, sub + "/link")))->error());
        QVERIFY(!QFileInfo(TestServer::localPath(sub + "/link")).isSymLink());
        QVERIFY(QFileInfo::exists(TestServer::localPath(sub + "/sibling/keep.txt")));
        // A plain file too.
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&s, TestServer::path(version, sub + "/sibling/keep.txt")))->error());
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&s, TestServer::path(version, sub)))->error());
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub)));
    }

    void removeMissingAndRoot_data() { TestServer::addVersions(); }
    void removeMissingAndRoot()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        const QByteArray missing = TestServer::path(version, "scratch/no-such-tree");
        auto gone = TestServer::awaited(TreeOperations::removeTree(&s, missing));
        QCOMPARE(gone->error().kind(), Kind::NotFound);
        QCOMPARE(gone->failures().size(), 1);
        QCOMPARE(gone->failures().first().path, missing);
        QVERIFY2(message(*gone).contains(QString::fromUtf8(missing)), qPrintable(message(*gone)));
        auto root = TestServer::awaited(TreeOperations::removeTree(&s, "/"));
        QCOMPARE(root->error().kind(), Kind::InvalidArgument);
    }

    void removeGoesOnAfterFailures_data() { TestServer::addVersions(); }
    void removeGoesOnAfterFailures()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("partial");
        TreeBuilder t(sub);
        // uid 1234 may empty "open" but not "locked" (root's, 0755).
        QVERIFY(t.folder({}, 0777) && t.folder("open", 0777) && t.file("open/a") && t.file("open/b")
                && t.folder("locked", 0755) && t.file("locked/x") && t.file("locked/y") && t.file("z"));
        Session other(TestServer::url(version, {}, QStringLiteral("uid=1234&gid=1234")));
        auto job = TestServer::awaited(TreeOperations::removeTree(&other, TestServer::path(version, sub)));
        QCOMPARE(job->error().kind(), Kind::Other);
        const QList<TreeFailure> failures = job->failures();
        QCOMPARE(failures.size(), 2);
        QCOMPARE(failures.at(0).path, TestServer::path(version, sub + "/locked/x"));
        QCOMPARE(failures.at(1).path, TestServer::path(version, sub + "/locked/y"));
        for (const TreeFailure &f : failures)
            QCOMPARE(f.error.kind(), Kind::PermissionDenied);
        QVERIFY2(message(*job).contains(QLatin1String("2 items failed")), qPrintable(message(*job)));
        QVERIFY2(message(*job).contains(QString::fromUtf8(failures.at(1).path)), qPrintable(message(*job)));
        // Everything else went; what holds the failures stays.
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub + "/open")));
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub + "/z")));
        QVERIFY(QFileInfo::exists(TestServer::localPath(sub + "/locked/x")));
        Session root(TestServer::url(version));
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&root, TestServer::path(version, sub)))->error());
    }

    void measureKnownTree_data() { TestServer::addVersions(); }
    void measureKnownTree()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("du");
        QVERIFY(makeKnownTree(sub));
        Session s(TestServer::url(version));
        std::unique_ptr<MeasureJob> job(TreeOperations::measure(&s, TestServer::path(version, sub)));
        QSignalSpy progress(job.get(), &Job::progress);
        QVERIFY(TestServer::finishes(job.get(), 60000));
        QVERIFY2(!job->error(), qPrintable(message(*job)));
        const TreeSize size = job->result();
        QCOMPARE(size.bytes, quint64(10 + 20 + 5 + 0 + 7));   // sub/hard counts once
        QCOMPARE(size.files, quint64(6));
        QCOMPARE(size.folders, quint64(4));                    // the start, sub, sub/deep, sibling
        QCOMPARE(size.symlinks, quint64(2));
        QCOMPARE(size.others, quint64(0));
        QCOMPARE(job->counted(), size);

        // A symlink to a folder is one symlink, never its folder.
        auto link = TestServer::awaited(TreeOperations::measure(&s, TestServer::path(version, sub + "/tosib")));
        QVERIFY(!link->error());
        QCOMPARE(link->result(), (TreeSize{0, 0, 0, 1, 0}));
        auto file = TestServer::awaited(TreeOperations::measure(&s, TestServer::path(version, sub + "/B.TXT")));
        QCOMPARE(file->result(), (TreeSize{20, 1, 0, 0, 0}));
        auto missing = TestServer::awaited(TreeOperations::measure(&s, TestServer::path(version, sub + "/none")));
        QCOMPARE(missing->error().kind(), Kind::NotFound);

        // The fixture's 10,000 files in one folder.
        auto big = TestServer::awaited(TreeOperations::measure(&s, TestServer::path(version, "big")));
        QVERIFY(!big->error());
        QCOMPARE(big->result().files, quint64(10000));
        QCOMPARE(big->result().folders, quint64(1));
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&s, TestServer::path(version, sub)))->error());
    }

    void measureReportsUnreadableFolders_data() { TestServer::addVersions(); }
    void measureReportsUnreadableFolders()
    {
        QFETCH(int, version);
        // uid 1234 cannot read the fixture's private folder (0700, root's).
        Session other(TestServer::url(version, {}, QStringLiteral("uid=1234&gid=1234")));
        auto job = TestServer::awaited(TreeOperations::measure(&other, TestServer::path(version)));
        QVERIFY(job->error().isError());
        bool sawPrivate = false;
        for (const TreeFailure &f : job->failures()) {
            if (f.path == TestServer::path(version, "private")) {
                sawPrivate = true;
                QCOMPARE(f.error.kind(), Kind::PermissionDenied);
            }
        }
        QVERIFY(sawPrivate);
        // Everything else was counted.
        QVERIFY(job->counted().files >= 10002);
    }

    void findWildcards_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QStringList>("expected");
        for (int v : {3, 4}) {
            QTest::addRow("v%d-star-txt", v) << v << QStringLiteral("*.txt") << true
                                            << QStringList{QStringLiteral("a.txt"), QStringLiteral("sibling/keep.txt"),
                                                           QStringLiteral("sub/c.txt")};
            QTest::addRow("v%d-star-txt-nocase", v)
                << v << QStringLiteral("*.TxT") << false
                << QStringList{QStringLiteral("B.TXT"), QStringLiteral("a.txt"), QStringLiteral("sibling/keep.txt"),
                               QStringLiteral("sub/c.txt")};
            QTest::addRow("v%d-question", v) << v << QStringLiteral("?.txt") << true
                                            << QStringList{QStringLiteral("a.txt"), QStringLiteral("sub/c.txt")};
            QTest::addRow("v%d-set", v) << v << QStringLiteral("[st]*") << true
                                       << QStringList{QStringLiteral("sibling"), QStringLiteral("sub"), QStringLiteral("tosib")};
            QTest::addRow("v%d-prefix", v) << v << QStringLiteral("keep*") << true
                                             << QStringList{QStringLiteral("sibling/keep.txt")};
            QTest::addRow("v%d-none", v) << v << QStringLiteral("*.zip") << true << QStringList{};
        }
    }
    void findWildcards()
    {
        QFETCH(int, version);
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(QStringList, expected);
        const QByteArray sub = TestServer::scratchName("find");
        QVERIFY(makeKnownTree(sub));
        Session s(TestServer::url(version));
        const QByteArray root = TestServer::path(version, sub);
        std::unique_ptr<FindJob> job(
            TreeOperations::find(&s, root, pattern, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive));
        QList<FoundEntry> hits;
        bool afterEnd = false;
        QSignalSpy finished(job.get(), &Job::finished);
        connect(job.get(), &FindJob::found, this, [&](const QList<FoundEntry> &batch) {
            afterEnd = afterEnd || !finished.isEmpty();
            hits += batch;
        });
        QVERIFY(finished.wait(60000));
        QVERIFY2(!job->error(), qPrintable(message(*job)));
        QVERIFY(!afterEnd);
        QVERIFY(job->takeFound().isEmpty());   // all delivered through found()
        QStringList got = relativePaths(hits, root);
        // Walk order: depth first, names in byte order within each folder.
        QStringList sorted = expected;
        QCOMPARE(got.size(), expected.size());
        got.sort();
        sorted.sort();
        QCOMPARE(got, sorted);
        for (const FoundEntry &h : std::as_const(hits)) {
            QVERIFY2(!h.path.contains("/tosib/"), h.path.constData());   // never through the link
            QCOMPARE(h.path.mid(h.path.lastIndexOf('/') + 1), h.info.name);
        }
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&s, root))->error());
    }

    void findOrderTypesAndPolling_data() { TestServer::addVersions(); }
    void findOrderTypesAndPolling()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("order");
        QVERIFY(makeKnownTree(sub));
        Session s(TestServer::url(version));
        const QByteArray root = TestServer::path(version, sub);
        // Without an event loop: wait, then take.
        std::unique_ptr<FindJob> job(TreeOperations::find(&s, root, QStringLiteral("*"), Qt::CaseSensitive));
        QVERIFY(job->wait(60000));
        QVERIFY2(!job->error(), qPrintable(message(*job)));
        const QList<FoundEntry> hits = job->takeFound();
        QCOMPARE(relativePaths(hits.mid(1), root),
                 (QStringList{QStringLiteral("B.TXT"), QStringLiteral("a.txt"), QStringLiteral("dangling"),
                              QStringLiteral("sibling"), QStringLiteral("sub"), QStringLiteral("tosib"),
                              QStringLiteral("sibling/keep.txt"), QStringLiteral("sub/c.txt"), QStringLiteral("sub/deep"),
                              QStringLiteral("sub/hard"), QStringLiteral("sub/deep/d.log")}));
        // The start matches "*" as find(1) has it.
        QCOMPARE(hits.first().path, root);
        QVERIFY(hits.first().info.isDir());
        for (const FoundEntry &h : hits) {
            if (h.path.endsWith("/tosib") || h.path.endsWith("/dangling"))
                QCOMPARE(h.info.type, FileInfo::Type::Symlink);
        }
        auto bad = TestServer::awaited(TreeOperations::find(&s, root, QStringLiteral("[unclosed"), Qt::CaseSensitive));
        QCOMPARE(bad->error().kind(), Kind::InvalidArgument);
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&s, root))->error());
    }

    void findEscapedNames_data() { TestServer::addVersions(); }
    void findEscapedNames()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("names");
        TreeBuilder t(sub);
        QVERIFY(t.folder({}) && t.file("new\nline.txt") && t.file("caf\xe9.txt") && t.file("plain"));
        Session s(TestServer::url(version));
        const QByteArray root = TestServer::path(version, sub);
        // The pattern sees displayName(): the escapes are text to match.
        auto job = TestServer::awaited(TreeOperations::find(&s, root, QStringLiteral("*\\n*"), Qt::CaseSensitive));
        QVERIFY(!job->error());
        QList<FoundEntry> hits = job->takeFound();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().path, root + "/new\nline.txt");
        auto latin = TestServer::awaited(TreeOperations::find(&s, root, QStringLiteral("caf\\xe9*"), Qt::CaseSensitive));
        hits = latin->takeFound();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().info.name, QByteArray("caf\xe9.txt"));
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&s, root))->error());
    }

    void cancelMidway_data() { TestServer::addVersions(); }
    void cancelMidway()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("cancel");
        TreeBuilder t(sub);
        QVERIFY(t.folder({}));
        for (int d = 0; d < 12; ++d) {
            const QByteArray folder = "d" + QByteArray::number(d);
            QVERIFY(t.folder(folder) && t.manyFiles(folder, 40));
        }
        Session s(TestServer::url(version));
        std::unique_ptr<RemoveTreeJob> job(TreeOperations::removeTree(&s, TestServer::path(version, sub)));
        QSignalSpy finished(job.get(), &Job::finished);
        QSignalSpy progress(job.get(), &Job::progress);
        // Cancelled at the first word of progress: the walk has listed the
        // start and is at work on its folders (480 unlinks take far longer).
        qint64 foundAtCancel = 0;
        connect(job.get(), &Job::progress, job.get(), [&](qint64, qint64 found) {
            if (!foundAtCancel) {
                foundAtCancel = found;
                job->cancel();
            }
        });
        QVERIFY(finished.wait(30000));
        QCOMPARE(job->error().kind(), Kind::Cancelled);
        QVERIFY(foundAtCancel > 1);
        const int progressAtEnd = int(progress.size());
        // The walk stops: what is left stays left.
        const auto remaining = [&] {
            int n = 0;
            for (const QString &d : QDir(TestServer::localPath(sub)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                n += int(QDir(TestServer::localPath(sub) + QLatin1Char('/') + d).entryList(QDir::Files).size());
            return n;
        };
        QTest::qWait(300);
        const int left = remaining();
        QVERIFY2(left > 0, "the walk removed everything before the cancel arrived");
        QTest::qWait(500);
        QCOMPARE(remaining(), left);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(int(progress.size()), progressAtEnd);   // nothing after the ending
        QVERIFY(!TestServer::awaited(TreeOperations::removeTree(&s, TestServer::path(version, sub)))->error());
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub)));
    }

    void sessionDestroyedDuringWalk_data() { TestServer::addVersions(); }
    void sessionDestroyedDuringWalk()
    {
        QFETCH(int, version);
        auto session = std::make_unique<Session>(TestServer::url(version));
        std::unique_ptr<MeasureJob> measure(TreeOperations::measure(session.get(), TestServer::path(version)));
        std::unique_ptr<FindJob> find(
            TreeOperations::find(session.get(), TestServer::path(version), QStringLiteral("f0*"), Qt::CaseSensitive));
        QSignalSpy measured(measure.get(), &Job::finished);
        QSignalSpy found(find.get(), &Job::finished);
        // At the first word from the walks, pull the session from under them.
        connect(measure.get(), &Job::progress, this, [&] { session.reset(); });
        QVERIFY(measured.wait(30000));
        QVERIFY(found.size() == 1 || found.wait(10000));
        QVERIFY(!session);
        QCOMPARE(measure->error().kind(), Kind::Cancelled);
        QVERIFY2(measure->error().message().contains(QLatin1String("closed")), qPrintable(measure->error().message()));
        if (find->error())
            QVERIFY2(find->error().kind() == Kind::Cancelled, qPrintable(find->error().message()));
        QTest::qWait(50);
        QCOMPARE(measured.size(), 1);
        QCOMPARE(found.size(), 1);

        // A session closed before its walk has even started.
        auto early = std::make_unique<Session>(TestServer::url(version));
        std::unique_ptr<RemoveTreeJob> rm(TreeOperations::removeTree(early.get(), TestServer::path(version, "scratch/nothing-here")));
        early.reset();
        QVERIFY(rm->wait(10000));
        QVERIFY(rm->error());
    }

    void jobDestroyedDuringWalk_data() { TestServer::addVersions(); }
    void jobDestroyedDuringWalk()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        for (int i = 0; i < 10; ++i) {
            delete TreeOperations::measure(&s, TestServer::path(version));
            delete TreeOperations::find(&s, TestServer::path(version), QStringLiteral("*"), Qt::CaseInsensitive);
        }
        // The session still works after walks whose jobs went away.
        auto job = TestServer::awaited(TreeOperations::measure(&s, TestServer::path(version, "sub")));
        QVERIFY2(!job->error(), qPrintable(message(*job)));
        QCOMPARE(job->result(), (TreeSize{0, 1, 2, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestTreeOperations)
#include "tst_treeoperations.moc"
