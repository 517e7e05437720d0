// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderview.h"

#include <utility>

#include "displayname.h"
#include "dragsource.h"
#include "droptarget.h"
#include "fileclipboard.h"
#include "undohistory.h"
#include "errorbanner.h"
#include "iconnamedelegate.h"
#include "folderoperations.h"
#include "propertiesdialog.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "sessioncache.h"
#include "thumbnailcontroller.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <unistd.h>   // W_OK

namespace {
// Status counts are recomputed at most this often while rows stream in.
constexpr int StatusCoalesceMs = 150;
constexpr int StatusWhileListingMs = 500;
}

FolderView::FolderView(SessionCache *pool, QWidget *parent)
    : QWidget(parent),
      m_pool(pool),
      m_model(new RemoteFsModel(pool, this)),
      m_proxy(new RemoteFsFilterModel(this)),
      m_banner(new ErrorBanner(this)),
      m_filterBar(new QWidget(this)),
      m_filter(new QLineEdit(m_filterBar)),
      m_stack(new QStackedWidget(this)),
      m_details(new QTreeView(m_stack)),
      m_icons(new QListView(m_stack)),
      m_operations(new FolderOperations(this))
{
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);

    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(4, 2, 4, 2);
    filterLayout->addWidget(new QLabel(tr("Filter:"), m_filterBar));
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Part of a name, or a pattern like *.txt"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    filterLayout->addWidget(m_filter, 1);
    auto *closeFilter = new QToolButton(m_filterBar);
    closeFilter->setAutoRaise(true);
    closeFilter->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    closeFilter->setToolTip(tr("Close the filter bar"));
    closeFilter->setAccessibleName(tr("Close the filter bar"));
    filterLayout->addWidget(closeFilter);
    connect(closeFilter, &QToolButton::clicked, this, [this] {
        m_filter->clear();
        m_filterBar->hide();
        currentView()->setFocus();
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RemoteFsFilterModel::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, &FolderView::statusChanged);
    m_filterBar->hide();
    layout->addWidget(m_filterBar);

    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setAccessibleName(tr("Files, in details"));
    m_icons->setAccessibleName(tr("Files, as icons"));
    m_details->setModel(m_proxy);
    m_details->setUniformRowHeights(true);
    m_details->setRootIsDecorated(false);
    m_details->setItemsExpandable(false);
    m_details->setAllColumnsShowFocus(true);
    m_details->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_details->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_details->setSortingEnabled(true);
    m_details->header()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_details->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_details->header()->setStretchLastSection(false);
    m_details->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_details->setColumnWidth(RemoteFsModel::NameColumn, 280);
    m_details->setColumnWidth(RemoteFsModel::SizeColumn, 80);
    m_details->setColumnWidth(RemoteFsModel::TypeColumn, 130);
    m_details->setColumnWidth(RemoteFsModel::ModifiedColumn, 150);
    m_details->setColumnWidth(RemoteFsModel::PermissionsColumn, 90);
    connect(m_details->header(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        // The column chooser.
        QMenu menu;
        for (int c = 1; c < RemoteFsModel::ColumnCount; ++c) {
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_details->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_details->setColumnHidden(c, !on); });
        }
        menu.exec(m_details->header()->mapToGlobal(pos));
    });
    m_stack->addWidget(m_details);

    m_icons->setObjectName(QStringLiteral("iconsView"));
    m_icons->setModel(m_proxy);
    m_icons->setSelectionModel(m_details->selectionModel());
    m_icons->setViewMode(QListView::IconMode);
    m_icons->setResizeMode(QListView::Adjust);
    m_icons->setMovement(QListView::Static);
    m_icons->setUniformItemSizes(true);
    m_icons->setLayoutMode(QListView::Batched);
    m_icons->setWordWrap(true);
    m_icons->setIconSize(QSize(32, 32));
    // Names wrap onto up to three lines under the icon (IconNameDelegate), as in Dolphin.
    m_icons->setItemDelegate(new IconNameDelegate(m_icons));
    m_icons->setGridSize(QSize(112, 32 + IconNameDelegate::MaxLines * fontMetrics().height() + 16));
    m_icons->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_icons->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_stack->addWidget(m_icons);
    layout->addWidget(m_stack, 1);
    // Thumbnails of the visible images and PDFs (ui/thumbnails/).
    m_thumbnails = new ThumbnailController(m_icons, m_model, this);

    layout->addWidget(m_operations);
    connect(m_operations, &FolderOperations::transfersFinished, this, &FolderView::transfersFinished);

    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_details), static_cast<QAbstractItemView *>(m_icons)}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, &FolderView::showContextMenu);
        connect(view, &QAbstractItemView::activated, this, &FolderView::openIndex);
        view->viewport()->installEventFilter(this);
        view->installEventFilter(this);
    }

    // Drags out carry local copies made through the transfer queue; drops start transfers (ui/dnd/).
    new DragSource(this);
    new DropTarget(this);
    // Ctrl+Z undoes the window's last rename, move, new folder or copy (ui/undo/).
    connect(UndoHistory::of(m_pool), &UndoHistory::undone, this, [this](const NfsUrl &folder, const QString &error) {
        if (!error.isEmpty())
            showError(error);
        if (folder == m_url)
            m_model->refresh();
    });

    connect(m_model, &RemoteFsModel::rootListingFinished, this, &FolderView::onRootListed);
    connect(m_model, &RemoteFsModel::renameRequested, m_operations, &FolderOperations::rename);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(StatusCoalesceMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &FolderView::statusChanged);
    const auto statusSoon = [this] {
        // Counting goes over every row: less often while a big folder streams in.
        if (!m_statusTimer.isActive())
            m_statusTimer.start(m_model->isListing() ? StatusWhileListingMs : StatusCoalesceMs);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, statusSoon);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, statusSoon);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, statusSoon);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, statusSoon);
    connect(m_details->selectionModel(), &QItemSelectionModel::selectionChanged, this, statusSoon);

    m_recheck.setInterval(RecheckIntervalMs);
    connect(&m_recheck, &QTimer::timeout, this, &FolderView::recheck);
    m_recheck.start();
}

