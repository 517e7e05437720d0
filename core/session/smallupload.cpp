// SPDX-License-Identifier: GPL-3.0-or-later
#include "smallupload.h"

#include "connection.h"
#include "displayname.h"
#include "exportlist.h"
#include "libnfsworkarounds.h"
#include "rawreply.h"
#include "request.h"
#include "requestdispatcher.h"
#include "sessionworker.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>

using Op = NfsError::Operation;

namespace {

nfstime3 timeOf(qint64 nanoseconds)
{
    const qint64 seconds = nanoseconds / 1000000000 - (nanoseconds % 1000000000 < 0 ? 1 : 0);
    return nfstime3{uint32_t(seconds), uint32_t(nanoseconds - seconds * 1000000000)};
}

} // namespace

void SmallUpload::start(SessionWorker *worker, std::shared_ptr<JobCore> core, SmallFile file,
                        std::shared_ptr<FolderHandles> folders)
{
    std::make_shared<SmallUpload>(worker, std::move(core), std::move(file), std::move(folders))->begin();
}

SmallUpload::SmallUpload(SessionWorker *worker, std::shared_ptr<JobCore> core, SmallFile file,
                         std::shared_ptr<FolderHandles> folders)
    : m_worker(worker), m_dispatcher(worker->dispatcher()), m_core(std::move(core)), m_file(std::move(file)),
      m_folders(std::move(folders))
{
    m_folder = ExportResolution::parentPath(m_file.path);
    m_name = m_file.path.mid(m_file.path.lastIndexOf('/') + 1);
    m_tempName = m_file.temporary.mid(m_file.temporary.lastIndexOf('/') + 1);
}

void SmallUpload::begin()
{
    if (m_worker->version() != 3) {
        m_core->finish(NfsError(NfsError::Kind::NotSupported, ENOTSUP,
                                tr("Whole small files are written on file handles over NFSv3 only")));
        return;
    }
    if (ExportResolution::parentPath(m_file.temporary) != m_folder || m_name.isEmpty() || m_tempName.isEmpty()) {
        m_core->finish(NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                                tr("The temporary name %1 is not beside %2")
                                    .arg(displayName(m_file.temporary), displayName(m_file.path))));
        return;
    }
    const quint64 connection = m_worker->connectionId();
    const auto known = m_folders->known.constFind(m_folder);
    if (connection && known != m_folders->known.constEnd() && known->first == connection) {
        m_connection = connection;
        m_dirHandle = known->second;
        lookUp(false);
        return;
    }
    openFolder();
}

void SmallUpload::openFolder()
{
    if (stopIfCancelled())
        return;
    // The folder's handle, by path like any request (errors worded as an
    // open's). A core of its own: the job's cancel must not drop it unanswered.
    auto self = shared_from_this();
    auto step = std::make_shared<JobCore>();
    step->onFinished = [self](const NfsError &error) {
        if (error.isError())
            self->fail(error);
    };
    m_dispatcher->openReadOnly(Op::Open, m_folder, step, [self, step](nfsfh *fh) {
        self->folderOpened(fh);
        step->finish();
    });
}

void SmallUpload::folderOpened(nfsfh *fh)
{
    m_connection = m_worker->connectionId();
    m_dirHandle = LibnfsWorkarounds::fileHandleOf(fh);
    m_worker->releaseHandle(m_connection, fh);
    if (m_dirHandle.isEmpty() || !m_connection) {
        m_core->finish(NfsError(NfsError::Kind::Other, EINVAL,
                                tr("No file handle for %1 on %2").arg(displayName(m_folder), m_worker->server())));
        return;
    }
    m_folders->known.insert(m_folder, {m_connection, m_dirHandle});
    lookUp(false);
}

void SmallUpload::send(Op op, const QList<QByteArray> &paths, Start start, std::function<void(void *data)> ok,
                       std::function<void(const NfsError &error)> failed)
{
    // Each step has a core of its own: its failure comes here, not to the job.
    auto step = std::make_shared<JobCore>();
    step->onFinished = [failed = std::move(failed)](const NfsError &error) {
        if (error.isError())
            failed(error);
    };
    auto *r = new Request;
    r->op = op;
    r->paths = paths;
    r->core = step;
    r->pathsReal = true;            // handles are used, not the paths
    r->connectionId = m_connection;
    r->start = [start = std::move(start)](nfs_context *ctx, const Request::Inside &, void *priv) {
        // libnfs encodes the arguments before it returns.
        return start(nfs_get_rpc_context(ctx), priv);
    };
    r->done = [ok = std::move(ok), step](nfs_context *, void *data) {
        ok(data);
        step->finish();
    };
    m_dispatcher->submit(r);
}

