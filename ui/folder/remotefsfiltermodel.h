// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RemoteFsFilterModel: hides rows of a RemoteFsModel (dot files, names not
// matching the filter text, files in the folder tree) and never sorts: the
// source model owns the order, so sort() is passed through to it.
// GUI thread only.
#include <QRegularExpression>
#include <QSortFilterProxyModel>

class RemoteFsModel;

class RemoteFsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RemoteFsFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    RemoteFsModel *remoteModel() const { return m_model; }

    bool showHidden() const { return m_showHidden; }
    void setShowHidden(bool show);
    // Case-insensitive; '*' and '?' are wildcards, otherwise the text may appear anywhere in the name.
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    void setFoldersOnly(bool foldersOnly);

    // Whether a source row passes the filter (public filterAcceptsRow).
    bool accepts(int sourceRow, const QModelIndex &sourceParent) const { return filterAcceptsRow(sourceRow, sourceParent); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RemoteFsModel *m_model = nullptr;
    bool m_showHidden = false;
    bool m_foldersOnly = false;
    QString m_filterText;
    QRegularExpression m_pattern;
};
