// SPDX-License-Identifier: GPL-3.0-or-later
#include "localtarget.h"

#include "copynames.h"
#include "copysource.h"
#include "displayname.h"
#include "processumask.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <stdio.h>   // renameat2
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

// Runs of zeros this long, aligned like the file system's blocks, become
// holes (as cp --sparse=auto makes them).
constexpr qint64 HoleBlock = 4096;

bool allZero(const char *p, qint64 n)
{
    return n > 0 && p[0] == 0 && std::memcmp(p, p + 1, size_t(n - 1)) == 0;
}

} // namespace

LocalTarget::LocalTarget(TransferEndpoint to, TransferOptions options)
    : m_to(std::move(to)), m_options(options)
{
}

LocalTarget::~LocalTarget()
{
    discard();
    if (m_dirFd >= 0)
        ::close(m_dirFd);
}

void LocalTarget::discard()
{
    if (m_out >= 0)
        ::close(m_out);
    m_out = -1;
    if (!m_temp.isEmpty())
        ::unlinkat(m_dirFd, m_temp.constData(), 0);
    m_temp.clear();
}

NfsError LocalTarget::open(const std::function<NfsError(quint64, const QString &)> &checkSpace,
                           const ConflictHook &conflict)
{
    const QFileInfo target(m_to.localPath);
    if (m_to.dirFd >= 0) {
        // Inside a folder the tree copy opened: nothing here follows a symlink.
        m_name = m_to.name;
        m_dirFd = ::fcntl(m_to.dirFd, F_DUPFD_CLOEXEC, 0);
    } else {
        m_name = QFile::encodeName(target.fileName());
        m_dirFd = ::open(QFile::encodeName(target.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    if (m_dirFd < 0)
        return NfsError::local(errno, tr("Cannot open the folder"), target.absolutePath());
    struct stat st {};
    if (::fstatat(m_dirFd, m_name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISDIR(st.st_mode))
            return NfsError::local(EISDIR, tr("Cannot replace"), m_to.localPath);
        if (conflict) {
            const qint64 mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
            if (NfsError e = conflict(st.st_size, mtimeNs, !partialNames().isEmpty(), &m_options))
                return e;
        }
        if (m_options.noClobber)
            return NfsError::local(EEXIST, tr("Will not replace"), m_to.localPath);
        if (m_options.keepBoth) {
            int n = 1;
            while (n < CopyNames::MostNumberedNames
                   && ::fstatat(m_dirFd, CopyNames::numbered(m_name, n).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
                ++n;
            m_name = CopyNames::numbered(m_name, n);
            m_to.localPath = target.absolutePath() + QLatin1Char('/') + QFile::decodeName(m_name);
        }
    }
    struct statvfs fs {};
    if (::fstatvfs(m_dirFd, &fs) == 0) {
        if (NfsError e = checkSpace(quint64(fs.f_bavail) * fs.f_frsize, target.absolutePath()))
            return e;
    }
    if (m_options.resume && claimPartial())
        return {};
    for (int i = 0; i < CopyNames::TempAttempts; ++i) {
        const QByteArray temp = CopyNames::temporaryFor(m_name);
        m_out = ::openat(m_dirFd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (m_out >= 0) {
            // Held while this copy runs: a resumer never claims a running copy's file.
            ::flock(m_out, LOCK_EX | LOCK_NB);
            m_temp = temp;
            m_tempName = temp;
            return {};
        }
        if (errno != EEXIST)
            return NfsError::local(errno, tr("Cannot create a temporary file in"), target.absolutePath());
    }
    return NfsError::local(EEXIST, tr("Cannot create a temporary file in"), target.absolutePath());
}

NfsError LocalTarget::write(const char *data, qint64 n)
{
    return writeRuns(-1, data, n);
}

NfsError LocalTarget::writeAt(qint64 offset, const char *data, qint64 n)
{
    return writeRuns(offset, data, n);
}

NfsError LocalTarget::writeRuns(qint64 offset, const char *data, qint64 n)
{
    // Whole blocks of zeros are skipped (holes); the rest written.
    qint64 done = 0;
    const auto isHole = [&](qint64 at) {
        const qint64 len = std::min(HoleBlock, n - at);
        return len == HoleBlock && allZero(data + at, len);
    };
    while (done < n) {
        const bool hole = isHole(done);
        qint64 run = std::min(HoleBlock, n - done);
        while (done + run < n && isHole(done + run) == hole)
            run += std::min(HoleBlock, n - done - run);
        if (hole) {
            if (offset < 0 && ::lseek(m_out, off_t(run), SEEK_CUR) < 0)
                return NfsError::local(errno, tr("Cannot write"), m_to.display());
            m_holes = true;
        } else if (offset < 0) {
            if (NfsError e = writeAll(m_out, data + done, run, m_to.display()))
                return e;
        } else {
            for (qint64 put = 0; put < run;) {
                const ssize_t w = ::pwrite(m_out, data + done + put, size_t(run - put), off_t(offset + done + put));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w < 0)
                    return NfsError::local(errno, tr("Cannot write"), m_to.display());
                put += w;
            }
        }
        done += run;
    }
    return {};
}

NfsError LocalTarget::writeAll(int fd, const char *data, qint64 n, const QString &display)
{
    while (n > 0) {
        const ssize_t w = ::write(fd, data, size_t(n));
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return NfsError::local(errno, tr("Cannot write"), display);
        }
        data += w;
        n -= w;
    }
    return {};
}

NfsError LocalTarget::commit(qint64 copied, const CopySource &source, const std::function<bool()> &cancelled)
{
    const QString tempDisplay = QFileInfo(m_to.localPath).absolutePath() + QLatin1Char('/') + displayName(m_temp);
    // A hole at the end is a size, not yet a write.
    if (m_holes && ::ftruncate(m_out, off_t(copied)) != 0)
        return NfsError::local(errno, tr("Cannot write"), tempDisplay);
    if (::fsync(m_out) != 0)
        return NfsError::local(errno, tr("Cannot flush"), tempDisplay);
    struct stat st {};
    if (::fstat(m_out, &st) != 0)
        return NfsError::local(errno, tr("Cannot check"), tempDisplay);
    if (st.st_size != copied)
        return NfsError(NfsError::Kind::IoError, EIO,
                        tr("%1 holds %2 bytes instead of %3").arg(tempDisplay).arg(st.st_size).arg(copied));
    if (m_options.preserveMode && source.haveAttributes()) {
        const mode_t mask = processUmask();
        ::fchmod(m_out, (source.mode() & 0777) & ~mask);
    }
    if (m_options.preserveTimes && source.haveAttributes()) {
        const timespec times[2] = {{time_t(source.atimeNs() / 1000000000), long(source.atimeNs() % 1000000000)},
                                   {time_t(source.mtimeNs() / 1000000000), long(source.mtimeNs() % 1000000000)}};
        ::futimens(m_out, times);
    }
    ::close(m_out);
    m_out = -1;
    // Flushing a large file takes a while: a cancel meanwhile still keeps it from landing.
    if (cancelled())
        return NfsError::cancelled();
    const bool noReplace = m_options.noClobber || m_options.keepBoth;
    int rc;
    if (noReplace) {
        // Kept if it appeared meanwhile: a link fails on an existing name.
        rc = ::linkat(m_dirFd, m_temp.constData(), m_dirFd, m_name.constData(), 0);
        if (rc == 0)
            ::unlinkat(m_dirFd, m_temp.constData(), 0);
    } else {
        rc = ::renameat(m_dirFd, m_temp.constData(), m_dirFd, m_name.constData());
    }
    if (rc != 0)
        return NfsError::local(errno, noReplace ? tr("Will not replace") : tr("Cannot rename into place"),
                               m_to.localPath);
    m_temp.clear();
    // The rename itself is durable once the folder is.
    ::fsync(m_dirFd);
    return {};
}

QList<QByteArray> LocalTarget::partialNames() const
{
    QList<QByteArray> partials;
    const int scanFd = ::dup(m_dirFd);
    DIR *dir = scanFd >= 0 ? ::fdopendir(scanFd) : nullptr;
    if (!dir) {
        if (scanFd >= 0)
            ::close(scanFd);
        return partials;
    }
    // The duplicate shares its offset with m_dirFd: an earlier scan left it at the end.
    ::rewinddir(dir);
    while (dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (CopyNames::isTemporaryFor(name, m_name))
            partials.append(name);
    }
    ::closedir(dir);
    return partials;
}

bool LocalTarget::claimPartial()
{
    const QList<QByteArray> partials = partialNames();
    for (const QByteArray &partial : std::as_const(partials)) {
        // A running copy's temporary file looks just like a partial one, but
        // its copy holds a lock on it (a killed one's lock went with it).
        m_out = ::openat(m_dirFd, partial.constData(), O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        struct stat st {};
        if (m_out < 0 || ::fstat(m_out, &st) != 0 || !S_ISREG(st.st_mode) || ::flock(m_out, LOCK_EX | LOCK_NB) != 0) {
            if (m_out >= 0)
                ::close(m_out);
            m_out = -1;
            continue;
        }
        const QByteArray temp = CopyNames::temporaryFor(m_name);
        // One rename wins: a second resumer finds the name gone and moves on.
        struct stat renamed {};
        if (::renameat2(m_dirFd, partial.constData(), m_dirFd, temp.constData(), RENAME_NOREPLACE) != 0
            || ::fstatat(m_dirFd, temp.constData(), &renamed, AT_SYMLINK_NOFOLLOW) != 0 || renamed.st_ino != st.st_ino
            || renamed.st_dev != st.st_dev) {
            ::close(m_out);
            m_out = -1;
            continue;
        }
        m_temp = temp;
        m_tempName = temp;
        m_partialSize = st.st_size;
        m_partialMtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        return true;
    }
    return false;
}

QByteArray LocalTarget::partialTail(qint64 n) const
{
    n = std::min(n, m_partialSize);
    QByteArray tail(n, Qt::Uninitialized);
    const ssize_t got = ::pread(m_out, tail.data(), size_t(n), off_t(m_partialSize - n));
    return got == n ? tail : QByteArray();
}

NfsError LocalTarget::continuePartial(bool keep)
{
    const qint64 from = keep ? m_partialSize : 0;
    if ((!keep && ::ftruncate(m_out, 0) != 0) || ::lseek(m_out, off_t(from), SEEK_SET) < 0)
        return NfsError::local(errno, tr("Cannot write"), m_to.display());
    if (!keep)
        m_partialSize = 0;
    return {};
}
