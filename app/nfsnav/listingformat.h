// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ListingFormat: how `nfsnav` prints entries and sizes. The `ls -l` line is a
// documented, stable format (README, "ls -l format"): scripts may parse it.
#include "fileinfo.h"
#include "fsstats.h"

#include <QByteArray>

namespace ListingFormat {
// MODE LINKS UID GID SIZE YYYY-MM-DD HH:MM NAME, single spaces between fields,
// LINKS, UID, GID and SIZE right-aligned in their minimum widths (3, 5, 5, 10).
QByteArray longLine(const FileInfo &info, const QByteArray &shownName);
// 1.5K, 23M, 4.0G: powers of 1024, as df -h prints them.
QByteArray humanSize(quint64 bytes);
// The `stat` command's block of "Key: value" lines.
QByteArray statBlock(const FileInfo &info, const QByteArray &shownName);
QByteArray localTime(qint64 nanoseconds, bool withSeconds);
}
