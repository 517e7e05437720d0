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
// The attributes of one NFSv4 READDIR entry into `info`: `mask` (its words)
// says which follow in `values`, in the order of their numbers. Only those a
// listing asks for are known (type, size, fileid, mode, numlinks, owner,
// owner_group, space_used, time_access, time_metadata, time_modify); an
// unknown one, or values cut short, ends the decoding there and gives false.
// Owner and group come as the server's strings, for the caller to map.
bool decodeAttributes4(const quint32 *mask, quint32 maskWords, const char *values, quint32 length, FileInfo &info,
                       QByteArray *owner, QByteArray *group);
// An NFSv4 owner or group string's number: its digits when it is all digits,
// otherwise the local user or group of the name before any '@', otherwise
// 65534 ("nobody"), as libnfs 4.0's own reading maps them.
quint32 idOfOwner4(const QByteArray &owner, bool user);
FsStats fromStatvfs(const nfs_statvfs_64 *s);
// A MOUNT EXPORT reply's list (libnfs's `exports` data).
ExportList exportListFrom(const void *data);
FileInfo::Type typeFromNfs3(quint32 type);

} // namespace NfsConversion
