// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// OpenWithDialog: the applications registered for a file's type (the default
// first), one to pick. GUI thread only.
#include "desktopapplications.h"

#include <QDialog>

class QListWidget;

class OpenWithDialog : public QDialog
{
    Q_OBJECT
public:
    OpenWithDialog(const QString &fileName, const QList<DesktopApplication> &apps, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void chosen(const DesktopApplication &app);

private:
    QList<DesktopApplication> m_apps;
    QListWidget *m_list;
};
