// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialogresolver.h"

#include "conflictdialog.h"

#include <QWidget>

ConflictDialogResolver::ConflictDialogResolver(QWidget *window)
    : ConflictResolver(window), m_window(window)
{
}

ConflictDialogResolver::~ConflictDialogResolver()
{
    // Nobody is left to ask: the waiting copies keep what exists.
    if (m_reply)
        m_reply->answer(TransferConflict::Choice::Skip);
    for (auto &[conflict, reply] : m_pending)
        reply->answer(TransferConflict::Choice::Skip);
}

void ConflictDialogResolver::ask(const TransferConflict &conflict, std::shared_ptr<ConflictReply> reply)
{
    m_pending.emplace_back(conflict, std::move(reply));
    if (!m_dialog)
        showNext();
}

void ConflictDialogResolver::showNext()
{
    if (m_pending.empty())
        return;
    auto [conflict, reply] = std::move(m_pending.front());
    m_pending.pop_front();
    m_reply = reply;
    auto *dialog = new ConflictDialog(conflict, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &ConflictDialog::chosen, this, [this, reply](TransferConflict::Choice choice, bool applyToAll) {
        reply->answer(choice, applyToAll);
        m_reply.reset();
        m_dialog.clear();
        // After this dialog has gone, not from inside its ending.
        QMetaObject::invokeMethod(this, &ConflictDialogResolver::showNext, Qt::QueuedConnection);
    });
    dialog->open();
    Q_EMIT dialogShown(dialog);
}
