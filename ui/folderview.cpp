// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderview.h"

#include <utility>

#include "displayname.h"
#include "dragsource.h"
#include "droptarget.h"
#include "fileclipboard.h"
#include "undohistory.h"
#include "errorbanner.h"
#include "propertiesdialog.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "sessioncache.h"
#include "thumbnailcontroller.h"
#include "transferqueue.h"
#include "treeoperations.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
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
      m_progressLine(new QWidget(this)),
      m_progressLabel(new QLabel(m_progressLine)),
      m_progress(new QProgressBar(m_progressLine))
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
    m_icons->setGridSize(QSize(112, 72));
    m_icons->setIconSize(QSize(32, 32));
    m_icons->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_icons->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_stack->addWidget(m_icons);
    layout->addWidget(m_stack, 1);
    // Thumbnails of the visible images and PDFs (ui/thumbnails/).
    m_thumbnails = new ThumbnailController(m_icons, m_model, this);

    auto *progressLayout = new QHBoxLayout(m_progressLine);
    progressLayout->setContentsMargins(4, 2, 4, 2);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress);
    auto *cancel = new QPushButton(tr("Cancel"), m_progressLine);
    cancel->setObjectName(QStringLiteral("cancelOperation"));
    connect(cancel, &QPushButton::clicked, this, [this] {
        for (const QPointer<Job> &job : std::as_const(m_operations)) {
            if (auto *transfer = qobject_cast<TransferJob *>(job.data()))
                TransferQueue::application()->cancel(transfer);
            else if (job)
                job->cancel();
        }
    });
    progressLayout->addWidget(cancel);
    m_progressLine->hide();
    layout->addWidget(m_progressLine);

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
    connect(m_model, &RemoteFsModel::renameRequested, this, &FolderView::rename);
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
    // The view's own operations end with it; transfers go on in the queue.
    for (const QPointer<Job> &job : std::as_const(m_operations)) {
        if (job && job->parent() == this)
            delete job.data();
    }
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
    if (!same)
        m_selectAfterListing.clear();
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

namespace {
bool isConnectionFailure(const NfsError &error)
{
    const NfsError::Kind kind = error.kind();
    return kind == NfsError::Kind::Timeout || kind == NfsError::Kind::ConnectionLost
        || kind == NfsError::Kind::Unreachable || kind == NfsError::Kind::Refused;
}
} // namespace

void FolderView::serverAnswersAgain()
{
    // A listing sent while the server was silent may still end in a time-out
    // after this: then it is made again when it ends (onRootListed).
    if (m_model->isListing()) {
        m_relistIfItFails = true;
        return;
    }
    if (isConnectionFailure(m_model->lastError()))
        refresh();
}

void FolderView::recheck()
{
    if (!m_url.isValid() || m_rechecking || !m_model->isRootListed() || m_model->isListing())
        return;
    if (m_url.version() == 3 && m_url.isRoot())
        return;   // the export list has no mtime
    Session *session = m_pool->sessionFor(m_url);
    StatJob *stat = session->stat(m_url.path());
    m_rechecking = true;
    const NfsUrl url = m_url;
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, url] {
        stat->deleteLater();
        m_rechecking = false;
        if (!(url == m_url))
            return;
        if (stat->error()) {
            if (isGoneBelowExport(stat->error()))
                leaveRemovedFolder(url, url.parent(), stat->error());
            return;
        }
        const qint64 mtime = stat->result().mtimeNs;
        if (m_lastMtime >= 0 && mtime != m_lastMtime)
            m_model->refresh();
        m_lastMtime = mtime;
    });
}

