// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewSettings: the preview pane's caps and whether it is shown, typed,
// with defaults, in the window's settings file (group "preview"). A preview
// never holds more than its kind's cap in memory; above it the pane says so.
// GUI thread only; the loaders get a copy of the values (PreviewLimits).
#include <QSettings>

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
};

class PreviewSettings
{
public:
    PreviewSettings();

    PreviewLimits limits() const;
    bool paneVisible() const;
    void setPaneVisible(bool visible);

private:
    mutable QSettings m_settings;
};
