// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteFsModel and RemoteFsFilterModel against the real test server: lazy
// listing, batches, the model's own order, exports as folders, refresh in
// place, memory per entry, QAbstractItemModelTester during live listings, and
// a GUI-thread heartbeat through every test.
#include "heartbeat.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "session.h"
#include "sessioncache.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTcpServer>

#include <QElapsedTimer>

#include <malloc.h>

namespace {
QStringList names(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model->rowCount(parent); ++r)
        out << model->index(r, 0, parent).data().toString();
    return out;
}

// Waits for a job with the event loop running (never Job::wait on the GUI
// thread: the heartbeat would see it), deletes it, and tells whether it succeeded.
bool succeeds(Job *job, int timeoutMs = 30000)
{
    std::unique_ptr<Job> owner(job);
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(timeoutMs))
        return false;
    if (job->error())
        qWarning("%s", qPrintable(job->error().message()));
    return !job->error();
}

// A file of `size` bytes (zeros) through NFS.
bool makeFile(Session &session, const QByteArray &path, quint64 size = 0)
{
    return succeeds(session.createFile(path)) && (size == 0 || succeeds(session.truncate(path, size)));
}

bool listed(RemoteFsModel &model, int timeoutMs = 60000)
{
    QSignalSpy spy(&model, &RemoteFsModel::rootListingFinished);
    model.list();
    return spy.wait(timeoutMs);
}

}

class TestRemoteFsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
    }
    void init()
    {
        m_heartbeat.start();
    }
    void cleanup()
    {
        const qint64 stall = m_heartbeat.stop();
        QVERIFY2(stall <= Heartbeat::MaxGapMs,
                 qPrintable(QStringLiteral("the GUI thread stopped for %1 ms (%2 ms with its waits for a CPU)")
                                .arg(stall)
                                .arg(m_heartbeat.maxGap())));
    }

    void listsRootFoldersFirst_data() { TestServer::addVersions(); }
    void listsRootFoldersFirst()
    {
        QFETCH(int, version);
        SessionCache pool;
        RemoteFsModel model(&pool);
        model.setRootUrl(TestServer::url(version));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        // The tester also expands every folder it finds: a live tree under test.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(listed(model));
        QVERIFY2(!model.lastError(), qPrintable(model.lastError().message()));
        const QStringList rows = names(&model);
        for (const QString &n : {QStringLiteral("big"), QStringLiteral("private"), QStringLiteral("sub"),
                                 QStringLiteral("scratch"), QStringLiteral("hello.txt")})
            QVERIFY2(rows.contains(n), qPrintable(rows.join(QLatin1Char(','))));
        // Folders first, then files.
        const int firstFile = int(rows.indexOf(QStringLiteral("hello.txt")));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.isDir(model.index(r, 0)), r < firstFile);
        const QModelIndex hello = model.index(firstFile, 0);
        QCOMPARE(hello.data(RemoteFsModel::SizeRole).toULongLong(), 6u);
        QCOMPARE(model.index(firstFile, RemoteFsModel::PermissionsColumn).data().toString(), QStringLiteral("-rw-r--r--"));
        QCOMPARE(model.index(firstFile, RemoteFsModel::OwnerColumn).data().toString(), QStringLiteral("0:0"));
        QVERIFY(!model.index(firstFile, RemoteFsModel::TypeColumn).data().toString().isEmpty());
        QCOMPARE(model.urlOf(hello), TestServer::url(version, "hello.txt"));
        QVERIFY(!model.canFetchMore({}));
    }

    void fetchesSubfoldersLazily()
    {
        SessionCache pool;
        RemoteFsModel model(&pool);
        model.setRootUrl(TestServer::url(3));
        QVERIFY(listed(model));
        const QModelIndex sub = model.indexOfName("sub");
        QVERIFY(sub.isValid());
        QVERIFY(model.hasChildren(sub));
        QCOMPARE(model.rowCount(sub), 0);
        QVERIFY(model.canFetchMore(sub));
        QSignalSpy spy(&model, &RemoteFsModel::listingFinished);
        model.fetchMore(sub);
        QVERIFY(!model.canFetchMore(sub));   // marked before the reply
        QVERIFY(spy.wait(30000));
        QCOMPARE(names(&model, sub), QStringList{QStringLiteral("dir")});
        const QModelIndex dir = model.index(0, 0, sub);
        QCOMPARE(model.pathOf(dir), TestServer::path(3, "sub/dir"));
        QCOMPARE(model.parent(dir), sub.siblingAtColumn(0));
    }

    void naturalOrderAndSorting()
    {
        SessionCache pool;
        Session session(TestServer::url(3));
        const QByteArray sub = TestServer::scratchName("natural");
        QVERIFY(succeeds(session.mkdir(TestServer::path(3, sub))));
        for (const char *d : {"a-dir", "z-dir"})
            QVERIFY(succeeds(session.mkdir(TestServer::path(3, sub + '/' + d))));
        for (const char *f : {"file10", "file2", "File1"})
            QVERIFY(makeFile(session, TestServer::path(3, sub + '/' + f), qstrlen(f)));
        RemoteFsModel model(&pool);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRootUrl(TestServer::url(3, sub));
        QVERIFY(listed(model));
        QStringList rows = names(&model);
        QCOMPARE(rows, (QStringList{QStringLiteral("a-dir"), QStringLiteral("z-dir"), QStringLiteral("File1"),
                                    QStringLiteral("file2"), QStringLiteral("file10")}));
        // Descending keeps folders first.
        model.sort(RemoteFsModel::NameColumn, Qt::DescendingOrder);
        rows = names(&model);
        QCOMPARE(rows, (QStringList{QStringLiteral("z-dir"), QStringLiteral("a-dir"), QStringLiteral("file10"),
                                    QStringLiteral("file2"), QStringLiteral("File1")}));
        // By size: file2 (5 bytes) < File1 (5) by name, file10 (6).
        model.sort(RemoteFsModel::SizeColumn, Qt::AscendingOrder);
        rows = names(&model);
        QCOMPARE(rows.mid(rows.size() - 3), (QStringList{QStringLiteral("File1"), QStringLiteral("file2"),
                                                          QStringLiteral("file10")}));
    }

    // By the type text shown, not by the suffix: "unknown" among the u's, not first.
    void sortsByTheTypeShown()
    {
        SessionCache pool;
        Session session(TestServer::url(3));
        const QByteArray sub = TestServer::scratchName("types");
        QVERIFY(succeeds(session.mkdir(TestServer::path(3, sub))));
        QVERIFY(succeeds(session.mkdir(TestServer::path(3, sub + "/zz-folder"))));
        for (const char *f : {"notes.txt", "photo.png", "bundle.zip", "readme.md", "backup.tar", "noext", "Other.TXT"})
            QVERIFY(makeFile(session, TestServer::path(3, sub + '/' + f)));
        RemoteFsModel model(&pool);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRootUrl(TestServer::url(3, sub));
        QVERIFY(listed(model));
        QCOMPARE(model.rowCount(), 8);
        QCollator collator{QLocale(QLocale::English, QLocale::UnitedStates)};
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto types = [&model] {
            QStringList out;
            for (int r = 0; r < model.rowCount(); ++r)
                out << model.index(r, RemoteFsModel::TypeColumn).data().toString();
            return out;
        };
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(RemoteFsModel::TypeColumn, order);
            const QStringList shown = types();
            const QString seen = shown.join(QStringLiteral(", "));
            QCOMPARE(names(&model).first(), QStringLiteral("zz-folder"));   // folders first, in either direction
            for (int r = 2; r < shown.size(); ++r) {
                const int c = collator.compare(shown[r - 1], shown[r]);
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0, qPrintable(seen));
            }
        }
        // One type: by name ("Other.TXT" and "notes.txt" are both plain text).
        model.sort(RemoteFsModel::TypeColumn, Qt::AscendingOrder);
        const QStringList rows = names(&model);
        QVERIFY(rows.indexOf(QStringLiteral("notes.txt")) + 1 == rows.indexOf(QStringLiteral("Other.TXT")));
    }

    void filterProxyOnlyFilters()
    {
        SessionCache pool;
        RemoteFsModel model(&pool);
        RemoteFsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRootUrl(TestServer::url(3));
        QVERIFY(listed(model));
        QCOMPARE(names(&proxy), names(&model));   // same order: the proxy never sorts
        proxy.setFilterText(QStringLiteral("HEL"));
        QCOMPARE(names(&proxy), QStringList{QStringLiteral("hello.txt")});
        proxy.setFilterText(QStringLiteral("*.txt"));
        QCOMPARE(names(&proxy), QStringList{QStringLiteral("hello.txt")});
        proxy.setFilterText(QString());
        proxy.setFoldersOnly(true);
        QVERIFY(!names(&proxy).contains(QStringLiteral("hello.txt")));
        QVERIFY(names(&proxy).contains(QStringLiteral("sub")));
        proxy.sort(RemoteFsModel::NameColumn, Qt::DescendingOrder);   // passed to the model
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    }

    void hiddenFiles()
    {
        SessionCache pool;
        Session session(TestServer::url(3));
        const QByteArray dir = TestServer::scratchName("hidden");
        QVERIFY(succeeds(session.mkdir(TestServer::path(3, dir))));
        QVERIFY(makeFile(session, TestServer::path(3, dir + "/.dot")));
        QVERIFY(makeFile(session, TestServer::path(3, dir + "/plain")));
        RemoteFsModel model(&pool);
        RemoteFsFilterModel proxy;
        proxy.setSourceModel(&model);
        model.setRootUrl(TestServer::url(3, dir));
        QVERIFY(listed(model));
        QCOMPARE(names(&proxy), QStringList{QStringLiteral("plain")});
        proxy.setShowHidden(true);
        QCOMPARE(names(&proxy), (QStringList{QStringLiteral(".dot"), QStringLiteral("plain")}));
    }

    void exportsAsFolders()
    {
        SessionCache pool;
        RemoteFsModel model(&pool);
        model.setRootUrl(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/")));
        QVERIFY(listed(model));
        QVERIFY2(!model.lastError(), qPrintable(model.lastError().message()));
        const QStringList rows = names(&model);
        QVERIFY2(rows.contains(QStringLiteral("srv/test")), qPrintable(rows.join(QLatin1Char(','))));
        const QModelIndex test = model.indexOfName("srv/test");
        QVERIFY(test.data(RemoteFsModel::IsExportRole).toBool());
        QCOMPARE(model.pathOf(test), QByteArray("/srv/test"));
        // Expanding an export mounts it and lists it.
        QSignalSpy spy(&model, &RemoteFsModel::listingFinished);
        model.fetchMore(test);
        QVERIFY(spy.wait(30000));
        QVERIFY(names(&model, test).contains(QStringLiteral("hello.txt")));
        // The pool shares that mount for a path below it.
        const int sessions = pool.sessionCount();
        pool.sessionFor(TestServer::url(3, "sub/dir"));
        QCOMPARE(pool.sessionCount(), sessions);

        RemoteFsModel v4(&pool);
        v4.setRootUrl(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/?version=4")));
        QVERIFY(listed(v4));
        QVERIFY2(names(&v4).contains(QStringLiteral("pseudo")), qPrintable(names(&v4).join(QLatin1Char(','))));
    }

    void refreshKeepsRows()
    {
        SessionCache pool;
        Session session(TestServer::url(3));
        const QByteArray dir = TestServer::scratchName("refresh");
        const QByteArray full = TestServer::path(3, dir);
        QVERIFY(succeeds(session.mkdir(full)));
        for (const char *n : {"/b", "/d", "/gone"})
            QVERIFY(succeeds(session.mkdir(full + n)));
        RemoteFsModel model(&pool);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRootUrl(TestServer::url(3, dir));
        QVERIFY(listed(model));
        QCOMPARE(names(&model), (QStringList{QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("gone")}));
        const QPersistentModelIndex d = model.indexOfName("d");
        QVERIFY(succeeds(session.mkdir(full + "/a")));
        QVERIFY(succeeds(session.mkdir(full + "/c")));
        QVERIFY(succeeds(session.rmdir(full + "/gone")));
        QSignalSpy spy(&model, &RemoteFsModel::rootListingFinished);
        model.refresh();
        QVERIFY(spy.wait(30000));
        QCOMPARE(names(&model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                             QStringLiteral("d")}));
        QVERIFY(d.isValid());
        QCOMPARE(d.data().toString(), QStringLiteral("d"));
        QCOMPARE(d.row(), 3);
    }

    void symlinksReadLazily()
    {
        SessionCache pool;
        Session session(TestServer::url(3));
        const QByteArray dir = TestServer::path(3, TestServer::scratchName("links"));
        QVERIFY(succeeds(session.mkdir(dir)));
        QVERIFY(makeFile(session, dir + "/target"));
        QVERIFY(succeeds(session.symlink("target", dir + "/good")));
        QVERIFY(succeeds(session.symlink("missing", dir + "/broken")));
        RemoteFsModel model(&pool);
        model.setRootUrl(TestServer::url(3).withPath(dir));
        QVERIFY(listed(model));
        const QModelIndex good = model.indexOfName("good");
        const QModelIndex broken = model.indexOfName("broken");
        QCOMPARE(good.data(RemoteFsModel::FileTypeRole).toInt(), int(FileInfo::Type::Symlink));
        // Asked for (as a view does for visible rows), read in the background.
        QTRY_COMPARE_WITH_TIMEOUT(good.data(RemoteFsModel::LinkTargetRole).toByteArray(), QByteArray("target"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(broken.data(RemoteFsModel::BrokenLinkRole).toBool(), 30000);
        QVERIFY(!good.data(RemoteFsModel::BrokenLinkRole).toBool());
        QCOMPARE(model.index(broken.row(), RemoteFsModel::TypeColumn).data().toString(), QStringLiteral("Broken link"));
        QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(QStringLiteral("missing")));
    }

    // 10,000 entries in batches: QAbstractItemModelTester watches every insert
    // and merge, the heartbeat watches the GUI thread, and the memory per
    // entry stays within 300 bytes.
    void bigListing()
    {
        SessionCache pool;
        // Warm the session up so its memory is not counted as the model's.
        {
            RemoteFsModel warm(&pool);
            warm.setRootUrl(TestServer::url(3, "sub"));
            QVERIFY(listed(warm));
        }
        auto *model = new RemoteFsModel(&pool);
        auto *tester = new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setRootUrl(TestServer::url(3, "big"));
        QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);
        QVERIFY(listed(*model, 120000));
        QCOMPARE(model->rowCount(), 10000);
        QVERIFY2(inserts.count() > 1, "the listing came in one piece");
        QVERIFY(inserts.count() < 100);   // one insert per batch, not per row
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("f00000"));
        QCOMPARE(model->index(9999, 0).data().toString(), QStringLiteral("f09999"));
        for (int r = 1; r < 10000; r += 997)
            QVERIFY(model->index(r - 1, 0).data().toString() < model->index(r, 0).data().toString());
        delete tester;

        if (Sanitized) {
            qInfo("memory per entry not measured under the sanitizers (they replace malloc)");
        } else {
            // Heap in use before and after the same model is built again; jobs
            // and batches are gone by then, so the difference is the rows.
            QSignalSpy again(model, &RemoteFsModel::rootListingFinished);
            model->setRootUrl(TestServer::url(3, "sub"));
            QTRY_VERIFY_WITH_TIMEOUT(!model->isListing(), 30000);
            QTest::qWait(50);
            malloc_trim(0);
            const size_t before = mallinfo2().uordblks;
            model->setRootUrl(TestServer::url(3, "big"));
            QVERIFY(listed(*model, 120000));
            QTest::qWait(50);   // let the listing's own objects be deleted
            const size_t after = mallinfo2().uordblks;
            const double perEntry = double(qint64(after) - qint64(before)) / 10000.0;
            qInfo("model memory: %.0f bytes per entry (node struct %zu bytes)", perEntry, RemoteFsModel::nodeSize());
            QVERIFY2(perEntry <= 300, qPrintable(QStringLiteral("%1 bytes per entry").arg(perEntry)));
        }
        delete model;
    }

    // 100,000 entries, when the rig provides /srv/a/huge.
    void hugeListing()
    {
        SessionCache pool;
        RemoteFsModel model(&pool);
        RemoteFsFilterModel proxy;
        proxy.setSourceModel(&model);
        // No QAbstractItemModelTester here: it re-checks every row on every
        // signal, quadratic at this size (bigListing runs it on 10,000).
        model.setRootUrl(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/srv/a/huge")));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(listed(model, 240000));
        if (model.lastError().kind() == NfsError::Kind::NotFound)
            QSKIP("the rig has no /srv/a/huge folder");
        QVERIFY2(!model.lastError(), qPrintable(model.lastError().message()));
        qInfo("100,000 entries listed in %lld ms; longest GUI-thread gap %lld ms", clock.elapsed(), m_heartbeat.maxGap());
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(proxy.rowCount(), 100000);
        QCOMPARE(model.index(99999, 0).data().toString(), QStringLiteral("h099999"));
    }

    void unreachableHosts_data()
    {
        QTest::addColumn<bool>("silent");
        QTest::newRow("refused") << false;
        QTest::newRow("silent") << true;
    }
    void unreachableHosts()
    {
        QFETCH(bool, silent);
        // A listener that accepts nothing and never answers, or a closed port.
        QTcpServer server;
        QString text = QStringLiteral("nfs://127.0.0.1:9/x?mountport=9&timeout=2");
        if (silent) {
            QVERIFY(server.listen(QHostAddress::LocalHost));
            server.pauseAccepting();
            text = QStringLiteral("nfs://127.0.0.1:%1/x?mountport=%1&timeout=2").arg(server.serverPort());
        }
        SessionCache pool;
        RemoteFsModel model(&pool);
        model.setRootUrl(NfsUrl::parse(text));
        QVERIFY(listed(model, 60000));
        QVERIFY(model.lastError());
        QVERIFY(!model.lastError().message().isEmpty());
        qInfo("%s", qPrintable(model.lastError().message()));
        QCOMPARE(model.rowCount(), 0);
    }

private:
    Heartbeat m_heartbeat;
};

NFSNAV_UI_TEST_MAIN(TestRemoteFsModel)
#include "tst_remotefsmodel.moc"
