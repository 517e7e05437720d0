// SPDX-License-Identifier: GPL-3.0-or-later
#include "dragsource.h"

#include "errorbanner.h"
#include "folderview.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "remotemimedata.h"

#include <QApplication>
#include <QDrag>
#include <QListView>
#include <QMouseEvent>
#include <QPointer>
#include <QTreeView>

DragSource::DragSource(FolderView *view) : QObject(view), m_view(view)
{
    view->detailsView()->viewport()->installEventFilter(this);
    view->iconsView()->viewport()->installEventFilter(this);
}

RemoteMimeData *DragSource::mimeDataForSelection() const
{
    const QModelIndexList rows = m_view->selectedSourceRows();
    if (rows.isEmpty())
        return nullptr;
    const RemoteFsModel *model = m_view->model();
    QList<RemoteMimeData::Item> items;
    for (const QModelIndex &row : rows) {
        items.append({model->urlOf(row), row.data(RemoteFsModel::SizeRole).toLongLong(),
                      row.data(RemoteFsModel::ModifiedRole).toLongLong(), model->isDir(row)});
    }
    auto *mime = new RemoteMimeData(items);
    QPointer<FolderView> view = m_view;
    mime->setNotReadyCallback([view](int pending) {
        if (view) {
            view->banner()->showMessage(
                FolderView::tr("Preparing %n file(s) for the drop: drag again when they are ready", nullptr, pending));
        }
    });
    return mime;
}

bool DragSource::eventFilter(QObject *watched, QEvent *event)
{
    // Mouse events only: the filter also sees the views' own teardown, when the view is half gone.
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::MouseButtonRelease)
        return false;
    auto *itemView = qobject_cast<QAbstractItemView *>(watched->parent());
    if (!itemView || itemView != m_view->currentView())
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        auto *me = static_cast<QMouseEvent *>(event);
        m_pressIndex = QPersistentModelIndex();
        if (me->button() == Qt::LeftButton) {
            const QModelIndex idx = itemView->indexAt(me->position().toPoint());
            // Only a press on a row already selected starts a drag: elsewhere the press selects.
            if (idx.isValid() && m_view->selectionModel()->isSelected(idx.siblingAtColumn(0))) {
                m_pressPos = me->position().toPoint();
                m_pressIndex = idx;
            }
        }
        return false;
    }
    if (event->type() == QEvent::MouseMove && m_pressIndex.isValid()) {
        auto *me = static_cast<QMouseEvent *>(event);
        if (!(me->buttons() & Qt::LeftButton)) {
            m_pressIndex = QPersistentModelIndex();
            return false;
        }
        if ((me->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return true;   // not a drag yet, and not a range selection either
        m_pressIndex = QPersistentModelIndex();
        startDrag();
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease)
        m_pressIndex = QPersistentModelIndex();
    return false;
}

void DragSource::startDrag()
{
    RemoteMimeData *mime = mimeDataForSelection();
    if (!mime)
        return;
    auto *drag = new QDrag(m_view);
    drag->setMimeData(mime);
    const QModelIndexList rows = m_view->selectedSourceRows();
    const QIcon icon = rows.first().data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull())
        drag->setPixmap(icon.pixmap(32, 32));
    // Out of the window (no target of ours): another program may take it, so the copies start.
    connect(drag, &QDrag::targetChanged, mime, [mime](QObject *target) {
        if (!target)
            mime->startFetching();
    });
    drag->exec(Qt::CopyAction, Qt::CopyAction);
    drag->deleteLater();
}
