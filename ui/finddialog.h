// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FindDialog: a recursive search by name from a folder (wildcards, case-
// insensitive unless asked), as a cancellable job that never goes through a
// symlink; hits are listed as they arrive, and each opens at its place.
// GUI thread only.
#include "nfsurl.h"

#include <QDialog>
#include <QPointer>

#include "treeoperations.h"
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class SessionCache;

class FindDialog : public QDialog
{
    Q_OBJECT
public:
    FindDialog(SessionCache *pool, QWidget *parent = nullptr);
    ~FindDialog() override;

    // Where the next search starts.
    void setFolder(const NfsUrl &url);
    QLineEdit *patternEdit() const { return m_pattern; }
    QTreeWidget *results() const { return m_results; }
    bool isSearching() const { return bool(m_job); }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    // Open the folder `folder` and select `name` in it.
    void openRequested(const NfsUrl &folder, const QByteArray &name);
    void searchFinished();

private:
    SessionCache *m_pool;
    NfsUrl m_folder;
    QLineEdit *m_pattern;
    QCheckBox *m_caseSensitive;
    QPushButton *m_startStop;
    QTreeWidget *m_results;
    QLabel *m_status;
    QPointer<FindJob> m_job;
};
