// SPDX-License-Identifier: GPL-3.0-or-later
#include "undohistory.h"

#include "fileoperationcommand.h"
#include "sessioncache.h"

#include <QUndoStack>

UndoHistory::UndoHistory(SessionCache *pool) : QObject(pool), m_pool(pool), m_stack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("undoHistory"));
}

UndoHistory *UndoHistory::of(SessionCache *pool)
{
    if (auto *h = pool->findChild<UndoHistory *>(QStringLiteral("undoHistory"), Qt::FindDirectChildrenOnly))
        return h;
    return new UndoHistory(pool);
}

void UndoHistory::record(Kind kind, const NfsUrl &from, const NfsUrl &to, bool isDir)
{
    m_stack->push(new FileOperationCommand(this, kind, from, to, isDir));
}

bool UndoHistory::canUndo() const
{
    return m_stack->canUndo();
}

void UndoHistory::undo()
{
    m_stack->undo();
}
