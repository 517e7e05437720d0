// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailProvider: the window's thumbnails of images and PDFs, made on
// worker threads over sessions of its own (its own SessionCache: connections
// apart from browsing's, as the transfer queue has), so a folder of pictures
// never slows listing or previews.
//
// Views ask for the thumbnails of the rows they show (want) and let go of rows
// scrolled away (unwant): a thumbnail nobody wants any more is taken from the
// queue, or cancelled at its reader's next wait when it is being made. At most
// MaxRunning are made at once, each within a byte budget (larger files are not
// read) and a time budget (TimeBudgetMs, then it is cancelled). Made
// thumbnails live in a bounded memory cache (QCache) and in the freedesktop
// cache on disk (ThumbnailCache), keyed by the nfs:// URL and the mtime, so a
// changed file gets a new one. A file that gives none (damaged, too large to
// decode, unreadable) is remembered and not read again while its mtime stays.
// GUI thread only; it never waits on the network.
#include "nfsurl.h"
#include "thumbnailloader.h"

#include <QCache>
#include <QHash>
#include <QIcon>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QTimer;
class SessionCache;

class ThumbnailProvider : public QObject
{
    Q_OBJECT
public:
    // Two at a time: pictures come quickly without crowding the server.
    static constexpr int MaxRunning = 2;
    // A thumbnail not made within this is given up (a slow server, a huge PDF page).
    static constexpr int TimeBudgetMs = 15000;
    // Byte budgets: larger files are shown with their type's icon, never read.
    static constexpr qint64 ImageByteBudget = 32 * 1024 * 1024;
    static constexpr qint64 PdfByteBudget = 16 * 1024 * 1024;
    // The memory cache: about 500 thumbnails of 128×128.
    static constexpr int MemoryCacheKiB = 32 * 1024;

    struct Item
    {
        NfsUrl url;
        qint64 mtimeNs = 0;
        qint64 size = 0;
        ThumbnailLoader::Kind kind = ThumbnailLoader::Kind::Image;
    };

    explicit ThumbnailProvider(QObject *parent = nullptr);
    ~ThumbnailProvider() override;
    // The application's provider, deleted as the QCoreApplication goes (a post routine).
    static ThumbnailProvider *application();

    // What keys a thumbnail: the file's URL and mtime.
    static QString keyOf(const QString &urlText, qint64 mtimeNs);
    static qint64 byteBudget(ThumbnailLoader::Kind kind)
    {
        return kind == ThumbnailLoader::Kind::Pdf ? PdfByteBudget : ImageByteBudget;
    }

    // The thumbnail in memory, or a null icon. Never reads.
    QIcon cached(const QString &key) const;
    // This file (at this mtime) gives no thumbnail.
    bool hasFailed(const QString &key) const { return m_failed.contains(key); }
    // `owner` wants the thumbnail of `item` (keyed `key`); queued unless it is
    // being made already. thumbnailReady or thumbnailFailed follows.
    void want(const QString &key, const Item &item, const void *owner);
    // `owner` no longer wants it; nobody else does: it is dropped or cancelled.
    void unwant(const QString &key, const void *owner);

    // For tests and the log: what is queued or being made, and counts since start.
    QStringList pendingKeys() const { return m_pending.keys(); }
    int runningCount() const { return m_running; }
    int started() const { return m_started; }
    int cancelled() const { return m_cancelledCount; }
    int filesOpened() const { return m_opened; }
    qint64 bytesRead() const { return m_bytes->load(); }
    // Empties the memory cache and forgets failures (the disk cache stays).
    void clearMemory();
    SessionCache *sessions() const { return m_sessions; }

Q_SIGNALS:
    void thumbnailReady(const QString &key);
    void thumbnailFailed(const QString &key);

private:
    struct Pending
    {
        Item item;
        QSet<const void *> owners;
        std::shared_ptr<std::atomic<bool>> cancelled;
        bool running = false;
        bool timedOut = false;
        QTimer *budget = nullptr;
    };
    void startNext();
    void onFinished(const QString &key, const ThumbnailLoader::Result &result);

    SessionCache *m_sessions;
    QThreadPool m_workers;
    QHash<QString, Pending> m_pending;
    QList<QString> m_queue;   // keys not started yet, in the order asked (visible rows first)
    int m_running = 0;
    int m_started = 0;
    int m_cancelledCount = 0;
    int m_opened = 0;
    QCache<QString, QIcon> m_memory;
    QSet<QString> m_failed;
    std::shared_ptr<std::atomic<qint64>> m_bytes = std::make_shared<std::atomic<qint64>>(0);
};
