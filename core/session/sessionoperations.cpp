// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionoperations.h"

#include "connection.h"
#include "displayname.h"
#include "listingstream.h"
#include "mountcontroller.h"
#include "nfsconversion.h"
#include "pathresolver.h"
#include "requestdispatcher.h"
#include "sessionworker.h"

#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <sys/time.h>
#include <nfsc/libnfs.h>

using Op = NfsError::Operation;

namespace {

// The first listing batch is small so a view shows rows at once; later ones
// are large so a big folder costs few model inserts.
constexpr qsizetype FirstListingBatch = 256;
constexpr qsizetype ListingBatch = 4096;

constexpr auto reply = &RequestDispatcher::onNfsReply;

timeval timevalFromNs(qint64 ns)
{
    timeval t;
    t.tv_sec = ns / 1000000000;
    t.tv_usec = (ns % 1000000000) / 1000;
    return t;
}

} // namespace

SessionOperations::SessionOperations(SessionWorker *worker, RequestDispatcher *dispatcher, PathResolver *resolver)
    : m_worker(worker), m_dispatcher(dispatcher), m_resolver(resolver), m_url(worker->url())
{
}

void SessionOperations::plain(std::shared_ptr<JobCore> core, Op op, QList<QByteArray> paths, Request::Starter start)
{
    m_dispatcher->enqueue(op, std::move(paths), core, std::move(start), [core](nfs_context *, void *) { core->finish(); });
}

void SessionOperations::mount(std::shared_ptr<ResultCore<MountInfo>> core)
{
    m_worker->mount()->submit(std::move(core));
}

void SessionOperations::exports(std::shared_ptr<ResultCore<ExportList>> core)
{
    m_worker->mount()->submitExports(std::move(core));
}

void SessionOperations::stat(std::shared_ptr<ResultCore<FileInfo>> core, QByteArray path, bool follow)
{
    if (follow) {
        // libnfs 4.0 follows a symlink over NFSv4 by reading its target past
        // the end of the reply and leaks when the target is missing, and over
        // NFSv3 looks an absolute target up in the export as if it were there;
        // we follow it ourselves with a bounded READLINK, and a link out of the
        // export is refused in words (PathResolver::followLink).
        m_resolver->resolve(core, Op::Stat, path, path, PathResolver::MaxSymlinkHops,
                            [core](const QByteArray &, const FileInfo &info) { core->finishWith(info); });
        return;
    }
    m_dispatcher->enqueue(
        Op::Stat, {path}, core,
        [path, follow](nfs_context *ctx, const auto &inside, void *priv) {
            return follow ? nfs_stat64_async(ctx, inside(path).constData(), reply, priv)
                          : nfs_lstat64_async(ctx, inside(path).constData(), reply, priv);
        },
        [core, path](nfs_context *, void *data) {
            core->finishWith(NfsConversion::fromStat(path, static_cast<nfs_stat_64 *>(data)));
        });
}

void SessionOperations::list(std::shared_ptr<ListingCore> core, QByteArray path, bool follow)
{
    listAs(std::move(core), std::move(path), follow, ListingStream::Detail::Attributes);
}

void SessionOperations::listAs(std::shared_ptr<ListingCore> core, QByteArray path, bool follow,
                               ListingStream::Detail detail)
{
    if (follow && m_url.version() == 3) {
        openFolder(core, path, detail);
        return;
    }
    // Over NFSv4 libnfs 4.0 would follow a symlink at the end of the path
    // unsafely (see stat()), and the raw READDIR looks each component of
    // the path up itself; without `follow` a symlink is refused.
    m_resolver->resolve(core, Op::List, path, path,
                        follow ? PathResolver::MaxSymlinkHops : PathResolver::NoSymlinkHops,
                        [this, core, path, detail](const QByteArray &resolved, const FileInfo &info) {
                            if (!info.isDir()) {
                                core->finish(NfsError::fromStatus(Op::List, -ENOTDIR, nullptr, path, server(),
                                                                  timeoutSeconds()));
                                return;
                            }
                            openFolder(core, resolved, detail);
                        });
}

void SessionOperations::putSmallFile(std::shared_ptr<JobCore> core, SmallFile file)
{
    // It removes its temporary file before it ends, cancelled or not.
    core->setEndsItselfOnCancel(true);
    SmallUpload::start(m_worker, std::move(core), std::move(file), m_folderHandles);
}

void SessionOperations::listNames(std::shared_ptr<ListingCore> core, QByteArray path)
{
    listAs(std::move(core), std::move(path), true, ListingStream::Detail::NamesOnly);
}

