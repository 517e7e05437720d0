// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UndoHistory: Ctrl+Z for the file operations the window made on servers —
// rename, move, new folder and copy — as file managers offer, on a
// QUndoStack. One history per SessionCache (per window), made on first use as
// the cache's child. Undoing runs a job (rename back, remove the new folder
// or the copy); its end is reported by undone(). A delete is never recorded:
// NFS has no trash, so the delete confirmation says it cannot be undone.
// GUI thread only.
#include "nfsurl.h"

#include <QObject>

class QUndoStack;
class SessionCache;

class UndoHistory : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Rename, Move, NewFolder, Copy };

    static UndoHistory *of(SessionCache *pool);

    // Records an operation already done: `from` its source (Rename, Move),
    // `to` what it made (the new name, the folder, the copy).
    void record(Kind kind, const NfsUrl &from, const NfsUrl &to, bool isDir = false);
    QUndoStack *stack() const { return m_stack; }
    bool canUndo() const;
    void undo();

Q_SIGNALS:
    // An undo ended: `folder` changed; `error` empty when it went well.
    void undone(const NfsUrl &folder, const QString &error);

private:
    friend class FileOperationCommand;
    explicit UndoHistory(SessionCache *pool);
    SessionCache *m_pool;
    QUndoStack *m_stack;
};
