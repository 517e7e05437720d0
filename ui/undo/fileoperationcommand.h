// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FileOperationCommand: one recorded operation on a server in the
// UndoHistory. Pushed after the operation was done, so its first redo() does
// nothing; undo() and a later redo() start jobs whose ends UndoHistory reports.
// GUI thread only.
#include "undohistory.h"

#include <QUndoCommand>

class FileOperationCommand : public QUndoCommand
{
public:
    FileOperationCommand(UndoHistory *history, UndoHistory::Kind kind, const NfsUrl &from, const NfsUrl &to, bool isDir);

    void undo() override;
    void redo() override;

private:
    // `undoing`: an undo that fails leaves the places other than redo() expects: redo is dropped.
    void run(class Job *job, const NfsUrl &folder, bool undoing);
    // A copy or move on the transfer queue that replaces nothing; its end is reported for both folders.
    void transfer(const NfsUrl &from, const NfsUrl &to, bool move, bool undoing);
    UndoHistory *m_history;
    UndoHistory::Kind m_kind;
    NfsUrl m_from;
    NfsUrl m_to;
    bool m_isDir;
    bool m_done = true;   // pushed once already done
};