FolderView::~FolderView()
{
    // Its own operations end while the view is whole (their endings use it).
    delete m_operations;
}

QAbstractItemView *FolderView::currentView() const
{
    return isIconsMode() ? static_cast<QAbstractItemView *>(m_icons) : static_cast<QAbstractItemView *>(m_details);
}

QItemSelectionModel *FolderView::selectionModel() const
{
    return m_details->selectionModel();
}

bool FolderView::isIconsMode() const
{
    return m_stack->currentWidget() == m_icons;
}

void FolderView::setIconsMode(bool icons)
{
    const bool hadFocus = currentView()->hasFocus();
    const QModelIndex current = currentView()->currentIndex();
    m_stack->setCurrentWidget(icons ? static_cast<QWidget *>(m_icons) : static_cast<QWidget *>(m_details));
    currentView()->setCurrentIndex(current);
    if (hadFocus)
        currentView()->setFocus();
}

bool FolderView::showHidden() const
{
    return m_proxy->showHidden();
}

void FolderView::setShowHidden(bool show)
{
    m_proxy->setShowHidden(show);
}

void FolderView::setUrl(const NfsUrl &url, bool record)
{
    if (!url.isValid())
        return;
    if (record && m_url.isValid() && !(url == m_url)) {
        m_back.append(m_url);
        m_forward.clear();
    }
    const bool same = url == m_url;
    if (!same) {
        m_selectAfterListing.clear();
        // As in Dolphin, a filter belongs to the folder it was typed in.
        if (!m_filter->text().isEmpty() || m_filterBar->isVisible()) {
            m_filter->clear();
            m_filterBar->hide();
        }
    }
    m_url = url;
    m_banner->hide();
    m_lastMtime = -1;
    m_access = -1;
    m_freeSpace.clear();
    if (same && m_model->rootUrl() == url) {
        refresh();
    } else {
        // The folder's state first: its modification time is the baseline the
        // re-check compares with, so it must be read before the listing, or a
        // change made between the two would never show.
        queryFolderState();
        m_model->setRootUrl(url);
        m_model->list();
    }
    Q_EMIT urlChanged(url);
    Q_EMIT statusChanged();
}

void FolderView::back()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(m_url);
    setUrl(m_back.takeLast(), false);
}

void FolderView::forward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(m_url);
    setUrl(m_forward.takeLast(), false);
}

void FolderView::up()
{
    if (!canGoUp())
        return;
    const QByteArray path = m_url.path();
    // Select the folder we came from, as file managers do.
    QByteArray from = path.mid(path.lastIndexOf('/') + 1);
    NfsUrl parent = m_url.parent();
    // Over NFSv3 the level above an export is not mountable: go to the export list.
    if (m_url.version() == 3 && m_pool->exportOf(m_url) == path) {
        parent = m_url.withPath("/");
        from = path.mid(1);
    }
    setUrl(parent);
    m_selectAfterListing = from;
}

