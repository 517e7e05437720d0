// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfsconversion.h"

#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#include <vector>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-mount.h>
#include <nfsc/libnfs-raw-nfs.h>
#include <nfsc/libnfs-raw-nfs4.h>

namespace NfsConversion {

namespace {

qint64 nanoseconds(qint64 seconds, qint64 nsec)
{
    return seconds * 1000000000 + nsec;
}

// Reads XDR's big-endian fields out of an NFSv4 attribute list, refusing
// to read past its end.
class XdrReader
{
public:
    XdrReader(const char *data, quint32 length) : m_at(reinterpret_cast<const uchar *>(data)), m_left(length) {}

    bool u32(quint32 &v)
    {
        if (m_left < 4)
            return false;
        v = quint32(m_at[0]) << 24 | quint32(m_at[1]) << 16 | quint32(m_at[2]) << 8 | quint32(m_at[3]);
        m_at += 4;
        m_left -= 4;
        return true;
    }
    bool u64(quint64 &v)
    {
        quint32 hi = 0, lo = 0;
        if (!u32(hi) || !u32(lo))
            return false;
        v = quint64(hi) << 32 | lo;
        return true;
    }
    bool time(qint64 &ns)
    {
        quint64 seconds = 0;
        quint32 nsec = 0;
        if (!u64(seconds) || !u32(nsec))
            return false;
        ns = nanoseconds(qint64(seconds), qint64(nsec));
        return true;
    }
    bool string(QByteArray *out)
    {
        quint32 length = 0;
        if (!u32(length))
            return false;
        const quint32 padded = length + ((4 - (length & 3)) & 3);
        if (length > m_left || padded > m_left)
            return false;
        if (out)
            *out = QByteArray(reinterpret_cast<const char *>(m_at), qsizetype(length));
        m_at += padded;
        m_left -= padded;
        return true;
    }

private:
    const uchar *m_at;
    quint32 m_left;
};

FileInfo::Type typeFromNfs4(quint32 type)
{
    switch (type) {
    case NF4REG: return FileInfo::Type::File;
    case NF4DIR: return FileInfo::Type::Directory;
    case NF4LNK: return FileInfo::Type::Symlink;
    case NF4BLK: return FileInfo::Type::BlockDevice;
    case NF4CHR: return FileInfo::Type::CharDevice;
    case NF4FIFO: return FileInfo::Type::Fifo;
    case NF4SOCK: return FileInfo::Type::Socket;
    default: return FileInfo::Type::Unknown;
    }
}

} // namespace

bool decodeAttributes4(const quint32 *mask, quint32 maskWords, const char *values, quint32 length, FileInfo &info,
                       QByteArray *owner, QByteArray *group)
{
    XdrReader in(values, length);
    for (quint32 bit = 0; bit < maskWords * 32; ++bit) {
        if (!(mask[bit / 32] & (1u << (bit % 32))))
            continue;
        quint32 u = 0;
        quint64 v = 0;
        bool ok = false;
        switch (bit) {
        case FATTR4_TYPE:
            ok = in.u32(u);
            info.type = typeFromNfs4(u);
            break;
        case FATTR4_SIZE:
            ok = in.u64(info.size);
            break;
        case FATTR4_FILEID:
            ok = in.u64(info.inode);
            break;
        case FATTR4_MODE:
            ok = in.u32(u);
            info.mode = u & 07777;
            break;
        case FATTR4_NUMLINKS:
            ok = in.u32(info.links);
            break;
        case FATTR4_OWNER:
            ok = in.string(owner);
            break;
        case FATTR4_OWNER_GROUP:
            ok = in.string(group);
            break;
        case FATTR4_SPACE_USED:
            ok = in.u64(v);
            break;
        case FATTR4_TIME_ACCESS:
            ok = in.time(info.atimeNs);
            break;
        case FATTR4_TIME_METADATA:
            ok = in.time(info.ctimeNs);
            break;
        case FATTR4_TIME_MODIFY:
            ok = in.time(info.mtimeNs);
            break;
        default:
            break;   // not asked for: its size is unknown, so nothing after it can be read
        }
        if (!ok)
            return false;
    }
    return true;
}

quint32 idOfOwner4(const QByteArray &owner, bool user)
{
    constexpr quint32 Nobody = 65534;
    bool numeric = false;
    const quint32 id = owner.toUInt(&numeric);
    if (numeric && !owner.isEmpty() && owner.front() >= '0' && owner.front() <= '9')
        return id;
    const QByteArray name = owner.left(owner.indexOf('@') < 0 ? owner.size() : owner.indexOf('@'));
    if (name.isEmpty() || name.contains('\0'))
        return Nobody;
    std::vector<char> buffer(16384);
    if (user) {
        passwd pw{};
        passwd *found = nullptr;
        if (getpwnam_r(name.constData(), &pw, buffer.data(), buffer.size(), &found) == 0 && found)
            return quint32(found->pw_uid);
    } else {
        group gr{};
        group *found = nullptr;
        if (getgrnam_r(name.constData(), &gr, buffer.data(), buffer.size(), &found) == 0 && found)
            return quint32(found->gr_gid);
    }
    return Nobody;
}

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
