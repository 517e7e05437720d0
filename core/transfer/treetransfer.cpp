// SPDX-License-Identifier: GPL-3.0-or-later
#include "treetransfer.h"

#include "copynames.h"
#include "directorylisting.h"
#include "displayname.h"
#include "exportlist.h"
#include "pausegate.h"
#include "session.h"
#include "sessionlink.h"
#include "transferpool.h"
#include "treeplace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThreadPool>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

class TreeTransferCore : public JobCore
{
public:
    QMutex listMutex;
    QList<TreeFailure> failures;    // guarded by listMutex
    std::atomic<qint64> items{0};
};

namespace {

// Why a name a server sent cannot be a name in a local folder; empty if it can.
// (What the local file system itself refuses, such as a name that is too long,
// comes back from mkdirat/openat/symlinkat and is reported like any failure.)
QString unsafeNameReason(const QByteArray &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("TreeTransfer", "a name cannot be empty");
    if (name == "." || name == "..")
        return QCoreApplication::translate("TreeTransfer", "\".\" and \"..\" are not names");
    if (name.contains('/'))
        return QCoreApplication::translate("TreeTransfer", "a local name cannot contain \"/\"");
    if (name.contains('\0'))
        return QCoreApplication::translate("TreeTransfer", "a local name cannot contain a NUL byte");
    return {};
}

using Place = TreePlace;

// The copy of one tree: folders walked on the calling thread, files on a pool
// of their own. TreePlaces does the work at each place.
class TreeCopier : private TreePlaces
{
    Q_DECLARE_TR_FUNCTIONS(TreeTransfer)

public:
    // `cancelSource`, when given, is the job whose cancel stops this copy (the queue's).
    TreeCopier(std::shared_ptr<TreeTransferCore> core, TransferOptions options, TreeTransferControl control = {},
               std::shared_ptr<JobCore> cancelSource = {})
        : TreePlaces([this] { return cancelled(); }), m_core(std::move(core)), m_options(options),
          m_control(std::move(control)),
          m_cancelSource(cancelSource ? std::move(cancelSource) : m_core)
    {
        m_files.setMaxThreadCount(ParallelFiles);
    }

    ~TreeCopier() { m_files.waitForDone(); }

    // Files copied at once.
    static constexpr int ParallelFiles = 4;
    // A remote folder that gets this many files gets a session of its own for them.
    static constexpr int FolderSessionFiles = 16;
    // Local files up to this size are uploaded with Session::putSmallFile.
    static constexpr quint64 SmallFileBytes = 256 * 1024;

    void run(const TransferEndpoint &from, const TransferEndpoint &to)
    {
        m_core->finish(copy(from, to));
    }

    NfsError copy(const TransferEndpoint &from, const TransferEndpoint &to)
    {
        if (NfsError e = intoItself(from, to))
            return e;
        Place src = rootPlace(from, &m_srcParent);
        Place dst = rootPlace(to, &m_dstParent);
        if (src.remote || src.dirFd >= 0) {
            if (dst.remote || dst.dirFd >= 0) {
                FileInfo info;
                if (NfsError e = lstat(src, &info))
                    failed(src, e);
                else
                    copyNode(src, info, dst);
            } else {
                failed(dst, NfsError::local(errno, tr("Cannot open the folder of"), dst.display()));
            }
        } else {
            failed(src, NfsError::local(errno, tr("Cannot open the folder of"), src.display()));
        }
        m_files.waitForDone();
        if (m_srcParent >= 0)
            ::close(m_srcParent);
        if (m_dstParent >= 0)
            ::close(m_dstParent);
        return ending();
    }

private:
    bool cancelled() const { return m_cancelSource->isCancelled(); }

    // A tree copied to where it is, or below it, on the same server would
    // copy what it has just made, without end.
    static NfsError intoItself(const TransferEndpoint &from, const TransferEndpoint &to)
    {
        if (from.kind != TransferEndpoint::Kind::Remote || to.kind != TransferEndpoint::Kind::Remote || !from.link
            || !to.link || !from.link->url().sameServer(to.link->url()))
            return {};
        const QByteArray &src = from.remotePath;
        if (to.remotePath != src && !to.remotePath.startsWith(src.endsWith('/') ? src : src + '/'))
            return {};
        return NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                        tr("Cannot copy a folder into itself (%1 is inside it)").arg(to.display()));
    }

