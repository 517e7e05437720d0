// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotefsmodel.h"

#include "displayname.h"
#include "sessioncache.h"

#include <QApplication>
#include <QCollator>
#include <QDateTime>
#include <QFutureWatcher>
#include <QIcon>
#include <QLoggingCategory>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyle>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcModel, "nfsnav.model", QtWarningMsg)

namespace {
// Symlink targets are read a few at a time so a folder full of links does not
// flood the session; the timer coalesces the requests of one paint.
constexpr int MaxLinkJobs = 4;
constexpr int LinkCoalesceMs = 50;
constexpr int MergeIntervalMs = 200;
constexpr int MaxMergeIntervalMs = 600;
constexpr qint64 RowsPerMergeMs = 200;   // a merge per this many rows' milliseconds, within those bounds
// Up to this many gathered rows are sorted on the GUI thread (a few ms); more go to the pool.
constexpr size_t SortOnGuiThreadMax = 4096;
// A listing's first batch up to this size is prepared on the GUI thread (see prepareAsync).
constexpr size_t FirstBatchOnGuiThreadMax = 512;

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

namespace {

using NodeList = std::vector<std::unique_ptr<RemoteFsModel::Node>>;

// The name's suffix after its last dot (none for a name starting with its only dot), as it is.
QByteArrayView suffixOf(const QByteArray &name)
{
    const qsizetype dot = name.lastIndexOf('.');
    return dot > 0 ? QByteArrayView(name).sliced(dot + 1) : QByteArrayView();
}

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Suffixes compared ignoring ASCII case, without a copy: this runs in every
// comparison of a sort by type.
int compareSuffixes(QByteArrayView a, QByteArrayView b)
{
    const auto lower = [](char c) { return uchar(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); };
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const uchar x = lower(a[i]), y = lower(b[i]);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return threeWay(a.size(), b.size());
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
            c = a.isDir() ? 0 : compareSuffixes(suffixOf(a.name), suffixOf(b.name));
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

QCollator naturalCollator()
{
    // The C locale compares code points and ignores numeric mode: natural
    // order needs a real collation, so C falls back to English's.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

std::unique_ptr<RemoteFsModel::Node> makeNode(const QCollator &collator, FileInfo &&info, quint8 flags)
{
    auto node = std::make_unique<RemoteFsModel::Node>(std::move(info.name),
                                                      collator.sortKey(displayName(info.name)));
    node->name.squeeze();
    node->mtimeNs = info.mtimeNs;
    node->size = info.size;
    node->mode = info.mode;
    node->uid = info.uid;
    node->gid = info.gid;
    node->type = info.type;
    node->flags = flags;
    return node;
}

// Pool thread: sort keys (the expensive part) and the batch's own order.
std::shared_ptr<NodeList> prepareBatch(FileInfoList batch, Order order, quint8 flags)
{
    thread_local const QCollator collator = naturalCollator();
    auto nodes = std::make_shared<NodeList>();
    nodes->reserve(size_t(batch.size()));
    for (FileInfo &info : batch)
        nodes->push_back(makeNode(collator, std::move(info), flags));
    std::sort(nodes->begin(), nodes->end(), order);
    return nodes;
}

} // namespace

RemoteFsModel::RemoteFsModel(SessionCache *pool, QObject *parent)
    : QAbstractItemModel(parent), m_pool(pool)
{
    m_linkTimer.setSingleShot(true);
    m_linkTimer.setInterval(LinkCoalesceMs);
    connect(&m_linkTimer, &QTimer::timeout, this, &RemoteFsModel::readLinkTargets);
    // A zero-time start runs behind the batches already queued, so batches
    // that are ready together still merge in one insert.
    m_mergeTimer.setSingleShot(true);
    connect(&m_mergeTimer, &QTimer::timeout, this, &RemoteFsModel::mergeReady);
}

RemoteFsModel::~RemoteFsModel()
{
    if (m_root) {
        dropListings(m_root.get());
        disposeOf(std::move(m_root));
    }
}

void RemoteFsModel::disposeOf(std::unique_ptr<Node> tree)
{
    // Freeing 100,000 rows takes a while (more under the sanitizers): done on
    // a pool thread, which touches nothing but the rows themselves.
    if (tree->folder && tree->folder->rows.size() > 1000)
        QThreadPool::globalInstance()->start([t = std::shared_ptr<Node>(std::move(tree))]() mutable { t.reset(); });
}

size_t RemoteFsModel::nodeSize()
{
    return sizeof(Node);
}

void RemoteFsModel::setRootUrl(const NfsUrl &url)
{
    beginResetModel();
    if (m_root) {
        dropListings(m_root.get());
        disposeOf(std::move(m_root));
    }
    m_rootUrl = url;
    m_root = std::make_unique<Node>(QByteArray(), naturalCollator().sortKey(QString()));
    m_root->type = FileInfo::Type::Directory;
    m_rootListed = false;
    m_lastError = NfsError();
    m_linkTargets.clear();
    m_linkQueue.clear();
    endResetModel();
}

void RemoteFsModel::list()
{
    if (m_root && !m_root->folder && m_rootUrl.isValid())
        startListing(m_root.get(), false);
}

void RemoteFsModel::refresh()
{
    if (!m_root || !m_rootUrl.isValid())
        return;
    m_linkTargets.clear();
    startListing(m_root.get(), m_root->folder != nullptr);
}

bool RemoteFsModel::isListing() const
{
    return m_root && m_root->folder && m_root->folder->job;
}

bool RemoteFsModel::isRootListed() const
{
    return m_rootListed;
}

RemoteFsModel::Node *RemoteFsModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex RemoteFsModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QByteArray RemoteFsModel::pathOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return m_rootUrl.path();
    QByteArray base = pathOf(node->parent);
    if (!base.endsWith('/'))
        base += '/';
    return base + node->name;
}

QByteArray RemoteFsModel::pathOf(const QModelIndex &index) const
{
    return pathOf(nodeOf(index));
}

NfsUrl RemoteFsModel::urlOf(const QModelIndex &index) const
{
    return m_rootUrl.withPath(pathOf(index));
}

QModelIndex RemoteFsModel::indexOfName(const QByteArray &name, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (!p || !p->folder)
        return {};
    for (const auto &n : p->folder->rows) {
        if (n->name == name)
            return indexOf(n.get());
    }
    return {};
}

bool RemoteFsModel::isDir(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n && n->isDir();
}

const QByteArray &RemoteFsModel::nameBytes(int row, const QModelIndex &parent) const
{
    static const QByteArray none;
    const Node *p = nodeOf(parent);
    if (!p || !p->folder || row < 0 || size_t(row) >= p->folder->rows.size())
        return none;
    return p->folder->rows[size_t(row)]->name;
}

RemoteFsModel::Counts RemoteFsModel::countRootRows(const std::function<bool(int)> &accept) const
{
    Counts c;
    if (!m_root || !m_root->folder)
        return c;
    const auto &rows = m_root->folder->rows;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (!accept(int(r)))
            continue;
        if (rows[r]->isDir()) {
            ++c.folders;
        } else {
            ++c.files;
            c.bytes += rows[r]->size;
        }
    }
    return c;
}

QModelIndex RemoteFsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *p = nodeOf(parent);
    if (!p || !p->folder || size_t(row) >= p->folder->rows.size())
        return {};
    return createIndex(row, column, p->folder->rows[size_t(row)].get());
}

