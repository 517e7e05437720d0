// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility of the window and its dialogs: every control without text of its
// own (an edit, a list, a spin box, an icon-only button) has an accessible name a
// screen reader can say, and every action of the menus, the tool bar and the window
// can be reached from the keyboard (a shortcut, or a mnemonic in its menu).
// It walks every widget, with a folder of the test server listed so the views,
// the preview and the status bar hold what they show in use.
#include "aboutdialog.h"
#include "appsettings.h"
#include "connectdialog.h"
#include "finddialog.h"
#include "folderview.h"
#include "heartbeat.h"
#include "windowtesting.h"
#include "mainwindow.h"
#include "remotefsmodel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "testserver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabBar>
#include <QToolBar>
#include <QWidgetAction>

namespace {
// Parts Qt builds inside its own composite controls (a spin box's edit, a tab
// bar's scroll arrows, a view's scroll bars): the composite speaks for them.
bool insideComposite(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QTabBar *>(p) || qobject_cast<const QAbstractItemView *>(p)
            || qobject_cast<const QScrollBar *>(p) || qobject_cast<const QLineEdit *>(p))
            return true;
    }
    return false;
}

bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
           || qobject_cast<const QTabBar *>(w);
}

QString describe(const QWidget *w)
{
    QStringList chain;
    for (const QWidget *p = w; p; p = p->parentWidget())
        chain.prepend(QStringLiteral("%1(%2)").arg(QString::fromLatin1(p->metaObject()->className()), p->objectName()));
    return chain.join(QLatin1String(" > "));
}

bool insideFolderView(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (qobject_cast<const FolderView *>(p))
            return true;
    }
    return false;
}

// Controls under `root` (itself included) that a screen reader could not name,
// those of the folder views left out when `folderViews` is false.
QStringList namelessControls(QWidget *root, bool folderViews = true)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    QStringList out;
    for (QWidget *w : std::as_const(widgets)) {
        // A control hidden on purpose (a banner's button while it has no action) is
        // not there for anyone; it is checked in the state that shows it.
        if (!isControl(w) || w->isHidden() || insideComposite(w) || w->objectName().startsWith(QLatin1String("qt_"))
            || (!folderViews && insideFolderView(w)))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            out << describe(w);
            qWarning("no accessible name: %s", qPrintable(out.last()));
        }
    }
    return out;
}

bool hasMnemonic(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2)) {
        if (text.at(i + 1) != QLatin1Char('&'))
            return true;
    }
    return false;
}

// Actions under `menu` (its submenus too) reachable neither by a shortcut nor by a mnemonic.
void unreachableInMenu(const QMenu *menu, const QString &where, QStringList &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || qobject_cast<QWidgetAction *>(a))
            continue;
        const QString here = where + QLatin1String(" > ") + a->text();
        if (a->menu()) {
            if (!hasMnemonic(a->text()))
                out << here;
            unreachableInMenu(a->menu(), here, out);
        } else if (a->shortcuts().isEmpty() && !hasMnemonic(a->text())) {
            out << here;
        }
    }
}

QStringList unreachableActions(MainWindow &window)
{
    QStringList out;
    for (QAction *top : window.menuBar()->actions()) {
        if (!hasMnemonic(top->text()))
            out << top->text();
        if (top->menu())
            unreachableInMenu(top->menu(), top->text(), out);
    }
    // Actions outside the menus (tool bars, the window's own) need a shortcut to be reached.
    QList<QAction *> outside = window.actions();
    for (const QToolBar *bar : window.findChildren<QToolBar *>())
        outside += bar->actions();
    for (QAction *a : std::as_const(outside)) {
        if (a->isSeparator() || qobject_cast<QWidgetAction *>(a) || a->associatedObjects().size() > 1)
            continue;   // in a menu (checked above) or a widget of its own
        if (a->shortcuts().isEmpty())
            out << QStringLiteral("outside the menus: ") + a->text();
    }
    return out;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
    }

    void hasMnemonicReadsAccelerators()
    {
        QVERIFY(hasMnemonic(QStringLiteral("&File")));
        QVERIFY(hasMnemonic(QStringLiteral("Save &As")));
        QVERIFY(!hasMnemonic(QStringLiteral("Tom && Jerry")));
        QVERIFY(!hasMnemonic(QStringLiteral("Preview")));
        QVERIFY(!hasMnemonic(QStringLiteral("trailing&")));
    }

    void mainWindowControlsHaveNames()
    {
        MainWindow window;
        window.show();
        FolderView *view = window.openTab(TestServer::url(3, "sub"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), 30000);
        window.openTab(NfsUrl());   // an empty tab too
        window.tabs()->setCurrentIndex(0);
        view->showFilterBar();
        const QStringList nameless = namelessControls(&window, false);
        QVERIFY2(nameless.isEmpty(), qPrintable(QLatin1String("\n  ") + nameless.join(QLatin1String("\n  "))));
    }

    void folderViewControlsHaveNames()
    {
        MainWindow window;
        window.show();
        FolderView *view = window.openTab(TestServer::url(3, "sub"));
        QTRY_VERIFY_WITH_TIMEOUT(settled(view), 30000);
        view->showFilterBar();
        const QStringList nameless = namelessControls(view);
        QVERIFY2(nameless.isEmpty(), qPrintable(QLatin1String("\n  ") + nameless.join(QLatin1String("\n  "))));
    }

    void everyActionReachableFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        const QStringList unreachable = unreachableActions(window);
        QVERIFY2(unreachable.isEmpty(), qPrintable(QLatin1String("\n  ") + unreachable.join(QLatin1String("\n  "))));
        // The Settings dialog is one of them: Ctrl+, in the Edit menu.
        QAction *settings = window.action(QStringLiteral("settings"));
        QVERIFY(settings);
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }

    void dialogsControlsHaveNames()
    {
        MainWindow window;
        AppSettings settings;
        SettingsDialog settingsDialog(&settings, &window);
        ConnectDialog connect(&window);
        AboutDialog about(&window);
        ShortcutsDialog shortcuts(&window);
        FindDialog find(window.sessionPool(), &window);
        for (QDialog *dialog : std::initializer_list<QDialog *>{&settingsDialog, &connect, &about, &shortcuts, &find}) {
            dialog->show();
            const QStringList nameless = namelessControls(dialog);
            QVERIFY2(nameless.isEmpty(), qPrintable(QLatin1String("\n  ") + nameless.join(QLatin1String("\n  "))));
            dialog->hide();
        }
    }
};

NFSNAV_UI_TEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