bool SessionOperations::streams() const
{
    // With libnfs's directory cache asked for, its own reading fills the cache.
    return !m_url.dirCache().value_or(false);
}

void SessionOperations::openFolder(std::shared_ptr<ListingCore> core, const QByteArray &path,
                                   ListingStream::Detail detail)
{
    if (streams()) {
        // A server that refuses the first request (an NFSv3 one without
        // READDIRPLUS or plain READDIR) still gets libnfs's full listing.
        ListingStream::start(m_worker, core, path, detail, [this, core, path] { readWholeFolder(core, path); });
        return;
    }
    readWholeFolder(core, path);
}

void SessionOperations::readWholeFolder(std::shared_ptr<ListingCore> core, const QByteArray &path)
{
    auto *r = new Request;
    r->op = Op::List;
    r->paths = {path};
    r->core = core;
    r->start = [path](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_opendir_async(ctx, inside(path).constData(), reply, priv);
    };
    r->discard = [](nfs_context *ctx, void *data) { nfs_closedir(ctx, static_cast<nfsdir *>(data)); };
    r->done = [core, v4 = m_url.version() == 4](nfs_context *ctx, void *data) {
            // libnfs 4.0 has read the whole folder by now; it is handed on in
            // batches all the same.
            auto *dir = static_cast<nfsdir *>(data);
            FileInfoList batch;
            qsizetype limit = FirstListingBatch;
            while (nfsdirent *e = nfs_readdir(ctx, dir)) {
                if ((e->name[0] == '.' && e->name[1] == 0) || (e->name[0] == '.' && e->name[1] == '.' && e->name[2] == 0))
                    continue;
                batch.append(NfsConversion::fromDirent(e));
                // libnfs 4.0 leaves an NFSv4 entry's inode number unset: say "unknown".
                if (v4)
                    batch.last().inode = 0;
                if (batch.size() >= limit) {
                    core->addBatch(std::move(batch));
                    batch = FileInfoList();
                    limit = ListingBatch;
                }
            }
            core->addBatch(std::move(batch));
            nfs_closedir(ctx, dir);
            core->finish();
        };
    m_dispatcher->submit(r);
}

void SessionOperations::mkdir(std::shared_ptr<JobCore> core, QByteArray path, quint32 mode)
{
    plain(core, Op::MakeDir, {path}, [path, mode](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_mkdir2_async(ctx, inside(path).constData(), int(mode), reply, priv);
    });
}

void SessionOperations::rmdir(std::shared_ptr<JobCore> core, QByteArray path)
{
    plain(core, Op::RemoveDir, {path}, [path](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_rmdir_async(ctx, inside(path).constData(), reply, priv);
    });
}

void SessionOperations::unlink(std::shared_ptr<JobCore> core, QByteArray path)
{
    plain(core, Op::Remove, {path}, [path](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_unlink_async(ctx, inside(path).constData(), reply, priv);
    });
}

void SessionOperations::rename(std::shared_ptr<JobCore> core, QByteArray from, QByteArray to)
{
    plain(core, Op::Rename, {from, to}, [from, to](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_rename_async(ctx, inside(from).constData(), inside(to).constData(), reply, priv);
    });
}

void SessionOperations::statvfs(std::shared_ptr<ResultCore<FsStats>> core, QByteArray path)
{
    if (m_url.version() == 4) {
        statvfsOnOwnMount(core, path);
        return;
    }
    m_dispatcher->enqueue(
        Op::StatFs, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_statvfs64_async(ctx, inside(path).constData(), reply, priv);
        },
        [core](nfs_context *, void *data) {
            core->finishWith(NfsConversion::fromStatvfs(static_cast<nfs_statvfs_64 *>(data)));
        });
}

// libnfs 4.0 over NFSv4 answers FSSTAT for the mount's root file handle, whatever
// the path: on the pseudo root that is all zeros. So the question goes to a
// short-lived context mounted at the path itself.
void SessionOperations::statvfsOnOwnMount(std::shared_ptr<ResultCore<FsStats>> core, const QByteArray &path)
{
    m_worker->withAddress([this, core, path](const NfsError &error, const QString &) {
        if (error.isError())
            core->finish(error);
        else
            statvfsOnMountAt(core, path);
    });
}

