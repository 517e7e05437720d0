// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotefsmodel.h"
#include "remotefsnode.h"

#include "sessioncache.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcModel, "nfsnav.model", QtWarningMsg)

using namespace ModelNodes;

namespace {
// The link target requests of one paint are read together (readLinkTargets).
constexpr int LinkCoalesceMs = 50;
constexpr int MergeIntervalMs = 200;
constexpr int MaxMergeIntervalMs = 600;
constexpr qint64 RowsPerMergeMs = 200;   // a merge per this many rows' milliseconds, within those bounds
// Up to this many gathered rows are sorted on the GUI thread (a few ms); more go to the pool.
constexpr size_t SortOnGuiThreadMax = 4096;
// A listing's first batch up to this size is prepared on the GUI thread (see prepareAsync).
constexpr size_t FirstBatchOnGuiThreadMax = 512;
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
