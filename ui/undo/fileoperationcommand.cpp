// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileoperationcommand.h"

#include "displayname.h"
#include "session.h"
#include "sessioncache.h"
#include "transferqueue.h"
#include "treeoperations.h"

FileOperationCommand::FileOperationCommand(UndoHistory *history, UndoHistory::Kind kind, const NfsUrl &from,
                                           const NfsUrl &to, bool isDir)
    : m_history(history), m_kind(kind), m_from(from), m_to(to), m_isDir(isDir)
{
    const QString name = displayName(to.path().mid(to.path().lastIndexOf('/') + 1));
    switch (kind) {
    case UndoHistory::Kind::Rename: setText(UndoHistory::tr("Rename to \"%1\"").arg(name)); break;
    case UndoHistory::Kind::Move: setText(UndoHistory::tr("Move \"%1\"").arg(name)); break;
    case UndoHistory::Kind::NewFolder: setText(UndoHistory::tr("New Folder \"%1\"").arg(name)); break;
    case UndoHistory::Kind::Copy: setText(UndoHistory::tr("Copy \"%1\"").arg(name)); break;
    }
}

void FileOperationCommand::run(Job *job, const NfsUrl &folder)
{
    job->setParent(m_history);
    UndoHistory *history = m_history;
    QObject::connect(job, &Job::finished, history, [history, job, folder] {
        job->deleteLater();
        Q_EMIT history->undone(folder, job->error() ? job->error().message() : QString());
    });
}

void FileOperationCommand::undo()
{
    SessionCache *pool = m_history->m_pool;
    switch (m_kind) {
    case UndoHistory::Kind::Rename:
    case UndoHistory::Kind::Move:
        // Both on one export (a move between mounts is a copy, recorded as one).
        run(pool->sessionFor(m_to)->rename(m_to.path(), m_from.path()), m_from.parent());
        break;
    case UndoHistory::Kind::NewFolder:
        run(pool->sessionFor(m_to)->rmdir(m_to.path()), m_to.parent());
        break;
    case UndoHistory::Kind::Copy:
        // The copy goes; its source was never touched.
        run(m_isDir ? static_cast<Job *>(TreeOperations::removeTree(pool->sessionFor(m_to), m_to.path()))
                    : pool->sessionFor(m_to)->unlink(m_to.path()),
            m_to.parent());
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
        run(pool->sessionFor(m_from)->rename(m_from.path(), m_to.path()), m_to.parent());
        break;
    case UndoHistory::Kind::NewFolder:
        run(pool->sessionFor(m_to)->mkdir(m_to.path()), m_to.parent());
        break;
    case UndoHistory::Kind::Copy: {
        TransferRequest request;
        request.from = TransferPlace::remote(m_from);
        request.to = TransferPlace::remote(m_to);
        request.recursive = m_isDir;
        request.options.noClobber = true;
        TransferJob *job = TransferQueue::application()->add(request);
        UndoHistory *history = m_history;
        const NfsUrl folder = m_to.parent();
        QObject::connect(job, &Job::finished, history, [history, job, folder] {
            Q_EMIT history->undone(folder, job->error() ? job->error().message() : QString());
        });
        break;
    }
    }
}