void SessionOperations::statvfsOnMountAt(std::shared_ptr<ResultCore<FsStats>> core, const QByteArray &path)
{
    auto *deadline = new QTimer(m_worker);
    deadline->setSingleShot(true);
    auto holder = std::make_shared<Connection *>(nullptr);
    const auto end = [worker = m_worker, core, deadline, holder](const NfsError &error) {
        if (!error.isError())
            core->finish();
        else
            core->finish(error);
        deadline->stop();
        deadline->deleteLater();
        if (*holder)
            worker->retire(*holder, error.isError() ? error : NfsError::cancelled());
        *holder = nullptr;
    };
    NfsError error;
    Connection *c = m_worker->connectAuxiliary(
        path,
        [this, core, path, end, holder](int status, const char *message) {
            Connection *conn = *holder;
            if (status < 0) {
                end(NfsError::fromStatus(Op::StatFs, status, message, path, server(), timeoutSeconds()));
                return;
            }
            conn->mounted = true;
            auto *r = new Request;
            r->op = Op::StatFs;
            r->paths = {path};
            r->core = core;
            r->dispatcher = m_dispatcher;
            r->start = [](nfs_context *ctx, const auto &, void *priv) {
                return nfs_statvfs64_async(ctx, "/", reply, priv);
            };
            r->done = [core, end](nfs_context *, void *data) {
                core->finishWith(NfsConversion::fromStatvfs(static_cast<nfs_statvfs_64 *>(data)));
                end(NfsError());
            };
            // A failed request is finished by onNfsReply; the context then
            // goes when the deadline timer ends it.
            m_dispatcher->issue(r, conn);
            if (core->isFinished())
                end(core->error());
        },
        &error);
    if (!c) {
        deadline->deleteLater();
        core->finish(error);
        return;
    }
    *holder = c;
    QObject::connect(deadline, &QTimer::timeout, m_worker, [this, end, path] {
        end(NfsError::timeout(Op::StatFs, path, server(), timeoutSeconds()));
    });
    deadline->start(timeoutSeconds() * 1000);
}

void SessionOperations::chmod(std::shared_ptr<JobCore> core, QByteArray path, quint32 mode)
{
    plain(core, Op::ChangeMode, {path}, [path, mode](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_chmod_async(ctx, inside(path).constData(), int(mode), reply, priv);
    });
}

bool SessionOperations::onlyWithoutLink(std::shared_ptr<JobCore> core, const QByteArray &path,
                                        std::function<void()> then)
{
    if (m_url.version() != 4)
        return false;
    // libnfs 4.0 reads past its reply when it changes a symlink itself over
    // NFSv4 (seen under AddressSanitizer): for anything but a link the
    // following form does the same, and a link is refused in words.
    m_resolver->lstatFor(core, Op::Stat, path, path, false, [this, core, path, then](const FileInfo &info) {
        if (info.isSymlink()) {
            core->finish(NfsError(NfsError::Kind::NotSupported, ENOTSUP,
                                  tr("%1: libnfs 4.0 cannot change a symbolic link itself over NFSv4 (%2 on %3); "
                                     "use version=3 for this")
                                      .arg(NfsError::reason(NfsError::Kind::NotSupported), displayName(path), server())));
            return;
        }
        then();
    });
    return true;
}

void SessionOperations::chown(std::shared_ptr<JobCore> core, QByteArray path, quint32 uid, quint32 gid, bool follow)
{
    if (!follow && onlyWithoutLink(core, path, [this, core, path, uid, gid] { chown(core, path, uid, gid, true); }))
        return;
    plain(core, Op::ChangeOwner, {path}, [path, uid, gid, follow](nfs_context *ctx, const auto &inside, void *priv) {
        return follow ? nfs_chown_async(ctx, inside(path).constData(), int(uid), int(gid), reply, priv)
                      : nfs_lchown_async(ctx, inside(path).constData(), int(uid), int(gid), reply, priv);
    });
}

void SessionOperations::utimes(std::shared_ptr<JobCore> core, QByteArray path, qint64 atimeNs, qint64 mtimeNs,
                               bool follow)
{
    if (!follow
        && onlyWithoutLink(core, path,
                           [this, core, path, atimeNs, mtimeNs] { utimes(core, path, atimeNs, mtimeNs, true); }))
        return;
    plain(core, Op::ChangeTimes, {path},
          [path, atimeNs, mtimeNs, follow](nfs_context *ctx, const auto &inside, void *priv) {
              // libnfs copies the times into the request before returning.
              timeval times[2] = {timevalFromNs(atimeNs), timevalFromNs(mtimeNs)};
              return follow ? nfs_utimes_async(ctx, inside(path).constData(), times, reply, priv)
                            : nfs_lutimes_async(ctx, inside(path).constData(), times, reply, priv);
          });
}

