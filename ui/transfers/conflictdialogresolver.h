// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConflictDialogResolver: the window's ConflictResolver. Each question the
// transfer queue passes on is shown in a ConflictDialog over the window, one
// at a time in the order they came; the answer goes back to the waiting copy.
// Lives on the GUI thread and never waits there.
#include "conflictresolver.h"

#include <QPointer>

#include <deque>

#include "conflictdialog.h"

class QWidget;

class ConflictDialogResolver : public ConflictResolver
{
    Q_OBJECT
public:
    // Dialogs open over `window`.
    explicit ConflictDialogResolver(QWidget *window);
    ~ConflictDialogResolver() override;

    void ask(const TransferConflict &conflict, std::shared_ptr<ConflictReply> reply) override;
    // The dialog on screen, if any.
    ConflictDialog *currentDialog() const { return m_dialog; }

Q_SIGNALS:
    void dialogShown(ConflictDialog *dialog);

private:
    void showNext();

    QWidget *m_window;
    std::deque<std::pair<TransferConflict, std::shared_ptr<ConflictReply>>> m_pending;
    QPointer<ConflictDialog> m_dialog;
    std::shared_ptr<ConflictReply> m_reply;   // the shown dialog's
};
