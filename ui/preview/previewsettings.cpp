// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewsettings.h"

namespace {
const QString VisibleKey = QStringLiteral("preview/visible");
// The caps, by name; a missing or unreadable value falls back to the default.
const QString TextKey = QStringLiteral("preview/textMiB");
const QString LineKey = QStringLiteral("preview/lineChars");
const QString ImageKey = QStringLiteral("preview/imageAllocationMiB");
const QString ImageFileKey = QStringLiteral("preview/imageFileMiB");
const QString PdfKey = QStringLiteral("preview/pdfMiB");
const QString EntriesKey = QStringLiteral("preview/archiveEntries");
const QString ArchiveKey = QStringLiteral("preview/archiveMiB");
const QString SecondsKey = QStringLiteral("preview/archiveSeconds");
const QString EntryKey = QStringLiteral("preview/archiveEntryMiB");
constexpr qint64 MiB = 1024 * 1024;
}

PreviewSettings::PreviewSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("nfs-navigator"), QStringLiteral("window"))
{
}

PreviewLimits PreviewSettings::limits() const
{
    const PreviewLimits d;
    const auto positive = [this](const QString &key, qint64 fallback) {
        bool ok = false;
        const qint64 v = m_settings.value(key).toLongLong(&ok);
        return ok && v > 0 ? v : fallback;
    };
    PreviewLimits l;
    l.textBytes = positive(TextKey, d.textBytes / MiB) * MiB;
    l.lineChars = int(positive(LineKey, d.lineChars));
    l.imageAllocationMiB = int(positive(ImageKey, d.imageAllocationMiB));
    l.imageFileBytes = positive(ImageFileKey, d.imageFileBytes / MiB) * MiB;
    l.pdfBytes = positive(PdfKey, d.pdfBytes / MiB) * MiB;
    l.archiveEntries = positive(EntriesKey, d.archiveEntries);
    l.archiveBytes = positive(ArchiveKey, d.archiveBytes / MiB) * MiB;
    l.archiveSeconds = int(positive(SecondsKey, d.archiveSeconds));
    l.archiveEntryBytes = positive(EntryKey, d.archiveEntryBytes / MiB) * MiB;
    return l;
}

bool PreviewSettings::paneVisible() const
{
    return m_settings.value(VisibleKey, true).toBool();
}

void PreviewSettings::setPaneVisible(bool visible)
{
    m_settings.setValue(VisibleKey, visible);
}
