// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewResult: what a preview loader made of a file on the worker thread, a
// plain value handed to the GUI thread (through a QFuture).
#include "archivereader.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

struct PreviewResult
{
    enum class Kind { Message, Text, Markdown, Hex, Image, Archive, Pdf, Media };

    Kind kind = Kind::Message;
    QString message;        // Message: "No preview: <why>"
    // Message: refused only for being above its kind's cap, and within what a
    // preview shown anyway on request may read (PreviewLoader::anywayLimits).
    bool aboveCap = false;
    QString mimeName;       // as sniffed from the first bytes
    QString mimeComment;
    qint64 fileSize = 0;

    // Text and Markdown: the shown part, decoded, long lines cut.
    QString text;
    qint64 shownBytes = 0;  // of fileSize
    int cutLines = 0;       // lines cut at the line cap
    QString encoding;

    // Hex: the first page.
    QByteArray head;

    // Image: decoded at most at the view's size.
    QImage image;
    QSize imageSize;        // as stored in the file
    QString imageFormat;
    QStringList imageFacts; // "Camera: ...", the file's text keys
    qint64 decodedBytes = 0; // the whole image decoded, as the file says

    // Archive: its entries (up to the cap) and why the list stops early.
    QList<ArchiveReader::Entry> entries;
    QString archiveFormat;
    QString archiveNote;
    // An archive entry's bytes (capped), for its hex pages.
    QByteArray entryData;

    // Pdf: the whole file (within its cap), for QtPdf.
    QByteArray pdfData;

    // Bytes the loader read from the file (counted at its reader).
    qint64 bytesRead = 0;
};
