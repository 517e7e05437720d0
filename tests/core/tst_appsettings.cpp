// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: defaults from an empty file, values round-tripping through the
// file (a second instance, as after a restart, reads them), enums stored by
// name, unreadable or out-of-range values falling back to the default, a
// preference change signalled, and the connection defaults applied only where
// a typed URL does not say. Saving is not the calling thread's work.
#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    // Saves still queued are made while the folder is there.
    void cleanupTestCase()
    {
        const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("*.conf")}, QDir::Files);
        for (const QString &name : files)
            AppSettings(m_dir.filePath(name)).sync();
    }

    void defaultsFromAnEmptyFile()
    {
        const AppSettings s(file("empty.conf"));
        QCOMPARE(s.defaultVersion(), 3);
        QCOMPARE(s.defaultUid(), std::nullopt);
        QCOMPARE(s.defaultGid(), std::nullopt);
        QCOMPARE(s.timeoutSeconds(), NfsUrl::DefaultTimeoutSeconds);
        QCOMPARE(s.parallelTransfers(), 3);
        QVERIFY(s.previewLimits() == PreviewLimits());
        QVERIFY(s.thumbnails());
        QCOMPARE(s.dropAction(), AppSettings::DropAction::Ask);
        QCOMPARE(s.colourScheme(), AppSettings::ColourScheme::System);
        QVERIFY(s.restoreSession());
        QVERIFY(s.sessionState().tabs.isEmpty());
    }

    void valuesSurviveAnotherInstance()
    {
        const QString path = file("roundtrip.conf");
        {
            AppSettings s(path);
            QSignalSpy changed(&s, &AppSettings::preferencesChanged);
            s.setDefaultVersion(4);
            s.setDefaultUid(1000);
            s.setDefaultGid(100);
            s.setTimeoutSeconds(30);
            s.setParallelTransfers(5);
            PreviewLimits limits;
            limits.textBytes = 8 * 1024 * 1024;
            limits.archiveEntries = 50;
            s.setPreviewLimits(limits);
            s.setThumbnails(false);
            s.setDropAction(AppSettings::DropAction::Move);
            s.setColourScheme(AppSettings::ColourScheme::Dark);
            s.setRestoreSession(false);
            QVERIFY(changed.count() >= 10);
            const int before = int(changed.count());
            s.setDropAction(AppSettings::DropAction::Move);   // unchanged: no signal
            QCOMPARE(changed.count(), before);
            // The window's state is no preference: no signal.
            s.setSessionState({{QStringLiteral("nfs://a/x"), QStringLiteral("nfs://b/y?version=4")}, 1, {}});
            s.addRecentPlace(QStringLiteral("nfs://a/x"));
            s.addRecentPlace(QStringLiteral("nfs://b/y"));
            s.addRecentPlace(QStringLiteral("nfs://a/x"));
            QCOMPARE(changed.count(), before);
            s.sync();
        }
        const AppSettings s(path);
        QCOMPARE(s.defaultVersion(), 4);
        QCOMPARE(s.defaultUid(), std::optional<quint32>(1000));
        QCOMPARE(s.defaultGid(), std::optional<quint32>(100));
        QCOMPARE(s.timeoutSeconds(), 30);
        QCOMPARE(s.parallelTransfers(), 5);
        QCOMPARE(s.previewLimits().textBytes, 8 * 1024 * 1024);
        QCOMPARE(s.previewLimits().archiveEntries, 50);
        QCOMPARE(s.previewLimits().pdfBytes, PreviewLimits().pdfBytes);
        QVERIFY(!s.thumbnails());
        QCOMPARE(s.dropAction(), AppSettings::DropAction::Move);
        QCOMPARE(s.colourScheme(), AppSettings::ColourScheme::Dark);
        QVERIFY(!s.restoreSession());
        QCOMPARE(s.sessionState().tabs, (QStringList{QStringLiteral("nfs://a/x"), QStringLiteral("nfs://b/y?version=4")}));
        QCOMPARE(s.sessionState().current, 1);
        QCOMPARE(s.recentPlaces(), (QStringList{QStringLiteral("nfs://a/x"), QStringLiteral("nfs://b/y")}));
        // Enums are kept by name, so the file reads as words.
        const QSettings raw(path, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("appearance/colours")).toString(), QStringLiteral("Dark"));
        QCOMPARE(raw.value(QStringLiteral("dnd/dropAction")).toString(), QStringLiteral("Move"));
        // The queue's key, as TransferQueue::application() reads it through this class.
        QCOMPARE(raw.value(QStringLiteral("transfers/maxRunning")).toInt(), 5);
    }

    void badValuesReadAsDefaults()
    {
        const QString path = file("bad.conf");
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("connection/version"), 7);
            raw.setValue(QStringLiteral("connection/uid"), QStringLiteral("root"));
            raw.setValue(QStringLiteral("connection/timeoutSeconds"), 0);
            raw.setValue(QStringLiteral("transfers/maxRunning"), 500);
            raw.setValue(QStringLiteral("preview/textMiB"), -3);
            raw.setValue(QStringLiteral("appearance/colours"), QStringLiteral("Purple"));
            raw.setValue(QStringLiteral("dnd/dropAction"), 2);
            raw.setValue(QStringLiteral("session/current"), 9);
            raw.setValue(QStringLiteral("session/tabs"), QStringList{QStringLiteral("nfs://a/x")});
        }
        const AppSettings s(path);
        QCOMPARE(s.defaultVersion(), 3);
        QCOMPARE(s.defaultUid(), std::nullopt);
        QCOMPARE(s.timeoutSeconds(), NfsUrl::DefaultTimeoutSeconds);
        QCOMPARE(s.parallelTransfers(), 3);
        QCOMPARE(s.previewLimits().textBytes, PreviewLimits().textBytes);
        QCOMPARE(s.colourScheme(), AppSettings::ColourScheme::System);
        QCOMPARE(s.dropAction(), AppSettings::DropAction::Ask);
        QCOMPARE(s.sessionState().current, 0);
    }

    // A save writes the file and waits for the disk (fdatasync): the thread
    // that sets a value does neither, yet the file gets it without sync(), and
    // every instance reads it at once.
    void savedOffTheCallingThread()
    {
        const QString path = file("background.conf");
        // Bytes this thread has written (a wake-up of another thread is 8).
        const auto written = [] {
            QFile io(QStringLiteral("/proc/thread-self/io"));
            if (!io.open(QIODevice::ReadOnly))
                return qint64(-1);
            const QList<QByteArray> lines = io.readAll().split('\n');
            for (const QByteArray &line : lines)
                if (line.startsWith("wchar:"))
                    return line.mid(6).trimmed().toLongLong();
            return qint64(-1);
        };
        const QByteArray state(64 * 1024, 'h');
        const qint64 before = written();
        QVERIFY(before >= 0);
        {
            AppSettings s(path);
            s.setHeaderState(state);
            s.addRecentPlace(QStringLiteral("nfs://a/x"));
            QCOMPARE(AppSettings(path).headerState(), state);
        }
        // Looked at as bytes: a QSettings made here would save what the writer holds.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > state.size(), 10000);
        const qint64 after = written();
        QVERIFY2(after - before < 4096, qPrintable(QStringLiteral("this thread wrote %1 bytes").arg(after - before)));
        QCOMPARE(AppSettings(path).recentPlaces(), QStringList{QStringLiteral("nfs://a/x")});
    }

    // What another process (a second window) saved is kept by this one's next
    // save, and read through it from then on.
    void anotherProcessesChangesAreKept()
    {
        const QString path = file("shared.conf");
        AppSettings mine(path);
        mine.setShowHidden(true);
        mine.sync();
        {
            QFile other(path);
            QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
            other.write("[appearance]\ncolours=Dark\n\n[view]\nshowHidden=true\n");
        }
        mine.setIconsView(true);
        QTRY_COMPARE_WITH_TIMEOUT(mine.colourScheme(), AppSettings::ColourScheme::Dark, 10000);
        QVERIFY(mine.iconsView());
        QVERIFY(mine.showHidden());
        mine.sync();
        const QByteArray saved = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY2(saved.contains("colours=Dark") && saved.contains("icons=true"), saved.constData());
    }

    // A path spelt another way names the same file.
    void oneFileHoweverSpelt()
    {
        AppSettings a(file("spelt.conf"));
        a.setIconsView(true);
        const AppSettings b(m_dir.path() + QStringLiteral("/./sub/../spelt.conf"));
        QVERIFY(b.iconsView());
        QCOMPARE(b.fileName(), a.fileName());
    }

    void connectionDefaults_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing said") << "nfs://h/e" << "nfs://h/e?version=4&uid=1000&gid=100&timeout=30";
        QTest::newRow("version said") << "nfs://h/e?version=3" << "nfs://h/e?uid=1000&gid=100&timeout=30";
        QTest::newRow("all said, any case") << "nfs://h/e?VERSION=3&uid=0&Gid=0&timeout=10"
                                            << "nfs://h/e?uid=0&gid=0";
        QTest::newRow("ports kept") << "nfs://h/e?nfsport=2049&mountport=20048&uid=5"
                                    << "nfs://h/e?nfsport=2049&mountport=20048&version=4&uid=5&gid=100&timeout=30";
    }

    void connectionDefaults()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        AppSettings s(file("defaults.conf"));
        s.setDefaultVersion(4);
        s.setDefaultUid(1000);
        s.setDefaultGid(100);
        s.setTimeoutSeconds(30);
        const NfsUrl applied = s.withConnectionDefaults(typed, NfsUrl::parse(typed));
        QVERIFY2(applied.isValid(), qPrintable(applied.errorString()));
        QCOMPARE(applied, NfsUrl::parse(expected));
    }

    void bookmarksAndBadUrlsUntouched()
    {
        AppSettings s(file("defaults2.conf"));
        s.setDefaultVersion(4);
        const NfsUrl bookmark = NfsUrl::parse(QStringLiteral("nfs://h/e"));
        QCOMPARE(s.withConnectionDefaults(QStringLiteral("@photos"), bookmark), bookmark);
        const NfsUrl bad = NfsUrl::parse(QStringLiteral("nfs://h/e?version=9"));
        QVERIFY(!s.withConnectionDefaults(QStringLiteral("nfs://h/e?version=9"), bad).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
