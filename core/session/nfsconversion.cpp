// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfsconversion.h"

#include <cstring>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-mount.h>
#include <nfsc/libnfs-raw-nfs.h>

namespace NfsConversion {

namespace {

qint64 nanoseconds(qint64 seconds, qint64 nsec)
{
    return seconds * 1000000000 + nsec;
}

} // namespace

FileInfo::Type typeFromNfs3(quint32 type)
{
    switch (type) {
    case NF3REG: return FileInfo::Type::File;
    case NF3DIR: return FileInfo::Type::Directory;
    case NF3LNK: return FileInfo::Type::Symlink;
    case NF3BLK: return FileInfo::Type::BlockDevice;
    case NF3CHR: return FileInfo::Type::CharDevice;
    case NF3FIFO: return FileInfo::Type::Fifo;
    case NF3SOCK: return FileInfo::Type::Socket;
    default: return FileInfo::Type::Unknown;
    }
}

FileInfo fromStat(const QByteArray &path, const nfs_stat_64 *st)
{
    FileInfo info;
    const qsizetype slash = path.lastIndexOf('/');
    info.name = path == "/" ? QByteArray("/") : path.mid(slash + 1);
    info.type = FileInfo::typeFromMode(st->nfs_mode);
    info.mode = quint32(st->nfs_mode & 07777);
    info.uid = quint32(st->nfs_uid);
    info.gid = quint32(st->nfs_gid);
    info.links = quint32(st->nfs_nlink);
    info.size = st->nfs_size;
    info.inode = st->nfs_ino;
    info.atimeNs = nanoseconds(qint64(st->nfs_atime), qint64(st->nfs_atime_nsec));
    info.mtimeNs = nanoseconds(qint64(st->nfs_mtime), qint64(st->nfs_mtime_nsec));
    info.ctimeNs = nanoseconds(qint64(st->nfs_ctime), qint64(st->nfs_ctime_nsec));
    return info;
}

FileInfo fromDirent(const nfsdirent *e)
{
    FileInfo info;
    info.name = QByteArray(e->name);
    info.type = typeFromNfs3(e->type);
    if (info.type == FileInfo::Type::Unknown)
        info.type = FileInfo::typeFromMode(e->mode);
    info.mode = e->mode & 07777;
    info.uid = e->uid;
    info.gid = e->gid;
    info.links = e->nlink;
    info.size = e->size;
    info.inode = e->inode;
    info.atimeNs = nanoseconds(qint64(e->atime.tv_sec), qint64(e->atime_nsec));
    info.mtimeNs = nanoseconds(qint64(e->mtime.tv_sec), qint64(e->mtime_nsec));
    info.ctimeNs = nanoseconds(qint64(e->ctime.tv_sec), qint64(e->ctime_nsec));
    return info;
}

FileInfo fromEntryPlus(const entryplus3 *e)
{
    FileInfo info;
    info.name = QByteArray(e->name);
    info.inode = e->fileid;
    info.type = FileInfo::Type::Unknown;
    if (!e->name_attributes.attributes_follow)
        return info;
    const fattr3 &a = e->name_attributes.post_op_attr_u.attributes;
    info.type = typeFromNfs3(a.type);
    info.mode = a.mode & 07777;
    info.uid = a.uid;
    info.gid = a.gid;
    info.links = a.nlink;
    info.size = a.size;
    info.atimeNs = nanoseconds(qint64(a.atime.seconds), qint64(a.atime.nseconds));
    info.mtimeNs = nanoseconds(qint64(a.mtime.seconds), qint64(a.mtime.nseconds));
    info.ctimeNs = nanoseconds(qint64(a.ctime.seconds), qint64(a.ctime.nseconds));
    return info;
}

FsStats fromStatvfs(const nfs_statvfs_64 *s)
{
    FsStats st;
    st.blockSize = s->f_frsize ? s->f_frsize : s->f_bsize;
    st.totalBytes = s->f_blocks * st.blockSize;
    st.freeBytes = s->f_bfree * st.blockSize;
    st.availableBytes = s->f_bavail * st.blockSize;
    st.totalFiles = s->f_files;
    st.freeFiles = s->f_ffree;
    st.nameMax = s->f_namemax;
    return st;
}

ExportList exportListFrom(const void *data)
{
    ExportList list;
    // libnfs 4.0's decoder packs these nodes at 4-byte alignment: each is
    // copied out before its fields are touched.
    exports next = nullptr;
    if (data)
        std::memcpy(&next, data, sizeof next);
    while (next) {
        exportnode e;
        std::memcpy(&e, static_cast<const void *>(next), sizeof e);
        ExportEntry entry;
        entry.path = QByteArray(e.ex_dir);
        for (groups g = e.ex_groups; g;) {
            groupnode gn;
            std::memcpy(&gn, static_cast<const void *>(g), sizeof gn);
            entry.clients.append(QByteArray(gn.gr_name));
            g = gn.gr_next;
        }
        list.append(entry);
        next = e.ex_next;
    }
    return list;
}

} // namespace NfsConversion
