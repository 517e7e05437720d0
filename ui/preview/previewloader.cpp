// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewloader.h"

#include "blockingremotereader.h"

#include <QBuffer>
#include <QImageReader>
#include <QLocale>
#include <QMimeDatabase>
#include <QStringDecoder>

#include <limits>

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// Reads up to `n` bytes, waiting as needed; short only at the end or on failure.
QByteArray readUpTo(QIODevice &device, qint64 n, bool *failed)
{
    QByteArray out;
    out.resize(n);
    qint64 got = 0;
    while (got < n) {
        const qint64 r = device.read(out.data() + got, n - got);
        if (r < 0) {
            *failed = true;
            break;
        }
        if (r == 0)
            break;
        got += r;
    }
    out.truncate(got);
    return out;
}

bool isImage(const QMimeType &mime)
{
    static const QList<QByteArray> readable = QImageReader::supportedMimeTypes();
    return readable.contains(mime.name().toLatin1());
}

// What libarchive reads, by type (zip, tar and its compressed forms, 7z, iso, cpio, ar, rar).
bool isArchive(const QMimeType &mime)
{
    static const QStringList archives = {
        QStringLiteral("application/zip"), QStringLiteral("application/x-tar"),
        QStringLiteral("application/x-compressed-tar"), QStringLiteral("application/x-bzip-compressed-tar"),
        QStringLiteral("application/x-bzip2-compressed-tar"), QStringLiteral("application/x-xz-compressed-tar"),
        QStringLiteral("application/x-zstd-compressed-tar"), QStringLiteral("application/x-lzma-compressed-tar"),
        QStringLiteral("application/x-7z-compressed"), QStringLiteral("application/x-iso9660-image"),
        QStringLiteral("application/x-cpio"), QStringLiteral("application/x-archive"),
        QStringLiteral("application/vnd.rar"), QStringLiteral("application/x-rar"),
        QStringLiteral("application/x-java-archive"), QStringLiteral("application/vnd.debian.binary-package"),
    };
    for (const QString &a : archives) {
        if (mime.inherits(a))
            return true;
    }
    return false;
}

bool isText(const QMimeType &mime, const QByteArray &head)
{
    if (mime.inherits(QStringLiteral("text/plain")) || mime.name() == QLatin1String("application/x-zerosize"))
        return true;
    // Unknown types whose first bytes hold no NUL are taken as text (logs without a suffix).
    return mime.isDefault() && !head.contains('\0');
}
}

QString PreviewLoader::noPreview(const QString &why)
{
    return tr("No preview: %1").arg(why);
}

PreviewResult PreviewLoader::load(Session *session, const QByteArray &path, const PreviewLimits &limits,
                                  QSize viewSize, const std::shared_ptr<std::atomic<bool>> &cancelled,
                                  const std::shared_ptr<std::atomic<qint64>> &bytes, bool anyway)
{
    PreviewResult result;
    BlockingRemoteReader reader(session, path, cancelled);
    reader.setByteCounter(bytes);
    if (!reader.open(QIODevice::ReadOnly)) {
        result.message = noPreview(tr("the file could not be opened: %1").arg(reader.errorString()));
        return result;
    }
    loadFrom(reader, QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1)), limits, viewSize, result, anyway);
    result.bytesRead = reader.bytesDelivered();
    if (reader.isCancelled())
        result.message = noPreview(tr("cancelled"));
    return result;
}

PreviewResult PreviewLoader::loadEntry(Session *session, const QByteArray &path, int index, const QString &entryName,
                                       const PreviewLimits &limits, QSize viewSize,
                                       const std::shared_ptr<std::atomic<bool>> &cancelled)
{
    PreviewResult result;
    BlockingRemoteReader reader(session, path, cancelled);
    if (!reader.open(QIODevice::ReadOnly)) {
        result.message = noPreview(tr("the archive could not be opened: %1").arg(reader.errorString()));
        return result;
    }
    QByteArray data;
    ArchiveReader archive(&reader, archiveLimits(limits));
    if (archive.extract(index, &data) != ArchiveReader::Outcome::Ok) {
        result.message = noPreview(archive.errorString().isEmpty() ? reader.errorString() : archive.errorString());
        return result;
    }
    // Extracted into memory (capped): previewed like a file, from there.
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    loadFrom(buffer, entryName, limits, viewSize, result);
    result.entryData = data;
    return result;
}

ArchiveReader::Limits PreviewLoader::archiveLimits(const PreviewLimits &limits)
{
    ArchiveReader::Limits a;
    a.maxEntries = limits.archiveEntries;
    a.maxBytesRead = limits.archiveBytes;
    a.maxSeconds = limits.archiveSeconds;
    a.maxEntryBytes = limits.archiveEntryBytes;
    return a;
}

