// SPDX-License-Identifier: GPL-3.0-or-later
#include "localpane.h"

#include "remotemimedata.h"
#include "transferqueue.h"

#include <QDesktopServices>
#include <QDir>
#include <QDropEvent>
#include <QFileSystemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

LocalPane::LocalPane(QWidget *parent)
    : QWidget(parent), m_model(new QFileSystemModel(this)), m_location(new QLineEdit(this)), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("localPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *up = new QToolButton(this);
    up->setIcon(style()->standardIcon(QStyle::SP_FileDialogToParent));
    up->setToolTip(tr("Up"));
    up->setAccessibleName(tr("Up"));
    connect(up, &QToolButton::clicked, this, [this] {
        QDir dir(path());
        if (dir.cdUp())
            setPath(dir.absolutePath());
    });
    bar->addWidget(up);
    m_location->setObjectName(QStringLiteral("localLocation"));
    m_location->setPlaceholderText(tr("A folder on this computer"));
    m_location->setAccessibleName(tr("A folder on this computer"));
    connect(m_location, &QLineEdit::returnPressed, this, [this] { setPath(m_location->text()); });
    bar->addWidget(m_location, 1);
    layout->addLayout(bar);

    m_model->setReadOnly(true);
    m_model->setFilter(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::AllDirs);
    m_view->setObjectName(QStringLiteral("localView"));
    m_view->setAccessibleName(tr("Files on this computer"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &idx) {
        if (m_model->isDir(idx))
            setPath(m_model->filePath(idx));
        else
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_model->filePath(idx)));
    });
    layout->addWidget(m_view, 1);
    setPath(QDir::homePath());
    if (auto *splitter = qobject_cast<QSplitter *>(parent))
        connect(splitter, &QSplitter::splitterMoved, this, &LocalPane::stateChanged);
}

void LocalPane::reveal(bool on)
{
    setVisible(on);
    Q_EMIT stateChanged();
    auto *splitter = qobject_cast<QSplitter *>(parentWidget());
    if (!on || !splitter)
        return;
    QList<int> sizes = splitter->sizes();
    const int me = splitter->indexOf(this);
    if (me < 1 || sizes.value(me) > 0)
        return;
    const int half = sizes.at(me - 1) / 2;
    sizes[me - 1] -= half;
    sizes[me] = half;
    splitter->setSizes(sizes);
    Q_EMIT stateChanged();
}

QByteArray LocalPane::saveState() const
{
    QJsonObject state;
    state.insert(QStringLiteral("open"), !isHidden());
    state.insert(QStringLiteral("folder"), path());
    if (auto *splitter = qobject_cast<QSplitter *>(parentWidget())) {
        QJsonArray sizes;
        for (int size : splitter->sizes())
            sizes.append(size);
        state.insert(QStringLiteral("sizes"), sizes);
    }
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

bool LocalPane::restoreState(const QByteArray &saved)
{
    const QJsonObject state = QJsonDocument::fromJson(saved).object();
    const QString folder = state.value(QStringLiteral("folder")).toString();
    if (!folder.isEmpty())
        setPath(folder);
    const bool open = state.value(QStringLiteral("open")).toBool();
    reveal(open);
    auto *splitter = qobject_cast<QSplitter *>(parentWidget());
    const QJsonArray savedSizes = state.value(QStringLiteral("sizes")).toArray();
    if (splitter && savedSizes.size() == splitter->count()) {
        QList<int> sizes;
        for (const QJsonValue &v : savedSizes)
            sizes.append(std::max(v.toInt(), 0));
        // An open pane gets room even when it was saved without any.
        if (!open || sizes.value(splitter->indexOf(this)) > 0) {
            splitter->setSizes(sizes);
            Q_EMIT stateChanged();
        }
    }
    return open;
}

QString LocalPane::path() const
{
    return m_model->rootPath();
}

void LocalPane::setPath(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isDir())
        return;
    m_location->setText(fi.absoluteFilePath());
    if (fi.absoluteFilePath() == m_model->rootPath())
        return;
    m_view->setRootIndex(m_model->setRootPath(fi.absoluteFilePath()));
    Q_EMIT stateChanged();
}

QString LocalPane::dropFolder(const QPoint &pos) const
{
    const QModelIndex idx = m_view->indexAt(pos);
    if (idx.isValid() && m_model->isDir(idx))
        return m_model->filePath(idx);
    return path();
}

bool LocalPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *de = static_cast<QDropEvent *>(event);
        // Only places from a remote view: drops between local folders are the file manager's job.
        if (de->mimeData()->hasFormat(RemoteMimeData::NfsUrlsMimeType) && QFileInfo(dropFolder(de->position().toPoint())).isWritable()) {
            de->setDropAction(Qt::CopyAction);
            de->accept();
        } else {
            de->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *de = static_cast<QDropEvent *>(event);
        const QList<RemoteMimeData::Item> items = RemoteMimeData::internalItems(de->mimeData());
        const QString folder = dropFolder(de->position().toPoint());
        if (items.isEmpty() || folder.isEmpty()) {
            de->ignore();
            return true;
        }
        de->setDropAction(Qt::CopyAction);
        de->accept();
        for (const RemoteMimeData::Item &item : items) {
            const QByteArray name = item.url.path().mid(item.url.path().lastIndexOf('/') + 1);
            TransferRequest request;
            request.from = TransferPlace::remote(item.url);
            request.to = TransferPlace::local(QDir(folder).filePath(QString::fromUtf8(name)));
            request.recursive = item.isDir;
            request.options.noClobber = true;   // a drop never replaces a local file unasked
            TransferQueue::application()->add(request);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
