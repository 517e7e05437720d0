// SPDX-License-Identifier: GPL-3.0-or-later
#include "undohistory.h"

#include "displayname.h"
#include "fileoperationcommand.h"
#include "sessioncache.h"

#include <QUndoStack>

UndoHistory::UndoHistory(SessionCache *pool) : QObject(pool), m_pool(pool), m_stack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("undoHistory"));
    connect(m_stack, &QUndoStack::indexChanged, this, &UndoHistory::changed);
}

UndoHistory *UndoHistory::of(SessionCache *pool)
{
    if (auto *h = pool->findChild<UndoHistory *>(QStringLiteral("undoHistory"), Qt::FindDirectChildrenOnly))
        return h;
    return new UndoHistory(pool);
}

void UndoHistory::record(Kind kind, const NfsUrl &from, const NfsUrl &to, bool isDir)
{
    m_irreversible.clear();
    m_stack->push(new FileOperationCommand(this, kind, from, to, isDir));
    Q_EMIT changed();
}

void UndoHistory::recordIrreversible(Kind kind, const NfsUrl &to)
{
    // Undoing what came before would act on places this operation changed.
    m_stack->clear();
    m_irreversible = describe(kind, to);
    Q_EMIT changed();
}

QString UndoHistory::describe(Kind kind, const NfsUrl &to)
{
    const QString name = displayName(to.path().mid(to.path().lastIndexOf('/') + 1));
    switch (kind) {
    case Kind::Rename: return tr("Rename to \"%1\"").arg(name);
    case Kind::Move:
    case Kind::MoveBetweenMounts: return tr("Move \"%1\"").arg(name);
    case Kind::NewFolder: return tr("New Folder \"%1\"").arg(name);
    case Kind::Copy: return tr("Copy \"%1\"").arg(name);
    }
    return {};
}

QString UndoHistory::undoText() const
{
    return m_stack->canUndo() ? m_stack->undoText() : QString();
}

QString UndoHistory::redoText() const
{
    return m_stack->canRedo() ? m_stack->redoText() : QString();
}

bool UndoHistory::canRedo() const
{
    return m_stack->canRedo();
}

void UndoHistory::redo()
{
    m_stack->redo();
}

bool UndoHistory::canUndo() const
{
    return m_stack->canUndo();
}

void UndoHistory::undo()
{
    m_stack->undo();
}

void UndoHistory::dropRedo()
{
    if (!m_stack->canRedo())
        return;
    // QUndoStack drops the commands after its index when one is pushed; an obsolete one is not kept.
    auto *marker = new QUndoCommand;
    marker->setObsolete(true);
    m_stack->push(marker);
    Q_EMIT changed();
}
