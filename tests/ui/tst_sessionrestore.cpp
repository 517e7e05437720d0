// SPDX-License-Identifier: GPL-3.0-or-later
// Coming back as it was: a preference changed in the Settings dialog takes effect
// at once (the queue's parallel transfers, the colours) and is in the settings
// file; the open tabs and their folders are saved as they change and a new window
// opens them again, on the same tab. Settings live in a temporary XDG_CONFIG_HOME
// (NFSNAV_UI_TEST_MAIN); the folders are the test server's.
#include "apppalette.h"
#include "appsettings.h"
#include "folderview.h"
#include "heartbeat.h"
#include "mainwindow.h"
#include "remotefsmodel.h"
#include "settingsdialog.h"
#include "testserver.h"
#include "transferqueue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>

namespace {
bool settled(FolderView *view)
{
    return view->model()->isRootListed() && !view->model()->isListing();
}

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/nfs-navigator/window.ini");
}
} // namespace

class tst_SessionRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        QCOMPARE(AppSettings::application()->fileName(), settingsFile());
    }

    void settingsApplyAtOnceAndAreKept()
    {
        MainWindow window;
        window.show();
        QCOMPARE(TransferQueue::application()->maxRunning(), TransferQueue::DefaultMaxRunning);
        SettingsDialog dialog(AppSettings::application(), &window);
        dialog.findChild<QSpinBox *>(QStringLiteral("parallelTransfers"))->setValue(5);
        auto *colours = dialog.findChild<QComboBox *>(QStringLiteral("colours"));
        colours->setCurrentIndex(colours->findData(int(AppSettings::ColourScheme::Dark)));
        auto *version = dialog.findChild<QComboBox *>(QStringLiteral("defaultVersion"));
        version->setCurrentIndex(version->findData(4));
        dialog.save();
        QCOMPARE(TransferQueue::application()->maxRunning(), 5);
        QCOMPARE(QApplication::palette().color(QPalette::Window), AppPalette::dark().color(QPalette::Window));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));

        AppSettings::application()->sync();
        const QSettings file(settingsFile(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("transfers/maxRunning")).toInt(), 5);
        QCOMPARE(file.value(QStringLiteral("appearance/colours")).toString(), QStringLiteral("Dark"));
        // A second reader, as the next start is, sees them.
        const AppSettings next(settingsFile());
        QCOMPARE(next.parallelTransfers(), 5);
        QCOMPARE(next.colourScheme(), AppSettings::ColourScheme::Dark);
        QCOMPARE(next.defaultVersion(), 4);

        // Back to the desktop's colours.
        AppSettings::application()->setColourScheme(AppSettings::ColourScheme::System);
        QVERIFY(QApplication::palette().color(QPalette::Window) != AppPalette::dark().color(QPalette::Window));
        AppSettings::application()->setDefaultVersion(3);
    }

    void tabsComeBack()
    {
        const NfsUrl sub = TestServer::url(3, "sub");
        const NfsUrl dir = TestServer::url(4, "sub/dir");
        {
            MainWindow first;
            first.show();
            FolderView *a = first.openTab(sub);
            FolderView *b = first.openTab(TestServer::url(4, "sub"));
            QTRY_VERIFY_WITH_TIMEOUT(settled(a) && settled(b), 30000);
            b->setUrl(dir);   // a folder entered after the tab opened is what comes back
            QTRY_VERIFY_WITH_TIMEOUT(b->url() == dir && settled(b), 30000);
            first.tabs()->setCurrentIndex(0);
            QVERIFY(first.close());
        }
        AppSettings::application()->sync();
        QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("session/tabs")).toStringList(),
                 (QStringList{sub.toString(), dir.toString()}));

        MainWindow second;
        second.show();
        QVERIFY(second.restoreSession());
        QCOMPARE(second.tabCount(), 2);
        QCOMPARE(qobject_cast<FolderView *>(second.tabs()->widget(0))->url(), sub);
        auto *restored = qobject_cast<FolderView *>(second.tabs()->widget(1));
        QCOMPARE(restored->url(), dir);
        QCOMPARE(second.tabs()->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(restored), 30000);
        QVERIFY(!restored->model()->lastError());
        QVERIFY(restored->model()->indexOfName("file").isValid());

        // Closing a tab is remembered too.
        Q_EMIT second.tabs()->tabCloseRequested(1);
        QCOMPARE(AppSettings::application()->sessionState().tabs, QStringList{sub.toString()});
    }
};

NFSNAV_UI_TEST_MAIN(tst_SessionRestore)
#include "tst_sessionrestore.moc"