QModelIndex RemoteFsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    return indexOf(n->parent);
}

int RemoteFsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = nodeOf(parent);
    return p && p->folder ? int(p->folder->rows.size()) : 0;
}

int RemoteFsModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return ColumnCount;
}

bool RemoteFsModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *p = nodeOf(parent);
    if (!p || !p->isDir())
        return false;
    // An unlisted folder may have children: offer to expand it.
    return !p->folder || !p->folder->rows.empty();
}

bool RemoteFsModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    return p && p->isDir() && !p->folder && m_rootUrl.isValid();
}

void RemoteFsModel::fetchMore(const QModelIndex &parent)
{
    Node *p = nodeOf(parent);
    if (p && p->isDir() && !p->folder && m_rootUrl.isValid())
        startListing(p, false);
}

void RemoteFsModel::startListing(Node *folderNode, bool refreshing)
{
    if (!folderNode->folder)
        folderNode->folder = std::make_unique<Folder>();
    Folder *f = folderNode->folder.get();
    if (f->job || f->pendingBatches > 0 || !f->ready.empty()) {
        // One listing at a time. A refresh asked for meanwhile may follow a
        // change the running listing has not seen: list again after it.
        f->again = f->again || refreshing;
        qCDebug(lcModel) << "listing of" << pathOf(folderNode) << "busy; again:" << f->again;
        return;
    }
    m_listings.remove(f->listingId);
    const quint64 id = ++m_nextListingId;
    f->listingId = id;
    f->refreshing = refreshing;
    f->ended = false;
    f->error = NfsError();
    f->staged.clear();
    f->anyMerged = false;
    m_listings.insert(id, folderNode);
    qCDebug(lcModel) << "listing" << id << pathOf(folderNode) << (refreshing ? "(refresh)" : "");

    const QByteArray path = pathOf(folderNode);
    const NfsUrl url = m_rootUrl.withPath(path);
    Session *session = m_pool->sessionFor(url);
    if (url.version() == 3 && path == "/") {
        // The server's root over NFSv3 is its export list, shown as folders.
        ExportListJob *job = session->exports();
        f->job = job;
        job->setParent(this);
        connect(job, &Job::finished, this, [this, job, id] {
            job->deleteLater();
            if (!job->error()) {
                FileInfoList entries;
                for (const ExportEntry &e : job->result()) {
                    FileInfo info;
                    info.name = e.path.mid(1);
                    info.type = FileInfo::Type::Directory;
                    info.mode = 0755;
                    if (!info.name.isEmpty())
                        entries.append(info);
                }
                Node *node = m_listings.value(id);
                if (node) {
                    node->folder->job = nullptr;
                    prepareAsync(id, entries);
                }
            }
            onListingEnded(id, job->error());
        });
        return;
    }
    DirectoryListing *listing = session->list(path);
    f->job = listing;
    connect(listing, &DirectoryListing::entriesArrived, this,
            [this, id](const FileInfoList &batch) { prepareAsync(id, batch); });
    listing->setParent(this);
    connect(listing, &Job::finished, this, [this, listing, id] {
        listing->deleteLater();
        onListingEnded(id, listing->error());
    });
}

