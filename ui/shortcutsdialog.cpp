#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    const QList<std::pair<QString, QString>> rows = {
        {tr("Ctrl+L"), tr("Edit the location (Escape: back to the breadcrumbs)")},
        {tr("Alt+Left / Alt+Right"), tr("Back / forward")},
        {tr("Alt+Up, Backspace"), tr("Up (from an export: the server's exports)")},
        {tr("F5"), tr("Refresh")},
        {tr("Enter, double-click"), tr("Open a folder; on a file: download it")},
        {tr("Middle-click"), tr("Open a folder in a new tab")},
        {tr("Drop local files or folders"), tr("Upload them (onto a folder's row: into that folder)")},
        {tr("Ctrl+T / Ctrl+W"), tr("New tab / close tab")},
        {tr("Ctrl+1 / Ctrl+2"), tr("Details view / icons view")},
        {tr("Ctrl+H, Alt+."), tr("Show or hide hidden files")},
        {tr("Ctrl+I"), tr("Filter bar (Escape closes it)")},
        {tr("Typing in the view"), tr("Selects the first name that starts with what was typed")},
        {tr("Ctrl+A"), tr("Select all")},
        {tr("Ctrl+Shift+N"), tr("New folder")},
        {tr("F2"), tr("Rename")},
        {tr("Delete"), tr("Delete (asks first)")},
        {tr("Alt+Enter"), tr("Properties")},
        {tr("Ctrl+Alt+C"), tr("Copy the location (URLs of the selection, or of the folder)")},
        {tr("Ctrl+F"), tr("Find")},
        {tr("Ctrl+D"), tr("Bookmark the current place")},
        {tr("Ctrl+Shift+K"), tr("Connect to a server")},
        {tr("F1"), tr("This list of shortcuts")},
        {tr("Ctrl+Q"), tr("Quit")},
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
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}
