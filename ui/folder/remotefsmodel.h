// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RemoteFsModel: the folders and files below one place on an NFS server, as a
// tree model for the details, icons and folder-tree views.
//
// A folder is listed the first time it is entered or expanded
// (canFetchMore/fetchMore) and marked as being listed before the request
// leaves. Rows arrive in batches from the session thread; each batch gets its
// natural-order sort keys (QCollatorSortKey) and is sorted on a pool thread,
// then merged into the folder's sorted rows on the GUI thread. The model owns
// the order: folders first, then the sort column, ascending or descending; a
// proxy only filters. refresh() lists the root again and applies the
// difference, so persistent indexes (selection, current item) survive.
// For nfs://host/ over NFSv3 the rows are the server's exports, as folders.
// GUI thread only; it never waits on the network.
#include "fileinfo.h"
#include "nfserror.h"
#include "nfsurl.h"

#include <QAbstractItemModel>
#include <QCollatorSortKey>
#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class SessionCache;
class Job;

class RemoteFsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, TypeColumn, ModifiedColumn, PermissionsColumn, OwnerColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        NameBytesRole = Qt::UserRole + 1, // QByteArray: the name as the server sent it
        PathRole,                         // QByteArray: the full server path
        UrlRole,                          // QString: canonical nfs:// URL
        SizeRole,                         // quint64 bytes
        FileTypeRole,                     // int: FileInfo::Type
        ModifiedRole,                     // qint64 ns since the epoch
        ModeRole,                         // quint32 permission bits
        UidRole,
        GidRole,
        IsDirRole,                        // bool: a folder (or an export)
        IsExportRole,                     // bool: an export shown as a folder at nfs://host/
        LinkTargetRole,                   // QByteArray: a symlink's target, once read
        BrokenLinkRole,                   // bool: a symlink whose target does not exist
    };

    // The uid NFS servers map squashed users to (nobody).
    static constexpr quint32 SquashedUid = 65534;

    explicit RemoteFsModel(SessionCache *pool, QObject *parent = nullptr);
    ~RemoteFsModel() override;

    // Shows `url`'s folder; rows come once the view asks (fetchMore) or list() is called.
    void setRootUrl(const NfsUrl &url);
    NfsUrl rootUrl() const { return m_rootUrl; }
    // Starts listing the root now (what fetchMore on the root does).
    void list();
    // Lists the root again and applies the difference (rows added, removed, changed).
    void refresh();
    bool isListing() const;
    // The root's listing ended at least once (with or without error).
    bool isRootListed() const;
    NfsError lastError() const { return m_lastError; }

    QByteArray pathOf(const QModelIndex &index) const;
    NfsUrl urlOf(const QModelIndex &index) const;
    QModelIndex indexOfName(const QByteArray &name, const QModelIndex &parent = {}) const;
    bool isDir(const QModelIndex &index) const;
    const QByteArray &nameBytes(int row, const QModelIndex &parent) const;
    // Folders, files and the files' bytes among the root's rows that `accept`
    // (a row number) lets through: the status bar's counts, without a QVariant per row.
    struct Counts
    {
        int folders = 0;
        int files = 0;
        quint64 bytes = 0;
    };
    Counts countRootRows(const std::function<bool(int)> &accept) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // A decoration that replaces the type's icon for files (thumbnails): called
    // for every decoration asked; a null icon keeps the type's icon.
    using DecorationHook = std::function<QIcon(const QModelIndex &)>;
    void setDecorationHook(DecorationHook hook) { m_decorationHook = std::move(hook); }
    // The decoration of `index` changed (of every root row when invalid): views ask again.
    void decorationChanged(const QModelIndex &index);
    // Bytes held for each entry, by sizeof (heap headers not counted): see the memory test.
    static size_t nodeSize();

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    struct Node;
    struct Folder;

Q_SIGNALS:
    // A folder's listing ended; `error` is set when it failed.
    void listingFinished(const QModelIndex &folder, const NfsError &error);
    // The root's listing (first or refreshed) ended.
    void rootListingFinished(const NfsError &error);
    // The user edited a name in place; the view decides (checks, asks) and renames.
    void renameRequested(const QModelIndex &index, const QString &newName);

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    QByteArray pathOf(const Node *node) const;
    void startListing(Node *folderNode, bool refreshing);
    void mergeBatch(Node *folderNode, std::vector<std::unique_ptr<Node>> batch);
    void applyRefresh(Node *folderNode, std::vector<std::unique_ptr<Node>> fresh);
    void finishListing(Node *folderNode, const NfsError &error);
    void prepareAsync(quint64 listingId, FileInfoList batch);
    // A prepared batch: kept for the next merge (or for a refresh's end).
    void batchPrepared(quint64 listingId, std::shared_ptr<std::vector<std::unique_ptr<Node>>> nodes);
    void maybeFinish(Node *folderNode);
    void mergeReady();
    void onListingEnded(quint64 listingId, const NfsError &error);
    void dropListings(Node *node);
    static void disposeOf(std::unique_ptr<Node> tree);
    // Re-sorts a folder's rows in one layout change; when the first
    // `sortedPrefix` rows and the rest are each sorted, merges them.
    void resort(Node *folderNode, size_t sortedPrefix = 0);
    // Persistent indexes follow their rows after a re-sort (of `parent`'s rows only, when given).
    void movePersistentRows(const Node *parent);
    void requestLinkTarget(const Node *node) const;
    void readLinkTargets();

    SessionCache *m_pool;
    NfsUrl m_rootUrl;
    std::unique_ptr<Node> m_root;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    NfsError m_lastError;
    bool m_rootListed = false;
    // Listings in flight by id, so replies for folders gone meanwhile are dropped.
    quint64 m_nextListingId = 0;
    QHash<quint64, Node *> m_listings;
    QSet<quint64> m_readyListings;     // listings with prepared batches to merge
    QTimer m_mergeTimer;               // the next merge of ready batches
    QElapsedTimer m_lastMerge;
    // Symlink targets of the root's rows, read lazily for rows a view asked
    // about (by name; cleared with the root).
    struct LinkTarget
    {
        QByteArray target;
        bool broken = false;
        bool known = false;
    };
    mutable QHash<QByteArray, LinkTarget> m_linkTargets;
    mutable QList<QByteArray> m_linkQueue;
    mutable QTimer m_linkTimer;
    int m_linkJobs = 0;
    mutable QList<QIcon> m_icons;                  // folder, file, link
    mutable QHash<QString, QIcon> m_typeIcons;     // suffix -> the type's theme icon
    DecorationHook m_decorationHook;
};
