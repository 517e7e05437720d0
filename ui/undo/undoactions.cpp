// SPDX-License-Identifier: GPL-3.0-or-later
#include "undoactions.h"

#include "undohistory.h"

#include <QAction>

namespace {
// A name with "&" in it shows the "&", not a mnemonic.
QString literal(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}
} // namespace

UndoActions::UndoActions(UndoHistory *history, QObject *parent)
    : QObject(parent), m_history(history), m_undo(new QAction(parent)), m_redo(new QAction(parent))
{
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setShortcutContext(Qt::WindowShortcut);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redo->setShortcutContext(Qt::WindowShortcut);
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    connect(m_undo, &QAction::triggered, history, [history] {
        if (history->canUndo())
            history->undo();
    });
    connect(m_redo, &QAction::triggered, history, [history] {
        if (history->canRedo())
            history->redo();
    });
    connect(history, &UndoHistory::changed, this, &UndoActions::update);
    update();
}

void UndoActions::update()
{
    const QString undo = m_history->undoText();
    const QString irreversible = m_history->irreversible();
    if (!undo.isEmpty())
        m_undo->setText(tr("&Undo %1").arg(literal(undo)));
    else if (!irreversible.isEmpty())
        m_undo->setText(tr("Cannot &Undo %1").arg(literal(irreversible)));
    else
        m_undo->setText(tr("&Undo"));
    m_undo->setEnabled(!undo.isEmpty());
    // The status bar says why it cannot, when it cannot.
    m_undo->setStatusTip(irreversible.isEmpty() || !undo.isEmpty()
                             ? QString()
                             : tr("It replaced or merged into something that was already there."));
    const QString redo = m_history->redoText();
    m_redo->setText(redo.isEmpty() ? tr("R&edo") : tr("R&edo %1").arg(literal(redo)));
    m_redo->setEnabled(!redo.isEmpty());
}
