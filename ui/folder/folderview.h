// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FolderView: one tab of the window — a folder on an NFS server in a details
// or icons view, with its history, filter bar, error banner, and the file
// operations on its selection (run by folderoperations.h, whose progress line
// sits under the view). Nothing here waits on the network. The visible folder is
// re-checked (its mtime) every RecheckIntervalMs and when recheck() is called
// (the window regaining focus), and refreshed in place when it changed.
// GUI thread only.
#include "nfserror.h"
#include "nfsurl.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class ErrorBanner;
class FolderOperations;
class Job;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTreeView;
class RemoteFsFilterModel;
class RemoteFsModel;
class Session;
class SessionCache;
class ThumbnailController;
class QAbstractItemView;
class QItemSelectionModel;

class FolderView : public QWidget
{
    Q_OBJECT
public:
    // NFS sends no change notices: a few seconds keeps the view current
    // without loading the server (one GETATTR per interval).
    static constexpr int RecheckIntervalMs = 3000;
    // Names are limited to 255 bytes by NFS servers' file systems.
    static constexpr int MaxNameBytes = 255;

    FolderView(SessionCache *pool, QWidget *parent = nullptr);
    ~FolderView() override;

    NfsUrl url() const { return m_url; }
    SessionCache *sessionPool() const { return m_pool; }
    // Goes to `url`; `record` false when it comes from back/forward.
    void setUrl(const NfsUrl &url, bool record = true);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    bool canGoUp() const { return m_url.isValid() && !m_url.isRoot(); }

    RemoteFsModel *model() const { return m_model; }
    RemoteFsFilterModel *proxy() const { return m_proxy; }
    QTreeView *detailsView() const { return m_details; }
    QListView *iconsView() const { return m_icons; }
    ThumbnailController *thumbnails() const { return m_thumbnails; }
    QAbstractItemView *currentView() const;
    ErrorBanner *banner() const { return m_banner; }
    QLineEdit *filterEdit() const { return m_filter; }
    QItemSelectionModel *selectionModel() const;

    bool isIconsMode() const;
    void setIconsMode(bool icons);
    bool showHidden() const;
    void setShowHidden(bool show);
    // Source-model indexes of the selected rows (column 0).
    QModelIndexList selectedSourceRows() const;
    // What the server lets us do in this folder: a mask of R_OK, W_OK, X_OK (-1 while unknown).
    int accessMask() const { return m_access; }
    bool canWrite() const { return m_access < 0 || (m_access & 2); }
    QString writeRefusal() const;
    // What is wrong with `name` as a new name (empty, ".", "..", '/', NUL, over
    // MaxNameBytes), in words, or empty when it is fine.
    static QString checkName(const QString &name);
    // "12 folders, 30 files (4.1 MB)", "3 selected (1.2 MB)".
    QString countsText() const;
    QString selectionText() const;
    QString freeSpaceText() const { return m_freeSpace; }
    // Whether a delete, upload or download started here still runs.
    bool isBusy() const;
    // The row named `name` is selected once the folder is next listed.
    void selectAfterListing(const QByteArray &name);

public Q_SLOTS:
    void back();
    void forward();
    void up();
    void refresh();
    // Its server answers again: a listing that failed for want of it is made again.
    void serverAnswersAgain();
    // Stats the folder and refreshes it when its mtime changed.
    void recheck();
    void openIndex(const QModelIndex &proxyIndex);
    void showFilterBar();
    void newFolder();
    void renameCurrent();
    void deleteSelected();
    void showProperties();
    void copyLocation();
    void selectAll();
    // Asks where to, then downloads the selected files and folders (folders
    // whole, as `nfsnav get -r` does).
    void download();
    // Asks which local files, then uploads them into this folder.
    void upload();
    // Asks which local folder, then uploads it whole into this folder.
    void uploadFolder();
    // The same without asking: for the dialogs' answers and for tests. A
    // local folder among `localPaths` is uploaded whole.
    void downloadTo(const QString &localFolder);
    void uploadFiles(const QStringList &localPaths);
    // Into a folder of this server (a drop onto a folder's row).
    void uploadInto(const QByteArray &remoteFolder, const QStringList &localPaths);

Q_SIGNALS:
    void urlChanged(const NfsUrl &url);
    void statusChanged();
    void openInNewTab(const NfsUrl &url);
    // Enter or a double-click on a file: the window opens it.
    void fileActivated(const NfsUrl &url);
    void contextMenuRequested(QMenu *menu, bool onItem);
    // Every download or upload started together has ended.
    void transfersFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRootListed(const NfsError &error);
    void showError(const QString &message);
    bool selectName(const QByteArray &name);
    // The folder shown is gone on the server: the view moves to the nearest
    // folder above it that is still there (tried from `candidate` upwards) and says so.
    bool isGoneBelowExport(const NfsError &error) const;
    void leaveRemovedFolder(const NfsUrl &gone, const NfsUrl &candidate, const NfsError &error);
    void queryFolderState();
    void showContextMenu(const QPoint &pos);

    SessionCache *m_pool;
    NfsUrl m_url;
    QList<NfsUrl> m_back;
    QList<NfsUrl> m_forward;
    RemoteFsModel *m_model;
    RemoteFsFilterModel *m_proxy;
    ErrorBanner *m_banner;
    static constexpr int MaxRelistsWhileConnected = 3;
    bool m_relistIfItFails = false;   // the server answered again while a listing was out
    NfsUrl m_listedUrl;               // the folder last listed without an error
    int m_relistsWhileConnected = 0;  // listings made again because they failed although the server answers
    QWidget *m_filterBar;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QTreeView *m_details;
    QListView *m_icons;
    ThumbnailController *m_thumbnails;
    FolderOperations *m_operations;   // under the view: runs and shows what changes the server
    QTimer m_recheck;
    QTimer m_statusTimer;
    qint64 m_lastMtime = -1;
    bool m_rechecking = false;
    int m_access = -1;
    QString m_freeSpace;
    QByteArray m_selectAfterListing;
};
