// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "apppalette.h"
#include "appsettings.h"
#include "bookmarkdialog.h"
#include "bookmarklist.h"
#include "bookmarkstore.h"
#include "connectdialog.h"
#include "displayname.h"
#include "errorbanner.h"
#include "fileopener.h"
#include "finddialog.h"
#include "folderview.h"
#include "localpane.h"
#include "locationbar.h"
#include "previewdock.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "sessioncache.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "transferqueue.h"
#include "transferspane.h"
#include "undoactions.h"
#include "undohistory.h"
#include "windowsession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_pool(new SessionCache(this)),
      m_bookmarks(new BookmarkStore(this)),
      m_settings(AppSettings::application()),
      m_location(new LocationBar(m_bookmarks, this)),
      m_tabs(new QTabWidget(this)),
      m_bookmarkList(new BookmarkList(m_bookmarks, this)),
      m_recent(new QListWidget(this)),
      m_tree(new QTreeView(this)),
      m_treeModel(new RemoteFsModel(m_pool, this)),
      m_treeProxy(new RemoteFsFilterModel(this)),
      m_counts(new QLabel(this)),
      m_selection(new QLabel(this)),
      m_freeSpace(new QLabel(this)),
      m_connection(new QLabel(this)),
      m_reconnect(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NFS Navigator"));
    createActions();
    // Enter opens files with the desktop's applications (ui/openwith/).
    m_opener = new FileOpener(m_pool, this);
    connect(m_opener, &FileOpener::failed, this, [this](const QString &message) {
        if (FolderView *v = currentView())
            v->banner()->showMessage(message);
    });
    m_transfers = new TransfersPane(TransferQueue::application(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_transfers);
    m_transfers->hide();   // it opens when a transfer starts
    createMenus();

    auto *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setMovable(false);
    for (const char *name : {"back", "forward", "up", "refresh"})
        toolbar->addAction(action(QString::fromLatin1(name)));
    toolbar->addWidget(m_location);
    connect(m_location, &LocationBar::urlActivated, this, &MainWindow::openUrl);

    // The side pane: bookmarks, recent places, the folder tree of the current server.
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("sidePane"));
    const auto section = [side](const QString &title, QWidget *content) {
        auto *box = new QWidget(side);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(2, 2, 2, 2);
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), box);
        l->addWidget(label);
        l->addWidget(content, 1);
        content->setAccessibleName(title);
        side->addWidget(box);
    };
    section(tr("Bookmarks"), m_bookmarkList);
    connect(m_bookmarkList, &BookmarkList::openRequested, this, &MainWindow::openPlace);
    connect(m_bookmarkList, &BookmarkList::openInNewTabRequested, this, &MainWindow::openTab);
    m_recent->setObjectName(QStringLiteral("recentPlaces"));
    section(tr("Recent"), m_recent);
    const auto openRecent = [this](QListWidgetItem *item) {
        openPlace(NfsUrl::parse(item->data(Qt::UserRole).toString()));
    };
    connect(m_recent, &QListWidget::itemActivated, this, openRecent);
    connect(m_recent, &QListWidget::itemClicked, this, openRecent);
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_treeProxy->setFoldersOnly(true);
    m_treeProxy->setSourceModel(m_treeModel);
    m_tree->setModel(m_treeProxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int c = 1; c < RemoteFsModel::ColumnCount; ++c)
        m_tree->setColumnHidden(c, true);
    const auto openTreeFolder = [this](const QModelIndex &idx) {
        openPlace(m_treeModel->urlOf(m_treeProxy->mapToSource(idx)));
    };
    connect(m_tree, &QTreeView::clicked, this, openTreeFolder);
    connect(m_tree, &QTreeView::activated, this, openTreeFolder);
    section(tr("Folders"), m_tree);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 1);
    side->setStretchFactor(2, 3);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        w->deleteLater();
        if (m_tabs->count() == 0)
            openTab(NfsUrl());
        saveSession();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (FolderView *v = currentView())
            m_location->setUrl(v->url());
        updateTreeRoot();
        updateActions();
        updateStatus();
        m_preview->follow(currentView());
        saveSession();
    });
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &MainWindow::saveSession);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(side);
    splitter->addWidget(m_tabs);
    // The split view (F3): this computer's files beside the server's (ui/split/).
    m_localPane = new LocalPane(splitter);
    m_localPane->hide();
    connect(m_localPane, &LocalPane::stateChanged, this, &MainWindow::saveSession);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 780});
    setCentralWidget(splitter);
    m_preview = new PreviewDock([this](const NfsUrl &url) { return m_pool->sessionFor(url); }, this);
    m_preview->placeIn(this);
    m_actions.insert(QStringLiteral("preview"), m_preview->toggleViewAction());

    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_selection->setObjectName(QStringLiteral("statusSelection"));
    m_freeSpace->setObjectName(QStringLiteral("statusFreeSpace"));
    m_connection->setObjectName(QStringLiteral("statusConnection"));
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addWidget(m_selection);
    statusBar()->addPermanentWidget(m_freeSpace);
    statusBar()->addPermanentWidget(m_connection);
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    m_reconnect->setText(tr("Reconnect"));
    m_reconnect->setVisible(false);
    connect(m_reconnect, &QToolButton::clicked, this, &MainWindow::reconnect);
    statusBar()->addPermanentWidget(m_reconnect);
    connect(m_pool, &SessionCache::stateChanged, this, &MainWindow::updateStatus);
    // A server that answers again: folders whose listing failed for want of it list again,
    // so their banner and the Reconnect button go once the listing works.
    connect(m_pool, &SessionCache::stateChanged, this, [this](const QString &serverKey) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *view = qobject_cast<FolderView *>(m_tabs->widget(i));
            if (view && view->url().isValid() && SessionCache::serverKey(view->url()) == serverKey
                && m_pool->stateOf(view->url()) == Session::State::Connected)
                view->serverAnswersAgain();
        }
    });

    connect(m_bookmarks, &BookmarkStore::changed, this, &MainWindow::updateCompletions);
    // A bookmark added in a second window or with `nfsnav bookmark` shows here too.
    m_bookmarks->followFile();
    connect(m_settings, &AppSettings::preferencesChanged, this, &MainWindow::applyPreferences);
    applyPreferences();
    updateCompletions();

    resize(1000, 640);
    restoreGeometry(m_settings->geometry());
}

