// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ShortcutsDialog: the window's keyboard shortcuts as a table (F1), the same list as
// the README's "The window" section. GUI thread only.
#include <QDialog>

class QTableWidget;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
