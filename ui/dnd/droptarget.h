// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DropTarget: drops onto a FolderView (its background: into its folder; a
// folder's row: into that folder).
//
// - Local files from other programs (file:// URLs) are uploaded through the
//   transfer queue.
// - Places dragged from this application (RemoteMimeData's private type: other
//   tabs, windows, mounts or servers) are copied or moved: Shift moves, Ctrl
//   copies, else a menu asks (Copy Here, Move Here, Cancel), as file managers
//   do. A folder into itself is refused in words; a place let go in the
//   folder it is already in stays where it is.
// Nothing is copied inside the drop handler: the drop starts transfers on the
// queue (a move on one export is a rename job). GUI thread only.
#include "remotemimedata.h"

#include <QObject>

class FolderView;
class QDropEvent;
class QMenu;

class DropTarget : public QObject
{
    Q_OBJECT
public:
    explicit DropTarget(FolderView *view);

    // The menu of the last drop that asked, while it is open (for tests).
    QMenu *pendingMenu() const { return m_menu; }

    // Copies (or moves) places of this application into `folder` (a folder's URL): the
    // drop's work, also for a paste. Returns false with the reason in the banner when refused.
    // With `duplicate` (a paste, not a drop) a copy into the folder it is in
    // gets a name of its own, as file managers do: "name (copy).ext".
    bool copyInto(const NfsUrl &folder, const QList<RemoteMimeData::Item> &items, bool move, bool duplicate = false);
    // "name (copy).ext" for n == 1, then "name (copy n).ext"; a folder's name has no suffix.
    static QByteArray copyName(const QByteArray &name, int n, bool isDir);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The folder a drop at `pos` (viewport coordinates) goes into; empty when none.
    QByteArray targetPath(const QPoint &pos) const;
    bool acceptable(const QMimeData *mime) const;
    void drop(QDropEvent *event);
    // Why `items` cannot go into `folder`, or empty.
    QString refusal(const NfsUrl &folder, const QList<RemoteMimeData::Item> &items, bool move) const;
    void moveOne(const NfsUrl &from, const NfsUrl &to);

    FolderView *m_view;
    QMenu *m_menu = nullptr;
};
