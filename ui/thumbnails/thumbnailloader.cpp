// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailloader.h"

#include "blockingremotereader.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

namespace {
// Read ahead of QImageReader: small, so a refused image moves little more than its header.
constexpr qint64 ThumbnailReadAhead = 128 * 1024;

// The decoded size QImageReader will allocate for an image of `size` scaled to `scaled`.
qint64 decodedBytes(const QImageReader &reader, QSize size, QSize scaled)
{
    QSize decoded = size;
    // libjpeg scales while decoding (by up to 1/8): only that much is allocated.
    if (reader.format() == "jpeg" && scaled.isValid())
        decoded = QSize(std::max(scaled.width(), (size.width() + 7) / 8),
                        std::max(scaled.height(), (size.height() + 7) / 8));
    const int depth = std::max(int(QImage::toPixelFormat(reader.imageFormat()).bitsPerPixel()), 8);
    return qint64(decoded.width()) * decoded.height() * depth / 8;
}
}

QImage ThumbnailLoader::decodeImage(QIODevice &device, int pixels, QString *error)
{
    // Process-wide: the preview sets its own limit (a setting) on its threads too;
    // the check before decoding below holds to ours whatever the last one set.
    QImageReader::setAllocationLimit(ImageAllocationMiB);
    QImageReader reader(&device);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    QSize scaled;
    if (size.isValid()) {
        if (size.width() > pixels || size.height() > pixels)
            scaled = size.scaled(pixels, pixels, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
        // Refused before a pixel is decoded when the decoded image would pass the limit.
        if (decodedBytes(reader, size, scaled) > qint64(ImageAllocationMiB) * 1024 * 1024) {
            *error = tr("the image is %1×%2 pixels, more than the thumbnail limit allows")
                         .arg(size.width())
                         .arg(size.height());
            return {};
        }
        if (scaled.isValid())
            reader.setScaledSize(scaled);
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        *error = tr("the image could not be decoded (%1)").arg(reader.errorString());
        return {};
    }
    // Formats that cannot scale while decoding, and EXIF turns, may leave it larger.
    if (image.width() > pixels || image.height() > pixels)
        image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QImage ThumbnailLoader::renderPdf(const QByteArray &data, int pixels, QString *error)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    // QtPdf renders synchronously and guards PDFium with a lock of its own: usable off the GUI thread.
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1) {
        *error = tr("QtPdf could not read it");
        return {};
    }
    const QSizeF points = document.pagePointSize(0);
    if (points.isEmpty()) {
        *error = tr("its first page has no size");
        return {};
    }
    const QSize target = points.scaled(pixels, pixels, Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    QImage page = document.render(0, target);
    document.close();
    if (page.isNull()) {
        *error = tr("QtPdf could not draw its first page");
        return {};
    }
    // Pages are transparent where nothing is drawn: on white, as on paper.
    QImage onWhite(page.size(), QImage::Format_RGB32);
    onWhite.fill(Qt::white);
    {
        QPainter painter(&onWhite);
        painter.drawImage(0, 0, page);
    }
    return onWhite;
}

ThumbnailLoader::Result ThumbnailLoader::load(const Request &request)
{
    Result result;
    const int pixels = ThumbnailCache::pixels(request.cacheSize);
    result.image = ThumbnailCache::load(request.uri, request.mtimeSeconds, request.cacheSize);
    if (!result.image.isNull()) {
        result.fromCache = true;
        return result;
    }
    if (request.cancelled->load(std::memory_order_acquire) || !request.session) {
        result.error = tr("cancelled");
        return result;
    }
    BlockingRemoteReader reader(request.session, request.path, request.cancelled);
    reader.setReadAhead(ThumbnailReadAhead);
    reader.setByteCounter(request.bytesRead);
    if (!reader.open(QIODevice::ReadOnly)) {
        result.error = reader.errorString();
        return result;
    }
    result.opened = true;
    const qint64 fileSize = reader.size();
    // The byte budget: a file grown past it since it was listed is not read.
    if (fileSize > request.maxBytes) {
        result.error = tr("the file is larger than the thumbnail limit");
        return result;
    }
    if (request.kind == Kind::Image) {
        result.image = decodeImage(reader, pixels, &result.error);
    } else {
        // QtPdf reads synchronously and takes a short read for damage: a whole copy, within the budget.
        QByteArray data(fileSize, Qt::Uninitialized);
        qint64 got = 0;
        while (got < fileSize) {
            const qint64 n = reader.read(data.data() + got, fileSize - got);
            if (n <= 0)
                break;
            got += n;
        }
        if (got != fileSize) {
            result.error = reader.errorString();
            return result;
        }
        reader.close();
        result.image = renderPdf(data, pixels, &result.error);
    }
    if (reader.isCancelled()) {
        result.image = {};
        result.error = tr("cancelled");
        return result;
    }
    if (!result.image.isNull())
        ThumbnailCache::save(result.image, request.uri, request.mtimeSeconds, fileSize, request.cacheSize);
    return result;
}
