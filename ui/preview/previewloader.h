// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewLoader: reads a file on an NFS server for the preview pane, on a
// worker thread, through a BlockingRemoteReader: the type from the first bytes
// (QMimeDatabase::mimeTypeForFileNameAndData), then the kind's reader, within
// the kind's cap (PreviewLimits). Never on the GUI thread: it blocks.
#include "archivereader.h"
#include "previewresult.h"
#include "previewlimits.h"

#include <QCoreApplication>
#include <QSize>

#include <atomic>
#include <memory>

class BlockingRemoteReader;
class Session;

class PreviewLoader
{
    Q_DECLARE_TR_FUNCTIONS(PreviewLoader)
public:
    // Bytes sniffed for the type (the shared MIME database looks at fewer).
    static constexpr qint64 SniffBytes = 4096;
    // What the hex view shows at once, and reads per request.
    static constexpr qint64 HexPageBytes = 4096;
    // Shown anyway (on request, above the kind's cap): what is read whole into
    // memory is still bounded — a PDF's copy and a decoded image at most this.
    static constexpr qint64 AnywayWholeFileBytes = 256 * 1024 * 1024;
    static constexpr int AnywayImageMiB = 256;
    // An archive listed anyway: read to its end, within this time and entry count.
    static constexpr int AnywayArchiveSeconds = 600;
    static constexpr qint64 AnywayArchiveEntries = 1000000;

    // `viewSize` bounds the decoded image. `cancelled` stops it at the next wait.
    // `anyway`: the user asked for it above the kind's cap (anywayLimits apply).
    static PreviewResult load(Session *session, const QByteArray &path, const PreviewLimits &limits, QSize viewSize,
                              const std::shared_ptr<std::atomic<bool>> &cancelled,
                              const std::shared_ptr<std::atomic<qint64>> &bytes = {}, bool anyway = false);
    // The `index`th entry of the archive at `path`, extracted into memory
    // (capped) and previewed as a file named `entryName`.
    static PreviewResult loadEntry(Session *session, const QByteArray &path, int index, const QString &entryName,
                                   const PreviewLimits &limits, QSize viewSize,
                                   const std::shared_ptr<std::atomic<bool>> &cancelled);
    // The preview of what `device` holds, read from its start.
    static void loadFrom(QIODevice &device, const QString &name, const PreviewLimits &limits, QSize viewSize,
                         PreviewResult &result, bool anyway = false);
    static ArchiveReader::Limits archiveLimits(const PreviewLimits &limits);
    // The caps of a preview shown anyway: no cap on what streams (an image
    // read through QImageReader, an archive's bytes), a bounded one on what is
    // held whole (a PDF's copy, a decoded image, an archive's entry list).
    static PreviewLimits anywayLimits(const PreviewLimits &limits);
    // Bytes [offset, offset + length) of the file, for the hex view; empty on failure.
    static QByteArray readRange(Session *session, const QByteArray &path, qint64 offset, qint64 length,
                                const std::shared_ptr<std::atomic<bool>> &cancelled);

    // Text from the first bytes of a file: BOM, else UTF-8, else Latin-1;
    // `truncated` when the bytes stop before the file does (a cut UTF-8
    // sequence at the end is dropped). Lines over `lineChars` are cut with a mark.
    static void decodeText(const QByteArray &bytes, bool truncated, int lineChars, PreviewResult &result);
    // "No preview: <why>".
    static QString noPreview(const QString &why);

private:
    static void loadImage(QIODevice &reader, const PreviewLimits &limits, QSize viewSize,
                          PreviewResult &result);
};
