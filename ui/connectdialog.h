// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConnectDialog: "Connect to server" — a host, then an export picked from the
// server's list (NFSv3, asked in the background), the version, uid, gid,
// timeout and, when there is no portmapper, the NFS and MOUNT ports. The
// result is an NfsUrl. Never waits: the export list fills in when its job ends.
// GUI thread only.
#include "nfsurl.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class Job;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class Session;

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // The URL the fields describe; invalid (with its message) when they do not.
    NfsUrl url() const;
    void setHost(const QString &host);
    QListWidget *exportList() const { return m_exports; }

public Q_SLOTS:
    // Asks the host for its export list.
    void listExports();

private:
    void updateState();

    QLineEdit *m_host;
    QSpinBox *m_nfsPort;
    QSpinBox *m_mountPort;
    QComboBox *m_version;
    QLineEdit *m_path;
    QSpinBox *m_uid;
    QSpinBox *m_gid;
    QSpinBox *m_timeout;
    QListWidget *m_exports;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<Session> m_session;   // only for the export list
    QPointer<Job> m_job;
};