    static Place rootPlace(const TransferEndpoint &e, int *parentFd)
    {
        Place p;
        if (e.kind == TransferEndpoint::Kind::Remote) {
            p.remote = true;
            p.link = e.link;
            p.path = e.remotePath;
            return p;
        }
        // The user's own path may go through symlinks; below it nothing does.
        const QFileInfo fi(e.localPath);
        *parentFd = ::open(QFile::encodeName(fi.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        p.dirFd = *parentFd;
        p.name = QFile::encodeName(fi.fileName());
        p.path = QFile::encodeName(fi.absoluteFilePath());
        return p;
    }

    void failed(const Place &where, const NfsError &error)
    {
        QMutexLocker lock(&m_core->listMutex);
        m_core->failures.append(TreeFailure{where.path, error, where.display()});
    }

    void done()
    {
        // Files end on several threads: the counts reported stay in order.
        QMutexLocker lock(&m_bytesMutex);
        const qint64 items = ++m_core->items;
        m_core->setProgress(items, 0);
        if (m_control.onItems)
            m_control.onItems(items);
    }

    NfsError ending()
    {
        if (cancelled())
            return NfsError::cancelled();
        QMutexLocker lock(&m_core->listMutex);
        // In the order of their paths, whichever copy failed first.
        std::stable_sort(m_core->failures.begin(), m_core->failures.end(),
                         [](const TreeFailure &a, const TreeFailure &b) { return a.path < b.path; });
        return summarizeFailures(m_core->failures);
    }

    void copyNode(const Place &src, const FileInfo &info, const Place &dst)
    {
        if (cancelled())
            return;
        switch (info.type) {
        case FileInfo::Type::Directory: copyFolder(src, info, dst); return;
        case FileInfo::Type::Symlink: copySymlink(src, info, dst); return;
        case FileInfo::Type::File:
            // Several at once: a small file's copy is mostly waiting for round trips.
            m_files.start([this, src, info, dst] { copyFile(src, info, dst); });
            return;
        default:
            failed(src, NfsError(NfsError::Kind::NotSupported, ENOTSUP,
                                 tr("Skipped %1: not a file, folder or symbolic link").arg(src.display())));
            return;
        }
    }

    // One file, on a thread of m_files.
    void copyFile(const Place &src, const FileInfo &info, const Place &dst)
    {
        if (cancelled())
            return;
        TransferControl control;
        control.pause = m_control.pause;
        control.knownSource = info;
        if (dst.remote && !m_options.force) {
            // The folder's free space, asked once, counted down file by file.
            QMutexLocker lock(&m_bytesMutex);
            const auto it = m_free.find(ExportResolution::parentPath(dst.path));
            if (it != m_free.end()) {
                control.knownFree = *it;
                *it -= std::min(*it, info.size);
            }
        }
        if (m_control.askConflict) {
            // One question at a time, whichever copy asks.
            control.askConflict = [this](const TransferConflict &conflict) {
                QMutexLocker lock(&m_askMutex);
                return m_control.askConflict(conflict);
            };
        }
        switch (putSmall(src, info, dst, control)) {
        case SmallPut::Done:
            countBytes(qint64(info.size));
            done();
            return;
        case SmallPut::Cancelled: return;
        case SmallPut::GeneralWay: break;
        }
        qint64 counted = 0;   // of this file's bytes, added to m_bytes so far
        control.onBytes = [this, &counted](qint64 fileDone, qint64) {
            countBytes(fileDone - counted);
            counted = fileDone;
        };
        const NfsError e = Transfer::copyHere(m_cancelSource, src.endpoint(), dst.endpoint(), m_options, control);
        // The progress counts the file's size whatever became of it.
        countBytes(qint64(info.size) - counted);
        if (e && e.kind() != NfsError::Kind::Cancelled)
            failed(src, e);
        else if (!e)
            done();
    }

    // A small local file into an NFSv3 folder: one job with every request on
    // file handles (Session::putSmallFile), a third of the requests of the
    // general way. GeneralWay when that does not apply or did not work out
    // (the target exists, the server refused something...): the copy then goes
    // the general way, which asks about conflicts and words every failure.
    enum class SmallPut { Done, Cancelled, GeneralWay };
    SmallPut putSmall(const Place &src, const FileInfo &info, const Place &dst, const TransferControl &control)
    {
        if (!dst.remote || src.remote || src.dirFd < 0 || info.size > SmallFileBytes
            || dst.link->url().version() != 3 || m_options.resume || m_options.replace || !m_options.preserveMode
            || !m_options.preserveTimes || (!m_options.force && control.knownFree && *control.knownFree < info.size))
            return SmallPut::GeneralWay;
        if (control.pause && !control.pause->pass([this] { return cancelled(); }))
            return SmallPut::GeneralWay;
        SmallFile file;
        const int fd = ::openat(src.dirFd, src.name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return SmallPut::GeneralWay;
        struct stat st {};
        bool read = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && quint64(st.st_size) == info.size;
        if (read) {
            file.data.resize(qsizetype(st.st_size));
            read = ::read(fd, file.data.data(), size_t(file.data.size())) == st.st_size;
        }
        ::close(fd);
        if (!read)
            return SmallPut::GeneralWay;   // changed since it was listed: the general way says so
        file.path = dst.path;
        file.mode = st.st_mode & 07777;
        file.atimeNs = qint64(st.st_atim.tv_sec) * 1000000000 + st.st_atim.tv_nsec;
        file.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        file.lookBeforeRename = m_options.noClobber || m_options.keepBoth;
        // A temporary name no copy of this process writes (a resumer would take it for a partial).
        CopyNames::TemporaryInUse inUse;
        const QByteArray name = dst.path.mid(dst.path.lastIndexOf('/') + 1);
        for (int i = 0; i < CopyNames::TempAttempts && file.temporary.isEmpty(); ++i) {
            const QByteArray temporary = ExportResolution::childPath(ExportResolution::parentPath(dst.path),
                                                                     CopyNames::temporaryFor(name));
            if (inUse.set(dst.link->url().withPath(temporary).toString()))
                file.temporary = temporary;
        }
        NfsError e;
        auto job = ask(dst, [&](Session *s) { return s->putSmallFile(file); }, &e);
        if (!job)
            return SmallPut::GeneralWay;
        if (await(job.get()).kind() == NfsError::Kind::Cancelled) {
            // Its temporary file is removed before it ends.
            job->wait(Transfer::CleanUpDeadlineMs);
            return SmallPut::Cancelled;
        }
        return job->error() ? SmallPut::GeneralWay : SmallPut::Done;
    }

    void countBytes(qint64 more)
    {
        QMutexLocker lock(&m_bytesMutex);
        m_bytes += more;
        if (m_control.onBytes && more != 0)
            m_control.onBytes(m_bytes);
    }

    // Where the files of the remote `folder` are copied from or to:
    // through a session mounted at the folder itself when it has many
    // (NFSv3). libnfs 4.0 looks every path up from its mount's root, a LOOKUP
    // per folder on the way, for each of an upload's eight requests and for a
    // download's OPEN; from the folder it is one. The session is
    // *folderSession's, to be closed after those files; should it not mount,
    // the files go through `folder`'s session.
    Place placeForFiles(const Place &folder, const FileInfoList &entries, std::unique_ptr<Session> *folderSession)
    {
        if (!folder.remote || folder.link->url().version() != 3)
            return folder;
        const auto files = std::count_if(entries.begin(), entries.end(),
                                         [](const FileInfo &e) { return e.type == FileInfo::Type::File; });
        if (files < FolderSessionFiles)
            return folder;
        auto session = std::make_unique<Session>(folder.link->url().withPath(folder.path), nullptr,
                                                 Session::MountPoint::Folder);
        std::unique_ptr<MountJob> mount(session->mount());
        if (await(mount.get()))
            return folder;
        *folderSession = std::move(session);
        Place p = folder;
        p.link = SessionLink::to(folderSession->get());
        return p;
    }

    void copyFolder(const Place &src, const FileInfo &info, const Place &dst)
    {
        std::unique_ptr<Session> srcFolderSession, folderSession;
        int srcFd = -1, dstFd = -1;
        if (NfsError e = makeFolder(dst, &dstFd)) {
            failed(dst, e);
            return;
        }
        if (dst.remote && !m_options.force) {
            // Asked here once for the files below; a server that cannot tell is asked by each.
            NfsError e;
            if (auto fs = ask(dst, [&](Session *s) { return s->statvfs(dst.path); }, &e); fs && !await(fs.get())) {
                QMutexLocker lock(&m_bytesMutex);
                m_free.insert(dst.path, fs->result().availableBytes);
            }
        }
        FileInfoList entries;
        if (NfsError e = list(src, &entries, &srcFd)) {
            failed(src, e);
        } else {
            // Stable: of two entries with one name (a hostile server), the first listed is copied.
            std::stable_sort(entries.begin(), entries.end(), [](const FileInfo &a, const FileInfo &b) { return a.name < b.name; });
            const Place filesSrc = placeForFiles(src, entries, &srcFolderSession);
            const Place filesDst = placeForFiles(dst, entries, &folderSession);
            for (const FileInfo &child : std::as_const(entries)) {
                if (cancelled())
                    break;
                // Whatever a server sends, nothing is made outside the destination.
                if (const QString why = unsafeNameReason(child.name); !why.isEmpty()) {
                    failed(src, NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                                         tr("Skipped the entry \"%1\" of %2: %3")
                                             .arg(displayName(child.name), src.display(), why)));
                    continue;
                }
                const bool file = child.type == FileInfo::Type::File;
                copyNode((file ? filesSrc : src).child(child.name, srcFd), child,
                         (file ? filesDst : dst).child(child.name, dstFd));
            }
        }
        // Its files are copied before its attributes are set and its folders closed.
        m_files.waitForDone();
        folderSession.reset();
        srcFolderSession.reset();
        // The folder's own times and bits last: its contents changed them.
        setAttributes(dst, info, dstFd, m_options);
        if (srcFd >= 0)
            ::close(srcFd);
        if (dstFd >= 0)
            ::close(dstFd);
        done();
    }

    void copySymlink(const Place &src, const FileInfo &info, const Place &dst)
    {
        QByteArray target;
        if (NfsError e = readLink(src, &target)) {
            failed(src, e);
            return;
        }
        if (NfsError e = makeLink(dst, target, info, m_options)) {
            failed(dst, e);
            return;
        }
        done();
    }

    std::shared_ptr<TreeTransferCore> m_core;
    TransferOptions m_options;
    TreeTransferControl m_control;
    std::shared_ptr<JobCore> m_cancelSource;
    QMutex m_bytesMutex;
    qint64 m_bytes = 0;         // guarded by m_bytesMutex: bytes of the files copied and being copied
    QMutex m_askMutex;          // held while a copy asks about a conflict
    QHash<QByteArray, quint64> m_free;   // guarded by m_bytesMutex: a remote target folder's free bytes left
    // The file copies running at once (folders are walked by the calling thread).
    QThreadPool m_files;
    int m_srcParent = -1;
    int m_dstParent = -1;
};

} // namespace

TreeTransfer::TreeTransfer(std::shared_ptr<TreeTransferCore> core)
    : Job(core), m_tree(std::move(core))
{
}

TreeTransfer *TreeTransfer::copy(const TransferEndpoint &from, const TransferEndpoint &to, const TransferOptions &options)
{
    auto core = std::make_shared<TreeTransferCore>();
    core->setEndsItselfOnCancel(true);
    auto *job = new TreeTransfer(core);
    startOnTransferPool([core, from, to, options] { TreeCopier(core, options).run(from, to); });
    return job;
}

QList<TreeFailure> TreeTransfer::failures() const
{
    QMutexLocker lock(&m_tree->listMutex);
    return m_tree->failures;
}

qint64 TreeTransfer::itemsCopied() const
{
    return m_tree->items.load();
}

NfsError TreeTransfer::copyHere(const std::shared_ptr<JobCore> &job, const TransferEndpoint &from,
                                const TransferEndpoint &to, const TransferOptions &options,
                                const TreeTransferControl &control, QList<TreeFailure> *failures)
{
    auto core = std::make_shared<TreeTransferCore>();
    TreeCopier copier(core, options, control, job);
    const NfsError e = copier.copy(from, to);
    if (failures) {
        QMutexLocker lock(&core->listMutex);
        *failures = core->failures;
    }
    return e;
}
