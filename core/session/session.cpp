// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "remotefile.h"
#include "sessionoperations.h"
#include "sessionworker.h"

namespace {

void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<FileInfo>();
        qRegisterMetaType<FileInfoList>();
        qRegisterMetaType<NfsError>();
        qRegisterMetaType<Session::State>();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

Session::Session(const NfsUrl &url, QObject *parent, MountPoint mountPoint)
    : QObject(parent), m_url(url)
{
    Q_ASSERT(url.isValid());
    registerTypes();
    m_thread.setObjectName(QStringLiteral("nfs:%1").arg(url.host()));
    m_worker = new SessionWorker(this, url, mountPoint);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Session::~Session()
{
    Q_EMIT aboutToClose();
    {
        QMutexLocker lock(&m_postMutex);
        m_closed = true;
    }
    // The thread ends only after the calls already posted to the worker, so
    // every job asked for gets its ending; the worker is then deleted on its
    // own thread and tears the libnfs context down there.
    QMetaObject::invokeMethod(m_worker, [t = &m_thread] { t->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

namespace {

// The job a core of each kind stands behind.
template<typename Core>
struct JobFor;
template<>
struct JobFor<JobCore>
{
    using type = Job;
};
template<typename T>
struct JobFor<ResultCore<T>>
{
    using type = ResultJob<T>;
};
template<>
struct JobFor<ListingCore>
{
    using type = DirectoryListing;
};

} // namespace

template<typename Core, typename... Params, typename... Args>
auto Session::ask(void (SessionOperations::*fn)(std::shared_ptr<Core>, Params...), Args &&...args)
{
    auto core = std::make_shared<Core>();
    if (!post([ops = m_worker->operations(), fn, core, ... a = std::decay_t<Params>(std::forward<Args>(args))]() mutable {
            (ops->*fn)(core, std::move(a)...);
        }))
        core->finish(NfsError::sessionClosed());
    return new typename JobFor<Core>::type(core);
}

MountJob *Session::mount()
{
    return ask(&SessionOperations::mount);
}

StatJob *Session::stat(const QByteArray &path)
{
    return ask(&SessionOperations::stat, path, true);
}

StatJob *Session::lstat(const QByteArray &path)
{
    return ask(&SessionOperations::stat, path, false);
}

DirectoryListing *Session::list(const QByteArray &path, bool follow)
{
    return ask(&SessionOperations::list, path, follow);
}

DirectoryListing *Session::listNames(const QByteArray &path)
{
    return ask(&SessionOperations::listNames, path);
}

Job *Session::mkdir(const QByteArray &path, quint32 mode)
{
    return ask(&SessionOperations::mkdir, path, mode);
}

Job *Session::rmdir(const QByteArray &path)
{
    return ask(&SessionOperations::rmdir, path);
}

Job *Session::unlink(const QByteArray &path)
{
    return ask(&SessionOperations::unlink, path);
}

Job *Session::rename(const QByteArray &from, const QByteArray &to)
{
    return ask(&SessionOperations::rename, from, to);
}

StatvfsJob *Session::statvfs(const QByteArray &path)
{
    return ask(&SessionOperations::statvfs, path);
}

Job *Session::chmod(const QByteArray &path, quint32 mode)
{
    return ask(&SessionOperations::chmod, path, mode);
}

Job *Session::chown(const QByteArray &path, quint32 uid, quint32 gid, bool follow)
{
    return ask(&SessionOperations::chown, path, uid, gid, follow);
}

Job *Session::utimes(const QByteArray &path, qint64 atimeNs, qint64 mtimeNs, bool follow)
{
    return ask(&SessionOperations::utimes, path, atimeNs, mtimeNs, follow);
}

Job *Session::symlink(const QByteArray &target, const QByteArray &linkPath)
{
    return ask(&SessionOperations::symlink, target, linkPath);
}

ReadlinkJob *Session::readlink(const QByteArray &path)
{
    return ask(&SessionOperations::readlink, path);
}

Job *Session::link(const QByteArray &existing, const QByteArray &newPath)
{
    return ask(&SessionOperations::link, existing, newPath);
}

Job *Session::truncate(const QByteArray &path, quint64 size)
{
    return ask(&SessionOperations::truncate, path, size);
}

Job *Session::putSmallFile(const SmallFile &file)
{
    return ask(&SessionOperations::putSmallFile, file);
}

Job *Session::createFile(const QByteArray &path, quint32 mode, bool exclusive)
{
    return ask(&SessionOperations::createFile, path, mode, exclusive);
}

AccessJob *Session::access(const QByteArray &path)
{
    return ask(&SessionOperations::access, path);
}

ExportListJob *Session::exports()
{
    return ask(&SessionOperations::exports);
}

RemoteFile *Session::open(const QByteArray &path, QIODevice::OpenMode mode)
{
    auto *file = new RemoteFile(this, path);
    file->open(mode);
    return file;
}

RemoteFile *Session::open(const QByteArray &path, const QString &mode)
{
    auto *file = new RemoteFile(this, path);
    file->open(mode);
    return file;
}
