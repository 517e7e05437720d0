// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotefsfiltermodel.h"

#include "displayname.h"
#include "remotefsmodel.h"

RemoteFsFilterModel::RemoteFsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Never sort here; keep the source's order row for row.
    setDynamicSortFilter(false);
}

void RemoteFsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<RemoteFsModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RemoteFsFilterModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    invalidateRowsFilter();
}

void RemoteFsFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    const bool wildcard = text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'));
    m_pattern = QRegularExpression(
        wildcard ? QRegularExpression::wildcardToRegularExpression(text, QRegularExpression::UnanchoredWildcardConversion)
                 : QRegularExpression::escape(text),
        QRegularExpression::CaseInsensitiveOption);
    invalidateRowsFilter();
}

void RemoteFsFilterModel::setFoldersOnly(bool foldersOnly)
{
    if (foldersOnly == m_foldersOnly)
        return;
    m_foldersOnly = foldersOnly;
    invalidateRowsFilter();
}

void RemoteFsFilterModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool RemoteFsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return true;
    const QByteArray &name = m_model->nameBytes(sourceRow, sourceParent);
    if (!m_showHidden && name.startsWith('.'))
        return false;
    if (m_foldersOnly && !m_model->isDir(m_model->index(sourceRow, 0, sourceParent)))
        return false;
    // The filter applies to the folder being looked at, not to folders expanded below it.
    if (!m_filterText.isEmpty() && !sourceParent.isValid())
        return m_pattern.match(displayName(name)).hasMatch();
    return true;
}
