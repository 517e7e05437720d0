// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileoperationcommand.h"

#include "session.h"
#include "sessioncache.h"
#include "transferqueue.h"
#include "treeoperations.h"

FileOperationCommand::FileOperationCommand(UndoHistory *history, UndoHistory::Kind kind, const NfsUrl &from,
                                           const NfsUrl &to, bool isDir)
    : m_history(history), m_kind(kind), m_from(from), m_to(to), m_isDir(isDir)
{
    setText(UndoHistory::describe(kind, to));
}

void FileOperationCommand::run(Job *job, const NfsUrl &folder, bool undoing)
{
    job->setParent(m_history);
    UndoHistory *history = m_history;
    // Captures no `this`: dropping the redo side deletes this command.
    QObject::connect(job, &Job::finished, history, [history, job, folder, undoing] {
        job->deleteLater();
        if (undoing && job->error())
            history->dropRedo();
        Q_EMIT history->undone(folder, job->error() ? job->error().message() : QString());
    });
}

void FileOperationCommand::transfer(const NfsUrl &from, const NfsUrl &to, bool move, bool undoing)
{
    TransferRequest request;
    request.from = TransferPlace::remote(from);
    request.to = TransferPlace::remote(to);
    request.recursive = m_isDir;
    request.move = move;
    // Something at the target meanwhile stays; the source is then kept too (a move deletes only what it copied).
    request.options.noClobber = true;
    TransferJob *job = TransferQueue::application()->add(request);
    UndoHistory *history = m_history;
    QObject::connect(job, &Job::finished, history, [history, job, from, to, move, undoing] {
        if (undoing && job->error())
            history->dropRedo();
        Q_EMIT history->undone(to.parent(), job->error() ? job->error().message() : QString());
        if (move && from.parent() != to.parent())
            Q_EMIT history->undone(from.parent(), QString());
    });
}

void FileOperationCommand::undo()
{
    SessionCache *pool = m_history->m_pool;
    switch (m_kind) {
    case UndoHistory::Kind::Rename:
    case UndoHistory::Kind::Move:
        // Both on one export (a move between mounts is a copy, recorded as one).
        run(pool->sessionFor(m_to)->rename(m_to.path(), m_from.path()), m_from.parent(), true);
        break;
    case UndoHistory::Kind::NewFolder:
        run(pool->sessionFor(m_to)->rmdir(m_to.path()), m_to.parent(), true);
        break;
    case UndoHistory::Kind::Copy:
        // The copy goes; its source was never touched.
        run(m_isDir ? static_cast<Job *>(TreeOperations::removeTree(pool->sessionFor(m_to), m_to.path()))
                    : pool->sessionFor(m_to)->unlink(m_to.path()),
            m_to.parent(), true);
        break;
    case UndoHistory::Kind::MoveBetweenMounts:
        // Back through the queue as it came: copied back, checked, then removed where it went.
        transfer(m_to, m_from, true, true);
        break;
    }
}

void FileOperationCommand::redo()
{
    if (m_done) {
        m_done = false;   // done before it was pushed
        return;
    }
    SessionCache *pool = m_history->m_pool;
    switch (m_kind) {
    case UndoHistory::Kind::Rename:
    case UndoHistory::Kind::Move:
        run(pool->sessionFor(m_from)->rename(m_from.path(), m_to.path()), m_to.parent(), false);
        break;
    case UndoHistory::Kind::NewFolder:
        run(pool->sessionFor(m_to)->mkdir(m_to.path()), m_to.parent(), false);
        break;
    case UndoHistory::Kind::Copy: transfer(m_from, m_to, false, false); break;
    case UndoHistory::Kind::MoveBetweenMounts: transfer(m_from, m_to, true, false); break;
    }
}
