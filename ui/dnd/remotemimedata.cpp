// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotemimedata.h"

#include "dragcache.h"
#include "transferqueue.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <QUrl>

const QString RemoteMimeData::NfsUrlsMimeType = QStringLiteral("application/x-nfs-navigator-urls");
const QString RemoteMimeData::UriListMimeType = QStringLiteral("text/uri-list");
const QString RemoteMimeData::GnomeCopiedFilesMimeType = QStringLiteral("x-special/gnome-copied-files");
const QString RemoteMimeData::KdeCutSelectionMimeType = QStringLiteral("application/x-kde-cutselection");

RemoteMimeData::RemoteMimeData(const QList<Item> &items) : m_items(items)
{
    DragCache &cache = DragCache::instance();
    for (const Item &item : std::as_const(m_items)) {
        const QString local = cache.localPathFor(item.url);
        m_localPaths.append(local);
        if (!local.isEmpty())
            cache.pin(local);
    }
    m_jobs.resize(m_items.size());
}

RemoteMimeData::~RemoteMimeData()
{
    // The copies go on in the queue; the cache may evict them once no drag holds them.
    DragCache &cache = DragCache::instance();
    for (const QString &local : std::as_const(m_localPaths)) {
        if (!local.isEmpty())
            cache.unpin(local);
    }
}

QList<RemoteMimeData::Item> RemoteMimeData::internalItems(const QMimeData *mime)
{
    QList<Item> items;
    if (!mime || !mime->hasFormat(NfsUrlsMimeType))
        return items;
    // One place a line: "D " for a folder or "F " for anything else, then the canonical URL.
    const QList<QByteArray> lines = mime->data(NfsUrlsMimeType).split('\n');
    for (const QByteArray &line : lines) {
        if (line.size() < 3 || line.at(1) != ' ')
            continue;
        const NfsUrl url = NfsUrl::parse(QString::fromUtf8(line.mid(2)));
        if (url.isValid())
            items.append({url, 0, 0, line.at(0) == 'D'});
    }
    return items;
}

void RemoteMimeData::setClipboardCut(bool cut)
{
    m_clipboard = true;
    m_cut = cut;
}

bool RemoteMimeData::isCut(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasFormat(KdeCutSelectionMimeType))
        return mime->data(KdeCutSelectionMimeType).startsWith('1');
    if (mime->hasFormat(GnomeCopiedFilesMimeType))
        return mime->data(GnomeCopiedFilesMimeType).startsWith("cut\n");
    return false;
}

void RemoteMimeData::startFetching() const
{
    if (m_fetching)
        return;
    m_fetching = true;
    DragCache &cache = DragCache::instance();
    TransferQueue *queue = TransferQueue::application();
    for (int i = 0; i < m_items.size(); ++i) {
        const QString &local = m_localPaths.at(i);
        if (local.isEmpty())
            continue;
        cache.touch(local);
        if (!m_items.at(i).isDir && DragCache::isCurrent(local, m_items.at(i).size, m_items.at(i).mtimeNs))
            continue;
        if (!cache.ensureFolderFor(local))
            continue;
        TransferRequest request;
        request.from = TransferPlace::remote(m_items.at(i).url);
        request.to = TransferPlace::local(local);
        request.recursive = m_items.at(i).isDir;
        // An older copy is replaced by the transfer's final rename, never removed first.
        request.options.replace = true;
        TransferJob *job = queue->add(request);
        m_jobs[i] = job;
        QObject::connect(job, &Job::finished, queue, [] { DragCache::instance().evict(); });
    }
}

bool RemoteMimeData::itemReady(int i) const
{
    const Item &item = m_items.at(i);
    const QString &local = m_localPaths.at(i);
    if (local.isEmpty())
        return false;
    TransferJob *job = m_jobs.at(i);
    if (job && job->isFinished())
        return !job->error() && job->failures().isEmpty();
    if (job)
        return false;
    // No transfer: the cache had it (folders are always fetched).
    return !item.isDir && DragCache::isCurrent(local, item.size, item.mtimeNs);
}

bool RemoteMimeData::isReady() const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (!itemReady(i))
            return false;
    }
    return true;
}

QStringList RemoteMimeData::formats() const
{
    QStringList f{UriListMimeType, NfsUrlsMimeType};
    if (m_clipboard)
        f << GnomeCopiedFilesMimeType << KdeCutSelectionMimeType;
    return f;
}

bool RemoteMimeData::hasFormat(const QString &mimeType) const
{
    return formats().contains(mimeType);
}

QList<QUrl> RemoteMimeData::readyUrls() const
{
    startFetching();
    // The drop target (or pasting program) is waiting with its window frozen:
    // block on the transfers' ends (they run on the pool threads and need no
    // event loop here), but never longer than ReadyWaitMs, and never on anything else.
    const QDeadlineTimer deadline(ReadyWaitMs);
    for (int i = 0; i < m_items.size(); ++i) {
        TransferJob *job = m_jobs.at(i);
        if (job && !job->isFinished())
            job->wait(int(std::max<qint64>(deadline.remainingTime(), 0)));
    }
    int pending = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!itemReady(i))
            ++pending;
    }
    if (pending > 0) {
        if (m_notReady && !m_notReadyPosted) {
            // Told once, from the event loop: the caller may be inside a drop handler.
            m_notReadyPosted = true;
            QTimer::singleShot(0, TransferQueue::application(), [callback = m_notReady, pending] { callback(pending); });
        }
        return {};
    }
    QList<QUrl> urls;
    for (const QString &local : m_localPaths)
        urls.append(QUrl::fromLocalFile(local));
    if (m_handedOut)
        m_handedOut();
    return urls;
}

QVariant RemoteMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    if (mimeType == NfsUrlsMimeType) {
        QByteArray text;
        for (const Item &item : m_items)
            text += (item.isDir ? "D " : "F ") + item.url.toString().toUtf8() + '\n';
        return text;
    }
    if (m_clipboard && mimeType == KdeCutSelectionMimeType)
        return QByteArray(m_cut ? "1" : "0");
    if (m_clipboard && mimeType == GnomeCopiedFilesMimeType) {
        const QList<QUrl> urls = readyUrls();
        if (urls.isEmpty())
            return {};
        QByteArray text = m_cut ? "cut" : "copy";
        for (const QUrl &u : urls)
            text += '\n' + u.toEncoded();
        return text;
    }
    if (mimeType != UriListMimeType)
        return {};
    const QList<QUrl> urls = readyUrls();
    if (urls.isEmpty())
        return {};
    if (type.id() == QMetaType::QByteArray || type.id() == QMetaType::QString) {
        QByteArray text;
        for (const QUrl &u : urls)
            text += u.toEncoded() + "\r\n";
        return type.id() == QMetaType::QString ? QVariant(QString::fromUtf8(text)) : QVariant(text);
    }
    QVariantList list;
    for (const QUrl &u : urls)
        list.append(u);
    return list;
}
