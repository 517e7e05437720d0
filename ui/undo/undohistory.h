// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UndoHistory: Ctrl+Z (Edit ▸ Undo, ui/undo/undoactions.h) for the file
// operations the window made on servers — rename, move (within an export or
// between mounts), new folder and copy — as file managers offer, on a
// QUndoStack. One history per SessionCache (per window), made on first use as
// the cache's child. Undoing runs a job (rename back, remove the new folder
// or the copy, move back through the transfer queue); its end is reported by
// undone(). A delete is never recorded: NFS has no trash, so the delete
// confirmation says it cannot be undone. GUI thread only.
#include "nfsurl.h"

#include <QObject>

class QUndoStack;
class SessionCache;

class UndoHistory : public QObject
{
    Q_OBJECT
public:
    // MoveBetweenMounts: a move the transfer queue made (copy, check, delete the
    // source); its undo and redo are such moves too, never replacing anything.
    enum class Kind { Rename, Move, NewFolder, Copy, MoveBetweenMounts };

    static UndoHistory *of(SessionCache *pool);

    // Records an operation already done: `from` its source (Rename, Move),
    // `to` what it made (the new name, the folder, the copy).
    void record(Kind kind, const NfsUrl &from, const NfsUrl &to, bool isDir = false);
    // An operation done that cannot be taken back (it replaced or merged into
    // something at its target): what came before it can no longer be undone
    // either, and irreversible() names it until the next record.
    void recordIrreversible(Kind kind, const NfsUrl &to);
    // "Move \"name\"" while the last operation cannot be undone; else empty.
    QString irreversible() const { return m_irreversible; }
    QUndoStack *stack() const { return m_stack; }
    bool canUndo() const;
    void undo();
    // What undo() and redo() would take back or do again ("Rename to \"b\""); empty when nothing.
    QString undoText() const;
    QString redoText() const;
    bool canRedo() const;
    void redo();
    // Forgets what could be redone: the places it would act on are no longer
    // as it left them (its undo failed, or the window deleted something).
    void dropRedo();
    // How a recorded operation is named (the Undo action shows it).
    static QString describe(Kind kind, const NfsUrl &to);

Q_SIGNALS:
    // What can be undone or redone changed.
    void changed();
    // An undo or redo ended: `folder` changed; `error` empty when it went well.
    void undone(const NfsUrl &folder, const QString &error);

private:
    friend class FileOperationCommand;
    explicit UndoHistory(SessionCache *pool);
    SessionCache *m_pool;
    QUndoStack *m_stack;
    QString m_irreversible;
};
