// SPDX-License-Identifier: GPL-3.0-or-later
// The core calls no blocking libnfs function: every call that talks to the
// server must be the _async form, driven by the session thread's event loop.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBlockingLibnfsCalls()
    {
        // The blocking functions are those libnfs also offers as _async, plus
        // the export and server discovery calls that have no async twin here.
        QSet<QString> blocking{QStringLiteral("mount_getexports"), QStringLiteral("mount_getexports_timeout"),
                               QStringLiteral("nfs_find_local_servers")};
        const QStringList headers{QStringLiteral("/usr/include/nfsc/libnfs.h")};
        const QRegularExpression asyncDecl(QStringLiteral(R"(\b((?:nfs|mount)\w*?)_async\s*\()"));
        for (const QString &h : headers) {
            QFile f(h);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(h));
            const QString text = QString::fromUtf8(f.readAll());
            for (auto it = asyncDecl.globalMatch(text); it.hasNext();)
                blocking.insert(it.next().captured(1));
        }
        QVERIFY2(blocking.size() > 40, qPrintable(QString::number(blocking.size())));
        QVERIFY(blocking.contains(QStringLiteral("nfs_mount")));
        QVERIFY(blocking.contains(QStringLiteral("nfs_pread")));

        const QString coreDir = qEnvironmentVariable("NFSNAV_SOURCE_DIR", QStringLiteral(NFSNAV_SOURCE_DIR)) + QStringLiteral("/core");
        // The core's subfolders (core/session/ ...) included.
        QStringList files;
        for (QDirIterator it(coreDir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                             QDirIterator::Subdirectories);
             it.hasNext();)
            files << QDir(coreDir).relativeFilePath(it.next());
        QVERIFY2(files.size() >= 10, qPrintable(coreDir));
        const QRegularExpression call(QStringLiteral(R"(\b((?:nfs|mount)\w*)\s*\()"));
        QStringList offenders;
        int calls = 0;
        for (const QString &name : files) {
            QFile f(coreDir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const QString line = lines.at(i).section(QLatin1String("//"), 0, 0);
                for (auto it = call.globalMatch(line); it.hasNext();) {
                    const QString fn = it.next().captured(1);
                    ++calls;
                    if (blocking.contains(fn))
                        offenders << QStringLiteral("%1:%2: %3").arg(name).arg(i + 1).arg(fn);
                }
            }
        }
        QVERIFY2(calls > 20, "the scan found almost no libnfs calls; is it looking in the right place?");
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    }

    // The project is GPL-3.0-or-later: every source says so in its first lines.
    void everySourceNamesItsLicence()
    {
        const QString top = qEnvironmentVariable("NFSNAV_SOURCE_DIR", QStringLiteral(NFSNAV_SOURCE_DIR));
        QStringList missing;
        int scanned = 0;
        for (const char *folder : {"core", "ui", "app", "tests", "translations"}) {
            QDirIterator it(top + QLatin1Char('/') + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.sh"),
                             QStringLiteral("*.py"), QStringLiteral("CMakeLists.txt")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++scanned;
                const QByteArray head = f.read(300);
                if (!head.contains("SPDX-License-Identifier: GPL-3.0-or-later"))
                    missing << QDir(top).relativeFilePath(f.fileName());
            }
        }
        QVERIFY2(scanned > 100, qPrintable(QString::number(scanned)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
