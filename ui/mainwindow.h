// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MainWindow: the browser window — tabs of FolderViews, the location bar,
// the side pane (bookmarks, recent places, folder tree), the menus and
// shortcuts, and the status bar (counts, selection, free space, connection
// state with Reconnect). It owns the SessionCache all tabs share.
// GUI thread only; every network step is a job on some Session.
#include "nfsurl.h"

#include <QMainWindow>
#include <QSet>

#include <initializer_list>

class AppSettings;
class BookmarkList;
class BookmarkStore;
class FindDialog;
class FolderView;
class LocationBar;
class PreviewDock;
class QAction;
class QLabel;
class QListWidget;
class QTabWidget;
class QToolButton;
class QTreeView;
class RemoteFsFilterModel;
class RemoteFsModel;
class SessionCache;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // How long a notice stays in the status bar.
    static constexpr int StatusNoticeMs = 5000;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `url` in the current tab (a new tab when there is none).
    void openUrl(const NfsUrl &url);
    // The same from the side pane, where one click asks twice: nothing when it is already shown.
    void openPlace(const NfsUrl &url);
    FolderView *openTab(const NfsUrl &url);
    // Opens the tabs the last run left open (AppSettings::sessionState); false when there were none.
    bool restoreSession();
    FolderView *currentView() const;
    int tabCount() const;

    SessionCache *sessionPool() const { return m_pool; }
    BookmarkStore *bookmarks() const { return m_bookmarks; }
    LocationBar *locationBar() const { return m_location; }
    BookmarkList *bookmarkList() const { return m_bookmarkList; }
    QTreeView *folderTree() const { return m_tree; }
    QTabWidget *tabs() const { return m_tabs; }
    PreviewDock *previewDock() const { return m_preview; }
    // The action with this object name ("back", "newFolder", ...), for tests and menus.
    QAction *action(const QString &name) const;
    QString connectionText() const;
    QString statusCountsText() const;
    QString freeSpaceText() const;

public Q_SLOTS:
    void addBookmark();
    void showConnectDialog();
    void showFind();
    void disconnectServer();
    // A URL handed over by a later launch (an nfs:// link clicked elsewhere): a new tab,
    // and the window brought to the front. An invalid URL only brings the window up.
    void openLinkInNewTab(const NfsUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    template<typename Slot>
    QAction *addAction(const QString &name, const QString &text, const QList<QKeySequence> &keys, Slot slot);
    void createActions();
    void createMenus();
    // The actions of these object names into `menu`, in order; "" is a separator.
    void addNamedActions(QMenu *menu, std::initializer_list<const char *> names) const;
    void updateActions();
    void updateStatus();
    void updateTreeRoot();
    void updateCompletions();
    void onViewUrlChanged(FolderView *view, const NfsUrl &url);
    void fillContextMenu(QMenu *menu, bool onItem);
    void fileActivated(const NfsUrl &url);
    // The open tabs into AppSettings::sessionState, each time they change (a crash keeps them too).
    void saveSession();
    // The Settings dialog's choices that act at once: parallel transfers, colours.
    void applyPreferences();
    void showSettings();

    // Slots for actions.
    void goUp();
    void newTab();
    void closeTab();
    void detailsMode();
    void iconsMode();
    void toggleHidden();
    void editLocation();
    void remove();
    void selectAll();
    void reconnect();

    SessionCache *m_pool;
    class TransfersPane *m_transfers = nullptr;
    BookmarkStore *m_bookmarks;
    AppSettings *m_settings;
    LocationBar *m_location;
    QTabWidget *m_tabs;
    BookmarkList *m_bookmarkList;
    QListWidget *m_recent;
    QTreeView *m_tree;
    RemoteFsModel *m_treeModel;
    RemoteFsFilterModel *m_treeProxy;
    QString m_treeServer;
    // Servers (SessionCache::serverKey) this window has seen connected: only
    // their sessions can be "lost"; another one was never reached.
    QSet<QString> m_reachedServers;
    QLabel *m_counts;
    QLabel *m_selection;
    QLabel *m_freeSpace;
    QLabel *m_connection;
    QToolButton *m_reconnect;
    FindDialog *m_find = nullptr;
    QHash<QString, QAction *> m_actions;
    PreviewDock *m_preview = nullptr;
    class FileOpener *m_opener = nullptr;
    class LocalPane *m_localPane = nullptr;
};
