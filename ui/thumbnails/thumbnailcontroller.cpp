// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcontroller.h"

#include "appsettings.h"
#include "fileinfo.h"
#include "remotefsmodel.h"

#include <QAbstractProxyModel>
#include <QEvent>
#include <QImageReader>
#include <QListView>
#include <QMimeDatabase>
#include <QScrollBar>

#include <QSet>

#include <algorithm>

ThumbnailController::ThumbnailController(QListView *iconsView, RemoteFsModel *model, QObject *parent)
    : QObject(parent), m_view(iconsView), m_model(model), m_provider(ThumbnailProvider::application())
{
    m_plainIconSize = iconsView->iconSize();
    m_plainGridSize = iconsView->gridSize();
    m_timer.setSingleShot(true);
    m_timer.setInterval(CoalesceMs);
    connect(&m_timer, &QTimer::timeout, this, &ThumbnailController::update);

    model->setDecorationHook([this](const QModelIndex &index) { return iconFor(index); });
    connect(m_provider, &ThumbnailProvider::thumbnailReady, this, [this](const QString &key) {
        const QPersistentModelIndex index = m_wanted.take(key);
        if (index.isValid() && m_model)
            m_model->decorationChanged(index);
    });
    connect(m_provider, &ThumbnailProvider::thumbnailFailed, this, [this](const QString &key) { m_wanted.remove(key); });

    // What moves the visible rows: scrolling, resizing, showing, rows coming and going.
    connect(iconsView->verticalScrollBar(), &QScrollBar::valueChanged, this, &ThumbnailController::schedule);
    connect(iconsView->horizontalScrollBar(), &QScrollBar::valueChanged, this, &ThumbnailController::schedule);
    connect(iconsView->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ThumbnailController::schedule);
    iconsView->installEventFilter(this);
    iconsView->viewport()->installEventFilter(this);
    QAbstractItemModel *viewModel = iconsView->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(viewModel, signal, this, &ThumbnailController::schedule);
    connect(viewModel, &QAbstractItemModel::modelReset, this, &ThumbnailController::schedule);
    connect(viewModel, &QAbstractItemModel::layoutChanged, this, &ThumbnailController::schedule);
    // A refreshed row may carry a new mtime: its thumbnail is made again.
    connect(viewModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (!roles.contains(Qt::DecorationRole))
                    schedule();
            });

    connect(AppSettings::application(), &AppSettings::preferencesChanged, this, &ThumbnailController::applySettings);
    applySettings();
}

ThumbnailController::~ThumbnailController()
{
    unwantAll();
    if (m_model)
        m_model->setDecorationHook({});
}

std::optional<ThumbnailLoader::Kind> ThumbnailController::kindOf(const QString &name)
{
    // By suffix, once: a view asks for every visible row on every paint.
    static QHash<QString, std::optional<ThumbnailLoader::Kind>> bySuffix;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return std::nullopt;
    const QString suffix = name.mid(dot + 1).toLower();
    auto it = bySuffix.find(suffix);
    if (it == bySuffix.end()) {
        static const QMimeDatabase db;
        static const QList<QByteArray> readable = QImageReader::supportedMimeTypes();
        const QMimeType mime = db.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
        std::optional<ThumbnailLoader::Kind> kind;
        if (mime.inherits(QStringLiteral("application/pdf")))
            kind = ThumbnailLoader::Kind::Pdf;
        else if (readable.contains(mime.name().toLatin1()))
            kind = ThumbnailLoader::Kind::Image;
        it = bySuffix.insert(suffix, kind);
    }
    return it.value();
}

bool ThumbnailController::describe(const QModelIndex &index, QString *key, ThumbnailProvider::Item *item) const
{
    if (!m_model || index.parent().isValid()
        || index.data(RemoteFsModel::FileTypeRole).toInt() != int(FileInfo::Type::File))
        return false;
    const std::optional<ThumbnailLoader::Kind> kind = kindOf(index.data(Qt::DisplayRole).toString());
    if (!kind)
        return false;
    const qint64 size = index.data(RemoteFsModel::SizeRole).toLongLong();
    if (size <= 0 || size > ThumbnailProvider::byteBudget(*kind))
        return false;
    item->url = m_model->urlOf(index);
    item->mtimeNs = index.data(RemoteFsModel::ModifiedRole).toLongLong();
    item->size = size;
    item->kind = *kind;
    *key = ThumbnailProvider::keyOf(item->url.toString(), item->mtimeNs);
    return true;
}

