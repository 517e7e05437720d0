// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FsStats: the space and file counts of a mounted file system (FSSTAT).
#include <QMetaType>
#include <QtGlobal>

struct FsStats
{
    quint64 blockSize = 0;
    quint64 totalBytes = 0;
    quint64 freeBytes = 0;
    quint64 availableBytes = 0;  // free for this uid
    quint64 totalFiles = 0;
    quint64 freeFiles = 0;
    quint64 nameMax = 0;
};
Q_DECLARE_METATYPE(FsStats)
