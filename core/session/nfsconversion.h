// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NfsConversion: libnfs's structures turned into the core's values. Pure
// functions, callable on any thread.
#include "exportlist.h"
#include "fileinfo.h"
#include "fsstats.h"

#include <QByteArray>

struct nfs_stat_64;
struct nfsdirent;
struct nfs_statvfs_64;
struct entryplus3;

namespace NfsConversion {

// Attributes of `path`, named after its last component ("/" for the root).
FileInfo fromStat(const QByteArray &path, const nfs_stat_64 *st);
// One entry of libnfs's own folder reading.
FileInfo fromDirent(const nfsdirent *e);
// One entry of a READDIRPLUS reply, as fromDirent() gives libnfs's own
// reading of it (attributes zero where the server sent none).
FileInfo fromEntryPlus(const entryplus3 *e);
FsStats fromStatvfs(const nfs_statvfs_64 *s);
// A MOUNT EXPORT reply's list (libnfs's `exports` data).
ExportList exportListFrom(const void *data);
FileInfo::Type typeFromNfs3(quint32 type);

} // namespace NfsConversion
