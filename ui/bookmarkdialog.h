// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BookmarkDialog: edits one bookmark — its name, URL, and the mount options a
// URL carries (version, uid, gid, timeout) — checking each as it is typed.
// GUI thread only.
#include "bookmarkstore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class BookmarkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BookmarkDialog(const Bookmark &bookmark, QWidget *parent = nullptr);

    // The edited bookmark; its URL is invalid when the fields are.
    Bookmark bookmark() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }

private:
    void updateState();

    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_version;
    QSpinBox *m_uid;
    QSpinBox *m_gid;
    QSpinBox *m_timeout;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
