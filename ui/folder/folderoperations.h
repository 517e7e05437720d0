// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FolderOperations: what a folder tab does to the server on the user's word —
// a new folder, a rename, a delete, downloads and uploads — and the progress
// line under the view while any of them runs, with its Cancel button. Each
// operation is a job it tracks: the view's own (mkdir, rename, delete) end
// with the tab, transfers belong to the queue and go on. Nothing here waits
// on the network. GUI thread only; part of a FolderView (folderview.h).
#include "nfsurl.h"

#include <QModelIndex>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

class FolderView;
class Job;
class QLabel;
class QProgressBar;

class FolderOperations : public QWidget
{
    Q_OBJECT
public:
    // The progress line of `view`, hidden until an operation runs.
    explicit FolderOperations(FolderView *view);
    // The view's own operations end here; transfers go on in the queue.
    ~FolderOperations() override;

    bool isBusy() const { return !m_operations.isEmpty(); }

    void newFolder();
    // Renames the row at `sourceIndex` (asking first if `newName` exists).
    void rename(const QModelIndex &sourceIndex, const QString &newName);
    void deleteSelected();
    void download();
    void upload();
    void uploadFolder();
    void downloadTo(const QString &localFolder);
    void uploadFiles(const QStringList &localPaths);
    void uploadInto(const QByteArray &remoteFolder, const QStringList &localPaths);

Q_SIGNALS:
    // Every download or upload started together has ended.
    void transfersFinished(bool ok);

private:
    struct Copy
    {
        QString local;
        QByteArray remote;
        bool tree = false;   // a folder and all in it (TreeTransfer)
    };
    void doRename(const QByteArray &from, const QByteArray &to, const QByteArray &newName);
    void startDelete(const QList<QByteArray> &paths, const QList<bool> &isDir);
    void startTransfers(const QList<Copy> &copies, bool downloading);
    // One of them has ended; the last one reports.
    void transferEnded(const std::shared_ptr<int> &remaining, const std::shared_ptr<QStringList> &errors,
                       const NfsUrl &url, bool downloading);
    void showError(const QString &message);
    // False, with the reason shown, when the folder may not be changed.
    bool mayWrite();
    void track(Job *job);
    // `url`'s folder changed: listed again (selecting `name` if not empty) if it is still shown.
    void changed(const NfsUrl &url, const QByteArray &name = {});

    FolderView *m_view;
    QLabel *m_label;
    QProgressBar *m_progress;
    QList<QPointer<Job>> m_operations;
};
