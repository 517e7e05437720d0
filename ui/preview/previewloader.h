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

    // `viewSize` bounds the decoded image. `cancelled` stops it at the next wait.
    static PreviewResult load(Session *session, const QByteArray &path, const PreviewLimits &limits, QSize viewSize,
                              const std::shared_ptr<std::atomic<bool>> &cancelled,
                              const std::shared_ptr<std::atomic<qint64>> &bytes = {});
    // The `index`th entry of the archive at `path`, extracted into memory
    // (capped) and previewed as a file named `entryName`.
    static PreviewResult loadEntry(Session *session, const QByteArray &path, int index, const QString &entryName,
                                   const PreviewLimits &limits, QSize viewSize,
                                   const std::shared_ptr<std::atomic<bool>> &cancelled);
    // The preview of what `device` holds, read from its start.
    static void loadFrom(QIODevice &device, const QString &name, const PreviewLimits &limits, QSize viewSize,
                         PreviewResult &result);
    static ArchiveReader::Limits archiveLimits(const PreviewLimits &limits);
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