MainWindow::~MainWindow()
{
    // Tabs cancel their jobs before the sessions go; the session saved stays as the user left it.
    disconnect(m_tabs, nullptr, this, nullptr);
    disconnect(m_tabs->tabBar(), nullptr, this, nullptr);
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    delete m_find;
}

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
    QStyle *s = style();
    addAction(QStringLiteral("back"), tr("&Back"), {QKeySequence(Qt::ALT | Qt::Key_Left)}, &MainWindow::goBack)
        ->setIcon(s->standardIcon(QStyle::SP_ArrowBack));
    addAction(QStringLiteral("forward"), tr("&Forward"), {QKeySequence(Qt::ALT | Qt::Key_Right)}, &MainWindow::goForward)
        ->setIcon(s->standardIcon(QStyle::SP_ArrowForward));
    addAction(QStringLiteral("up"), tr("&Up"), {QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::Key_Backspace)},
              &MainWindow::goUp)
        ->setIcon(s->standardIcon(QStyle::SP_ArrowUp));
    addAction(QStringLiteral("refresh"), tr("&Refresh"), {QKeySequence(Qt::Key_F5)}, &MainWindow::reload)
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
    addAction(QStringLiteral("filter"), tr("&Filter…"), {QKeySequence(Qt::CTRL | Qt::Key_I)}, &MainWindow::showFilter);
    addAction(QStringLiteral("find"), tr("F&ind…"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, &MainWindow::showFind);
    addAction(QStringLiteral("newFolder"), tr("&New Folder…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
              &MainWindow::newFolder)
        ->setIcon(s->standardIcon(QStyle::SP_FileDialogNewFolder));
    addAction(QStringLiteral("rename"), tr("&Rename"), {QKeySequence(Qt::Key_F2)}, &MainWindow::rename);
    addAction(QStringLiteral("delete"), tr("&Delete"), {QKeySequence(QKeySequence::Delete)}, &MainWindow::remove)
        ->setIcon(s->standardIcon(QStyle::SP_TrashIcon));
    addAction(QStringLiteral("download"), tr("Down&load…"), {}, [this] {
        if (FolderView *v = currentView())
            v->download();
    });
    addAction(QStringLiteral("openWith"), tr("Open &With…"), {}, [this] {
        FolderView *v = currentView();
        const QModelIndexList rows = v ? v->selectedSourceRows() : QModelIndexList();
        if (rows.size() == 1 && !v->model()->isDir(rows.first()))
            m_opener->openWith(v->model()->urlOf(rows.first()));
    });
    addAction(QStringLiteral("splitView"), tr("S&plit View"), {QKeySequence(Qt::Key_F3)}, [this](bool on) {
        m_localPane->reveal(on);
    })->setCheckable(true);
    addAction(QStringLiteral("upload"), tr("U&pload…"), {}, [this] {
        if (FolderView *v = currentView())
            v->upload();
    });
    addAction(QStringLiteral("uploadFolder"), tr("Upload &Folder…"), {}, [this] {
        if (FolderView *v = currentView())
            v->uploadFolder();
    });
    addAction(QStringLiteral("properties"), tr("&Properties"), {QKeySequence(Qt::ALT | Qt::Key_Return)},
              &MainWindow::properties);
    addAction(QStringLiteral("copyLocation"), tr("&Copy Location"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)},
              &MainWindow::copyLocation);
    addAction(QStringLiteral("selectAll"), tr("Select &All"), {QKeySequence(Qt::CTRL | Qt::Key_A)}, &MainWindow::selectAll);
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

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, const QStringList &names) {
        for (const QString &n : names) {
            if (n.isEmpty())
                menu->addSeparator();
            else
                menu->addAction(action(n));
        }
    };
    add(menuBar()->addMenu(tr("&File")), {QStringLiteral("newTab"), QStringLiteral("closeTab"), QString(),
                                          QStringLiteral("connect"), QStringLiteral("disconnect"), QString(),
                                          QStringLiteral("newFolder"), QStringLiteral("openWith"), QStringLiteral("download"),
                                          QStringLiteral("upload"), QStringLiteral("uploadFolder"),
                                          QStringLiteral("properties"), QString(),
                                          QStringLiteral("quit")});
    add(menuBar()->addMenu(tr("&Edit")), {QStringLiteral("undo"), QStringLiteral("redo"), QString(),
                                          QStringLiteral("rename"), QStringLiteral("delete"), QString(),
                                          QStringLiteral("selectAll"), QStringLiteral("copyLocation"), QString(),
                                          QStringLiteral("filter"), QStringLiteral("find"), QString(),
                                          QStringLiteral("settings")});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, {QStringLiteral("detailsMode"), QStringLiteral("iconsMode"), QString(),
               QStringLiteral("showHidden"), QStringLiteral("splitView"), QString(), QStringLiteral("refresh"),
               QStringLiteral("editLocation")});
    view->addAction(m_transfers->toggleViewAction());
    // Reached by its mnemonic; the pane's title stays "Transfers".
    m_transfers->toggleViewAction()->setText(tr("&Transfers"));
    add(menuBar()->addMenu(tr("&Go")), {QStringLiteral("back"), QStringLiteral("forward"), QStringLiteral("up")});
    add(menuBar()->addMenu(tr("&Bookmarks")), {QStringLiteral("addBookmark")});
    add(menuBar()->addMenu(tr("&Help")), {QStringLiteral("shortcuts"), QStringLiteral("about")});
}