QIcon ThumbnailController::iconFor(const QModelIndex &sourceIndex) const
{
    if (!m_enabled)
        return {};
    QString key;
    ThumbnailProvider::Item item;
    if (!describe(sourceIndex, &key, &item))
        return {};
    return m_provider->cached(key);
}

void ThumbnailController::schedule()
{
    if (m_enabled && !m_timer.isActive())
        m_timer.start();
}

void ThumbnailController::applySettings()
{
    const bool on = AppSettings::application()->thumbnails();
    if (on == m_enabled)
        return;
    m_enabled = on;
    if (m_view) {
        const int grow = ThumbnailIconPixels - m_plainIconSize.height();
        m_view->setIconSize(on ? QSize(ThumbnailIconPixels, ThumbnailIconPixels) : m_plainIconSize);
        if (m_plainGridSize.isValid())
            m_view->setGridSize(on ? m_plainGridSize + QSize(0, std::max(grow, 0)) : m_plainGridSize);
    }
    if (!on) {
        m_timer.stop();
        unwantAll();
    } else {
        schedule();
    }
    // Every row's decoration is asked again: thumbnails appear or give way to the types' icons.
    if (m_model)
        m_model->decorationChanged({});
}

void ThumbnailController::unwantAll()
{
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it)
        m_provider->unwant(it.key(), this);
    m_wanted.clear();
}

QList<int> ThumbnailController::visibleRows() const
{
    QList<int> rows;
    if (!m_view || !m_view->isVisible() || !m_model)
        return rows;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_view->model());
    const QRect area = m_view->viewport()->rect();
    // Sampled at half the grid: every cell on screen is hit, and only laid-out
    // rows answer (a row's rectangle is stale until the batched layout reaches it).
    const QSize cell = m_view->gridSize().isValid() ? m_view->gridSize() : m_view->iconSize();
    const int stepX = std::max(4, cell.width() / 2);
    const int stepY = std::max(4, cell.height() / 2);
    QSet<int> seen;
    for (int y = area.top(); y <= area.bottom() + stepY - 1 && rows.size() < MaxVisibleRows; y += stepY) {
        for (int x = area.left(); x <= area.right() + stepX - 1; x += stepX) {
            const QModelIndex index = m_view->indexAt(QPoint(std::min(x, area.right()), std::min(y, area.bottom())));
            if (!index.isValid())
                continue;
            const int row = proxy ? proxy->mapToSource(index).row() : index.row();
            if (row >= 0 && !seen.contains(row)) {
                seen.insert(row);
                rows.append(row);
            }
        }
    }
    // Top to bottom, left to right: the order they are made in.
    std::sort(rows.begin(), rows.end(), [this, proxy](int a, int b) {
        const auto rectOf = [&](int row) {
            const QModelIndex source = m_model->index(row, 0);
            return m_view->visualRect(proxy ? proxy->mapFromSource(source) : source);
        };
        const QRect ra = rectOf(a);
        const QRect rb = rectOf(b);
        return ra.top() != rb.top() ? ra.top() < rb.top() : ra.left() < rb.left();
    });
    return rows;
}

void ThumbnailController::update()
{
    if (!m_enabled || !m_model) {
        unwantAll();
        return;
    }
    QHash<QString, QPersistentModelIndex> wanted;
    for (int row : visibleRows()) {
        const QModelIndex index = m_model->index(row, 0);
        QString key;
        ThumbnailProvider::Item item;
        if (!describe(index, &key, &item) || m_provider->hasFailed(key) || !m_provider->cached(key).isNull())
            continue;
        wanted.insert(key, QPersistentModelIndex(index));
        if (!m_wanted.contains(key))
            m_provider->want(key, item, this);
    }
    // Rows scrolled away (or changed): their thumbnails are not waited for any more.
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        if (!wanted.contains(it.key()))
            m_provider->unwant(it.key(), this);
    }
    m_wanted = wanted;
}

bool ThumbnailController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Show:
    case QEvent::Resize:
        schedule();
        break;
    case QEvent::Hide:
        // Another view took its place: nothing it showed is waited for.
        if (watched == m_view)
            unwantAll();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
