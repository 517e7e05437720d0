// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewLimits: how much a preview may read or hold, by kind. A preview never
// holds more than its kind's cap in memory; above it the pane says so. A plain
// value: AppSettings reads it on the GUI thread and the preview loaders get a copy.
#include <QtGlobal>

struct PreviewLimits
{
    qint64 textBytes = 2 * 1024 * 1024;      // text shown from the start of a file
    int lineChars = 10000;                   // longer lines are cut with a mark
    int imageAllocationMiB = 64;             // QImageReader::setAllocationLimit
    qint64 imageFileBytes = 64 * 1024 * 1024;
    qint64 pdfBytes = 64 * 1024 * 1024;      // a PDF is read whole into memory, up to this
    qint64 archiveEntries = 10000;           // entries listed at most
    qint64 archiveBytes = 256 * 1024 * 1024; // archive bytes read at most (a tar.gz is read from its start)
    int archiveSeconds = 20;                 // listing or extracting stops after this
    qint64 archiveEntryBytes = 16 * 1024 * 1024;  // one entry extracted into memory at most

    friend bool operator==(const PreviewLimits &, const PreviewLimits &) = default;
};