FolderView *MainWindow::currentView() const
{
    return qobject_cast<FolderView *>(m_tabs->currentWidget());
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

FolderView *MainWindow::openTab(const NfsUrl &url)
{
    auto *view = new FolderView(m_pool, m_tabs);
    view->setShowHidden(m_settings->showHidden());
    view->setIconsMode(m_settings->iconsView());
    const QByteArray header = m_settings->headerState();
    if (!header.isEmpty())
        view->detailsView()->header()->restoreState(header);
    view->model()->sort(m_settings->sortColumn(), m_settings->sortOrder());
    view->detailsView()->header()->setSortIndicator(m_settings->sortColumn(), m_settings->sortOrder());
    connect(view->detailsView()->header(), &QHeaderView::sortIndicatorChanged, this,
            [this, view](int column, Qt::SortOrder order) {
                m_settings->setSort(column, order);
                m_settings->setHeaderState(view->detailsView()->header()->saveState());
            });
    connect(view->detailsView()->header(), &QHeaderView::sectionResized, this, [this, view] {
        m_settings->setHeaderState(view->detailsView()->header()->saveState());
    });
    connect(view, &FolderView::urlChanged, this, [this, view](const NfsUrl &u) { onViewUrlChanged(view, u); });
    connect(view, &FolderView::statusChanged, this, [this, view] {
        if (view == currentView()) {
            updateStatus();
            updateActions();
        }
    });
    connect(view, &FolderView::openInNewTab, this, &MainWindow::openTab);
    connect(view, &FolderView::fileActivated, this, &MainWindow::fileActivated);
    connect(view, &FolderView::contextMenuRequested, this, &MainWindow::fillContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    const int index = m_tabs->addTab(view, tr("New Tab"));
    m_tabs->setCurrentIndex(index);
    m_preview->follow(currentView());
    if (url.isValid())
        view->setUrl(url);
    else
        view->banner()->showMessage(tr("Type a location (Ctrl+L), pick a bookmark, or connect to a server."),
                                    tr("Connect…"));
    connect(view->banner(), &ErrorBanner::actionTriggered, this, &MainWindow::showConnectDialog);
    view->currentView()->setFocus();
    updateActions();
    return view;
}

void MainWindow::openUrl(const NfsUrl &url)
{
    if (!url.isValid())
        return;
    FolderView *view = currentView();
    if (!view)
        view = openTab(NfsUrl());
    view->setUrl(url);
    view->currentView()->setFocus();
}

void MainWindow::openPlace(const NfsUrl &url)
{
    // A click sends both "clicked" and "activated": the second finds the
    // folder already shown and must not list it again.
    if (FolderView *view = currentView(); view && view->url() == url)
        return;
    openUrl(url);
}

void MainWindow::onViewUrlChanged(FolderView *view, const NfsUrl &url)
{
    const int index = m_tabs->indexOf(view);
    const QByteArray path = url.path();
    const QString title = path == "/" ? url.host() : displayName(path.mid(path.lastIndexOf('/') + 1));
    m_tabs->setTabText(index, title);
    m_tabs->setTabToolTip(index, url.toString());
    m_settings->addRecentPlace(url.toString());
    updateCompletions();
    saveSession();
    if (view == currentView()) {
        m_location->setUrl(url);
        updateTreeRoot();
        updateActions();
        updateStatus();
    }
}

void MainWindow::updateCompletions()
{
    QStringList places = m_settings->recentPlaces();
    for (const Bookmark &b : m_bookmarks->bookmarks()) {
        places.append(b.url.toString());
        places.append(QLatin1Char('@') + b.name);
    }
    places.removeDuplicates();
    m_location->setCompletions(places);
    m_recent->clear();
    for (const QString &u : m_settings->recentPlaces()) {
        const NfsUrl url = NfsUrl::parse(u);
        if (!url.isValid())
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1:%2").arg(url.host(), url.displayPath()), m_recent);
        item->setData(Qt::UserRole, u);
        item->setToolTip(u);
    }
}

void MainWindow::updateTreeRoot()
{
    FolderView *view = currentView();
    if (!view || !view->url().isValid())
        return;
    const QString server = SessionCache::serverKey(view->url());
    if (server == m_treeServer)
        return;
    m_treeServer = server;
    m_treeModel->setRootUrl(view->url().withPath("/"));
    m_treeModel->list();
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

QString MainWindow::connectionText() const
{
    return m_connection->text();
}

QString MainWindow::statusCountsText() const
{
    return m_counts->text();
}

QString MainWindow::freeSpaceText() const
{
    return m_freeSpace->text();
}

void MainWindow::updateStatus()
{
    FolderView *view = currentView();
    // The window names the folder shown, as its tab does ("photos — NFS Navigator").
    setWindowTitle(view && view->url().isValid() ? tr("%1 — NFS Navigator").arg(m_tabs->tabText(m_tabs->currentIndex()))
                                                 : tr("NFS Navigator"));
    if (!view || !view->url().isValid()) {
        m_counts->clear();
        m_selection->clear();
        m_freeSpace->clear();
        m_connection->clear();
        m_reconnect->hide();
        return;
    }
    m_counts->setText(view->model()->isListing() && !view->model()->isRootListed()
                          ? tr("Listing… %1").arg(view->countsText())
                          : view->countsText());
    m_selection->setText(view->selectionText());
    m_freeSpace->setText(view->freeSpaceText());
    const QString host = view->url().host();
    bool offerReconnect = false;
    switch (m_pool->stateOf(view->url())) {
    case Session::State::Idle:
    case Session::State::Connecting:
        m_connection->setText(tr("Connecting to %1…").arg(host));
        break;
    case Session::State::Connected:
        m_connection->setText(tr("Connected to %1").arg(host));
        break;
    case Session::State::NotAnswering:
        m_connection->setText(tr("%1 is not answering").arg(host));
        offerReconnect = true;
        break;
    case Session::State::Lost:
        m_connection->setText(tr("Connection to %1 lost").arg(host));
        offerReconnect = true;
        break;
    }
    // A failed first listing leaves no connection: offer to try again too.
    if (view->model()->isRootListed() && view->model()->lastError()
        && view->model()->lastError().kind() != NfsError::Kind::PermissionDenied
        && view->model()->lastError().kind() != NfsError::Kind::NotFound)
        offerReconnect = true;
    m_reconnect->setVisible(offerReconnect);
}

void MainWindow::reconnect()
{
    // A session remounts on its next operation; a lost one is replaced.
    if (FolderView *view = currentView()) {
        // So is one whose export went stale: its handles are no good, a new mount says what is offered.
        if (m_pool->stateOf(view->url()) == Session::State::Lost
            || view->model()->lastError().kind() == NfsError::Kind::Stale)
            m_pool->disconnectServer(view->url());
        view->refresh();
    }
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
        menu->addAction(action(QStringLiteral("download")));
        menu->addAction(action(QStringLiteral("rename")));
        menu->addAction(action(QStringLiteral("delete")));
        menu->addAction(action(QStringLiteral("copyLocation")));
        menu->addSeparator();
        menu->addAction(action(QStringLiteral("properties")));
    } else {
        menu->addAction(action(QStringLiteral("newFolder")));
        menu->addAction(action(QStringLiteral("upload")));
        menu->addAction(action(QStringLiteral("uploadFolder")));
        menu->addAction(action(QStringLiteral("refresh")));
        menu->addAction(action(QStringLiteral("selectAll")));
        menu->addAction(action(QStringLiteral("showHidden")));
        menu->addAction(action(QStringLiteral("copyLocation")));
        menu->addAction(action(QStringLiteral("addBookmark")));
        menu->addSeparator();
        menu->addAction(action(QStringLiteral("properties")));
    }
}

void MainWindow::fileActivated(const NfsUrl &url)
{
    // Enter (or a double-click) on a file opens a local copy with the default application.
    m_opener->open(url);
}

bool MainWindow::restoreSession()
{
    const int opened = WindowSession::restore(m_settings->sessionState(), m_tabs, m_localPane,
                                              [this](const NfsUrl &url) { openTab(url); });
    action(QStringLiteral("splitView"))->setChecked(!m_localPane->isHidden());
    return opened > 0;
}

void MainWindow::saveSession()
{
    m_settings->setSessionState(WindowSession::capture(m_tabs, m_localPane));
}

void MainWindow::applyPreferences()
{
    TransferQueue::application()->setMaxRunning(m_settings->parallelTransfers());
    AppPalette::apply(m_settings->colourScheme());
}

void MainWindow::showSettings()
{
    SettingsDialog(m_settings, this).exec();
}

void MainWindow::addBookmark()
{
    FolderView *view = currentView();
    if (!view || !view->url().isValid())
        return;
    const NfsUrl url = view->url();
    const QByteArray path = url.path();
    QString base = path == "/" ? url.host() : displayName(path.mid(path.lastIndexOf('/') + 1));
    base.replace(QLatin1Char('/'), QLatin1Char('_'));
    QString name = base;
    for (int i = 2; m_bookmarks->find(name); ++i)
        name = QStringLiteral("%1 (%2)").arg(base).arg(i);
    if (!m_bookmarks->add(Bookmark{name, url}))
        view->banner()->showMessage(tr("Could not add a bookmark named \"%1\".").arg(name));
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (FolderView *view = currentView(); view && view->url().isValid())
        dialog->setHost(view->url().host());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openUrl(dialog->url()); });
    dialog->open();
}

