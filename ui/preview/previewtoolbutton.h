// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tool button of a preview's own row (zoom, rotate, pages): named for tests and
// accessibility, with its tool tip, added to the row. GUI thread only.
#include <QBoxLayout>
#include <QToolButton>

inline QToolButton *addPreviewToolButton(QWidget *owner, QBoxLayout *row, const QString &objectName,
                                         const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(owner);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    row->addWidget(button);
    return button;
}
