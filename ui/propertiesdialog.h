// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PropertiesDialog: one entry's attributes, fetched fresh (lstat, readlink),
// its permissions as checkboxes that Apply sends as chmod, and a folder's
// size measured on request as a cancellable job. Nothing here waits: every
// value fills in when its job ends. GUI thread only.
#include "nfsurl.h"

#include <QDialog>
#include <QPointer>

class Job;
class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class SessionCache;

class PropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    PropertiesDialog(SessionCache *pool, const NfsUrl &url, QWidget *parent = nullptr);
    ~PropertiesDialog() override;

    // The whole value of the named field ("size", "owner", ...; shown elided when long), for tests.
    QString field(const QString &name) const;
    quint32 checkedMode() const;

Q_SIGNALS:
    // The entry was changed (chmod done).
    void changed();

private:
    void setField(const QString &name, const QString &value);
    void showStatus(const QString &text);
    void apply();
    void measure();

    SessionCache *m_pool;
    NfsUrl m_url;
    QFormLayout *m_form;
    QLabel *m_status;
    QList<QCheckBox *> m_bits;   // rwx for user, group, others: 0400 first
    QPushButton *m_measure;
    QPushButton *m_apply;
    QPointer<Job> m_measureJob;
    quint32 m_mode = 0;
    quint32 m_specialBits = 0;
};