void SessionOperations::symlink(std::shared_ptr<JobCore> core, QByteArray target, QByteArray linkPath)
{
    plain(core, Op::Symlink, {linkPath}, [target, linkPath](nfs_context *ctx, const auto &inside, void *priv) {
        // The target is stored as text, never resolved: it is not mapped.
        return nfs_symlink_async(ctx, target.constData(), inside(linkPath).constData(), reply, priv);
    });
}

void SessionOperations::readlink(std::shared_ptr<ResultCore<QByteArray>> core, QByteArray path)
{
    if (m_url.version() == 4) {
        // The target's length comes from the link's attributes (see PathResolver::readTarget).
        m_resolver->lstatFor(core, Op::Readlink, path, path, false, [this, core, path](const FileInfo &info) {
            if (!info.isSymlink()) {
                core->finish(NfsError::fromStatus(Op::Readlink, -EINVAL, nullptr, path, server(), timeoutSeconds()));
                return;
            }
            m_resolver->readTarget(core, path, info.size, [core](const QByteArray &target) { core->finishWith(target); });
        });
        return;
    }
    m_dispatcher->enqueue(
        Op::Readlink, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_readlink_async(ctx, inside(path).constData(), reply, priv);
        },
        [core](nfs_context *, void *data) { core->finishWith(QByteArray(static_cast<const char *>(data))); });
}

void SessionOperations::link(std::shared_ptr<JobCore> core, QByteArray existing, QByteArray newPath)
{
    plain(core, Op::Link, {newPath, existing}, [existing, newPath](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_link_async(ctx, inside(existing).constData(), inside(newPath).constData(), reply, priv);
    });
}

void SessionOperations::truncate(std::shared_ptr<JobCore> core, QByteArray path, quint64 size)
{
    plain(core, Op::Truncate, {path}, [path, size](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_truncate_async(ctx, inside(path).constData(), size, reply, priv);
    });
}

void SessionOperations::createFile(std::shared_ptr<JobCore> core, QByteArray path, quint32 mode, bool exclusive)
{
    // nfs_open2 with O_CREAT, not nfs_creat: over NFSv4 libnfs 4.0 opens the
    // file for reading after nfs_creat (DESIGN, "libnfs 4.0 notes").
    const int flags = O_CREAT | O_WRONLY | (exclusive ? O_EXCL : 0);
    auto *open = new Request;
    open->op = Op::Open;
    open->paths = {path};
    open->core = core;
    open->start = [path, mode, flags](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_open2_async(ctx, inside(path).constData(), flags, int(mode), reply, priv);
    };
    open->discard = &RequestDispatcher::giveBackHandle;
    open->done = [this, core, path, mode](nfs_context *opened, void *data) {
            auto *fh = static_cast<nfsfh *>(data);
            m_dispatcher->enqueue(
                Op::Close, {path}, core,
                [opened, fh](nfs_context *ctx, const auto &, void *priv) {
                    // After a remount in between the handle belongs to the old context.
                    return ctx == opened ? nfs_close_async(ctx, fh, reply, priv) : -ESTALE;
                },
                [this, core, path, mode](nfs_context *, void *) {
                    if (m_url.version() == 4)
                        settleCreated(core, path, mode);
                    else
                        core->finish();
                });
        };
    m_dispatcher->submit(open);
}

// libnfs 4.0 sends no SETATTR after an NFSv4 create: the times hold the
// server's create verifier and an unchecked create loses the mode. Both are
// set here, the times to now.
void SessionOperations::settleCreated(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode)
{
    m_dispatcher->enqueue(
        Op::ChangeMode, {path}, core,
        [path, mode](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_chmod_async(ctx, inside(path).constData(), int(mode), reply, priv);
        },
        [this, core, path](nfs_context *, void *) {
            plain(core, Op::ChangeTimes, {path}, [path](nfs_context *ctx, const auto &inside, void *priv) {
                timeval now[2];
                ::gettimeofday(&now[0], nullptr);
                now[1] = now[0];
                return nfs_utimes_async(ctx, inside(path).constData(), now, reply, priv);
            });
        });
}

void SessionOperations::access(std::shared_ptr<ResultCore<int>> core, QByteArray path)
{
    auto *r = new Request;
    r->op = Op::Stat;
    r->paths = {path};
    r->core = core;
    r->start = [path](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_access2_async(ctx, inside(path).constData(), reply, priv);
    };
    // The mask arrives as the status.
    r->doneWithStatus = [core](nfs_context *, void *, int status) { core->finishWith(status); };
    m_dispatcher->submit(r);
}
