// SPDX-License-Identifier: GPL-3.0-or-later
// Coming back as it was: a preference changed in the Settings dialog takes effect
// at once (the queue's parallel transfers, the colours) and is in the settings
// file; the open tabs and their folders are saved as they change and a new window
// opens them again, on the same tab. Settings live in a temporary XDG_CONFIG_HOME
// (NFSNAV_UI_TEST_MAIN); the folders are the test server's. Last, the real
// nfs-navigator is started, ended and started again: its tabs come back when the
// setting is on, and do not when it is off. The split view comes back open or
// closed, on its local folder, with the splitter's sizes.
#include "apppalette.h"
#include "appsettings.h"
#include "folderview.h"
#include "heartbeat.h"
#include "windowtesting.h"
#include "localpane.h"
#include "mainwindow.h"
#include "remotefsmodel.h"
#include "settingsdialog.h"
#include "testserver.h"
#include "transferqueue.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>

namespace {
// The real window, run offscreen with settings and runtime folders of `home`; its
// single-instance log (which tab a later launch's URL became) collects into `log`.
class WindowProcess
{
public:
    WindowProcess(const QString &home, QByteArray *log)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nfsnav.instance.info=true"));
        m_env = env;
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this, log] { log->append(m_process.readAllStandardError()); });
    }
    ~WindowProcess() { stop(); }

    void start(const QStringList &args) { m_process.start(program(), args); }
    bool started() { return m_process.waitForStarted(10000); }
    // A later launch handing `url` to the running window; its exit code.
    int handOver(const QString &url)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program(), {url});
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitCode();
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Its single-instance channel answers: a later launch now hands over to it.
    static bool listening(const QString &home)
    {
        QLocalSocket s;
        s.connectToServer(home + QStringLiteral("/run/nfs-navigator.socket"));
        return s.waitForConnected(1000);
    }
    static QString program() { return qEnvironmentVariable("NFSNAV_BIN_DIR") + QStringLiteral("/nfs-navigator"); }

private:
    QProcess m_process;
    QProcessEnvironment m_env;
};

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

    // The split view comes back as it was left: open or closed, the local folder
    // it showed, and the splitter's sizes.
    void splitViewComesBack()
    {
        QTemporaryDir local;
        QVERIFY(local.isValid());
        const NfsUrl sub = TestServer::url(3, "sub");
        QList<int> sizes;
        {
            MainWindow first;
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            first.openTab(sub);
            auto *pane = first.findChild<LocalPane *>();
            QVERIFY(pane && pane->isHidden());
            first.action(QStringLiteral("splitView"))->trigger();
            QVERIFY(pane->isVisible());
            pane->setPath(local.path());
            auto *splitter = qobject_cast<QSplitter *>(pane->parentWidget());
            QVERIFY(splitter);
            splitter->setSizes({170, 480, 350});
            sizes = splitter->sizes();
            QCOMPARE(sizes.size(), 3);
            QVERIFY(sizes.at(2) > 0);
            QVERIFY(first.close());
        }
        AppSettings::application()->sync();
        QVERIFY(!QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("session/splitView")).toByteArray().isEmpty());

        {
            // Restored before it is shown, as nfs-navigator does on start.
            MainWindow second;
            QVERIFY(second.restoreSession());
            second.show();
            QVERIFY(QTest::qWaitForWindowExposed(&second));
            auto *pane = second.findChild<LocalPane *>();
            QVERIFY(pane->isVisible());
            QVERIFY(second.action(QStringLiteral("splitView"))->isChecked());
            QCOMPARE(QFileInfo(pane->path()).canonicalFilePath(), QFileInfo(local.path()).canonicalFilePath());
            // The side pane and the local pane come back as wide as they were; the tabs
            // between them take what the window has room for.
            const QList<int> now = qobject_cast<QSplitter *>(pane->parentWidget())->sizes();
            QCOMPARE(now.size(), sizes.size());
            QCOMPARE(now.first(), sizes.first());
            QCOMPARE(now.last(), sizes.last());

            // Closed with F3: saved at once, so the next start finds it closed.
            second.action(QStringLiteral("splitView"))->trigger();
            QVERIFY(pane->isHidden());
        }
        MainWindow third;
        third.show();
        QVERIFY(QTest::qWaitForWindowExposed(&third));
        QVERIFY(third.restoreSession());
        QVERIFY(third.findChild<LocalPane *>()->isHidden());
        QVERIFY(!third.action(QStringLiteral("splitView"))->isChecked());
        // Its folder is kept while closed: F3 opens it where it was.
        QCOMPARE(QFileInfo(third.findChild<LocalPane *>()->path()).canonicalFilePath(),
                 QFileInfo(local.path()).canonicalFilePath());
    }

    void realWindowComesBackAfterARestart_data()
    {
        QTest::addColumn<bool>("restore");
        QTest::newRow("restore on") << true;
        QTest::newRow("restore off") << false;
    }

    void realWindowComesBackAfterARestart()
    {
        QFETCH(bool, restore);
        QVERIFY(QFileInfo(WindowProcess::program()).isExecutable());
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("run")));
        QVERIFY(QFile::setPermissions(home.filePath(QStringLiteral("run")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString file = home.filePath(QStringLiteral("config/nfs-navigator/window.ini"));
        {
            AppSettings choice(file);
            choice.setRestoreSession(restore);   // the choice made in Settings
            choice.sync();                       // on the disk before the window starts
        }
        const QString first = TestServer::urlText(3, "sub");
        const QString second = TestServer::urlText(3, "sub/dir");
        const auto savedTabs = [&file] {
            return QSettings(file, QSettings::IniFormat).value(QStringLiteral("session/tabs")).toStringList();
        };

        QByteArray log;
        {
            WindowProcess run(home.path(), &log);
            run.start({first});
            QVERIFY(run.started());
            QTRY_COMPARE_WITH_TIMEOUT(savedTabs(), QStringList{NfsUrl::parse(first).toString()}, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(WindowProcess::listening(home.path()), 20000);
            QCOMPARE(run.handOver(second), 0);
            QTRY_COMPARE_WITH_TIMEOUT(savedTabs(), (QStringList{NfsUrl::parse(first).toString(),
                                                                NfsUrl::parse(second).toString()}), 30000);
        }   // ended (SIGTERM): what it saved as the tabs changed is what the next start finds

        // Started again without a URL: a link opened now lands after the tabs it came back with.
        log.clear();
        WindowProcess again(home.path(), &log);
        again.start({});
        QVERIFY(again.started());
        const QString third = TestServer::urlText(3);
        QTRY_VERIFY_WITH_TIMEOUT(WindowProcess::listening(home.path()), 20000);
        QCOMPARE(again.handOver(third), 0);
        const QByteArray expected = (restore ? "opened tab 3 " : "opened tab 2 ") + NfsUrl::parse(third).toString().toUtf8();
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains(expected), log.constData(), 10000);
        QVERIFY(AppSettings(file).restoreSession() == restore);   // the setting itself survived too
    }
};

NFSNAV_UI_TEST_MAIN(tst_SessionRestore)
#include "tst_sessionrestore.moc"