void FolderView::queryFolderState()
{
    if (m_url.version() == 3 && m_url.isRoot()) {
        m_access = 0;   // the export list is read-only
        return;
    }
    Session *session = m_pool->sessionFor(m_url);
    const NfsUrl url = m_url;
    AccessJob *access = session->access(m_url.path());
    access->setParent(this);
    connect(access, &Job::finished, this, [this, access, url] {
        access->deleteLater();
        if (!(url == m_url))
            return;
        m_access = access->error() ? 0 : access->result();
        Q_EMIT statusChanged();
    });
    StatvfsJob *statvfs = session->statvfs(m_url.path());
    statvfs->setParent(this);
    connect(statvfs, &Job::finished, this, [this, statvfs, url] {
        statvfs->deleteLater();
        if (!(url == m_url) || statvfs->error())
            return;
        const FsStats s = statvfs->result();
        m_freeSpace = tr("%1 free of %2")
                          .arg(QLocale().formattedDataSize(qint64(s.availableBytes)),
                               QLocale().formattedDataSize(qint64(s.totalBytes)));
        Q_EMIT statusChanged();
    });
    StatJob *stat = session->stat(m_url.path());
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, url] {
        stat->deleteLater();
        if (url == m_url && !stat->error() && m_lastMtime < 0)
            m_lastMtime = stat->result().mtimeNs;
    });
}

void FolderView::onRootListed(const NfsError &error)
{
    if (std::exchange(m_relistIfItFails, false) && isConnectionFailure(error)) {
        refresh();
        return;
    }
    // A listing sent just as the server came back may still fail on the old
    // connection while the session already says it answers: tried again a
    // few times, a second apart, so the banner does not stay for nothing.
    if (isConnectionFailure(error) && m_pool->stateOf(m_url) == Session::State::Connected
        && m_relistsWhileConnected < MaxRelistsWhileConnected) {
        ++m_relistsWhileConnected;
        QTimer::singleShot(1000, this, [this] {
            if (!m_model->isListing())
                refresh();
        });
    } else if (!error) {
        m_relistsWhileConnected = 0;
    }
    if (!error)
        m_listedUrl = m_url;
    if (error && isGoneBelowExport(error)) {
        leaveRemovedFolder(m_url, m_url.parent(), error);
        Q_EMIT statusChanged();
        return;
    }
    if (error) {
        showError(error.message());
    }
    if (!m_selectAfterListing.isEmpty()) {
        // A listing that started before the change may not have it yet: keep waiting for the name.
        if (selectName(m_selectAfterListing))
            m_selectAfterListing.clear();
    } else if (!currentView()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    }
    Q_EMIT statusChanged();
}

bool FolderView::isGoneBelowExport(const NfsError &error) const
{
    const NfsError::Kind kind = error.kind();
    if (kind != NfsError::Kind::NotFound && kind != NfsError::Kind::Stale && kind != NfsError::Kind::NotADirectory)
        return false;
    // Only a folder that was there: a mistyped one is an error to show.
    if (m_url.isRoot() || !(m_listedUrl == m_url))
        return false;
    // The export itself gone (a stale handle of it) is no folder removed: the banner offers to remount.
    const QByteArray exportPath = m_url.version() == 3 ? m_pool->exportOf(m_url) : QByteArray("/");
    return m_url.path() != exportPath;
}

