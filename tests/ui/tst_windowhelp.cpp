// SPDX-License-Identifier: GPL-3.0-or-later
// The window at home on the desktop: its title names the folder shown, Help has an
// About dialog naming the version, licence and libraries, and F1 lists the shortcuts.
#include "aboutdialog.h"
#include "folderview.h"
#include "heartbeat.h"
#include "windowtesting.h"
#include "icontheme.h"
#include "mainwindow.h"
#include "remotefsmodel.h"
#include "shortcutsdialog.h"
#include "testserver.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QScreen>
#include <QTableWidget>

#include <memory>

namespace {
// The visible top-level dialog of type T, found while its exec() runs.
template<typename T>
T *visibleDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}
} // namespace

class tst_WindowHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
    }

    void titleNamesTheFolderShown()
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("NFS Navigator"));   // nothing shown yet
        FolderView *sub = window.openTab(TestServer::url(3, "sub"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(sub), 30000);
        QCOMPARE(window.windowTitle(), QStringLiteral("sub — NFS Navigator"));

        // Going into a folder, and switching tabs, follow.
        sub->setUrl(TestServer::url(3, "sub/dir"));
        QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), QStringLiteral("dir — NFS Navigator"), 30000);
        window.openTab(NfsUrl());
        QCOMPARE(window.windowTitle(), QStringLiteral("NFS Navigator"));
        window.tabs()->setCurrentIndex(0);
        QCOMPARE(window.windowTitle(), QStringLiteral("dir — NFS Navigator"));
    }

    void linkFromALaterLaunchOpensATab()
    {
        MainWindow window;
        window.openTab(TestServer::url(3));
        window.openLinkInNewTab(TestServer::url(3, "sub"));
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(window.currentView()->url(), TestServer::url(3, "sub"));
        QVERIFY(window.isVisible());
        window.openLinkInNewTab(NfsUrl());   // only raises
        QCOMPARE(window.tabCount(), 2);
    }

    void aboutNamesVersionLicenceAndLibraries()
    {
        AboutDialog about;
        const QString text = about.findChild<QLabel *>(QStringLiteral("aboutText"))->text();
        QVERIFY2(text.contains(QStringLiteral(NFSNAV_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("libnfs 4.")), qPrintable(text));
    }

    void iconsComeFromBreezeOnABareSystem()
    {
        // Offscreen names no icon theme and no search path: the barest system there is.
        setUpIconTheme();
        QVERIFY(!QIcon::fromTheme(QStringLiteral("folder")).isNull());
        QVERIFY(!QIcon::fromTheme(QStringLiteral("go-previous")).isNull());
        QVERIFY(!QIcon::fromTheme(QStringLiteral("text-plain")).isNull());
    }

    void f1ShowsTheShortcuts()
    {
        MainWindow window;
        QAction *help = window.action(QStringLiteral("shortcuts"));
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
        // Every shortcut the window's actions have is in the table (the README's list).
        QStringList listed;
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(visibleDialog<ShortcutsDialog>());
            ShortcutsDialog *d = visibleDialog<ShortcutsDialog>();
            for (int r = 0; r < d->table()->rowCount(); ++r)
                listed << d->table()->item(r, 0)->text();
            checked = true;
            d->reject();
        });
        help->trigger();   // exec() returns once the check above closed it
        QVERIFY(checked);
        const QString all = listed.join(QStringLiteral(", "));
        for (QAction *a : window.actions()) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString keys = k.toString(QKeySequence::NativeText);
                QVERIFY2(all.contains(keys), qPrintable(QStringLiteral("%1 (%2) is not listed").arg(keys, a->text())));
            }
        }
    }

    // The list opens wide enough for its longest line, unless the screen is narrower.
    void shortcutsFitTheirLongestLine()
    {
        ShortcutsDialog d;
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QAbstractItemView *table = d.table();   // where sizeHintForColumn() is public
        const int screenBound = d.screen()->availableGeometry().width() - ShortcutsDialog::ScreenMargin;
        for (int c = 0; c < d.table()->columnCount(); ++c) {
            QVERIFY2(d.table()->columnWidth(c) >= table->sizeHintForColumn(c) || d.width() >= screenBound,
                     qPrintable(QStringLiteral("column %1: %2 < %3 in a dialog %4 wide")
                                    .arg(c)
                                    .arg(d.table()->columnWidth(c))
                                    .arg(table->sizeHintForColumn(c))
                                    .arg(d.width())));
        }
    }
};

NFSNAV_UI_TEST_MAIN(tst_WindowHelp)
#include "tst_windowhelp.moc"
