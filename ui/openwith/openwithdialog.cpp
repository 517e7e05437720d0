// SPDX-License-Identifier: GPL-3.0-or-later
#include "openwithdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

OpenWithDialog::OpenWithDialog(const QString &fileName, const QList<DesktopApplication> &apps, QWidget *parent)
    : QDialog(parent), m_apps(apps), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("openWithDialog"));
    setWindowTitle(tr("Open With"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(apps.isEmpty() ? tr("No application is registered for \"%1\".").arg(fileName)
                                            : tr("Open \"%1\" with:").arg(fileName),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    for (const DesktopApplication &app : apps)
        new QListWidgetItem(QIcon::fromTheme(app.icon), app.name.isEmpty() ? app.id : app.name, m_list);
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Open)->setEnabled(!apps.isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_apps.size())
            Q_EMIT chosen(m_apps.at(row));
    });
}
