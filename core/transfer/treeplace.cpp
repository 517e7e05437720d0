// SPDX-License-Identifier: GPL-3.0-or-later
#include "treeplace.h"

#include "directorylisting.h"
#include "displayname.h"
#include "exportlist.h"
#include "processumask.h"
#include "session.h"

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

QString TreePlace::display() const
{
    return remote ? link->url().withPath(path).toString() : displayName(path);
}

TreePlace TreePlace::child(const QByteArray &childName, int childDirFd) const
{
    TreePlace p = *this;
    p.path = ExportResolution::childPath(path, childName);
    p.name = childName;
    p.dirFd = childDirFd;
    return p;
}

TransferEndpoint TreePlace::endpoint() const
{
    return remote ? TransferEndpoint::remote(link, path)
                  : TransferEndpoint::localAt(dirFd, name, QString::fromLocal8Bit(path));
}

NfsError TreePlaces::await(Job *job)
{
    return SessionLink::await(job, m_cancelled);
}

NfsError TreePlaces::lstat(const TreePlace &p, FileInfo *info)
{
    if (p.remote) {
        NfsError e;
        auto st = ask(p, [&](Session *s) { return s->lstat(p.path); }, &e);
        if (!st)
            return e;
        if (NfsError failed = await(st.get()))
            return failed;
        *info = st->result();
        return {};
    }
    struct stat st {};
    if (::fstatat(p.dirFd, p.name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return NfsError::local(errno, tr("Cannot read the attributes of"), p.display());
    info->name = p.name;
    info->type = FileInfo::typeFromMode(st.st_mode);
    info->mode = st.st_mode & 07777;
    info->size = quint64(st.st_size);
    info->mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    info->atimeNs = qint64(st.st_atim.tv_sec) * 1000000000 + st.st_atim.tv_nsec;
    return {};
}

NfsError TreePlaces::list(const TreePlace &p, FileInfoList *entries, int *openedFd)
{
    if (p.remote) {
        // Never through a symlink, even one that was a folder when its parent was listed.
        NfsError e;
        auto l = ask(p, [&](Session *s) { return s->list(p.path, false); }, &e);
        if (!l)
            return e;
        if (NfsError failed = await(l.get()))
            return failed;
        *entries = l->takeEntries();
        return {};
    }
    const int fd = ::openat(p.dirFd, p.name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return NfsError::local(errno, tr("Cannot open"), p.display());
    const int scanFd = ::dup(fd);
    DIR *d = ::fdopendir(scanFd);
    if (!d) {
        ::close(scanFd);
        ::close(fd);
        return NfsError::local(errno, tr("Cannot list"), p.display());
    }
    while (dirent *e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == "..")
            continue;
        TreePlace c = p.child(name, fd);
        FileInfo info;
        if (lstat(c, &info))
            continue;
        entries->append(info);
    }
    ::closedir(d);
    *openedFd = fd;
    return {};
}

NfsError TreePlaces::makeFolder(const TreePlace &dst, int *openedFd)
{
    if (dst.remote) {
        const NfsError made = run(dst, [&](Session *s) { return s->mkdir(dst.path, 0700); });
        if (made && made.kind() != NfsError::Kind::Exists)
            return made;
        if (made) {
            FileInfo info;
            if (NfsError e = lstat(dst, &info))
                return e;
            if (!info.isDir())
                return NfsError(NfsError::Kind::Exists, EEXIST,
                                tr("Cannot copy a folder onto %1: it is not a folder").arg(dst.display()));
        }
        return {};
    }
    if (::mkdirat(dst.dirFd, dst.name.constData(), 0700) != 0 && errno != EEXIST)
        return NfsError::local(errno, tr("Cannot create the folder"), dst.display());
    // O_NOFOLLOW: an existing symlink in the way is refused, never followed.
    const int fd = ::openat(dst.dirFd, dst.name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return NfsError::local(errno, tr("Cannot open the folder"), dst.display());
    *openedFd = fd;
    return {};
}

void TreePlaces::setAttributes(const TreePlace &dst, const FileInfo &info, int openedFd,
                               const TransferOptions &options)
{
    if (dst.remote && dst.link->url().version() == 4)
        return;   // libnfs 4.0 cannot change a folder's attributes over NFSv4 (see Session)
    if (dst.remote) {
        if (options.preserveMode)
            run(dst, [&](Session *s) { return s->chmod(dst.path, info.mode & 07777); });
        if (options.preserveTimes)
            run(dst, [&](Session *s) { return s->utimes(dst.path, info.atimeNs, info.mtimeNs); });
        return;
    }
    if (options.preserveMode) {
        const mode_t mask = processUmask();
        ::fchmod(openedFd, (info.mode & 0777) & ~mask);
    }
    if (options.preserveTimes) {
        const timespec times[2] = {{time_t(info.atimeNs / 1000000000), long(info.atimeNs % 1000000000)},
                                   {time_t(info.mtimeNs / 1000000000), long(info.mtimeNs % 1000000000)}};
        ::futimens(openedFd, times);
    }
}

NfsError TreePlaces::readLink(const TreePlace &src, QByteArray *target)
{
    if (src.remote) {
        NfsError e;
        auto rl = ask(src, [&](Session *s) { return s->readlink(src.path); }, &e);
        if (rl)
            e = await(rl.get());
        if (!e)
            *target = rl->result();
        return e;
    }
    QByteArray buf(4096, '\0');
    const ssize_t n = ::readlinkat(src.dirFd, src.name.constData(), buf.data(), size_t(buf.size()));
    if (n < 0)
        return NfsError::local(errno, tr("Cannot read the link"), src.display());
    *target = buf.left(n);
    return {};
}

NfsError TreePlaces::makeLink(const TreePlace &dst, const QByteArray &target, const FileInfo &info,
                              const TransferOptions &options)
{
    const QByteArray temp = "." + dst.name.left(200) + ".nfsnav-link";
    if (dst.remote) {
        const QByteArray tempPath = ExportResolution::childPath(ExportResolution::parentPath(dst.path), temp);
        run(dst, [&](Session *s) { return s->unlink(tempPath); });
        if (const NfsError e = run(dst, [&](Session *s) { return s->symlink(target, tempPath); }))
            return e;
        if (options.noClobber) {
            FileInfo existing;
            if (!lstat(dst, &existing)) {
                run(dst, [&](Session *s) { return s->unlink(tempPath); });
                return NfsError(NfsError::Kind::Exists, EEXIST, tr("Will not replace %1: it exists").arg(dst.display()));
            }
        }
        if (const NfsError e = run(dst, [&](Session *s) { return s->rename(tempPath, dst.path); })) {
            run(dst, [&](Session *s) { return s->unlink(tempPath); });
            return e;
        }
        // A link's own times over NFSv4 are out of reach: libnfs 4.0 reads
        // past its reply when asked (seen under AddressSanitizer).
        if (options.preserveTimes && dst.link->url().version() == 3)
            run(dst, [&](Session *s) { return s->utimes(dst.path, info.atimeNs, info.mtimeNs, false); });
        return {};
    }
    ::unlinkat(dst.dirFd, temp.constData(), 0);
    if (::symlinkat(target.constData(), dst.dirFd, temp.constData()) != 0)
        return NfsError::local(errno, tr("Cannot create the link"), dst.display());
    const int rc = options.noClobber ? ::linkat(dst.dirFd, temp.constData(), dst.dirFd, dst.name.constData(), 0)
                                     : ::renameat(dst.dirFd, temp.constData(), dst.dirFd, dst.name.constData());
    if (rc != 0) {
        const int err = errno;
        ::unlinkat(dst.dirFd, temp.constData(), 0);
        return NfsError::local(err, options.noClobber ? tr("Will not replace") : tr("Cannot create the link"),
                               dst.display());
    }
    if (options.noClobber)
        ::unlinkat(dst.dirFd, temp.constData(), 0);
    if (options.preserveTimes) {
        const timespec times[2] = {{time_t(info.atimeNs / 1000000000), long(info.atimeNs % 1000000000)},
                                   {time_t(info.mtimeNs / 1000000000), long(info.mtimeNs % 1000000000)}};
        ::utimensat(dst.dirFd, dst.name.constData(), times, AT_SYMLINK_NOFOLLOW);
    }
    return {};
}
