// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteFsModel's entries and their order: entries made and sorted on a pool
// thread, and sort() and resort(), which apply the order to the model's rows.
#include "remotefsnode.h"

#include "displayname.h"

#include <QLocale>

#include <algorithm>

namespace ModelNodes {

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

namespace {

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
    if (!node->isDir())
        node->typeKey = FileTypeKey::of(node->type, node->name);   // once per row, not per comparison
    return node;
}

} // namespace

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

} // namespace ModelNodes

// --- the order applied to the model's rows ----------------------------------

using namespace ModelNodes;

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
    movePersistentRows(nullptr);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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
    movePersistentRows(folderNode);
    Q_EMIT layoutChanged({QPersistentModelIndex(parentIndex)}, QAbstractItemModel::VerticalSortHint);
}

void RemoteFsModel::movePersistentRows(const Node *parent)
{
    QModelIndexList from, to;
    for (const QModelIndex &idx : persistentIndexList()) {
        Node *node = nodeOf(idx);
        if ((parent && node->parent != parent) || node->row == idx.row())
            continue;
        from.append(idx);
        to.append(createIndex(node->row, idx.column(), node));
    }
    changePersistentIndexList(from, to);
}
