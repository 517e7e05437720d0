// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RemoteFsModel's entries, for the model's own source files only: a Node per
// row, a Folder for a listed folder's rows, and Order, the order the model
// keeps every folder's rows in. Order is inline: a sort of 100,000 rows calls
// it millions of times, so it is compiled where the sort runs.
#include "filetypekey.h"
#include "remotefsmodel.h"

#include <QByteArrayView>
#include <QCollator>

#include <memory>
#include <vector>

namespace ModelNodes {
enum NodeFlag : quint8 { ExportFlag = 1 };
}

// One entry. Kept small: the model's budget is 300 bytes per entry including
// the heap blocks of the name and the sort key (tst_remotefsmodel measures it).
// Attributes a view shows in a column are here; the rest (atime, ctime, links,
// inode) are fetched fresh by the properties dialog.
struct RemoteFsModel::Node
{
    Node(QByteArray n, QCollatorSortKey k) : name(std::move(n)), key(std::move(k)) {}
    QByteArray name;
    QCollatorSortKey key;
    qint64 mtimeNs = 0;
    quint64 size = 0;
    Node *parent = nullptr;
    std::unique_ptr<Folder> folder;   // null until the folder is first listed
    const FileTypeKey *typeKey = nullptr;   // what the Type column shows; null for a folder
    int row = 0;
    quint32 mode = 0;
    quint32 uid = 0;
    quint32 gid = 0;
    FileInfo::Type type = FileInfo::Type::Unknown;
    quint8 flags = 0;

    bool isDir() const { return type == FileInfo::Type::Directory; }
};

struct RemoteFsModel::Folder
{
    std::vector<std::unique_ptr<Node>> rows;   // always sorted by the model's order
    QPointer<Job> job;                          // the listing in flight
    quint64 listingId = 0;
    int pendingBatches = 0;                     // being prepared on the pool
    bool ended = false;
    bool refreshing = false;
    bool again = false;                         // refresh once more when this listing ends
    NfsError error;
    std::vector<std::unique_ptr<Node>> staged;  // a refresh's entries, applied at its end
    std::vector<std::unique_ptr<Node>> ready;   // prepared batches waiting for the next merge
    bool anyMerged = false;                     // this listing's first batch went in
};

namespace ModelNodes {

using NodeList = std::vector<std::unique_ptr<RemoteFsModel::Node>>;

// The name's suffix after its last dot (none for a name starting with its only dot), as it is.
inline QByteArrayView suffixOf(const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    return dot > 0 ? QByteArrayView(name).sliced(dot + 1) : QByteArrayView();
}

template<typename T>
inline int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Types by the text the Type column shows, through keys made once per kind of
// file: this runs in every comparison of a sort by type.
inline int compareTypes(const FileTypeKey *a, const FileTypeKey *b)
{
    if (a == b)
        return 0;
    if (!a || !b)
        return a ? 1 : -1;
    return a->key.compare(b->key);
}

struct Order
{
    int column;
    Qt::SortOrder order;

    bool operator()(const std::unique_ptr<RemoteFsModel::Node> &a, const std::unique_ptr<RemoteFsModel::Node> &b) const
    {
        return less(*a, *b);
    }
    bool less(const RemoteFsModel::Node &a, const RemoteFsModel::Node &b) const
    {
        if (a.isDir() != b.isDir())
            return a.isDir();   // folders first, in either direction
        int c = 0;
        switch (column) {
        case RemoteFsModel::SizeColumn:
            c = a.isDir() ? 0 : threeWay(a.size, b.size);
            break;
        case RemoteFsModel::TypeColumn:
            c = a.isDir() ? 0 : compareTypes(a.typeKey, b.typeKey);
            break;
        case RemoteFsModel::ModifiedColumn:
            c = threeWay(a.mtimeNs, b.mtimeNs);
            break;
        case RemoteFsModel::PermissionsColumn:
            c = threeWay(a.mode, b.mode);
            break;
        case RemoteFsModel::OwnerColumn:
            c = a.uid != b.uid ? threeWay(a.uid, b.uid) : threeWay(a.gid, b.gid);
            break;
        default:
            break;
        }
        if (c == 0)
            c = a.key.compare(b.key);
        if (c == 0)
            c = threeWay(a.name, b.name);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    }
};

// A collator for natural order ("file2" before "file10"), in the user's language.
QCollator naturalCollator();
// Pool thread: sort keys (the expensive part) and the batch's own order.
std::shared_ptr<NodeList> prepareBatch(FileInfoList batch, Order order, quint8 flags);

} // namespace ModelNodes
