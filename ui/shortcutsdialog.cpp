// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    // Key names from Qt, so they read as the menus show them (and in the user's language).
    const auto key = [](QKeySequence k) { return k.toString(QKeySequence::NativeText); };
    const auto either = [](const QString &a, const QString &b) { return tr("%1, %2").arg(a, b); };
    const auto pair = [](const QString &a, const QString &b) { return tr("%1 / %2").arg(a, b); };
    const QList<std::pair<QString, QString>> rows = {
        {key(Qt::CTRL | Qt::Key_L), tr("Edit the location (Escape: back to the breadcrumbs)")},
        {pair(key(Qt::ALT | Qt::Key_Left), key(Qt::ALT | Qt::Key_Right)), tr("Back / forward")},
        {either(key(Qt::ALT | Qt::Key_Up), key(Qt::Key_Backspace)), tr("Up (from an export: the server's exports)")},
        {key(Qt::Key_F5), tr("Refresh")},
        {either(key(Qt::Key_Return), tr("double-click")), tr("Open a folder; on a file: open it with the default application")},
        {tr("Middle-click"), tr("Open a folder in a new tab")},
        {tr("Drop local files or folders"), tr("Upload them (onto a folder's row: into that folder)")},
        {tr("Drop from another tab or window"), tr("Copy or move: a menu asks (Shift moves, Ctrl copies)")},
        {key(Qt::Key_F3), tr("Split view: this computer's files beside the server's")},
        {pair(pair(key(QKeySequence::Copy), key(QKeySequence::Cut)), key(QKeySequence::Paste)), tr("Copy / cut / paste files")},
        {key(QKeySequence::Undo), tr("Undo the last rename, move, new folder or copy")},
        {key(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), tr("Redo what was undone")},
        {pair(key(Qt::CTRL | Qt::Key_T), key(Qt::CTRL | Qt::Key_W)), tr("New tab / close tab")},
        {pair(key(Qt::CTRL | Qt::Key_1), key(Qt::CTRL | Qt::Key_2)), tr("Details view / icons view")},
        {either(key(Qt::CTRL | Qt::Key_H), key(Qt::ALT | Qt::Key_Period)), tr("Show or hide hidden files")},
        {key(Qt::CTRL | Qt::Key_I), tr("Filter bar (Escape closes it)")},
        {tr("Typing in the view"), tr("Selects the first name that starts with what was typed")},
        {key(Qt::CTRL | Qt::Key_A), tr("Select all")},
        {either(key(Qt::CTRL | Qt::SHIFT | Qt::Key_N), key(Qt::Key_F10)), tr("New folder")},
        {key(Qt::Key_F2), tr("Rename")},
        {key(QKeySequence::Delete), tr("Delete (asks first)")},
        {key(Qt::ALT | Qt::Key_Return), tr("Properties")},
        {key(Qt::CTRL | Qt::ALT | Qt::Key_C), tr("Copy the location (URLs of the selection, or of the folder)")},
        {key(Qt::CTRL | Qt::Key_F), tr("Find")},
        {key(Qt::CTRL | Qt::Key_D), tr("Bookmark the current place")},
        {key(Qt::CTRL | Qt::SHIFT | Qt::Key_K), tr("Connect to a server")},
        {key(Qt::Key_F11), tr("Show or hide the preview pane")},
        {key(Qt::Key_Space), tr("View the file in the whole window (Space or Escape closes it, Left/Right step)")},
        {key(Qt::CTRL | Qt::Key_Comma), tr("Settings")},
        {key(Qt::Key_F1), tr("This list of shortcuts")},
        {key(Qt::CTRL | Qt::Key_Q), tr("Quit")},
    };
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    // Wide enough for the longest line and tall enough for the whole list, as far as the screen allows.
    const QMargins margins = layout->contentsMargins();
    const QAbstractItemView *view = m_table;   // where sizeHintForColumn() is public
    const int width = view->sizeHintForColumn(0) + view->sizeHintForColumn(1) + 2 * m_table->frameWidth()
                    + m_table->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right() + 8;
    QSize size(std::max(600, width), int(rows.size()) * (fontMetrics().height() + 6) + 100);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(ScreenMargin, ScreenMargin));
    resize(size);
}
