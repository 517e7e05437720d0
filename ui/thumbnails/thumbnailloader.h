// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailLoader: makes one thumbnail on a worker thread. It looks in the
// freedesktop cache first (ThumbnailCache); on a miss it reads the file from
// the server through a BlockingRemoteReader: an image is decoded by
// QImageReader straight from the reader, scaled while decoding
// (setScaledSize), turned as its EXIF orientation says, and refused before any
// pixel is decoded when it would need more than ImageAllocationMiB; a PDF is
// read whole into memory (its size is capped by the caller) and its first page
// rendered by QtPdf. What it made is stored in the cache.
// Blocks: worker threads only, never the GUI thread. `cancelled` stops it at
// the reader's next wait (the provider sets it when the row scrolls away or
// the time budget is spent).
#include "thumbnailcache.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <atomic>
#include <memory>

class Session;

class ThumbnailLoader
{
    Q_DECLARE_TR_FUNCTIONS(ThumbnailLoader)
public:
    enum class Kind { Image, Pdf };
    // QImageReader::setAllocationLimit, set explicitly: Qt's default (128 MiB)
    // lets a 9000x9000 grayscale bomb through.
    static constexpr int ImageAllocationMiB = 64;

    struct Request
    {
        Session *session = nullptr;   // made and kept by the provider, used here
        QByteArray path;              // the server path
        QString uri;                  // the nfs:// URL: the cache's key
        qint64 mtimeSeconds = 0;
        qint64 size = 0;              // from the listing; the reader checks it again
        qint64 maxBytes = 0;          // the byte budget: larger files are not read
        Kind kind = Kind::Image;
        ThumbnailCache::Size cacheSize = ThumbnailCache::Size::Normal;
        std::shared_ptr<std::atomic<bool>> cancelled;
        std::shared_ptr<std::atomic<qint64>> bytesRead;   // bytes read from the server, summed
    };
    struct Result
    {
        QImage image;                 // null when there is none
        bool fromCache = false;       // found in the freedesktop cache, nothing read
        bool opened = false;          // the file was opened on the server
        QString error;                // why there is none (for the log)
    };

    static Result load(const Request &request);
    // The thumbnail of an image in `device` (from its current position), at most `pixels` wide and high.
    static QImage decodeImage(QIODevice &device, int pixels, QString *error);
    // The first page of the PDF in `data`, at most `pixels` wide and high.
    static QImage renderPdf(const QByteArray &data, int pixels, QString *error);
};