void RemoteFsModel::prepareAsync(quint64 listingId, FileInfoList batch)
{
    Node *node = m_listings.value(listingId);
    if (!node || batch.isEmpty())
        return;
    Folder *f = node->folder.get();
    ++f->pendingBatches;
    const quint8 flags = (m_rootUrl.version() == 3 && pathOf(node) == "/") ? quint8(ExportFlag) : quint8(0);
    const Order order{m_sortColumn, m_sortOrder};
    const bool first = !f->anyMerged && !f->refreshing && f->pendingBatches == 1;
    if (first && size_t(batch.size()) <= FirstBatchOnGuiThreadMax) {
        // The rows the user waits for: prepared here (a small first reply
        // takes well under a millisecond), without a hop through the pool.
        batchPrepared(listingId, prepareBatch(std::move(batch), order, flags));
        return;
    }
    auto *watcher = new QFutureWatcher<std::shared_ptr<NodeList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, listingId] {
        watcher->deleteLater();
        batchPrepared(listingId, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(prepareBatch, std::move(batch), order, flags));
}

void RemoteFsModel::batchPrepared(quint64 listingId, std::shared_ptr<NodeList> nodes)
{
    Node *n = m_listings.value(listingId);
    if (!n)
        return;   // the folder went away meanwhile
    Folder *folder = n->folder.get();
    --folder->pendingBatches;
    auto &target = folder->refreshing ? folder->staged : folder->ready;
    const Order order{m_sortColumn, m_sortOrder};
    if (!std::is_sorted(nodes->begin(), nodes->end(), order))
        std::sort(nodes->begin(), nodes->end(), order);   // the order changed while it was prepared
    // Runs are kept as they come; mergeBatch sorts them together once.
    for (auto &p : *nodes)
        target.push_back(std::move(p));
    if (folder->refreshing) {
        maybeFinish(n);
        return;
    }
    // Batches that are ready together are merged together, in one insert.
    m_readyListings.insert(listingId);
    if (!folder->anyMerged) {
        // A listing's first rows are what the user waits for: merged on the
        // next turn of the loop, whenever another folder last merged.
        folder->anyMerged = true;
        m_mergeTimer.start(0);
    } else if (!m_mergeTimer.isActive()) {
        // Each merge costs the views a pass over all rows: at most one per
        // MergeIntervalMs while a big folder streams in, rarer as it grows
        // (a pass over 100,000 rows takes several milliseconds).
        const qint64 interval = std::clamp<qint64>(qint64(folder->rows.size()) / RowsPerMergeMs, MergeIntervalMs,
                                                   MaxMergeIntervalMs);
        const qint64 wait = m_lastMerge.isValid() ? interval - m_lastMerge.elapsed() : 0;
        m_mergeTimer.start(int(std::max<qint64>(0, wait)));
    }
}