bool SmallUpload::stopIfCancelled()
{
    if (!m_core->isCancelled())
        return false;
    fail(NfsError::cancelled());
    return true;
}

void SmallUpload::lookUp(bool again)
{
    if (stopIfCancelled())
        return;
    auto self = shared_from_this();
    send(
        Op::Stat, {m_file.path},
        [self](rpc_context *rpc, void *priv) {
            LOOKUP3args args{};
            args.what.dir = RawReply::handleOf(self->m_dirHandle);
            args.what.name = self->m_name.data();
            return rpc_nfs3_lookup_async(rpc, &RawReply::onReply<LOOKUP3res>, &args, priv);
        },
        [self](void *) {
            self->fail(NfsError(NfsError::Kind::Exists, EEXIST,
                                tr("Will not replace %1 on %2: it exists")
                                    .arg(displayName(self->m_file.path), self->m_worker->server())));
        },
        [self, again](const NfsError &error) {
            if (error.kind() != NfsError::Kind::NotFound)
                self->fail(error);
            else if (again)
                self->rename();
            else
                self->create();
        });
}

void SmallUpload::create()
{
    if (stopIfCancelled())
        return;
    auto self = shared_from_this();
    send(
        Op::Open, {m_file.temporary},
        [self](rpc_context *rpc, void *priv) {
            CREATE3args args{};
            args.where.dir = RawReply::handleOf(self->m_dirHandle);
            args.where.name = self->m_tempName.data();
            args.how.mode = GUARDED;
            args.how.createhow3_u.obj_attributes.mode.set_it = 1;
            // Writable by its owner until the SETATTR gives it its own mode
            // (a read-only source's copy must still take its bytes).
            args.how.createhow3_u.obj_attributes.mode.set_mode3_u.mode = 0600;
            return rpc_nfs3_create_async(rpc, &RawReply::onReply<CREATE3res>, &args, priv);
        },
        [self](void *data) {
            self->m_created = true;
            const post_op_fh3 &obj = static_cast<const CREATE3resok *>(data)->obj;
            if (!obj.handle_follows || obj.post_op_fh3_u.handle.data.data_len == 0) {
                self->fail(NfsError(NfsError::Kind::NotSupported, ENOTSUP,
                                    tr("The server %1 did not give the new file's handle")
                                        .arg(self->m_worker->server())));
                return;
            }
            const nfs_fh3 &fh = obj.post_op_fh3_u.handle;
            self->m_fileHandle = QByteArray(fh.data.data_val, int(fh.data.data_len));
            self->write(0);
        },
        [self](const NfsError &error) {
            // The name is random: an existing one is our own CREATE's, answered
            // before a reconnect and sent again after it. It is removed.
            if (error.kind() == NfsError::Kind::Exists)
                self->m_created = true;
            self->fail(error);
        });
}

void SmallUpload::write(quint64 offset)
{
    if (stopIfCancelled())
        return;
    if (offset >= quint64(m_file.data.size())) {
        setAttributes();
        return;
    }
    auto self = shared_from_this();
    send(
        Op::Write, {m_file.temporary},
        [self, offset](rpc_context *rpc, void *priv) {
            // No more than the server takes in one WRITE (its wtmax).
            const quint64 most = self->m_worker->chunkLimit(true);
            WRITE3args args{};
            args.file = RawReply::handleOf(self->m_fileHandle);
            args.offset = offset;
            args.count = count3(std::min(quint64(self->m_file.data.size()) - offset, most ? most : quint64(32768)));
            args.stable = FILE_SYNC;
            args.data.data_len = args.count;
            args.data.data_val = self->m_file.data.data() + offset;
            return rpc_nfs3_write_async(rpc, &RawReply::onReply<WRITE3res>, &args, priv);
        },
        [self, offset](void *data) {
            const auto *ok = static_cast<const WRITE3resok *>(data);
            if (ok->count == 0 || ok->committed == UNSTABLE) {
                self->fail(NfsError(NfsError::Kind::IoError, EIO,
                                    tr("The server %1 did not store %2 durably")
                                        .arg(self->m_worker->server(), displayName(self->m_file.temporary))));
                return;
            }
            self->write(offset + ok->count);
        },
        [self](const NfsError &error) { self->fail(error); });
}

