// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DragSource: drags out of a FolderView. A press on a selected row and a move
// past the start distance starts a QDrag carrying RemoteMimeData for the
// selection; when the drag leaves the window the local copies start, so a
// drop elsewhere finds them ready sooner (see RemoteMimeData).
// GUI thread only.
#include <QObject>
#include <QPoint>
#include <QPersistentModelIndex>

class FolderView;
class RemoteMimeData;

class DragSource : public QObject
{
    Q_OBJECT
public:
    explicit DragSource(FolderView *view);

    // The drag's data for the current selection (the caller owns it), or null when nothing is selected.
    RemoteMimeData *mimeDataForSelection() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startDrag();
    FolderView *m_view;
    QPoint m_pressPos;
    QPersistentModelIndex m_pressIndex;
};
