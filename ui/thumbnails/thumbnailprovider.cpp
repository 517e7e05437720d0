// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailprovider.h"

#include "sessioncache.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcThumbnails, "nfsnav.thumbnails", QtWarningMsg)

namespace {
// Failures remembered at most: a folder of many damaged files stays bounded.
constexpr qsizetype MaxFailuresRemembered = 20000;
}

ThumbnailProvider::ThumbnailProvider(QObject *parent)
    : QObject(parent), m_sessions(new SessionCache(this))
{
    m_workers.setMaxThreadCount(MaxRunning);
    m_memory.setMaxCost(MemoryCacheKiB);
}

ThumbnailProvider::~ThumbnailProvider()
{
    // Every reader stops at its next wait (50 ms slices); then the sessions may go.
    for (Pending &p : m_pending)
        p.cancelled->store(true, std::memory_order_release);
    m_workers.waitForDone();
}

namespace {
QPointer<ThumbnailProvider> applicationProvider;

void destroyApplicationProvider()
{
    delete applicationProvider.data();
}
}

ThumbnailProvider *ThumbnailProvider::application()
{
    if (!applicationProvider) {
        applicationProvider = new ThumbnailProvider();
        // Deleted while the application still delivers events: a Session's
        // thread ends on an event, which is no longer delivered once the
        // QCoreApplication destructor has begun (its children go after that).
        qAddPostRoutine(destroyApplicationProvider);
    }
    return applicationProvider;
}

QString ThumbnailProvider::keyOf(const QString &urlText, qint64 mtimeNs)
{
    return urlText + QLatin1Char('\n') + QString::number(mtimeNs);
}

QIcon ThumbnailProvider::cached(const QString &key) const
{
    const QIcon *icon = m_memory.object(key);
    return icon ? *icon : QIcon();
}

void ThumbnailProvider::clearMemory()
{
    m_memory.clear();
    m_failed.clear();
}

void ThumbnailProvider::want(const QString &key, const Item &item, const void *owner)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        Pending p;
        p.item = item;
        p.cancelled = std::make_shared<std::atomic<bool>>(false);
        it = m_pending.insert(key, p);
        m_queue.append(key);
    }
    it->owners.insert(owner);
    startNext();
}

void ThumbnailProvider::unwant(const QString &key, const void *owner)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    it->owners.remove(owner);
    if (!it->owners.isEmpty())
        return;
    ++m_cancelledCount;
    if (it->running) {
        // Ends at the reader's next wait; onFinished drops it.
        it->cancelled->store(true, std::memory_order_release);
        return;
    }
    m_queue.removeOne(key);
    m_pending.erase(it);
}

void ThumbnailProvider::startNext()
{
    while (m_running < MaxRunning && !m_queue.isEmpty()) {
        const QString key = m_queue.takeFirst();
        auto it = m_pending.find(key);
        if (it == m_pending.end())
            continue;
        Pending &p = *it;
        p.running = true;
        ++m_running;
        ++m_started;

        ThumbnailLoader::Request request;
        // Asked now, not when queued: the session is marked used while it works (idle ones close).
        request.session = m_sessions->sessionFor(p.item.url);
        request.path = p.item.url.path();
        request.uri = p.item.url.toString();
        request.mtimeSeconds = p.item.mtimeNs / 1000000000;
        request.size = p.item.size;
        request.maxBytes = byteBudget(p.item.kind);
        request.kind = p.item.kind;
        request.cancelled = p.cancelled;
        request.bytesRead = m_bytes;

        // The time budget: the reader stops at its next wait once it is spent.
        p.budget = new QTimer(this);
        p.budget->setSingleShot(true);
        connect(p.budget, &QTimer::timeout, this, [this, key] {
            auto found = m_pending.find(key);
            if (found == m_pending.end())
                return;
            found->timedOut = true;
            found->cancelled->store(true, std::memory_order_release);
        });
        p.budget->start(TimeBudgetMs);

        auto *watcher = new QFutureWatcher<ThumbnailLoader::Result>(this);
        connect(watcher, &QFutureWatcher<ThumbnailLoader::Result>::finished, this, [this, watcher, key] {
            watcher->deleteLater();
            onFinished(key, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(&m_workers, [request] { return ThumbnailLoader::load(request); }));
    }
}

void ThumbnailProvider::onFinished(const QString &key, const ThumbnailLoader::Result &result)
{
    --m_running;
    if (result.opened)
        ++m_opened;
    auto it = m_pending.find(key);
    if (it != m_pending.end()) {
        Pending p = *it;
        m_pending.erase(it);
        delete p.budget;
        const bool cancelled = p.cancelled->load(std::memory_order_acquire);
        if (!result.image.isNull() && !cancelled) {
            const QImage &image = result.image;
            auto *icon = new QIcon(QPixmap::fromImage(image));
            m_memory.insert(key, icon, std::max<int>(1, int(qint64(image.width()) * image.height() * 4 / 1024)));
            Q_EMIT thumbnailReady(key);
        } else if (cancelled && !p.timedOut) {
            // Scrolled away while it was made; wanted again meanwhile: queued anew.
            if (!p.owners.isEmpty()) {
                const QSet<const void *> owners = p.owners;
                for (const void *owner : owners)
                    want(key, p.item, owner);
            }
        } else {
            // Damaged, too large to decode, over budget or unreadable: the type's icon stays.
            // A file that could not be opened at all (the server away or too slow to
            // open it within the budget) is asked for again when its row is looked at again.
            if (result.opened) {
                if (m_failed.size() >= MaxFailuresRemembered)
                    m_failed.clear();
                m_failed.insert(key);
            }
            qCDebug(lcThumbnails) << "no thumbnail for" << p.item.url.toString() << ":"
                          << (p.timedOut ? QStringLiteral("time budget spent") : result.error);
            Q_EMIT thumbnailFailed(key);
        }
    }
    startNext();
}