void SmallUpload::setAttributes()
{
    if (stopIfCancelled())
        return;
    auto self = shared_from_this();
    send(
        Op::ChangeTimes, {m_file.temporary},
        [self](rpc_context *rpc, void *priv) {
            SETATTR3args args{};
            args.object = RawReply::handleOf(self->m_fileHandle);
            sattr3 &a = args.new_attributes;
            a.mode.set_it = 1;
            a.mode.set_mode3_u.mode = self->m_file.mode & 07777;
            a.atime.set_it = SET_TO_CLIENT_TIME;
            a.atime.set_atime_u.atime = timeOf(self->m_file.atimeNs);
            a.mtime.set_it = SET_TO_CLIENT_TIME;
            a.mtime.set_mtime_u.mtime = timeOf(self->m_file.mtimeNs);
            return rpc_nfs3_setattr_async(rpc, &RawReply::onReply<SETATTR3res>, &args, priv);
        },
        [self](void *data) {
            // The size the server holds, from the reply's attributes after the change.
            const post_op_attr &after = static_cast<const SETATTR3resok *>(data)->obj_wcc.after;
            if (!after.attributes_follow) {
                self->fail(NfsError(NfsError::Kind::NotSupported, ENOTSUP,
                                    tr("The server %1 did not tell the size of %2")
                                        .arg(self->m_worker->server(), displayName(self->m_file.temporary))));
                return;
            }
            if (after.post_op_attr_u.attributes.size != quint64(self->m_file.data.size())) {
                self->fail(NfsError(NfsError::Kind::IoError, EIO,
                                    tr("The server holds %1 bytes of %2 instead of %3")
                                        .arg(after.post_op_attr_u.attributes.size)
                                        .arg(displayName(self->m_file.path))
                                        .arg(self->m_file.data.size())));
                return;
            }
            if (self->m_file.lookBeforeRename)
                self->lookUp(true);   // NFS RENAME replaces silently: look right before it
            else
                self->rename();
        },
        [self](const NfsError &error) { self->fail(error); });
}

void SmallUpload::rename()
{
    if (stopIfCancelled())
        return;
    auto self = shared_from_this();
    send(
        Op::Rename, {m_file.temporary, m_file.path},
        [self](rpc_context *rpc, void *priv) {
            RENAME3args args{};
            args.from.dir = RawReply::handleOf(self->m_dirHandle);
            args.from.name = self->m_tempName.data();
            args.to.dir = RawReply::handleOf(self->m_dirHandle);
            args.to.name = self->m_name.data();
            return rpc_nfs3_rename_async(rpc, &RawReply::onReply<RENAME3res>, &args, priv);
        },
        [self](void *) {
            self->m_created = false;
            self->m_core->finish();
        },
        [self](const NfsError &error) { self->fail(error); });
}

void SmallUpload::fail(const NfsError &error)
{
    // A folder handle the server no longer knows is learnt again next time.
    if (error.kind() == NfsError::Kind::Stale)
        m_folders->known.remove(m_folder);
    if (!m_created) {
        m_core->finish(error);
        return;
    }
    m_created = false;
    auto self = shared_from_this();
    const auto end = [self, error] { self->m_core->finish(error); };
    if (m_worker->connectionId() != m_connection) {
        // The handles' connection is gone: by path, on the next one.
        auto step = std::make_shared<JobCore>();
        step->onFinished = [end](const NfsError &) { end(); };
        auto *r = new Request;
        r->op = Op::Remove;
        r->paths = {m_file.temporary};
        r->core = step;
        r->start = [temporary = m_file.temporary](nfs_context *ctx, const Request::Inside &inside, void *priv) {
            return nfs_unlink_async(ctx, inside(temporary).constData(), &RequestDispatcher::onNfsReply, priv);
        };
        r->done = [step](nfs_context *, void *) { step->finish(); };
        m_dispatcher->submit(r);
        return;
    }
    send(
        Op::Remove, {m_file.temporary},
        [self](rpc_context *rpc, void *priv) {
            REMOVE3args args{};
            args.object.dir = RawReply::handleOf(self->m_dirHandle);
            args.object.name = self->m_tempName.data();
            return rpc_nfs3_remove_async(rpc, &RawReply::onReply<REMOVE3res>, &args, priv);
        },
        [end](void *) { end(); }, [end](const NfsError &) { end(); });
}
