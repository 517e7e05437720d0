// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString describe(qint64 size, qint64 mtimeNs)
{
    const QLocale locale;
    const QString sizeText = size < 0 ? ConflictDialog::tr("unknown size")
                                      : locale.formattedDataSize(size, 1, QLocale::DataSizeIecFormat);
    if (mtimeNs <= 0)
        return sizeText;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(mtimeNs / 1000000);
    return ConflictDialog::tr("%1, modified %2").arg(sizeText, locale.toString(when, QLocale::ShortFormat));
}

} // namespace

ConflictDialog::ConflictDialog(const TransferConflict &conflict, QWidget *parent)
    : QDialog(parent), m_conflict(conflict), m_applyToAll(new QCheckBox(tr("&Apply to all in this transfer")))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("File Exists"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("%1 already exists. What should happen to it?").arg(conflict.target));
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    layout->addWidget(question);
    auto *form = new QFormLayout;
    auto *existing = new QLabel(describe(conflict.targetSize, conflict.targetMtimeNs));
    existing->setObjectName(QStringLiteral("existingFile"));
    auto *incoming = new QLabel(describe(conflict.sourceSize, conflict.sourceMtimeNs));
    incoming->setObjectName(QStringLiteral("incomingFile"));
    form->addRow(tr("Existing file:"), existing);
    form->addRow(tr("Copy from %1:").arg(conflict.source), incoming);
    layout->addLayout(form);
    layout->addWidget(m_applyToAll);

    auto *buttons = new QDialogButtonBox;
    const auto add = [&](TransferConflict::Choice choice, const QString &text, const char *name,
                         QDialogButtonBox::ButtonRole role) {
        QPushButton *b = buttons->addButton(text, role);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, [this, choice] { choose(choice); });
        m_buttons.append({choice, b});
    };
    add(TransferConflict::Choice::Overwrite, tr("&Overwrite"), "overwrite", QDialogButtonBox::AcceptRole);
    add(TransferConflict::Choice::KeepBoth, tr("&Keep Both"), "keepBoth", QDialogButtonBox::AcceptRole);
    if (conflict.partialExists)
        add(TransferConflict::Choice::Resume, tr("&Resume"), "resume", QDialogButtonBox::AcceptRole);
    add(TransferConflict::Choice::Skip, tr("&Skip"), "skip", QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    // The safe answer is the one Enter gives.
    button(TransferConflict::Choice::Skip)->setDefault(true);
}

QPushButton *ConflictDialog::button(TransferConflict::Choice choice) const
{
    for (const auto &[c, b] : m_buttons) {
        if (c == choice)
            return b;
    }
    return nullptr;
}

void ConflictDialog::choose(TransferConflict::Choice choice)
{
    if (!m_answered) {
        m_answered = true;
        Q_EMIT chosen(choice, m_applyToAll->isChecked());
    }
    QDialog::done(choice == TransferConflict::Choice::Skip ? Rejected : Accepted);
}

void ConflictDialog::done(int result)
{
    // Escape, the close button: nothing is replaced.
    if (!m_answered) {
        m_answered = true;
        Q_EMIT chosen(TransferConflict::Choice::Skip, m_applyToAll->isChecked());
    }
    QDialog::done(result);
}
