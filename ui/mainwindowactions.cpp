// SPDX-License-Identifier: GPL-3.0-or-later
// The window's commands: its actions and their shortcuts, the menus, the
// folder's context menu, which commands the current folder allows, and what
// each simple command does to the current tab.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "fileclipboard.h"
#include "fileopener.h"
#include "folderview.h"
#include "localpane.h"
#include "locationbar.h"
#include "remotefsmodel.h"
#include "shortcutsdialog.h"
#include "transferspane.h"
#include "undoactions.h"
#include "undohistory.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QTabWidget>

template<typename Slot>
QAction *MainWindow::addAction(const QString &name, const QString &text, const QList<QKeySequence> &keys, Slot slot)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    connect(a, &QAction::triggered, this, slot);
    QMainWindow::addAction(a);
    m_actions.insert(name, a);
    return a;
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    // A command on the current tab's folder.
    const auto onView = [this](void (FolderView::*command)()) {
        return [this, command] {
            if (FolderView *v = currentView())
                (v->*command)();
        };
    };
    QStyle *s = style();
    addAction(QStringLiteral("back"), tr("&Back"), {QKeySequence(Qt::ALT | Qt::Key_Left)}, onView(&FolderView::back))
        ->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    addAction(QStringLiteral("forward"), tr("&Forward"), {QKeySequence(Qt::ALT | Qt::Key_Right)},
              onView(&FolderView::forward))
        ->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    addAction(QStringLiteral("up"), tr("&Up"), {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_Backspace)},
              &MainWindow::goUp)
        ->setIcon(s->standardIcon(QStyle::SP_ArrowUp));
    addAction(QStringLiteral("refresh"), tr("&Refresh"), {QKeySequence(Qt::Key_F5)}, onView(&FolderView::refresh))
        ->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    addAction(QStringLiteral("newTab"), tr("New &Tab"), {QKeySequence(Qt::CTRL | Qt::Key_T)}, &MainWindow::newTab);
    addAction(QStringLiteral("closeTab"), tr("&Close Tab"), {QKeySequence(Qt::CTRL | Qt::Key_W)}, &MainWindow::closeTab);
    addAction(QStringLiteral("connect"), tr("Connect to &Server…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)},
              &MainWindow::showConnectDialog);
    addAction(QStringLiteral("disconnect"), tr("&Disconnect and Forget Server"), {}, &MainWindow::disconnectServer);
    addAction(QStringLiteral("quit"), tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { close(); });
    addAction(QStringLiteral("detailsMode"), tr("&Details"), {QKeySequence(Qt::CTRL | Qt::Key_1)}, &MainWindow::detailsMode)
        ->setCheckable(true);
    addAction(QStringLiteral("iconsMode"), tr("&Icons"), {QKeySequence(Qt::CTRL | Qt::Key_2)}, &MainWindow::iconsMode)
        ->setCheckable(true);
    addAction(QStringLiteral("showHidden"), tr("Show &Hidden Files"),
              {QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence(Qt::ALT | Qt::Key_Period)}, &MainWindow::toggleHidden)
        ->setCheckable(true);
    addAction(QStringLiteral("editLocation"), tr("Edit &Location"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
              &MainWindow::editLocation);
    addAction(QStringLiteral("filter"), tr("&Filter…"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
              onView(&FolderView::showFilterBar));
    addAction(QStringLiteral("find"), tr("F&ind…"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, &MainWindow::showFind);
    addAction(QStringLiteral("newFolder"), tr("&New Folder…"),
              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_F10)}, onView(&FolderView::newFolder))
        ->setIcon(s->standardIcon(QStyle::SP_FileDialogNewFolder));
    addAction(QStringLiteral("rename"), tr("&Rename"), {QKeySequence(Qt::Key_F2)}, onView(&FolderView::renameCurrent));
    addAction(QStringLiteral("delete"), tr("&Delete"), {QKeySequence(QKeySequence::Delete)}, &MainWindow::remove)
        ->setIcon(s->standardIcon(QStyle::SP_TrashIcon));
    addAction(QStringLiteral("download"), tr("Down&load…"), {}, onView(&FolderView::download));
    addAction(QStringLiteral("openWith"), tr("Open &With…"), {}, [this] {
        FolderView *v = currentView();
        const QModelIndexList rows = v ? v->selectedSourceRows() : QModelIndexList();
        if (rows.size() == 1 && !v->model()->isDir(rows.first()))
            m_opener->openWith(v->model()->urlOf(rows.first()));
    });
    addAction(QStringLiteral("splitView"), tr("S&plit View"), {QKeySequence(Qt::Key_F3)}, [this](bool on) {
        m_localPane->reveal(on);
    })->setCheckable(true);
    addAction(QStringLiteral("upload"), tr("U&pload…"), {}, onView(&FolderView::upload));
    addAction(QStringLiteral("uploadFolder"), tr("Upload &Folder…"), {}, onView(&FolderView::uploadFolder));
    addAction(QStringLiteral("properties"), tr("&Properties"), {QKeySequence(Qt::ALT | Qt::Key_Return)},
              onView(&FolderView::showProperties));
    addAction(QStringLiteral("copyLocation"), tr("Copy &Location"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)},
              onView(&FolderView::copyLocation));
    addAction(QStringLiteral("selectAll"), tr("Select &All"), {QKeySequence(Qt::CTRL | Qt::Key_A)}, &MainWindow::selectAll);
    // The clipboard's keys belong to the focused view (ui/dnd/fileclipboard.h) and
    // to text fields: the menu entries show them without taking them.
    const auto onClipboard = [this](bool paste, bool cut) {
        return [this, paste, cut] {
            if (FolderView *v = currentView())
                paste ? FileClipboard::paste(v) : FileClipboard::copy(v, cut);
        };
    };
    addAction(QStringLiteral("cut"), tr("Cu&t"), {QKeySequence(QKeySequence::Cut)}, onClipboard(false, true))
        ->setShortcutContext(Qt::WidgetShortcut);
    addAction(QStringLiteral("copy"), tr("&Copy"), {QKeySequence(QKeySequence::Copy)}, onClipboard(false, false))
        ->setShortcutContext(Qt::WidgetShortcut);
    addAction(QStringLiteral("paste"), tr("&Paste"), {QKeySequence(QKeySequence::Paste)}, onClipboard(true, false))
        ->setShortcutContext(Qt::WidgetShortcut);
    addAction(QStringLiteral("addBookmark"), tr("&Add Bookmark"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
              &MainWindow::addBookmark);
    addAction(QStringLiteral("about"), tr("&About NFS Navigator"), {}, [this] { AboutDialog(this).exec(); });
    addAction(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"), {QKeySequence(Qt::Key_F1)},
              [this] { ShortcutsDialog(this).exec(); });
    addAction(QStringLiteral("settings"), tr("&Settings…"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
              &MainWindow::showSettings);
    // Undo and Redo name the operation they act on (ui/undo/).
    auto *undo = new UndoActions(UndoHistory::of(m_pool), this);
    for (QAction *a : {undo->undo(), undo->redo()}) {
        QMainWindow::addAction(a);
        m_actions.insert(a->objectName(), a);
    }
}

void MainWindow::addNamedActions(QMenu *menu, std::initializer_list<const char *> names) const
{
    // A greyed-out entry's tooltip says why (a read-only export, say).
    menu->setToolTipsVisible(true);
    for (const char *n : names) {
        if (*n == 0)
            menu->addSeparator();
        else
            menu->addAction(action(QString::fromLatin1(n)));
    }
}

void MainWindow::createMenus()
{
    addNamedActions(menuBar()->addMenu(tr("&File")),
                    {"newTab", "closeTab", "", "connect", "disconnect", "", "newFolder", "openWith", "download",
                     "upload", "uploadFolder", "properties", "", "quit"});
    addNamedActions(menuBar()->addMenu(tr("&Edit")),
                    {"undo", "redo", "", "cut", "copy", "paste", "", "rename", "delete", "", "selectAll", "copyLocation",
                     "", "filter", "find", "", "settings"});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    addNamedActions(view, {"detailsMode", "iconsMode", "", "showHidden", "splitView", "", "refresh", "editLocation"});
    view->addAction(m_transfers->toggleViewAction());
    // Reached by its mnemonic; the pane's title stays "Transfers".
    m_transfers->toggleViewAction()->setText(tr("&Transfers"));
    addNamedActions(menuBar()->addMenu(tr("&Go")), {"back", "forward", "up"});
    addNamedActions(menuBar()->addMenu(tr("&Bookmarks")), {"addBookmark"});
    addNamedActions(menuBar()->addMenu(tr("&Help")), {"shortcuts", "about"});
}

void MainWindow::updateActions()
{
    FolderView *view = currentView();
    const bool have = view && view->url().isValid();
    action(QStringLiteral("back"))->setEnabled(view && view->canGoBack());
    action(QStringLiteral("forward"))->setEnabled(view && view->canGoForward());
    action(QStringLiteral("up"))->setEnabled(view && view->canGoUp());
    action(QStringLiteral("refresh"))->setEnabled(have);
    const bool selected = view && !view->selectedSourceRows().isEmpty();
    const bool writable = have && view->canWrite() && !(view->url().version() == 3 && view->url().isRoot());
    const QString refusal = have ? view->writeRefusal() : QString();
    action(QStringLiteral("download"))->setEnabled(selected);
    action(QStringLiteral("copy"))->setEnabled(selected);
    action(QStringLiteral("cut"))->setEnabled(selected && writable);
    action(QStringLiteral("paste"))->setEnabled(writable);
    for (const char *name : {"newFolder", "upload", "uploadFolder", "rename", "delete"}) {
        QAction *a = action(QString::fromLatin1(name));
        const bool needsSelection = qstrcmp(name, "rename") == 0 || qstrcmp(name, "delete") == 0;
        a->setEnabled(writable && (!needsSelection || selected));
        a->setToolTip(refusal.isEmpty() ? a->text().remove(QLatin1Char('&')) : refusal);
        a->setStatusTip(refusal);
    }
    action(QStringLiteral("properties"))->setEnabled(have);
    action(QStringLiteral("copyLocation"))->setEnabled(have);
    action(QStringLiteral("addBookmark"))->setEnabled(have);
    action(QStringLiteral("find"))->setEnabled(have && !(view->url().version() == 3 && view->url().isRoot()));
    action(QStringLiteral("disconnect"))->setEnabled(have);
    action(QStringLiteral("detailsMode"))->setChecked(view && !view->isIconsMode());
    action(QStringLiteral("iconsMode"))->setChecked(view && view->isIconsMode());
    action(QStringLiteral("showHidden"))->setChecked(view && view->showHidden());
    action(QStringLiteral("closeTab"))->setEnabled(m_tabs->count() > 0);
}

void MainWindow::fillContextMenu(QMenu *menu, bool onItem)
{
    FolderView *view = currentView();
    if (!view)
        return;
    if (onItem) {
        const QModelIndexList rows = view->selectedSourceRows();
        if (rows.size() == 1 && view->model()->isDir(rows.first())) {
            const NfsUrl url = view->model()->urlOf(rows.first());
            menu->addAction(tr("&Open"), this, [view, url] { view->setUrl(url); });
            menu->addAction(tr("Open in New &Tab"), this, [this, url] { openTab(url); });
            menu->addSeparator();
        } else if (rows.size() == 1) {
            const NfsUrl url = view->model()->urlOf(rows.first());
            menu->addAction(tr("&Open"), this, [this, url] { m_opener->open(url); });
            menu->addAction(action(QStringLiteral("openWith")));
            menu->addSeparator();
        }
        addNamedActions(menu, {"cut", "copy", "", "download", "rename", "delete", "copyLocation", "", "properties"});
    } else {
        addNamedActions(menu, {"paste", "", "newFolder", "upload", "uploadFolder", "refresh", "selectAll", "showHidden",
                               "copyLocation", "addBookmark", "", "properties"});
    }
}

void MainWindow::goUp()
{
    // Backspace in the location field deletes text; only the view's Backspace goes up.
    if (m_location->isEditing() && m_location->lineEdit()->hasFocus())
        return;
    if (FolderView *v = currentView())
        v->up();
}

void MainWindow::newTab()
{
    FolderView *v = currentView();
    openTab(v ? v->url() : NfsUrl());
}

void MainWindow::closeTab()
{
    const int index = m_tabs->currentIndex();
    if (index >= 0)
        Q_EMIT m_tabs->tabCloseRequested(index);
}

void MainWindow::detailsMode()
{
    if (FolderView *v = currentView())
        v->setIconsMode(false);
    m_settings->setIconsView(false);
    updateActions();
}

void MainWindow::iconsMode()
{
    if (FolderView *v = currentView())
        v->setIconsMode(true);
    m_settings->setIconsView(true);
    updateActions();
}

void MainWindow::toggleHidden()
{
    FolderView *v = currentView();
    const bool show = v ? !v->showHidden() : !m_settings->showHidden();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *t = qobject_cast<FolderView *>(m_tabs->widget(i)))
            t->setShowHidden(show);
    }
    m_settings->setShowHidden(show);
    updateActions();
}

void MainWindow::editLocation()
{
    m_location->edit();
}

void MainWindow::remove()
{
    // Delete in the location or filter field deletes text.
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->inherits("QLineEdit"))
        return;
    if (FolderView *v = currentView())
        v->deleteSelected();
}

void MainWindow::selectAll()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
        edit->selectAll();
        return;
    }
    if (FolderView *v = currentView())
        v->selectAll();
}
