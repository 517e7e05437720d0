// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceremoval.h"

#include "displayname.h"
#include "exportlist.h"
#include "fileinfo.h"
#include "session.h"
#include "sessionlink.h"

#include <QFileInfo>

#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

QString SourceRemoval::Place::display() const
{
    return link ? link->url().withPath(path).toString() : displayName(path);
}

SourceRemoval::Place SourceRemoval::Place::child(const QByteArray &name) const
{
    Place p = *this;
    p.path = link ? ExportResolution::childPath(path, name) : path + '/' + name;
    return p;
}

SourceRemoval::Place SourceRemoval::placeOf(const TransferEndpoint &e)
{
    if (e.kind == TransferEndpoint::Kind::Remote)
        return {e.link, e.remotePath};
    // The same bytes a tree copy names its local items by (its failures match).
    return {nullptr, QFile::encodeName(QFileInfo(e.localPath).absoluteFilePath())};
}

SourceRemoval::SourceRemoval(std::shared_ptr<JobCore> job, const QList<TreeFailure> &failed)
    : m_job(std::move(job))
{
    for (const TreeFailure &f : failed)
        m_failedPaths.insert(f.path);
}

QList<TreeFailure> SourceRemoval::run(const TransferEndpoint &from, const TransferEndpoint &to)
{
    m_kept.clear();
    moveDone(placeOf(from), placeOf(to));
    return m_kept;
}

bool SourceRemoval::cancelled() const
{
    return m_job->isCancelled();
}

void SourceRemoval::keep(const Place &p, const NfsError &why)
{
    m_kept.append(TreeFailure{p.path, why, p.display()});
}

NfsError SourceRemoval::lstat(const Place &p, FileInfo *info)
{
    if (p.link) {
        NfsError e;
        auto st = p.link->job([&](Session *s) { return s->lstat(p.path); }, &e);
        if (!st)
            return e;
        if (NfsError failed = SessionLink::await(st.get(), [this] { return cancelled(); }))
            return failed;
        *info = st->result();
        return {};
    }
    struct stat st {};
    if (::lstat(p.path.constData(), &st) != 0)
        return NfsError::local(errno, tr("Cannot read the attributes of"), p.display());
    info->type = FileInfo::typeFromMode(st.st_mode);
    info->size = quint64(st.st_size);
    return {};
}

NfsError SourceRemoval::list(const Place &p, QList<QByteArray> *names)
{
    if (p.link) {
        NfsError e;
        auto l = p.link->job([&](Session *s) { return s->list(p.path, false); }, &e);
        if (!l)
            return e;
        if (NfsError failed = SessionLink::await(l.get(), [this] { return cancelled(); }))
            return failed;
        for (const FileInfo &entry : l->takeEntries())
            names->append(entry.name);
        return {};
    }
    DIR *d = ::opendir(p.path.constData());
    if (!d)
        return NfsError::local(errno, tr("Cannot list"), p.display());
    while (dirent *entry = ::readdir(d)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names->append(name);
    }
    ::closedir(d);
    return {};
}

NfsError SourceRemoval::remove(const Place &p, bool folder)
{
    if (p.link) {
        NfsError e;
        auto job = p.link->job([&](Session *s) { return folder ? s->rmdir(p.path) : s->unlink(p.path); }, &e);
        if (!job)
            return e;
        return SessionLink::await(job.get(), [this] { return cancelled(); });
    }
    if ((folder ? ::rmdir(p.path.constData()) : ::unlink(p.path.constData())) != 0)
        return NfsError::local(errno, tr("Cannot delete"), p.display());
    return {};
}

bool SourceRemoval::moveDone(const Place &src, const Place &dst)
{
    if (cancelled() || m_failedPaths.contains(src.path) || m_failedPaths.contains(dst.path))
        return false;   // the copy's own failure says why
    FileInfo mine, copy;
    if (NfsError e = lstat(src, &mine)) {
        keep(src, e);
        return false;
    }
    if (NfsError e = lstat(dst, &copy)) {
        keep(src, NfsError(e.kind(), e.errnum(),
                           tr("Kept %1: its copy %2 cannot be checked (%3)").arg(src.display(), dst.display(), e.message())));
        return false;
    }
    if (copy.type != mine.type) {
        keep(src, NfsError(NfsError::Kind::IoError, EIO,
                           tr("Kept %1: its copy %2 is not of the same type").arg(src.display(), dst.display())));
        return false;
    }
    switch (mine.type) {
    case FileInfo::Type::File:
        if (copy.size != mine.size) {
            keep(src, NfsError(NfsError::Kind::IoError, EIO,
                               tr("Kept %1: its copy %2 has %3 bytes instead of %4")
                                   .arg(src.display(), dst.display())
                                   .arg(copy.size)
                                   .arg(mine.size)));
            return false;
        }
        break;
    case FileInfo::Type::Symlink:
        break;
    case FileInfo::Type::Directory: {
        QList<QByteArray> names;
        if (NfsError e = list(src, &names)) {
            keep(src, e);
            return false;
        }
        bool all = true;
        for (const QByteArray &name : std::as_const(names)) {
            if (!moveDone(src.child(name), dst.child(name)))
                all = false;
        }
        if (!all)
            return false;   // the folder stays with what is kept in it
        break;
    }
    default:
        return false;   // never copied (the copy reported it)
    }
    if (cancelled())
        return false;
    if (NfsError e = remove(src, mine.isDir())) {
        keep(src, e);
        return false;
    }
    return true;
}
