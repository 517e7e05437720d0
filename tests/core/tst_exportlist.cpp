// SPDX-License-Identifier: GPL-3.0-or-later
// Export resolution: the whole-component prefix rule, and the live server's
// exports /srv/a and /srv/ab (one a textual prefix of the other).
#include "exportlist.h"
#include "session.h"
#include "testserver.h"

#include <QTest>

#include <memory>

class TestExportList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longestExport_data()
    {
        QTest::addColumn<QList<QByteArray>>("exports");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("expected");
        const QList<QByteArray> ab{"/srv/a", "/srv/ab"};
        QTest::newRow("a") << ab << QByteArray("/srv/a") << QByteArray("/srv/a");
        QTest::newRow("a-sub") << ab << QByteArray("/srv/a/x/y") << QByteArray("/srv/a");
        QTest::newRow("ab") << ab << QByteArray("/srv/ab") << QByteArray("/srv/ab");
        QTest::newRow("ab-sub") << ab << QByteArray("/srv/ab/x") << QByteArray("/srv/ab");
        QTest::newRow("abc-none") << ab << QByteArray("/srv/abc") << QByteArray();
        QTest::newRow("parent-none") << ab << QByteArray("/srv") << QByteArray();
        QTest::newRow("data-database") << QList<QByteArray>{"/data"} << QByteArray("/database/x") << QByteArray();
        QTest::newRow("nested-longest") << QList<QByteArray>{"/data", "/data/projects", "/"}
                                        << QByteArray("/data/projects/p1") << QByteArray("/data/projects");
        QTest::newRow("root-export") << QList<QByteArray>{"/"} << QByteArray("/any/thing") << QByteArray("/");
        QTest::newRow("trailing-slash") << QList<QByteArray>{"/data/"} << QByteArray("/data/x") << QByteArray("/data");
        QTest::newRow("empty-list") << QList<QByteArray>{} << QByteArray("/data") << QByteArray();
    }
    void longestExport()
    {
        QFETCH(QList<QByteArray>, exports);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, expected);
        ExportList list;
        for (const QByteArray &e : exports)
            list.append(ExportEntry{e, {}});
        QCOMPARE(ExportResolution::longestExportFor(list, path), expected);
    }

    void pathAndParents()
    {
        QCOMPARE(ExportResolution::pathAndParents("/a/b/c"),
                 (QList<QByteArray>{"/a/b/c", "/a/b", "/a", "/"}));
        QCOMPARE(ExportResolution::pathAndParents("/"), QList<QByteArray>{"/"});
    }

    void pathInside()
    {
        QCOMPARE(ExportResolution::pathInside("/srv/a/x", "/srv/a"), QByteArray("/x"));
        QCOMPARE(ExportResolution::pathInside("/srv/a", "/srv/a"), QByteArray("/"));
        QCOMPARE(ExportResolution::pathInside("/pseudo/x", "/"), QByteArray("/pseudo/x"));
        QVERIFY(!ExportResolution::isAtOrBelow("/srv/ab", "/srv/a"));
        QVERIFY(ExportResolution::isAtOrBelow("/srv/a/b", "/srv/a"));
    }

    void liveExportList_data()
    {
        QTest::addColumn<QString>("args");
        QTest::newRow("portmapper") << QString();
        QTest::newRow("mountport") << QStringLiteral("?nfsport=2049&mountport=20048");
    }
    void liveExportList()
    {
        if (!TestServer::available())
            QSKIP("no test server");
        QFETCH(QString, args);
        Session s(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/") + args));
        std::unique_ptr<ExportListJob> job(s.exports());
        QVERIFY(job->wait(30000));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QList<QByteArray> paths;
        for (const ExportEntry &e : job->result())
            paths.append(e.path);
        std::sort(paths.begin(), paths.end());
        QCOMPARE(paths, (QList<QByteArray>{"/srv/a", "/srv/ab", "/srv/ro", "/srv/small", "/srv/test"}));
    }

    void liveResolution_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("export_");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("a") << QStringLiteral("nfs://127.0.0.1/srv/a") << QByteArray("/srv/a") << QByteArray("marker-a");
        QTest::newRow("ab") << QStringLiteral("nfs://127.0.0.1/srv/ab") << QByteArray("/srv/ab") << QByteArray("marker-ab");
        QTest::newRow("test-sub") << QStringLiteral("nfs://127.0.0.1/srv/test/sub/dir") << QByteArray("/srv/test")
                                  << QByteArray("file");
        QTest::newRow("ab-no-portmapper") << QStringLiteral("nfs://127.0.0.1/srv/ab?nfsport=2049&mountport=20048")
                                          << QByteArray("/srv/ab") << QByteArray("marker-ab");
    }
    void liveResolution()
    {
        if (!TestServer::available())
            QSKIP("no test server");
        QFETCH(QString, url);
        QFETCH(QByteArray, export_);
        QFETCH(QByteArray, marker);
        const NfsUrl u = NfsUrl::parse(url);
        QVERIFY(u.isValid());
        Session s(u);
        std::unique_ptr<MountJob> mount(s.mount());
        QVERIFY(mount->wait(30000));
        QVERIFY2(!mount->error(), qPrintable(mount->error().message()));
        QCOMPARE(mount->result().exportPath, export_);
        std::unique_ptr<DirectoryListing> listing(s.list(u.path()));
        QVERIFY(listing->wait(30000));
        QVERIFY2(!listing->error(), qPrintable(listing->error().message()));
        QList<QByteArray> names;
        for (const FileInfo &e : listing->takeEntries())
            names.append(e.name);
        QVERIFY2(names.contains(marker), names.join(' ').constData());
    }

    void noExportHoldsPath()
    {
        if (!TestServer::available())
            QSKIP("no test server");
        Session s(NfsUrl::parse(QStringLiteral("nfs://127.0.0.1/srv/abc")));
        std::unique_ptr<MountJob> mount(s.mount());
        QVERIFY(mount->wait(30000));
        QCOMPARE(mount->error().kind(), NfsError::Kind::MountRefused);
        QVERIFY2(mount->error().message().contains(QLatin1String("/srv/ab")), qPrintable(mount->error().message()));
    }
};

QTEST_GUILESS_MAIN(TestExportList)
#include "tst_exportlist.moc"
