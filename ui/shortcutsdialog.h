// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ShortcutsDialog: the window's keyboard shortcuts as a table (F1), the same list as
// the README's "The window" section, opened wide enough for its longest line
// as far as the screen allows. GUI thread only.
#include <QDialog>

class QTableWidget;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // What the dialog leaves free of the screen's available size, at most.
    static constexpr int ScreenMargin = 48;

    explicit ShortcutsDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