void MainWindow::showFind()
{
    FolderView *view = currentView();
    if (!view || !view->url().isValid())
        return;
    if (!m_find) {
        m_find = new FindDialog(m_pool, this);
        connect(m_find, &FindDialog::openRequested, this, [this](const NfsUrl &folder, const QByteArray &name) {
            FolderView *v = currentView();
            if (!v)
                return;
            if (v->url() == folder) {
                const QModelIndex idx = v->proxy()->mapFromSource(v->model()->indexOfName(name));
                if (idx.isValid()) {
                    v->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    v->currentView()->scrollTo(idx);
                }
                return;
            }
            v->setUrl(folder);
            // Select the hit once its folder is listed.
            auto *once = new QObject(v);
            connect(v->model(), &RemoteFsModel::rootListingFinished, once, [v, name, once] {
                once->deleteLater();
                const QModelIndex idx = v->proxy()->mapFromSource(v->model()->indexOfName(name));
                if (idx.isValid()) {
                    v->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    v->currentView()->scrollTo(idx);
                }
            });
        });
    }
    if (!m_find->isSearching())
        m_find->setFolder(view->url());
    m_find->show();
    m_find->raise();
    m_find->patternEdit()->setFocus();
}

void MainWindow::disconnectServer()
{
    FolderView *view = currentView();
    if (!view || !view->url().isValid())
        return;
    const NfsUrl url = view->url();
    const QString key = SessionCache::serverKey(url);
    // Close the tabs on that server first: their jobs are cancelled before the sessions go.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        auto *v = qobject_cast<FolderView *>(m_tabs->widget(i));
        if (v && v->url().isValid() && SessionCache::serverKey(v->url()) == key) {
            m_tabs->removeTab(i);
            delete v;
        }
    }
    if (m_treeServer == key) {
        m_treeServer.clear();
        m_treeModel->setRootUrl(NfsUrl());
    }
    m_pool->disconnectServer(url);
    if (m_tabs->count() == 0)
        openTab(NfsUrl());
    updateStatus();
}