void RemoteFsModel::mergeReady()
{
    m_mergeTimer.stop();
    m_lastMerge.start();
    const QSet<quint64> ids = std::exchange(m_readyListings, {});
    const Order order{m_sortColumn, m_sortOrder};
    for (quint64 id : ids) {
        Node *n = m_listings.value(id);
        if (!n)
            continue;
        NodeList runs = std::move(n->folder->ready);
        n->folder->ready.clear();
        if (runs.size() <= SortOnGuiThreadMax || std::is_sorted(runs.begin(), runs.end(), order)) {
            mergeBatch(n, std::move(runs));
            maybeFinish(n);
            continue;
        }
        // Many runs gathered while the views were busy: sort them together on
        // the pool, then merge them in with one linear pass here.
        ++n->folder->pendingBatches;
        auto batch = std::make_shared<NodeList>(std::move(runs));
        auto *watcher = new QFutureWatcher<std::shared_ptr<NodeList>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
            watcher->deleteLater();
            Node *node = m_listings.value(id);
            if (!node)
                return;
            --node->folder->pendingBatches;
            mergeBatch(node, std::move(*watcher->result()));
            maybeFinish(node);
        });
        watcher->setFuture(QtConcurrent::run([batch, order] {
            std::sort(batch->begin(), batch->end(), order);
            return batch;
        }));
    }
}

void RemoteFsModel::onListingEnded(quint64 listingId, const NfsError &error)
{
    Node *node = m_listings.value(listingId);
    if (!node)
        return;
    Folder *f = node->folder.get();
    qCDebug(lcModel) << "listing" << listingId << "ended" << error.message() << "pending" << f->pendingBatches
                     << "ready" << f->ready.size();
    f->job = nullptr;
    f->ended = true;
    f->error = error;
    maybeFinish(node);
}

void RemoteFsModel::maybeFinish(Node *folderNode)
{
    Folder *f = folderNode->folder.get();
    if (!f->ended || f->pendingBatches > 0 || !f->ready.empty() || !m_listings.contains(f->listingId))
        return;
    m_listings.remove(f->listingId);
    qCDebug(lcModel) << "listing" << f->listingId << "done; staged" << f->staged.size() << "again" << f->again;
    if (f->refreshing) {
        f->refreshing = false;
        if (!f->error) {
            NodeList fresh = std::move(f->staged);
            applyRefresh(folderNode, std::move(fresh));
        }
        f->staged.clear();
    }
    const NfsError error = f->error;
    if (std::exchange(f->again, false)) {
        startListing(folderNode, true);
        return;   // its own ending reports
    }
    Q_EMIT listingFinished(indexOf(folderNode), error);
    if (folderNode == m_root.get()) {
        m_lastError = error;
        m_rootListed = true;
        Q_EMIT rootListingFinished(error);
    }
}

void RemoteFsModel::mergeBatch(Node *folderNode, NodeList batch)
{
    if (batch.empty())
        return;
    Folder *f = folderNode->folder.get();
    const Order order{m_sortColumn, m_sortOrder};
    if (!std::is_sorted(batch.begin(), batch.end(), order))
        std::sort(batch.begin(), batch.end(), order);   // the order changed while it was prepared
    const size_t n = f->rows.size();
    const size_t m = batch.size();
    const QModelIndex parentIndex = indexOf(folderNode);

    // One insert for the whole batch at the end, then (when the batch
    // interleaves with the rows) one sorting layout change that merges it in:
    // a sorted merge scatters rows, which one contiguous insert cannot express.
    beginInsertRows(parentIndex, int(n), int(n + m - 1));
    for (auto &p : batch) {
        p->parent = folderNode;
        f->rows.push_back(std::move(p));
    }
    for (size_t i = n; i < f->rows.size(); ++i)
        f->rows[i]->row = int(i);
    endInsertRows();
    if (n > 0 && order(f->rows[n], f->rows[n - 1]))
        resort(folderNode, n);
}