void FolderView::leaveRemovedFolder(const NfsUrl &gone, const NfsUrl &candidate, const NfsError &error)
{
    const QString notice = tr("%1 was removed on the server; showing %2, the nearest folder above it.");
    const QByteArray exportPath = gone.version() == 3 ? m_pool->exportOf(gone) : QByteArray("/");
    if (candidate.isRoot() || (gone.version() == 3 && !ExportResolution::isAtOrBelow(candidate.path(), exportPath))) {
        // Over NFSv3 above the export is the server's export list, which is always there.
        const NfsUrl top = gone.version() == 3 ? gone.withPath(exportPath.isEmpty() ? QByteArray("/") : exportPath)
                                               : candidate;
        setUrl(top, false);
        showError(notice.arg(displayName(gone.path()), displayName(top.path())));
        return;
    }
    StatJob *stat = m_pool->sessionFor(candidate)->stat(candidate.path());
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, gone, candidate, error, notice] {
        stat->deleteLater();
        if (!(gone == m_url))
            return;   // the user went elsewhere meanwhile
        if (!stat->error() && stat->result().isDir()) {
            m_selectAfterListing.clear();
            setUrl(candidate, false);
            showError(notice.arg(displayName(gone.path()), displayName(candidate.path())));
            return;
        }
        if (stat->error().kind() == NfsError::Kind::NotFound || stat->error().kind() == NfsError::Kind::Stale
            || stat->error().kind() == NfsError::Kind::NotADirectory || (!stat->error() && !stat->result().isDir()))
            leaveRemovedFolder(gone, candidate.parent(), error);
        else
            showError(error.message());
    });
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
    return tr("Folders: %1, files: %2 (%3)")
        .arg(folders)
        .arg(files)
        .arg(QLocale().formattedDataSize(qint64(bytes)));
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
    if (!canWrite()) {
        showError(writeRefusal());
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Name of the new folder:"));
    dialog->setTextValue(tr("New Folder"));
    const NfsUrl url = m_url;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, url](const QString &name) {
        const QString problem = checkName(name);
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
        const QByteArray bytes = name.toUtf8();
        const NfsUrl target = url.child(bytes);
        Job *job = m_pool->sessionFor(target)->mkdir(target.path());
        job->setParent(this);
        connect(job, &Job::finished, this, [this, job, bytes, url, target] {
            job->deleteLater();
            if (job->error()) {
                showError(job->error().message());
                return;
            }
            UndoHistory::of(m_pool)->record(UndoHistory::Kind::NewFolder, {}, target, true);
            if (url == m_url) {
                m_selectAfterListing = bytes;
                m_model->refresh();
            }
        });
    });
    dialog->open();
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

void FolderView::rename(const QModelIndex &sourceIndex, const QString &newName)
{
    const QString problem = checkName(newName);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    const QByteArray from = m_model->pathOf(sourceIndex);
    const QByteArray newBytes = newName.toUtf8();
    const QByteArray parentPath = m_model->pathOf(sourceIndex.parent());
    const QByteArray to = ExportResolution::childPath(parentPath, newBytes);
    // NFS RENAME replaces an existing target without a word: look first.
    Session *session = m_pool->sessionFor(m_url.withPath(to));
    StatJob *stat = session->lstat(to);
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, from, to, newBytes, newName] {
        stat->deleteLater();
        if (!stat->error()) {
            auto *box = new QMessageBox(QMessageBox::Question, tr("Replace?"),
                                        tr("\"%1\" already exists. Replace it with the renamed item?").arg(newName),
                                        QMessageBox::Yes | QMessageBox::No, this);
            box->setObjectName(QStringLiteral("replaceQuestion"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->button(QMessageBox::Yes)->setText(tr("Replace"));
            box->setDefaultButton(QMessageBox::No);
            connect(box, &QMessageBox::finished, this, [this, from, to, newBytes](int result) {
                if (result == QMessageBox::Yes)
                    doRename(from, to, newBytes);
            });
            box->open();
            return;
        }
        if (stat->error().kind() != NfsError::Kind::NotFound) {
            showError(stat->error().message());
            return;
        }
        doRename(from, to, newBytes);
    });
}

void FolderView::doRename(const QByteArray &from, const QByteArray &to, const QByteArray &newName)
{
    Job *job = m_pool->sessionFor(m_url.withPath(from))->rename(from, to);
    const NfsUrl url = m_url;
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job, url, newName, from, to] {
        job->deleteLater();
        if (job->error()) {
            showError(job->error().message());
            return;
        }
        UndoHistory::of(m_pool)->record(UndoHistory::Kind::Rename, url.withPath(from), url.withPath(to));
        if (url == m_url) {
            m_selectAfterListing = newName;
            m_model->refresh();
        }
    });
}

