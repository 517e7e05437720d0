// SPDX-License-Identifier: GPL-3.0-or-later
// BookmarkStore: adding, updating, removing and moving bookmarks, what reaches
// the settings file and comes back, "@name/sub/dir" resolution, bad names, and
// the default file under $XDG_CONFIG_HOME that the window and nfsnav share,
// and a store that follows what another process saves.
#include "bookmarkstore.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Bookmark mark(const QString &name, const QString &url)
{
    return Bookmark{name, NfsUrl::parse(url)};
}

QStringList names(const BookmarkStore &store)
{
    QStringList out;
    for (const Bookmark &b : store.bookmarks())
        out.append(b.name);
    return out;
}

} // namespace

class TestBookmarkStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // A file of each test's own: the store saves on the settings writer's
    // thread, which may still hold an earlier test's file when it ends.
    QString file() const
    {
        return m_dir.filePath(QStringLiteral("bookmarks-%1-%2.conf")
                                  .arg(QLatin1String(QTest::currentTestFunction()),
                                       QString::number(qHash(QByteArray(QTest::currentDataTag())))));
    }
    QString sharedFile() const { return m_dir.filePath(QStringLiteral("config/nfs-navigator/bookmarks.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before any QSettings exists: Qt reads the user path once per process.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    }

    // On the disk before the temporary folder goes.
    void cleanup() { SettingsFile(file()).sync(); }
    void cleanupTestCase() { SettingsFile(sharedFile()).sync(); }

    void addUpdateRemoveMove()
    {
        BookmarkStore store(file());
        QSignalSpy changed(&store, &BookmarkStore::changed);
        QVERIFY(store.bookmarks().isEmpty());
        QVERIFY(store.add(mark(QStringLiteral("data"), QStringLiteral("nfs://server/srv/data"))));
        QVERIFY(store.add(mark(QStringLiteral("home v4"), QStringLiteral("nfs://server/home?version=4&uid=1000"))));
        QVERIFY(store.add(mark(QStringLiteral("third"), QStringLiteral("nfs://other/x"))));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(names(store), (QStringList{QStringLiteral("data"), QStringLiteral("home v4"), QStringLiteral("third")}));
        QCOMPARE(store.find(QStringLiteral("home v4"))->url.version(), 4);
        QCOMPARE(store.find(QStringLiteral("home v4"))->url.uid(), std::optional<quint32>(1000));
        QVERIFY(!store.find(QStringLiteral("nothing")));

        // A duplicate name, an invalid URL: refused and nothing changes.
        QVERIFY(!store.add(mark(QStringLiteral("data"), QStringLiteral("nfs://elsewhere/y"))));
        QVERIFY(!store.add(mark(QStringLiteral("broken"), QStringLiteral("nfs:///no-host"))));
        QCOMPARE(changed.size(), 3);

        QVERIFY(store.update(0, mark(QStringLiteral("data2"), QStringLiteral("nfs://server/srv/data2"))));
        QCOMPARE(store.bookmarks().at(0).url.path(), QByteArray("/srv/data2"));
        QVERIFY(!store.update(0, mark(QStringLiteral("third"), QStringLiteral("nfs://server/x"))));   // name taken
        QVERIFY(store.update(0, mark(QStringLiteral("data2"), QStringLiteral("nfs://server/srv/data3"))));   // same name ok
        QVERIFY(!store.update(7, mark(QStringLiteral("x"), QStringLiteral("nfs://server/x"))));
        QVERIFY(!store.update(-1, mark(QStringLiteral("x"), QStringLiteral("nfs://server/x"))));

        store.move(0, 2);
        QCOMPARE(names(store), (QStringList{QStringLiteral("home v4"), QStringLiteral("third"), QStringLiteral("data2")}));
        store.move(2, 0);
        QCOMPARE(names(store), (QStringList{QStringLiteral("data2"), QStringLiteral("home v4"), QStringLiteral("third")}));
        const qsizetype before = changed.size();
        store.move(0, 9);   // out of range: nothing
        store.move(1, 1);
        store.remove(5);
        QCOMPARE(changed.size(), before);
        store.remove(1);
        QCOMPARE(names(store), (QStringList{QStringLiteral("data2"), QStringLiteral("third")}));
        QCOMPARE(changed.size(), before + 1);
    }

    void persistence()
    {
        {
            BookmarkStore store(file());
            QVERIFY(store.add(mark(QStringLiteral("a"), QStringLiteral("nfs://h/srv/a?version=4&gid=5&timeout=3"))));
            QVERIFY(store.add(mark(QStringLiteral("b"), QStringLiteral("nfs://[::1]:2049/srv/b%20c?mountport=20048"))));
            QVERIFY(store.add(mark(QStringLiteral("c"), QStringLiteral("nfs://h/latin%E9"))));
            store.move(2, 0);
        }
        BookmarkStore again(file());
        QCOMPARE(names(again), (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(again.find(QStringLiteral("a"))->url, NfsUrl::parse(QStringLiteral("nfs://h/srv/a?version=4&gid=5&timeout=3")));
        QCOMPARE(again.find(QStringLiteral("b"))->url.path(), QByteArray("/srv/b c"));
        QCOMPARE(again.find(QStringLiteral("b"))->url.mountPort(), quint16(20048));
        QCOMPARE(again.find(QStringLiteral("c"))->url.path(), QByteArray("/latin\xe9"));

        // Another process's change shows after reload(), with one changed().
        BookmarkStore writer(file());
        writer.remove(0);
        QSignalSpy changed(&again, &BookmarkStore::changed);
        again.reload();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(names(again), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        again.reload();
        QCOMPARE(changed.size(), 1);   // nothing new, no signal
    }

    // Written on the settings writer's thread, the file holds QSettings'
    // arrays as before (older versions and the command line read it so), and
    // sync() returns once it is on the disk.
    void fileKeepsQSettingsArrays()
    {
        BookmarkStore store(file());
        QVERIFY(store.add(mark(QStringLiteral("x"), QStringLiteral("nfs://h/x?version=4"))));
        QVERIFY(store.add(mark(QStringLiteral("y"), QStringLiteral("nfs://h/y"))));
        store.remove(0);
        SettingsFile(store.fileName()).sync();
        QSettings settings(file(), QSettings::IniFormat);
        QCOMPARE(settings.beginReadArray(QStringLiteral("bookmarks")), 1);
        settings.setArrayIndex(0);
        QCOMPARE(settings.value(QStringLiteral("name")).toString(), QStringLiteral("y"));
        QCOMPARE(NfsUrl::parse(settings.value(QStringLiteral("url")).toString()), NfsUrl::parse(QStringLiteral("nfs://h/y")));
        settings.endArray();
        QVERIFY(!settings.contains(QStringLiteral("bookmarks/2/name")));
    }

    // What another process saves shows in a store that follows the file, off
    // the store's thread: a file replaced by a rename (as QSettings and nfsnav
    // save), then one written in place (an editor), then a write of its own.
    void followsTheFile()
    {
        BookmarkStore store(file());
        QVERIFY(store.add(mark(QStringLiteral("mine"), QStringLiteral("nfs://h/mine"))));
        SettingsFile(store.fileName()).sync();
        store.followFile();
        QSignalSpy changed(&store, &BookmarkStore::changed);
        const auto writeFile = [this](bool rename, const QByteArray &text) {
            if (rename) {
                QSaveFile f(file());
                return f.open(QIODevice::WriteOnly) && f.write(text) == text.size() && f.commit();
            }
            QFile f(file());
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        };
        QVERIFY(writeFile(true, "[bookmarks]\n1\\name=mine\n1\\url=nfs://h/mine\n2\\name=theirs\n"
                                "2\\url=nfs://h/theirs\nsize=2\n"));
        QTRY_COMPARE(names(store), (QStringList{QStringLiteral("mine"), QStringLiteral("theirs")}));
        QCOMPARE(changed.count(), 1);
        QVERIFY(writeFile(false, "[bookmarks]\n1\\name=edited\n1\\url=nfs://h/e\nsize=1\n"));
        QTRY_COMPARE(names(store), QStringList{QStringLiteral("edited")});
        QCOMPARE(store.find(QStringLiteral("edited"))->url, NfsUrl::parse(QStringLiteral("nfs://h/e")));
        // Its own save re-reads to the same bookmarks: no change is announced for it.
        QVERIFY(store.add(mark(QStringLiteral("later"), QStringLiteral("nfs://h/later"))));
        const int announced = changed.count();
        SettingsFile(store.fileName()).sync();
        QTest::qWait(600);
        QCOMPARE(changed.count(), announced);
        QCOMPARE(names(store), (QStringList{QStringLiteral("edited"), QStringLiteral("later")}));
    }

    void handEditedEntriesSkipped()
    {
        QFile f(file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[bookmarks]\n1\\name=good\n1\\url=nfs://h/x\n2\\name=bad/name\n2\\url=nfs://h/y\n"
                "3\\name=badurl\n3\\url=nfs:///nohost\nsize=3\n");
        f.close();
        BookmarkStore store(file());
        QCOMPARE(names(store), QStringList{QStringLiteral("good")});
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");   // canonical URL, empty: invalid
        QTest::addColumn<QString>("why");        // part of the error
        QTest::newRow("name") << QStringLiteral("@data") << QStringLiteral("nfs://server/srv/data?version=4&uid=7") << QString();
        QTest::newRow("name-slash") << QStringLiteral("@data/") << QStringLiteral("nfs://server/srv/data?version=4&uid=7") << QString();
        QTest::newRow("sub") << QStringLiteral("@data/sub/dir") << QStringLiteral("nfs://server/srv/data/sub/dir?version=4&uid=7") << QString();
        QTest::newRow("escaped") << QStringLiteral("@data/sub%20dir/caf%E9")
                                 << QStringLiteral("nfs://server/srv/data/sub%20dir/caf%E9?version=4&uid=7") << QString();
        QTest::newRow("dotdot") << QStringLiteral("@data/sub/../other") << QStringLiteral("nfs://server/srv/data/other?version=4&uid=7") << QString();
        QTest::newRow("root-bookmark") << QStringLiteral("@root/x") << QStringLiteral("nfs://h/x") << QString();
        QTest::newRow("spaces-in-name") << QStringLiteral("@my place/a") << QStringLiteral("nfs://h/place/a") << QString();
        QTest::newRow("unknown") << QStringLiteral("@nothing/x") << QString() << QStringLiteral("no bookmark named 'nothing'");
        QTest::newRow("plain-url") << QStringLiteral("nfs://h/p") << QStringLiteral("nfs://h/p") << QString();
        QTest::newRow("bad-url") << QStringLiteral("nfs:///p") << QString() << QStringLiteral("missing host");
    }
    void resolve()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(QString, why);
        BookmarkStore store(file());
        QVERIFY(store.add(mark(QStringLiteral("data"), QStringLiteral("nfs://server/srv/data?version=4&uid=7"))));
        QVERIFY(store.add(mark(QStringLiteral("root"), QStringLiteral("nfs://h/"))));
        QVERIFY(store.add(mark(QStringLiteral("my place"), QStringLiteral("nfs://h/place"))));
        QString error;
        const NfsUrl url = store.resolve(text, &error);
        if (expected.isEmpty()) {
            QVERIFY(!url.isValid());
            QVERIFY2(error.contains(why), qPrintable(error));
        } else {
            QVERIFY2(url.isValid(), qPrintable(error));
            QCOMPARE(url, NfsUrl::parse(expected));
            QCOMPARE(url.toString(), NfsUrl::parse(expected).toString());
        }
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("data") << true;
        QTest::newRow("space-inside") << QStringLiteral("my data") << true;
        QTest::newRow("unicode") << QStringLiteral("d\u00e9j\u00e0") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("only-slash") << QStringLiteral("/") << false;
    }
    void badNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(BookmarkStore::isValidName(name), valid);
        BookmarkStore store(file());
        QCOMPARE(store.add(mark(name, QStringLiteral("nfs://h/x"))), valid);
        QCOMPARE(store.bookmarks().size(), valid ? 1 : 0);
    }

    void defaultFileUnderXdgConfigHome()
    {
        // QSettings(IniFormat, UserScope, "nfs-navigator", "bookmarks") names the
        // file .ini (not .conf, which is the NativeFormat's name).
        const QString shared = sharedFile();
        {
            BookmarkStore store;
            QVERIFY(store.add(mark(QStringLiteral("shared"), QStringLiteral("nfs://h/shared"))));
            SettingsFile(store.fileName()).sync();
        }
        // The window and nfsnav both read this one file, whatever the program's name.
        QVERIFY2(QFile::exists(shared), qPrintable(shared));
        BookmarkStore byPath(shared);
        QCOMPARE(names(byPath), QStringList{QStringLiteral("shared")});
        QVERIFY(byPath.add(mark(QStringLiteral("second"), QStringLiteral("nfs://h/2"))));
        BookmarkStore byDefault;
        QCOMPARE(names(byDefault), (QStringList{QStringLiteral("shared"), QStringLiteral("second")}));
    }
};

QTEST_GUILESS_MAIN(TestBookmarkStore)
#include "tst_bookmarkstore.moc"
