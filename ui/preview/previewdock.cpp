// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewdock.h"

#include "folderview.h"
#include "previewviewer.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QListView>
#include <QMainWindow>
#include <QTreeView>

PreviewDock::PreviewDock(PreviewPane::SessionLookup sessions, QWidget *parent)
    : QDockWidget(tr("Preview"), parent), m_sessions(sessions), m_pane(new PreviewPane(std::move(sessions), this))
{
    setObjectName(QStringLiteral("previewDock"));
    setWidget(m_pane);
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &PreviewDock::showCurrentSelection);
    // Hidden, it reads nothing; shown again, it catches up with the selection.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_settle.start();
        else
            m_pane->clearPreview();
    });
}

PreviewDock::~PreviewDock()
{
    follow(nullptr);
    delete m_viewer;
}

void PreviewDock::placeIn(QMainWindow *window)
{
    window->addDockWidget(Qt::RightDockWidgetArea, this);
    QAction *toggle = toggleViewAction();
    toggle->setObjectName(QStringLiteral("preview"));
    toggle->setText(tr("&Preview Pane"));
    toggle->setShortcut(QKeySequence(Qt::Key_F11));
    toggle->setShortcutContext(Qt::WindowShortcut);
    window->addAction(toggle);
    // Only the user's choice is remembered, not the hiding when the window closes.
    connect(toggle, &QAction::triggered, this, [this](bool shown) { m_settings.setPreviewVisible(shown); });
    setVisible(m_settings.previewVisible());
}

void PreviewDock::follow(FolderView *view)
{
    for (const QMetaObject::Connection &c : std::as_const(m_viewConnections))
        disconnect(c);
    m_viewConnections.clear();
    if (m_view) {
        m_view->detailsView()->removeEventFilter(this);
        m_view->iconsView()->removeEventFilter(this);
    }
    m_view = view;
    if (view) {
        m_viewConnections << connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                                     &PreviewDock::onSelectionChanged);
        m_viewConnections << connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                                     &PreviewDock::onSelectionChanged);
        m_viewConnections << connect(view, &FolderView::urlChanged, this, &PreviewDock::onSelectionChanged);
        // Space opens the viewer; letters typed before it make it part of a search.
        view->detailsView()->installEventFilter(this);
        view->iconsView()->installEventFilter(this);
    }
    onSelectionChanged();
}

void PreviewDock::onSelectionChanged()
{
    // The old preview's reads stop now; the new one starts when the selection settles.
    m_pane->clearPreview();
    m_settle.start();
}

PreviewItem PreviewDock::itemAt(const RemoteFsModel *model, const QModelIndex &index)
{
    PreviewItem item;
    item.url = model->urlOf(index);
    item.path = model->pathOf(index);
    item.name = index.data(Qt::DisplayRole).toString();
    item.type = FileInfo::Type(index.data(RemoteFsModel::FileTypeRole).toInt());
    if (index.data(RemoteFsModel::IsDirRole).toBool() && item.type != FileInfo::Type::Symlink)
        item.type = FileInfo::Type::Directory;
    item.size = index.data(RemoteFsModel::SizeRole).toULongLong();
    item.mtimeNs = index.data(RemoteFsModel::ModifiedRole).toLongLong();
    item.mode = index.data(RemoteFsModel::ModeRole).toUInt();
    item.linkTarget = index.data(RemoteFsModel::LinkTargetRole).toByteArray();
    item.brokenLink = index.data(RemoteFsModel::BrokenLinkRole).toBool();
    return item;
}

void PreviewDock::showCurrentSelection()
{
    if (!isVisible())
        return;
    if (!m_view) {
        m_pane->clearPreview();
        return;
    }
    const QModelIndexList rows = m_view->selectedSourceRows();
    if (rows.size() != 1) {
        m_pane->clearPreview();
        if (rows.size() > 1)
            m_pane->showMessage(tr("%n items selected", nullptr, int(rows.size())));
        return;
    }
    m_pane->showItem(itemAt(m_view->model(), rows.first()));
}

bool PreviewDock::openViewer()
{
    if (!m_view)
        return false;
    // The folder's files in the view's order; Left and Right step through them.
    const QAbstractItemModel *proxy = m_view->proxy();
    const QModelIndex current = m_view->proxy()->mapToSource(m_view->currentView()->currentIndex());
    QList<PreviewItem> files;
    int start = -1;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source = m_view->proxy()->mapToSource(proxy->index(row, 0));
        if (m_view->model()->isDir(source))
            continue;
        if (source.row() == current.row() && source.parent() == current.parent())
            start = int(files.size());
        files.append(itemAt(m_view->model(), source));
    }
    if (start < 0)
        return false;
    if (!m_viewer)
        m_viewer = new PreviewViewer(m_sessions, window());
    m_viewer->setItems(files, start);
    m_viewer->showMaximized();
    m_viewer->raise();
    m_viewer->activateWindow();
    return true;
}

bool PreviewDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            if (!m_lastTyped.isValid() || m_lastTyped.elapsed() > TypeAheadMs) {
                if (openViewer())
                    return true;
            }
        } else if (!key->text().isEmpty() && key->text().at(0).isPrint()) {
            m_lastTyped.start();
        }
    }
    return QDockWidget::eventFilter(watched, event);
}