void FolderView::refresh()
{
    m_banner->hide();
    m_lastMtime = -1;
    queryFolderState();   // before the listing (see setUrl)
    m_model->refresh();
}

bool FolderView::selectName(const QByteArray &name)
{
    const QModelIndex source = m_model->indexOfName(name);
    const QModelIndex idx = m_proxy->mapFromSource(source);
    if (!idx.isValid())
        return false;
    selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    currentView()->scrollTo(idx);
    return true;
}

void FolderView::openIndex(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (!source.isValid())
        return;
    const NfsUrl url = m_model->urlOf(source);
    const int type = source.data(RemoteFsModel::FileTypeRole).toInt();
    if (m_model->isDir(source) || type == int(FileInfo::Type::Symlink)) {
        // A symlink is opened as a folder when it leads to one; the listing says otherwise if not.
        if (type == int(FileInfo::Type::Symlink)) {
            Session *session = m_pool->sessionFor(url);
            StatJob *stat = session->stat(url.path());
            stat->setParent(this);
            connect(stat, &Job::finished, this, [this, stat, url] {
                stat->deleteLater();
                if (stat->error())
                    showError(stat->error().message());
                else if (stat->result().isDir())
                    setUrl(url);
                else
                    Q_EMIT fileActivated(url);
            });
            return;
        }
        setUrl(url);
        return;
    }
    Q_EMIT fileActivated(url);
}

void FolderView::showFilterBar()
{
    m_filterBar->show();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QModelIndexList FolderView::selectedSourceRows() const
{
    // The icons view selects items (column 0 only), the details view whole
    // rows: a row counts when its first column is selected.
    QModelIndexList rows;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex &idx : selected) {
        if (idx.column() == 0)
            rows.append(m_proxy->mapToSource(idx));
    }
    return rows;
}

QString FolderView::writeRefusal() const
{
    if (canWrite())
        return {};
    return tr("The server does not let you change this folder (a read-only export, or no write permission)");
}

QString FolderView::countsText() const
{
    const RemoteFsModel::Counts c = m_model->countRootRows([this](int row) { return m_proxy->accepts(row, {}); });
    const int folders = c.folders, files = c.files;
    const quint64 bytes = c.bytes;
    const QString counts = tr("Folders: %1, files: %2 (%3)")
                               .arg(folders)
                               .arg(files)
                               .arg(QLocale().formattedDataSize(qint64(bytes)));
    if (m_filter->text().isEmpty())
        return counts;
    if (folders + files == 0 && m_model->rowCount(QModelIndex()) > 0)
        return tr("Nothing here matches the filter \"%1\"").arg(m_filter->text());
    return tr("%1, shown by the filter \"%2\"").arg(counts, m_filter->text());
}

QString FolderView::selectionText() const
{
    const QModelIndexList rows = selectedSourceRows();
    if (rows.isEmpty())
        return {};
    quint64 bytes = 0;
    for (const QModelIndex &s : rows) {
        if (!m_model->isDir(s))
            bytes += s.data(RemoteFsModel::SizeRole).toULongLong();
    }
    return tr("Selected: %1 (%2)").arg(rows.size()).arg(QLocale().formattedDataSize(qint64(bytes)));
}

void FolderView::showError(const QString &message)
{
    m_banner->showMessage(message);
}

void FolderView::selectAll()
{
    currentView()->selectAll();
}

QString FolderView::checkName(const QString &name)
{
    const QByteArray bytes = name.toUtf8();
    if (name.isEmpty())
        return tr("A name cannot be empty.");
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return tr("\"%1\" cannot be used as a name.").arg(name);
    if (name.contains(QLatin1Char('/')))
        return tr("A name cannot contain \"/\".");
    if (bytes.contains('\0'))
        return tr("A name cannot contain a NUL character.");
    if (bytes.size() > MaxNameBytes)
        return tr("The name is too long: %1 bytes, at most %2.").arg(bytes.size()).arg(MaxNameBytes);
    return {};
}

void FolderView::newFolder()
{
    m_operations->newFolder();
}

