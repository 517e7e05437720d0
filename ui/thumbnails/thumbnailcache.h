// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailCache: the freedesktop.org thumbnail cache on the local disk
// ($XDG_CACHE_HOME/thumbnails, else ~/.cache/thumbnails), shared with other
// file managers. A thumbnail is a PNG named by the MD5 of its file's URI (here
// the nfs:// URL) in normal/ (at most 128 pixels) or large/ (256), carrying
// the text chunks Thumb::URI and Thumb::MTime (the file's mtime in whole
// seconds); one whose URI or MTime differs from the file's is ignored, so a
// changed file gets a new thumbnail. Written atomically: a temporary file
// beside it (mode 0600), then a rename.
// Stateless: any thread (the loaders use it on their worker threads).
#include <QImage>
#include <QString>

class ThumbnailCache
{
public:
    enum class Size { Normal, Large };
    static constexpr int NormalPixels = 128;
    static constexpr int LargePixels = 256;

    static int pixels(Size size) { return size == Size::Large ? LargePixels : NormalPixels; }
    // The cache's root folder: $XDG_CACHE_HOME/thumbnails (when absolute), else ~/.cache/thumbnails.
    static QString root();
    // Where the thumbnail of `uri` lives (whether or not it exists).
    static QString pathFor(const QString &uri, Size size = Size::Normal);
    // The cached thumbnail of `uri` when it exists, is readable and names this
    // URI and mtime; a null image otherwise.
    static QImage load(const QString &uri, qint64 mtimeSeconds, Size size = Size::Normal);
    // Stores `image` (already scaled) as the thumbnail of `uri`; false (and
    // nothing under the final name) when it could not be written.
    static bool save(const QImage &image, const QString &uri, qint64 mtimeSeconds, qint64 fileSize,
                     Size size = Size::Normal);
};
