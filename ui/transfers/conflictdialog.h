// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConflictDialog: asks what to do with a transfer's target that exists:
// Overwrite, Skip, Keep Both (the copy becomes "name (1).ext") or, when a
// partial copy lies beside it, Resume; "Apply to all" gives the same answer
// for the rest of that transfer. It shows both files' size and modification
// date. Window-modal through open(): the GUI thread never waits in it.
// Closing it skips.
#include "transferconflict.h"

#include <QDialog>

class QCheckBox;
class QPushButton;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const TransferConflict &conflict, QWidget *parent = nullptr);

    const TransferConflict &conflict() const { return m_conflict; }
    // What a click on that choice's button does (tests answer through it too).
    void choose(TransferConflict::Choice choice);
    QPushButton *button(TransferConflict::Choice choice) const;
    QCheckBox *applyToAll() const { return m_applyToAll; }

Q_SIGNALS:
    // Once, when answered (closing it answers Skip).
    void chosen(TransferConflict::Choice choice, bool applyToAll);

protected:
    void done(int result) override;

private:
    TransferConflict m_conflict;
    QCheckBox *m_applyToAll;
    QList<std::pair<TransferConflict::Choice, QPushButton *>> m_buttons;
    bool m_answered = false;
};
