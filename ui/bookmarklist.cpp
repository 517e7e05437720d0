// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarklist.h"

#include "bookmarkdialog.h"
#include "bookmarkstore.h"

#include <QDropEvent>
#include <QMenu>
#include <QMouseEvent>

BookmarkList::BookmarkList(BookmarkStore *store, QWidget *parent)
    : QListWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("bookmarkList"));
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(store, &BookmarkStore::changed, this, &BookmarkList::reload);
    const auto open = [this](QListWidgetItem *item) {
        if (const auto b = m_store->find(item->text()))
            Q_EMIT openRequested(b->url);
    };
    connect(this, &QListWidget::itemActivated, this, open);
    connect(this, &QListWidget::itemClicked, this, open);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QListWidgetItem *item = itemAt(pos);
        if (!item)
            return;
        const int r = row(item);
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Open in New Tab"), this, [this, r] {
            Q_EMIT openInNewTabRequested(m_store->bookmarks().value(r).url);
        });
        menu->addAction(tr("Edit…"), this, [this, r] { editBookmark(r); });
        menu->addAction(tr("Remove"), this, [this, r] { removeBookmark(r); });
        menu->popup(viewport()->mapToGlobal(pos));
    });
    reload();
}

void BookmarkList::reload()
{
    clear();
    for (const Bookmark &b : m_store->bookmarks()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DirLinkIcon), b.name, this);
        item->setToolTip(b.url.toString());
    }
}

void BookmarkList::editBookmark(int row)
{
    const QList<Bookmark> all = m_store->bookmarks();
    if (row < 0 || row >= all.size())
        return;
    auto *dialog = new BookmarkDialog(all[row], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] { m_store->update(row, dialog->bookmark()); });
    dialog->open();
}

void BookmarkList::removeBookmark(int row)
{
    if (row >= 0 && row < m_store->bookmarks().size())
        m_store->remove(row);
}

void BookmarkList::dropEvent(QDropEvent *event)
{
    // Reordering by dragging moves the bookmark in the store; the list then reloads from it.
    const int from = currentRow();
    QListWidgetItem *target = itemAt(event->position().toPoint());
    int to = target ? row(target) : count() - 1;
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (from >= 0 && to >= 0 && from != to)
        m_store->move(from, to);
}

void BookmarkList::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        if (QListWidgetItem *item = itemAt(event->position().toPoint())) {
            const auto b = m_store->find(item->text());
            if (b)
                Q_EMIT openInNewTabRequested(b->url);
            return;
        }
    }
    QListWidget::mouseReleaseEvent(event);
}