void FolderView::deleteSelected()
{
    const QModelIndexList rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    if (!canWrite()) {
        showError(writeRefusal());
        return;
    }
    QList<QByteArray> paths;
    QList<bool> dirs;
    for (const QModelIndex &s : rows) {
        if (s.data(RemoteFsModel::IsExportRole).toBool())
            continue;
        paths.append(m_model->pathOf(s));
        dirs.append(m_model->isDir(s));
    }
    if (paths.isEmpty())
        return;
    const QString what = paths.size() == 1 ? tr("\"%1\"").arg(displayName(paths.first().mid(paths.first().lastIndexOf('/') + 1)))
                                           : tr("%n items", nullptr, int(paths.size()));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"),
                                tr("Delete %1 from the server? Folders are deleted with everything in them. "
                                   "A delete on an NFS server cannot be undone: there is no trash.").arg(what),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, paths, dirs](int result) {
        if (result == QMessageBox::Yes)
            startDelete(paths, dirs);
    });
    box->open();
}

void FolderView::startDelete(const QList<QByteArray> &paths, const QList<bool> &isDir)
{
    const NfsUrl url = m_url;
    auto remaining = std::make_shared<int>(int(paths.size()));
    auto errors = std::make_shared<QStringList>();
    m_progressLabel->setText(tr("Deleting %n item(s)…", nullptr, int(paths.size())));
    m_progress->setRange(0, 0);
    m_progressLine->show();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        Session *session = m_pool->sessionFor(url.withPath(paths[i]));
        // Folders go through removeTree, which never follows a symlink.
        Job *job = isDir[i] ? static_cast<Job *>(TreeOperations::removeTree(session, paths[i]))
                            : session->unlink(paths[i]);
        track(job);
        if (isDir[i]) {
            connect(job, &Job::progress, this, [this](qint64 done, qint64 found) {
                m_progress->setRange(0, int(std::min<qint64>(found, INT_MAX)));
                m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
            });
        }
        job->setParent(this);
        connect(job, &Job::finished, this, [this, job, remaining, errors, url] {
            job->deleteLater();
            if (job->error() && job->error().kind() != NfsError::Kind::Cancelled)
                errors->append(job->error().message());
            if (--*remaining > 0)
                return;
            if (!errors->isEmpty())
                showError(errors->join(QLatin1Char('\n')));
            if (url == m_url)
                m_model->refresh();
        });
    }
}