void FolderView::renameCurrent()
{
    if (!canWrite()) {
        showError(writeRefusal());
        return;
    }
    QAbstractItemView *view = currentView();
    QModelIndex idx = view->currentIndex();
    if (!idx.isValid())
        return;
    view->edit(idx.siblingAtColumn(RemoteFsModel::NameColumn));
}

void FolderView::deleteSelected()
{
    m_operations->deleteSelected();
}

void FolderView::download()
{
    m_operations->download();
}

void FolderView::downloadTo(const QString &localFolder)
{
    m_operations->downloadTo(localFolder);
}

void FolderView::upload()
{
    m_operations->upload();
}

void FolderView::uploadFolder()
{
    m_operations->uploadFolder();
}

void FolderView::uploadFiles(const QStringList &localPaths)
{
    m_operations->uploadFiles(localPaths);
}

void FolderView::uploadInto(const QByteArray &remoteFolder, const QStringList &localPaths)
{
    m_operations->uploadInto(remoteFolder, localPaths);
}

bool FolderView::isBusy() const
{
    return m_operations->isBusy();
}

void FolderView::selectAfterListing(const QByteArray &name)
{
    m_selectAfterListing = name;
}

void FolderView::showProperties()
{
    QModelIndexList rows = selectedSourceRows();
    NfsUrl target = m_url;
    if (!rows.isEmpty())
        target = m_model->urlOf(rows.first());
    auto *dialog = new PropertiesDialog(m_pool, target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PropertiesDialog::changed, this, [this] { m_model->refresh(); });
    dialog->show();
}

void FolderView::copyLocation()
{
    QStringList urls;
    for (const QModelIndex &s : selectedSourceRows())
        urls.append(m_model->urlOf(s).toString());
    if (urls.isEmpty())
        urls.append(m_url.toString());
    QGuiApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
}

void FolderView::showContextMenu(const QPoint &pos)
{
    QAbstractItemView *view = currentView();
    const QModelIndex idx = view->indexAt(pos);
    if (idx.isValid() && !selectionModel()->isSelected(idx))
        selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!idx.isValid())
        selectionModel()->clearSelection();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT contextMenuRequested(menu, idx.isValid());
    menu->popup(view->viewport()->mapToGlobal(pos));
}

bool FolderView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease
        && (watched == m_details->viewport() || watched == m_icons->viewport())) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (me->button() == Qt::MiddleButton) {
            const QModelIndex idx = currentView()->indexAt(me->position().toPoint());
            const QModelIndex source = m_proxy->mapToSource(idx);
            if (source.isValid() && m_model->isDir(source)) {
                Q_EMIT openInNewTab(m_model->urlOf(source));
                return true;
            }
        }
    }
    if ((watched == m_filter || ((watched == m_details || watched == m_icons) && m_filterBar->isVisible()))
        && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_filter->clear();
        m_filterBar->hide();
        currentView()->setFocus();
        return true;
    }
    // Keys an open name editor let through (its Return commits, then goes on
    // to the view) are the editor's, not the view's: Enter must not also open.
    const auto inEditor = [watched] {
        const QWidget *focus = QApplication::focusWidget();
        return focus && static_cast<QAbstractItemView *>(watched)->viewport()->isAncestorOf(focus);
    };
    if (event->type() == QEvent::KeyPress && (watched == m_details || watched == m_icons) && !inEditor()) {
        auto *ke = static_cast<QKeyEvent *>(event);
        // Enter opens (the view's own "activated" does not fire for Enter on every style).
        if ((ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter) && ke->modifiers() == Qt::NoModifier) {
            const QModelIndex idx = currentView()->currentIndex();
            if (idx.isValid()) {
                openIndex(idx);
                return true;
            }
        }
        // The clipboard, between panes, tabs and other programs (ui/dnd/fileclipboard.h).
        if (ke->matches(QKeySequence::Copy) || ke->matches(QKeySequence::Cut)) {
            FileClipboard::copy(this, ke->matches(QKeySequence::Cut));
            return true;
        }
        if (ke->matches(QKeySequence::Paste)) {
            FileClipboard::paste(this);
            return true;
        }
        if (ke->matches(QKeySequence::Undo)) {
            UndoHistory *history = UndoHistory::of(m_pool);
            if (history->canUndo())
                history->undo();
            else if (!history->irreversible().isEmpty())
                showError(tr("%1 cannot be undone: something was already there, which it replaced or merged into.")
                              .arg(history->irreversible()));
            else
                showError(tr("Nothing to undo."));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
