#include "session.h"

#include "remotefile.h"
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

Session::Session(const NfsUrl &url, QObject *parent)
    : QObject(parent), m_url(url)
{
    Q_ASSERT(url.isValid());
    registerTypes();
    m_thread.setObjectName(QStringLiteral("nfs:%1").arg(url.host()));
    m_worker = new SessionWorker(this, url);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Session::~Session()
{
    Q_EMIT aboutToClose();
    // The thread ends only after the calls already posted to the worker, so
    // every job asked for gets its ending; the worker is then deleted on its
    // own thread and tears the libnfs context down there.
    QMetaObject::invokeMethod(m_worker, [t = &m_thread] { t->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

template<typename Fn>
void Session::post(Fn &&fn)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Fn>(fn), Qt::QueuedConnection);
}

MountJob *Session::mount()
{
    auto core = std::make_shared<ResultCore<MountInfo>>();
    post([w = m_worker, core] { w->submitMount(core); });
    return new MountJob(core);
}

StatJob *Session::stat(const QByteArray &path)
{
    auto core = std::make_shared<ResultCore<FileInfo>>();
    post([w = m_worker, core, path] { w->stat(core, path, true); });
    return new StatJob(core);
}

StatJob *Session::lstat(const QByteArray &path)
{
    auto core = std::make_shared<ResultCore<FileInfo>>();
    post([w = m_worker, core, path] { w->stat(core, path, false); });
    return new StatJob(core);
}

DirectoryListing *Session::list(const QByteArray &path, bool follow)
{
    auto core = std::make_shared<ListingCore>();
    post([w = m_worker, core, path, follow] { w->list(core, path, follow); });
    return new DirectoryListing(core);
}

Job *Session::mkdir(const QByteArray &path, quint32 mode)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, path, mode] { w->mkdir(core, path, mode); });
    return new Job(core);
}

Job *Session::rmdir(const QByteArray &path)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, path] { w->rmdir(core, path); });
    return new Job(core);
}

Job *Session::unlink(const QByteArray &path)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, path] { w->unlink(core, path); });
    return new Job(core);
}

Job *Session::rename(const QByteArray &from, const QByteArray &to)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, from, to] { w->rename(core, from, to); });
    return new Job(core);
}

StatvfsJob *Session::statvfs(const QByteArray &path)
{
    auto core = std::make_shared<ResultCore<FsStats>>();
    post([w = m_worker, core, path] { w->statvfs(core, path); });
    return new StatvfsJob(core);
}

Job *Session::chmod(const QByteArray &path, quint32 mode)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, path, mode] { w->chmod(core, path, mode); });
    return new Job(core);
}

Job *Session::chown(const QByteArray &path, quint32 uid, quint32 gid, bool follow)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, path, uid, gid, follow] { w->chown(core, path, uid, gid, follow); });
    return new Job(core);
}

Job *Session::utimes(const QByteArray &path, qint64 atimeNs, qint64 mtimeNs, bool follow)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, path, atimeNs, mtimeNs, follow] { w->utimes(core, path, atimeNs, mtimeNs, follow); });
    return new Job(core);
}

Job *Session::symlink(const QByteArray &target, const QByteArray &linkPath)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, target, linkPath] { w->symlink(core, target, linkPath); });
    return new Job(core);
}

ReadlinkJob *Session::readlink(const QByteArray &path)
{
    auto core = std::make_shared<ResultCore<QByteArray>>();
    post([w = m_worker, core, path] { w->readlink(core, path); });
    return new ReadlinkJob(core);
}

Job *Session::link(const QByteArray &existing, const QByteArray &newPath)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, existing, newPath] { w->link(core, existing, newPath); });
    return new Job(core);
}

Job *Session::truncate(const QByteArray &path, quint64 size)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, path, size] { w->truncate(core, path, size); });
    return new Job(core);
}

Job *Session::createFile(const QByteArray &path, quint32 mode, bool exclusive)
{
    auto core = std::make_shared<JobCore>();
    post([w = m_worker, core, path, mode, exclusive] { w->createFile(core, path, mode, exclusive); });
    return new Job(core);
}

AccessJob *Session::access(const QByteArray &path)
{
    auto core = std::make_shared<ResultCore<int>>();
    post([w = m_worker, core, path] { w->access(core, path); });
    return new AccessJob(core);
}

ExportListJob *Session::exports()
{
    auto core = std::make_shared<ResultCore<ExportList>>();
    post([w = m_worker, core] { w->submitExports(core); });
    return new ExportListJob(core);
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
