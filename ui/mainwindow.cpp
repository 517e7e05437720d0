// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

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
#include "transferqueue.h"
#include "transferspane.h"
#include "windowsession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
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
                && m_pool->stateOf(view->url()) == Session::State::Connected) {
                m_reachedServers.insert(serverKey);
                view->serverAnswersAgain();
            }
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
    // One place once: entries written in another form (a trailing slash, an
    // option at its default value) are the same place.
    QSet<QString> listed;
    for (const QString &u : m_settings->recentPlaces()) {
        const NfsUrl url = NfsUrl::parse(u);
        if (!url.isValid() || listed.contains(url.toString()))
            continue;
        listed.insert(url.toString());
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
        m_reachedServers.insert(SessionCache::serverKey(view->url()));
        m_connection->setText(tr("Connected to %1").arg(host));
        break;
    case Session::State::NotAnswering:
        m_connection->setText(tr("%1 is not answering").arg(host));
        offerReconnect = true;
        break;
    case Session::State::Lost: {
        // A first connection that failed lost nothing: the server was never reached,
        // or it answered but would not mount (the banner says why).
        const NfsError::Kind kind = view->model()->lastError().kind();
        const bool unanswered = !view->model()->lastError() || kind == NfsError::Kind::Timeout
                             || kind == NfsError::Kind::Unreachable || kind == NfsError::Kind::Refused
                             || kind == NfsError::Kind::ConnectionLost;
        // A server that answered but refused this place (a mount refused) lost no connection either.
        if (!unanswered)
            m_connection->setText(tr("Not connected to %1").arg(host));
        else if (m_reachedServers.contains(SessionCache::serverKey(view->url())))
            m_connection->setText(tr("Connection to %1 lost").arg(host));
        else
            m_connection->setText(tr("Could not reach %1").arg(host));
        offerReconnect = true;
        break;
    }
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
    for (const Bookmark &b : m_bookmarks->bookmarks()) {
        if (b.url == url) {
            statusBar()->showMessage(tr("This place is already bookmarked as \"%1\".").arg(b.name), StatusNoticeMs);
            return;
        }
    }
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
