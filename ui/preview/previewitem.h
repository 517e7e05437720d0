// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewItem: what the preview pane knows of the selected entry before it
// reads anything: where it is and what the listing said about it.
#include "fileinfo.h"
#include "nfsurl.h"

#include <QString>

struct PreviewItem
{
    NfsUrl url;               // the entry's own URL (its session is looked up by it)
    QByteArray path;          // the full server path
    QString name;             // for display, escaped
    FileInfo::Type type = FileInfo::Type::Unknown;
    quint64 size = 0;
    qint64 mtimeNs = 0;
    quint32 mode = 0;
    QByteArray linkTarget;    // a symlink's target when the listing knows it
    bool brokenLink = false;

    bool isValid() const { return url.isValid() && !path.isEmpty(); }
    bool operator==(const PreviewItem &other) const { return url == other.url && type == other.type && size == other.size && mtimeNs == other.mtimeNs; }
};