PreviewLimits PreviewLoader::anywayLimits(const PreviewLimits &limits)
{
    constexpr qint64 Unlimited = std::numeric_limits<qint64>::max();
    PreviewLimits a = limits;
    a.imageFileBytes = Unlimited;
    a.imageAllocationMiB = std::max(limits.imageAllocationMiB, AnywayImageMiB);
    a.pdfBytes = std::max(limits.pdfBytes, AnywayWholeFileBytes);
    a.archiveBytes = Unlimited;
    a.archiveSeconds = std::max(limits.archiveSeconds, AnywayArchiveSeconds);
    a.archiveEntries = std::max(limits.archiveEntries, AnywayArchiveEntries);
    return a;
}

void PreviewLoader::loadFrom(QIODevice &device, const QString &name, const PreviewLimits &userLimits,
                             QSize viewSize, PreviewResult &result, bool anyway)
{
    const PreviewLimits limits = anyway ? anywayLimits(userLimits) : userLimits;
    // Above the cap but within what a preview shown anyway may read: the pane offers it.
    const PreviewLimits onRequest = anywayLimits(userLimits);
    result.fileSize = device.size();
    bool failed = false;
    const QByteArray head = readUpTo(device, SniffBytes, &failed);
    if (failed) {
        result.message = noPreview(tr("the file could not be read: %1").arg(device.errorString()));
        return;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(name, head);
    result.mimeName = mime.name();
    result.mimeComment = mime.comment();

    if (isImage(mime)) {
        if (result.fileSize > limits.imageFileBytes) {
            result.message = noPreview(tr("the image is %1, more than the image preview limit of %2")
                                           .arg(sizeText(result.fileSize), sizeText(limits.imageFileBytes)));
            result.aboveCap = true;
            return;
        }
        device.seek(0);
        loadImage(device, limits, viewSize, result);
        if (result.kind == PreviewResult::Kind::Message && result.aboveCap)
            result.aboveCap = !anyway && result.decodedBytes <= qint64(onRequest.imageAllocationMiB) * 1024 * 1024;
    } else if (mime.name().startsWith(QLatin1String("audio/")) || mime.name().startsWith(QLatin1String("video/"))) {
        // Played from the server by the media preview's own reader.
        result.kind = PreviewResult::Kind::Media;
    } else if (mime.inherits(QStringLiteral("application/pdf"))) {
        // QtPdf reads synchronously and takes a short read for damage: a whole copy in memory, capped.
        if (result.fileSize > limits.pdfBytes) {
            if (anyway || result.fileSize > onRequest.pdfBytes) {
                result.message = noPreview(tr("the PDF is %1, more than the %2 a PDF preview ever reads into memory")
                                               .arg(sizeText(result.fileSize), sizeText(onRequest.pdfBytes)));
                return;
            }
            result.message = noPreview(tr("the PDF is %1, more than the PDF preview limit of %2")
                                           .arg(sizeText(result.fileSize), sizeText(limits.pdfBytes)));
            result.aboveCap = true;
            return;
        }
        result.pdfData = head;
        result.pdfData += readUpTo(device, result.fileSize - head.size(), &failed);
        if (failed) {
            result.message = noPreview(tr("the file could not be read: %1").arg(device.errorString()));
            result.pdfData.clear();
            return;
        }
        result.kind = PreviewResult::Kind::Pdf;
    } else if (isArchive(mime)) {
        ArchiveReader archive(&device, archiveLimits(limits));
        const ArchiveReader::Outcome outcome = archive.list(&result.entries);
        if (outcome == ArchiveReader::Outcome::Failed || outcome == ArchiveReader::Outcome::Cancelled
            || (outcome == ArchiveReader::Outcome::LimitReached && result.entries.isEmpty())) {
            result.message = noPreview(archive.errorString().isEmpty() ? device.errorString() : archive.errorString());
            result.aboveCap = outcome == ArchiveReader::Outcome::LimitReached && !anyway;
            return;
        }
        result.kind = PreviewResult::Kind::Archive;
        result.archiveFormat = archive.formatName();
        if (outcome == ArchiveReader::Outcome::LimitReached) {
            result.archiveNote = archive.errorString();
            result.aboveCap = !anyway;
        }
    } else if (isText(mime, head)) {
        const bool whole = result.fileSize <= limits.textBytes;
        QByteArray shown = head;
        if (head.size() < std::min(result.fileSize, limits.textBytes)) {
            shown += readUpTo(device, std::min(result.fileSize, limits.textBytes) - head.size(), &failed);
            if (failed) {
                result.message = noPreview(tr("the file could not be read: %1").arg(device.errorString()));
                return;
            }
        }
        shown.truncate(limits.textBytes);
        result.kind = mime.inherits(QStringLiteral("text/markdown")) ? PreviewResult::Kind::Markdown
                                                                      : PreviewResult::Kind::Text;
        decodeText(shown, !whole, limits.lineChars, result);
    } else {
        result.kind = PreviewResult::Kind::Hex;
        result.head = head.left(HexPageBytes);
    }
}

void PreviewLoader::loadImage(QIODevice &reader, const PreviewLimits &limits, QSize viewSize,
                              PreviewResult &result)
{
    // Set here, explicitly: Qt's default (128 MiB) lets a 9000x9000 grayscale bomb through.
    QImageReader::setAllocationLimit(limits.imageAllocationMiB);
    QImageReader image(&reader);
    image.setAutoTransform(true);
    result.imageFormat = QString::fromLatin1(image.format()).toUpper();
    const QSize size = image.size();
    result.imageSize = size;
    if (size.isValid()) {
        // Refused before any pixel is decoded when the decoded image would pass the cap.
        const int depth = QImage::toPixelFormat(image.imageFormat()).bitsPerPixel();
        const qint64 bytes = qint64(size.width()) * size.height() * std::max(depth, 8) / 8;
        result.decodedBytes = bytes;
        if (bytes > qint64(limits.imageAllocationMiB) * 1024 * 1024) {
            result.aboveCap = true;
            result.message = noPreview(tr("the image is %1×%2 pixels; decoded it would take %3, more than the "
                                          "image limit of %4 MiB")
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(sizeText(bytes))
                                           .arg(limits.imageAllocationMiB));
            return;
        }
        if (viewSize.isValid() && (size.width() > viewSize.width() || size.height() > viewSize.height()))
            image.setScaledSize(size.scaled(viewSize, Qt::KeepAspectRatio));
    }
    for (const QString &key : image.textKeys()) {
        const QString value = image.text(key).simplified();
        if (!key.isEmpty() && !value.isEmpty())
            result.imageFacts.append(QStringLiteral("%1: %2").arg(key, value.left(200)));
    }
    if (image.transformation() != QImageIOHandler::TransformationNone)
        result.imageFacts.append(tr("Orientation: turned as the file says (EXIF)"));
    QImage decoded;
    if (!image.read(&decoded) || decoded.isNull()) {
        result.message = noPreview(tr("the image could not be decoded (%1)").arg(image.errorString()));
        return;
    }
    result.kind = PreviewResult::Kind::Image;
    result.image = decoded;
}

void PreviewLoader::decodeText(const QByteArray &bytes, bool truncated, int lineChars, PreviewResult &result)
{
    result.shownBytes = bytes.size();
    QString text;
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        QStringDecoder decoder(*bom);
        text = decoder(bytes);
        result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*bom));
    } else {
        QByteArray utf8 = bytes;
        // A cut at the cap may split the last character: drop its first bytes.
        if (truncated) {
            int back = 0;
            while (back < 3 && back < utf8.size() && (uchar(utf8[utf8.size() - 1 - back]) & 0xC0) == 0x80)
                ++back;
            if (back < utf8.size() && (uchar(utf8[utf8.size() - 1 - back]) & 0xC0) == 0xC0)
                utf8.chop(back + 1);
        }
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        text = decoder(utf8);
        if (!decoder.hasError()) {
            result.encoding = QStringLiteral("UTF-8");
            if (text.startsWith(QChar(0xFEFF)))
                text.remove(0, 1);
        } else {
            text = QString::fromLatin1(bytes);
            result.encoding = QStringLiteral("ISO-8859-1");
        }
    }
    // A single very long line freezes a text view: cut it, and say so.
    if (text.size() > lineChars) {
        QString out;
        out.reserve(text.size());
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = text.size();
            const qsizetype length = end - start;
            if (length > lineChars) {
                out += QStringView(text).mid(start, lineChars);
                out += tr(" … [line cut: %1 more characters]").arg(length - lineChars);
                ++result.cutLines;
            } else {
                out += QStringView(text).mid(start, length);
            }
            if (end < text.size())
                out += QLatin1Char('\n');
            start = end + 1;
        }
        text = out;
    }
    result.text = text;
}

QByteArray PreviewLoader::readRange(Session *session, const QByteArray &path, qint64 offset, qint64 length,
                                    const std::shared_ptr<std::atomic<bool>> &cancelled)
{
    BlockingRemoteReader reader(session, path, cancelled);
    reader.setReadAhead(length);
    if (!reader.open(QIODevice::ReadOnly) || !reader.seek(offset))
        return {};
    bool failed = false;
    QByteArray bytes = readUpTo(reader, length, &failed);
    return failed ? QByteArray() : bytes;
}