void RemoteFsModel::resort(Node *folderNode, size_t sortedPrefix)
{
    Folder *f = folderNode->folder.get();
    const Order order{m_sortColumn, m_sortOrder};
    const QModelIndex parentIndex = indexOf(folderNode);
    Q_EMIT layoutAboutToBeChanged({QPersistentModelIndex(parentIndex)}, QAbstractItemModel::VerticalSortHint);
    if (sortedPrefix > 0) {
        // Two sorted runs: a linear merge from the back, with only the new
        // run copied aside, so a 100,000-row folder takes a batch in a few ms.
        auto &rows = f->rows;
        std::vector<std::unique_ptr<Node>> tail(std::make_move_iterator(rows.begin() + qsizetype(sortedPrefix)),
                                                std::make_move_iterator(rows.end()));
        qsizetype i = qsizetype(sortedPrefix) - 1;
        qsizetype j = qsizetype(tail.size()) - 1;
        qsizetype k = qsizetype(rows.size()) - 1;
        while (j >= 0) {
            if (i >= 0 && order(tail[size_t(j)], rows[size_t(i)]))
                rows[size_t(k--)] = std::move(rows[size_t(i--)]);
            else
                rows[size_t(k--)] = std::move(tail[size_t(j--)]);
        }
    } else {
        std::stable_sort(f->rows.begin(), f->rows.end(), order);
    }
    for (size_t i = 0; i < f->rows.size(); ++i)
        f->rows[i]->row = int(i);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList from, to;
    for (const QModelIndex &idx : before) {
        const Node *node = nodeOf(idx);
        if (node->parent != folderNode || node->row == idx.row())
            continue;
        from.append(idx);
        to.append(createIndex(node->row, idx.column(), const_cast<Node *>(node)));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({QPersistentModelIndex(parentIndex)}, QAbstractItemModel::VerticalSortHint);
}

void RemoteFsModel::applyRefresh(Node *folderNode, NodeList fresh)
{
    Folder *f = folderNode->folder.get();
    const QModelIndex parentIndex = indexOf(folderNode);
    QHash<QByteArray, Node *> freshByName;
    freshByName.reserve(qsizetype(fresh.size()));
    for (auto &p : fresh)
        freshByName.insert(p->name, p.get());

    // Rows gone (or whose type changed) leave, in contiguous runs from the end.
    const auto gone = [&](const Node *old) {
        const Node *now = freshByName.value(old->name);
        return !now || now->type != old->type;
    };
    for (qsizetype i = qsizetype(f->rows.size()) - 1; i >= 0;) {
        if (!gone(f->rows[size_t(i)].get())) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && gone(f->rows[size_t(first - 1)].get()))
            --first;
        beginRemoveRows(parentIndex, int(first), int(i));
        for (qsizetype k = first; k <= i; ++k)
            dropListings(f->rows[size_t(k)].get());
        f->rows.erase(f->rows.begin() + first, f->rows.begin() + i + 1);
        for (size_t k = size_t(first); k < f->rows.size(); ++k)
            f->rows[k]->row = int(k);
        endRemoveRows();
        i = first - 1;
    }

    // Rows still there take their fresh attributes.
    int changedFirst = -1, changedLast = -1;
    QSet<QByteArray> kept;
    for (auto &old : f->rows) {
        Node *now = freshByName.value(old->name);
        kept.insert(old->name);
        if (now->size != old->size || now->mtimeNs != old->mtimeNs || now->mode != old->mode || now->uid != old->uid
            || now->gid != old->gid) {
            old->size = now->size;
            old->mtimeNs = now->mtimeNs;
            old->mode = now->mode;
            old->uid = now->uid;
            old->gid = now->gid;
            changedFirst = changedFirst < 0 ? old->row : std::min(changedFirst, old->row);
            changedLast = std::max(changedLast, old->row);
        }
    }
    if (changedFirst >= 0) {
        Q_EMIT dataChanged(index(changedFirst, 0, parentIndex), index(changedLast, ColumnCount - 1, parentIndex));
        if (!std::is_sorted(f->rows.begin(), f->rows.end(), Order{m_sortColumn, m_sortOrder}))
            resort(folderNode);
    }

    NodeList added;
    for (auto &p : fresh) {
        if (!kept.contains(p->name))
            added.push_back(std::move(p));
    }
    mergeBatch(folderNode, std::move(added));
}

void RemoteFsModel::dropListings(Node *node)
{
    if (!node->folder)
        return;
    Folder *f = node->folder.get();
    m_listings.remove(f->listingId);
    if (f->job) {
        f->job->cancel();
        f->job = nullptr;
    }
    for (auto &child : f->rows)
        dropListings(child.get());
}

void RemoteFsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_root || !m_root->folder)
        return;
    // Every listed folder, in one layout change.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const Order cmp{m_sortColumn, m_sortOrder};
    std::vector<Node *> stack{m_root.get()};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        if (!n->folder)
            continue;
        std::stable_sort(n->folder->rows.begin(), n->folder->rows.end(), cmp);
        for (size_t i = 0; i < n->folder->rows.size(); ++i) {
            n->folder->rows[i]->row = int(i);
            if (n->folder->rows[i]->folder)
                stack.push_back(n->folder->rows[i].get());
        }
    }
    const QModelIndexList before = persistentIndexList();
    QModelIndexList from, to;
    for (const QModelIndex &idx : before) {
        Node *node = nodeOf(idx);
        if (node->row == idx.row())
            continue;
        from.append(idx);
        to.append(createIndex(node->row, idx.column(), node));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QVariant RemoteFsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case SizeColumn: return tr("Size");
        case TypeColumn: return tr("Type");
        case ModifiedColumn: return tr("Modified");
        case PermissionsColumn: return tr("Permissions");
        case OwnerColumn: return tr("Owner");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags RemoteFsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *n = nodeOf(index);
    if (index.column() == NameColumn && !(n->flags & ExportFlag))
        f |= Qt::ItemIsEditable;
    if (!n->isDir())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

bool RemoteFsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (text == displayName(nodeOf(index)->name))
        return false;
    // Renaming is a job with checks and maybe a question: the view does it.
    Q_EMIT renameRequested(index, text);
    return false;
}

void RemoteFsModel::decorationChanged(const QModelIndex &index)
{
    const QList<int> roles{Qt::DecorationRole};
    if (index.isValid())
        Q_EMIT dataChanged(index.siblingAtColumn(NameColumn), index.siblingAtColumn(NameColumn), roles);
    else if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(this->index(0, NameColumn), this->index(rows - 1, NameColumn), roles);
}

QVariant RemoteFsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const bool atRoot = n->parent == m_root.get();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(n->name);
        case SizeColumn:
            return n->isDir() ? QString() : QLocale().formattedDataSize(qint64(n->size));
        case TypeColumn: {
            if (n->flags & ExportFlag)
                return tr("Export");
            if (n->isDir())
                return tr("Folder");
            if (n->type == FileInfo::Type::Symlink) {
                if (atRoot && m_linkTargets.value(n->name).broken)
                    return tr("Broken link");
                return tr("Link");
            }
            if (n->type != FileInfo::Type::File) {
                FileInfo fi;
                fi.type = n->type;
                return tr("Special file (%1)").arg(QLatin1Char(fi.typeLetter()));
            }
            const QString suffix = QString::fromUtf8(suffixOf(n->name).toByteArray().toLower());
            auto it = m_typeNames.find(suffix);
            if (it == m_typeNames.end()) {
                static const QMimeDatabase db;
                const QMimeType mime = db.mimeTypeForFile(displayName(n->name), QMimeDatabase::MatchExtension);
                it = m_typeNames.insert(suffix, mime.comment());
            }
            return it.value();
        }
        case ModifiedColumn:
            if (n->flags & ExportFlag)
                return QString();
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(n->mtimeNs / 1000000), QLocale::ShortFormat);
        case PermissionsColumn: {
            if (n->flags & ExportFlag)
                return QString();
            FileInfo fi;
            fi.type = n->type;
            fi.mode = n->mode;
            return QString::fromLatin1(fi.modeString());
        }
        case OwnerColumn:
            if (n->flags & ExportFlag)
                return QString();
            return QStringLiteral("%1:%2").arg(n->uid).arg(n->gid);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OwnerColumn && n->uid == SquashedUid)
            return tr("Owned by uid %1 (nobody): the server squashes this user's id").arg(n->uid);
        if (n->type == FileInfo::Type::Symlink && atRoot) {
            const LinkTarget t = m_linkTargets.value(n->name);
            if (t.known)
                return t.broken ? tr("Broken link to %1").arg(displayName(t.target))
                                : tr("Link to %1").arg(displayName(t.target));
        }
        return {};
    case Qt::DecorationRole: {
        if (index.column() != NameColumn)
            return {};
        // Made once: a view asks for every visible row on every paint.
        if (m_icons.isEmpty()) {
            QStyle *style = QApplication::style();
            if (!style)
                return {};
            m_icons = {style->standardIcon(QStyle::SP_DirIcon), style->standardIcon(QStyle::SP_FileIcon),
                       style->standardIcon(QStyle::SP_FileLinkIcon)};
        }
        if (n->isDir())
            return m_icons[0];
        if (n->type == FileInfo::Type::Symlink) {
            if (atRoot)
                requestLinkTarget(n);
            return m_icons[2];
        }
        if (n->type != FileInfo::Type::File)
            return m_icons[1];
        if (m_decorationHook) {
            QIcon thumbnail = m_decorationHook(index);
            if (!thumbnail.isNull())
                return thumbnail;
        }
        // By the name alone (no read per row): the type's theme icon, its generic one, or a file.
        const QString suffix = QString::fromUtf8(suffixOf(n->name).toByteArray().toLower());
        auto it = m_typeIcons.find(suffix);
        if (it == m_typeIcons.end()) {
            static const QMimeDatabase db;
            const QMimeType mime = db.mimeTypeForFile(displayName(n->name), QMimeDatabase::MatchExtension);
            QIcon icon = QIcon::fromTheme(mime.iconName());
            if (icon.isNull())
                icon = QIcon::fromTheme(mime.genericIconName());
            it = m_typeIcons.insert(suffix, icon.isNull() ? m_icons[1] : icon);
        }
        return it.value();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (n->type == FileInfo::Type::Symlink && atRoot && m_linkTargets.value(n->name).broken)
            return QColor(Qt::red);
        return {};
    case NameBytesRole: return n->name;
    case PathRole: return pathOf(n);
    case UrlRole: return m_rootUrl.withPath(pathOf(n)).toString();
    case SizeRole: return n->size;
    case FileTypeRole: return int(n->type);
    case ModifiedRole: return n->mtimeNs;
    case ModeRole: return n->mode;
    case UidRole: return n->uid;
    case GidRole: return n->gid;
    case IsDirRole: return n->isDir();
    case IsExportRole: return bool(n->flags & ExportFlag);
    case LinkTargetRole:
        if (n->type == FileInfo::Type::Symlink && atRoot) {
            requestLinkTarget(n);
            return m_linkTargets.value(n->name).target;
        }
        return {};
    case BrokenLinkRole:
        if (n->type == FileInfo::Type::Symlink && atRoot) {
            requestLinkTarget(n);
            return m_linkTargets.value(n->name).broken;
        }
        return false;
    default:
        return {};
    }
}

