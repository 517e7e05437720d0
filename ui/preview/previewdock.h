// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewDock: the preview pane of the window — a PreviewPane following the
// selection of the current folder view, docked on the right, toggled with F11
// (remembered). Space in the folder view opens the full-window viewer
// (PreviewViewer) on the current file, unless a type-ahead search was typed
// within TypeAheadMs (then the space belongs to the search). MainWindow only
// places it (placeIn) and forwards the current folder view (follow).
// GUI thread only.
#include "previewitem.h"
#include "previewpane.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class FolderView;
class PreviewViewer;
class QMainWindow;
class RemoteFsModel;

class PreviewDock : public QDockWidget
{
    Q_OBJECT
public:
    // A new selection waits this long, so arrowing through a folder does not start a read per row.
    static constexpr int SettleMs = 120;
    // A space typed this soon after other letters continues a type-ahead search.
    static constexpr int TypeAheadMs = 1000;

    explicit PreviewDock(PreviewPane::SessionLookup sessions, QWidget *parent = nullptr);
    ~PreviewDock() override;

    // Docks itself on the right of `window`, shown or hidden as last time; its
    // toggleViewAction() gets F11 and remembers the choice.
    void placeIn(QMainWindow *window);
    // Previews what `view` selects from now on (nullptr: nothing).
    void follow(FolderView *view);
    // The full-window viewer on the current file of the followed view; false when there is none.
    bool openViewer();

    PreviewPane *pane() const { return m_pane; }
    // The viewer, once opened.
    PreviewViewer *viewer() const { return m_viewer; }
    static PreviewItem itemAt(const RemoteFsModel *model, const QModelIndex &sourceIndex);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelectionChanged();
    void showCurrentSelection();

    PreviewPane::SessionLookup m_sessions;
    AppSettings m_settings;
    PreviewPane *m_pane;
    PreviewViewer *m_viewer = nullptr;
    QPointer<FolderView> m_view;
    QList<QMetaObject::Connection> m_viewConnections;
    QTimer m_settle;
    QElapsedTimer m_lastTyped;
};
