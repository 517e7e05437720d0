// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AboutDialog: what NFS Navigator is, its version and licence, and the versions of the
// libraries it runs on (Qt at run time, libnfs as built against). GUI thread only.
#include <QDialog>

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
