// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DragCache: complete local copies of server files, for drags out of the
// window (and files opened with the desktop's applications), in
// $XDG_CACHE_HOME/nfs-navigator/ (mode 0700: the copies may be private).
//
// Each server file gets a folder of its own named after a hash of its URL,
// holding the copy under the file's own name (a drop target sees that name).
// A copy is current when its size and modification time equal the server
// file's: transfers keep the source's mtime, so an unchanged file is never
// fetched twice. The cache is capped (the "dragCache/maxBytes" setting):
// entries are stamped when used and the least recently used go first, never
// one that is pinned (being fetched or handed to a drag right now).
// GUI thread only; it touches the local disk only.
#include "nfsurl.h"

#include <QHash>
#include <QString>

class DragCache
{
public:
    // Big enough for a few videos or disk images, small next to a home folder.
    static constexpr qint64 DefaultMaxBytes = qint64(2) << 30;

    // The application's cache.
    static DragCache &instance();

    // The cache folder, made with mode 0700 when missing; empty when it cannot be made.
    QString root() const;
    // Where the copy of `url` lives (its folder is made on demand by ensureFolderFor()).
    QString localPathFor(const NfsUrl &url) const;
    bool ensureFolderFor(const QString &localPath) const;
    // The copy at `localPath` is there, complete, with this size and mtime.
    static bool isCurrent(const QString &localPath, qint64 size, qint64 mtimeNs);
    // Marks the entry holding `localPath` as used now (the LRU order).
    void touch(const QString &localPath) const;

    // Pinned entries are never evicted; pins count.
    void pin(const QString &localPath);
    void unpin(const QString &localPath);

    qint64 maxBytes() const;
    void setMaxBytes(qint64 bytes);
    // Removes least recently used entries until the cache fits its cap.
    void evict();

private:
    DragCache() = default;
    QString entryOf(const QString &localPath) const;
    QHash<QString, int> m_pins;   // entry folder -> pin count
};