void FolderView::download()
{
    if (selectedSourceRows().isEmpty()) {
        showError(tr("Select one or more files or folders to download."));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Download to"));
    dialog->setObjectName(QStringLiteral("downloadDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, &FolderView::downloadTo);
    dialog->open();
}

void FolderView::downloadTo(const QString &localFolder)
{
    QList<Copy> copies;
    for (const QModelIndex &s : selectedSourceRows()) {
        const QByteArray name = s.data(RemoteFsModel::NameBytesRole).toByteArray();
        // A local name must be valid text; a server name that is not UTF-8 keeps its escaped form.
        copies.append(Copy{QDir(localFolder).filePath(displayName(name)), m_model->pathOf(s), m_model->isDir(s)});
    }
    startTransfers(copies, true);
}

void FolderView::upload()
{
    if (!canWrite()) {
        showError(writeRefusal());
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Upload files"));
    dialog->setObjectName(QStringLiteral("uploadDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::filesSelected, this, &FolderView::uploadFiles);
    dialog->open();
}

void FolderView::uploadFolder()
{
    if (!canWrite()) {
        showError(writeRefusal());
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Upload a folder"));
    dialog->setObjectName(QStringLiteral("uploadFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { uploadFiles({folder}); });
    dialog->open();
}

void FolderView::uploadFiles(const QStringList &localPaths)
{
    uploadInto(m_url.path(), localPaths);
}

void FolderView::uploadInto(const QByteArray &remoteFolder, const QStringList &localPaths)
{
    QList<Copy> copies;
    for (const QString &path : localPaths) {
        const QFileInfo fi(path);
        // The folder itself, not what a symlink to it points at, decides (as in TreeTransfer).
        copies.append(Copy{path, ExportResolution::childPath(remoteFolder, QFile::encodeName(fi.fileName())),
                           fi.isDir() && !fi.isSymLink()});
    }
    startTransfers(copies, false);
}

void FolderView::startTransfers(const QList<Copy> &copies, bool downloading)
{
    if (copies.isEmpty())
        return;
    // The queue runs them on sessions of its own, so browsing stays quick.
    TransferQueue *queue = TransferQueue::application();
    const NfsUrl url = m_url;
    auto remaining = std::make_shared<int>(int(copies.size()));
    auto errors = std::make_shared<QStringList>();
    auto done = std::make_shared<QHash<Job *, QPair<qint64, qint64>>>();
    m_progressLabel->setText(downloading ? tr("Downloading %n item(s)…", nullptr, int(copies.size()))
                                         : tr("Uploading %n item(s)…", nullptr, int(copies.size())));
    m_progress->setRange(0, 0);
    m_progressLine->show();
    TransferOptions options;
    options.noClobber = !downloading;   // an upload never replaces a file on the server unasked
    for (const Copy &c : copies) {
        const TransferPlace local = TransferPlace::local(c.local);
        const TransferPlace remote = TransferPlace::remote(url.withPath(c.remote));
        TransferRequest request;
        request.from = downloading ? remote : local;
        request.to = downloading ? local : remote;
        request.options = options;
        request.recursive = c.tree;
        TransferJob *job = queue->add(request);
        track(job);
        if (c.tree) {
            // Its progress counts items, not bytes: the bar keeps moving, the label counts.
            connect(job, &Job::progress, this, [this, job, downloading] {
                const int items = int(job->itemsDone());
                m_progressLabel->setText(downloading ? tr("Downloading… %n item(s) copied", nullptr, items)
                                                     : tr("Uploading… %n item(s) copied", nullptr, items));
            });
        } else {
            connect(job, &Job::progress, this, [this, job, done](qint64 bytes, qint64 total) {
                (*done)[job] = {bytes, total};
                qint64 sum = 0, all = 0;
                for (const auto &p : std::as_const(*done)) {
                    sum += p.first;
                    all += p.second;
                }
                // Progress in KiB keeps files over 2 GiB inside the bar's int range.
                m_progress->setRange(0, int(std::max<qint64>(all / 1024, 1)));
                m_progress->setValue(int(sum / 1024));
            });
        }
        connect(job, &Job::finished, this, [this, job, remaining, errors, url, downloading] {
            if (job->error() && job->error().kind() != NfsError::Kind::Cancelled)
                errors->append(job->error().message());
            transferEnded(remaining, errors, url, downloading);
        });
    }
}

void FolderView::transferEnded(const std::shared_ptr<int> &remaining, const std::shared_ptr<QStringList> &errors,
                               const NfsUrl &url, bool downloading)
{
    if (--*remaining > 0)
        return;
    if (!errors->isEmpty())
        showError(errors->join(QLatin1Char('\n')));
    if (!downloading && url == m_url)
        m_model->refresh();
    Q_EMIT transfersFinished(errors->isEmpty());
}

void FolderView::track(Job *job)
{
    m_operations.append(job);
    // A transfer belongs to the queue (and outlives the view); the rest to the view.
    if (!job->parent())
        job->setParent(this);
    connect(job, &Job::finished, this, [this] {
        m_operations.removeIf([](const QPointer<Job> &j) { return !j || j->isFinished(); });
        if (m_operations.isEmpty())
            m_progressLine->hide();
    });
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
    if (watched == m_filter && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_filter->clear();
        m_filterBar->hide();
        currentView()->setFocus();
        return true;
    }
    if (event->type() == QEvent::KeyPress && (watched == m_details || watched == m_icons)) {
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
