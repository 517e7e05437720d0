// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UndoActions: the Edit menu's Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) for an
// UndoHistory. Their text names the operation they act on ("Undo Rename to
// \"b.txt\""); they are disabled when there is nothing to undo or redo, and
// Undo says so when the last operation cannot be undone. GUI thread only.
#include <QObject>

class QAction;
class UndoHistory;

class UndoActions : public QObject
{
    Q_OBJECT
public:
    // The actions are children of `parent` (the window, which adds them for their shortcuts).
    UndoActions(UndoHistory *history, QObject *parent);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }

private:
    void update();

    UndoHistory *m_history;
    QAction *m_undo;
    QAction *m_redo;
};