void MainWindow::openLinkInNewTab(const NfsUrl &url)
{
    if (url.isValid())
        openTab(url);
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_transfers->mayClose()) {
        event->ignore();
        return;
    }
    m_settings->setGeometry(saveGeometry());
    saveSession();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    // NFS sends no change notices: look again when the user comes back.
    if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        if (FolderView *view = currentView())
            view->recheck();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::goBack()
{
    if (FolderView *v = currentView())
        v->back();
}

void MainWindow::goForward()
{
    if (FolderView *v = currentView())
        v->forward();
}

void MainWindow::goUp()
{
    // Backspace in the location field deletes text; only the view's Backspace goes up.
    if (m_location->isEditing() && m_location->lineEdit()->hasFocus())
        return;
    if (FolderView *v = currentView())
        v->up();
}

void MainWindow::reload()
{
    if (FolderView *v = currentView())
        v->refresh();
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

void MainWindow::showFilter()
{
    if (FolderView *v = currentView())
        v->showFilterBar();
}

void MainWindow::newFolder()
{
    if (FolderView *v = currentView())
        v->newFolder();
}

void MainWindow::rename()
{
    if (FolderView *v = currentView())
        v->renameCurrent();
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

void MainWindow::properties()
{
    if (FolderView *v = currentView())
        v->showProperties();
}

void MainWindow::copyLocation()
{
    if (FolderView *v = currentView())
        v->copyLocation();
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