void RemoteFsModel::requestLinkTarget(const Node *node) const
{
    if (m_linkTargets.contains(node->name))
        return;
    m_linkTargets.insert(node->name, LinkTarget());
    m_linkQueue.append(node->name);
    if (!m_linkTimer.isActive())
        m_linkTimer.start();
}

void RemoteFsModel::readLinkTargets()
{
    while (m_linkJobs < MaxLinkJobs && !m_linkQueue.isEmpty()) {
        const QByteArray name = m_linkQueue.takeFirst();
        const QByteArray base = m_rootUrl.path();
        const QByteArray path = (base.endsWith('/') ? base : base + '/') + name;
        Session *session = m_pool->sessionFor(m_rootUrl.withPath(path));
        ReadlinkJob *readlink = session->readlink(path);
        StatJob *stat = session->stat(path);   // follows the link: fails when it is broken
        m_linkJobs += 1;
        const NfsUrl root = m_rootUrl;
        auto pending = std::make_shared<int>(2);
        const auto done = [this, readlink, stat, name, root, pending] {
            if (--*pending > 0)
                return;
            readlink->deleteLater();
            stat->deleteLater();
            --m_linkJobs;
            if (root == m_rootUrl && m_linkTargets.contains(name)) {
                LinkTarget &t = m_linkTargets[name];
                t.known = true;
                t.target = readlink->error() ? QByteArray() : readlink->result();
                t.broken = stat->error().kind() == NfsError::Kind::NotFound;
                const QModelIndex idx = indexOfName(name);
                if (idx.isValid())
                    Q_EMIT const_cast<RemoteFsModel *>(this)->dataChanged(
                        idx, index(idx.row(), ColumnCount - 1, idx.parent()));
            }
            if (!m_linkQueue.isEmpty())
                m_linkTimer.start();
        };
        readlink->setParent(this);
        connect(readlink, &Job::finished, this, done);
        stat->setParent(this);
        connect(stat, &Job::finished, this, done);
    }
}
