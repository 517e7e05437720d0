// SPDX-License-Identifier: GPL-3.0-or-later
#include "filewrites.h"

#include "displayname.h"
#include "libnfsworkarounds.h"
#include "rawreply.h"
#include "remotefile.h"
#include "requestdispatcher.h"
#include "sessionworker.h"
#include "writeplan.h"

#include <climits>
#include <cstring>
#include <fcntl.h>

using Op = NfsError::Operation;

namespace {

quint64 verifierOf(const writeverf3 &verf)
{
    quint64 v = 0;
    static_assert(sizeof v == sizeof(writeverf3));
    std::memcpy(&v, verf, sizeof v);
    return v;
}

} // namespace

FileWrites::FileWrites(SessionWorker *worker, std::shared_ptr<FileCore> core, Hooks hooks)
    : m_worker(worker), m_core(std::move(core)), m_hooks(std::move(hooks))
{
}

void FileWrites::setHandle(nfsfh *fh, Connection *own, quint64 connection)
{
    m_fh = fh;
    m_own = own;
    m_connection = connection;
    m_handle = fh && verifies() ? LibnfsWorkarounds::fileHandleOf(fh) : QByteArray();
}

bool FileWrites::verifies() const
{
    return m_worker->version() == 3 && (m_core->flags & O_SYNC);
}

void FileWrites::issue()
{
    if (!m_fh)
        return;
    const bool verified = verifies();
    for (;;) {
        if (verified && m_verify.full())
            break;   // until a COMMIT lets go of what is held
        std::optional<FileCore::Write> next;
        {
            QMutexLocker lock(&m_core->mutex);
            next = WritePlan::next(*m_core, m_writes);
        }
        if (!next)
            break;
        ++m_writes;
        if (verified)
            writeUnstable(*next);
        else
            writeStable(*next);
    }
    if (verified)
        maybeCommit(false);
}

void FileWrites::writeStable(const FileCore::Write &piece)
{
    auto self = shared_from_this();
    nfsfh *fh = m_fh;
    m_worker->dispatcher()->call(
        m_own, Op::Write, m_core->path, m_connection,
        // libnfs encodes the data into the request before it returns; FILE_SYNC
        // when the file was opened O_SYNC.
        [fh, piece](nfs_context *ctx, const auto &, void *priv) {
            return nfs_pwrite_async(ctx, fh, quint64(piece.offset), quint64(piece.data.size()), piece.data.constData(),
                                    &RequestDispatcher::onNfsReply, priv);
        },
        [self, piece](nfs_context *, void *, int status) { self->landed(piece, status); },
        [self, piece](const NfsError &e) { self->writeFailed(piece, e); });
}

void FileWrites::writeUnstable(const FileCore::Write &piece)
{
    auto self = shared_from_this();
    m_worker->dispatcher()->call(
        m_own, Op::Write, m_core->path, m_connection,
        [self, piece](nfs_context *ctx, const auto &, void *priv) {
            WRITE3args args{};
            args.file = RawReply::handleOf(self->m_handle);
            args.offset = quint64(piece.offset);
            args.count = count3(piece.data.size());
            args.stable = UNSTABLE;
            args.data.data_len = u_int(piece.data.size());
            args.data.data_val = const_cast<char *>(piece.data.constData());
            return rpc_nfs3_write_async(nfs_get_rpc_context(ctx), &RawReply::onReply<WRITE3res>, &args, priv);
        },
        [self, piece](nfs_context *, void *data, int) {
            const auto *ok = static_cast<const WRITE3resok *>(data);
            const qint64 acknowledged = std::min<qint64>(ok->count, piece.data.size());
            // FILE_SYNC or DATA_SYNC: on stable storage already, nothing to keep.
            if (ok->committed == UNSTABLE && acknowledged > 0)
                self->m_verify.held({piece.offset, piece.data.left(acknowledged)}, verifierOf(ok->verf));
            self->landed(piece, acknowledged);
        },
        [self, piece](const NfsError &e) { self->writeFailed(piece, e); });
}

void FileWrites::landed(const FileCore::Write &piece, qint64 acknowledged)
{
    --m_writes;
    m_dirty = true;
    qint64 done;
    {
        QMutexLocker lock(&m_core->mutex);
        done = WritePlan::landed(*m_core, piece, int(std::min<qint64>(acknowledged, INT_MAX)));
        m_core->changed.wakeAll();
    }
    m_hooks.landed(done);
    m_hooks.kick();
}

void FileWrites::writeFailed(const FileCore::Write &piece, const NfsError &e)
{
    --m_writes;
    bool retry;
    {
        QMutexLocker lock(&m_core->mutex);
        retry = WritePlan::retrySmaller(*m_core, piece, m_worker->version(), e);
    }
    if (retry)
        m_hooks.kick();
    else
        m_hooks.failed(e);
}

void FileWrites::maybeCommit(bool closing)
{
    if (!m_fh || !m_verify.commitDue(closing))
        return;
    {
        QMutexLocker lock(&m_core->mutex);
        if (m_core->failed())
            return;
    }
    m_verify.commitSent();
    auto self = shared_from_this();
    m_worker->dispatcher()->call(
        m_own, Op::Write, m_core->path, m_connection,
        [self](nfs_context *ctx, const auto &, void *priv) {
            COMMIT3args args{};
            args.file = RawReply::handleOf(self->m_handle);
            args.offset = 0;
            args.count = 0;   // to the end of the file
            return rpc_nfs3_commit_async(nfs_get_rpc_context(ctx), &RawReply::onReply<COMMIT3res>, &args, priv);
        },
        [self](nfs_context *, void *data, int) {
            const auto *ok = static_cast<const COMMIT3resok *>(data);
            std::vector<FileCore::Write> again = self->m_verify.committed(verifierOf(ok->verf));
            if (!again.empty() && self->m_verify.gaveUp()) {
                self->m_hooks.failed(NfsError(NfsError::Kind::IoError, EIO,
                                              RemoteFile::tr("The server %1 lost what was written to %2 again and again "
                                                             "(it keeps restarting)")
                                                  .arg(self->m_worker->server(), displayName(self->m_core->path))));
            } else if (!again.empty()) {
                // The server restarted since those WRITEs and may have lost them: they go again.
                QMutexLocker lock(&self->m_core->mutex);
                for (FileCore::Write &w : again) {
                    self->m_core->pendingBytes += w.data.size();
                    self->m_core->pending.push_front(std::move(w));
                }
            }
            self->m_hooks.kick();
        },
        [self](const NfsError &e) {
            self->m_verify.commitFailed();
            self->m_hooks.failed(e);
            self->m_hooks.kick();
        });
}

bool FileWrites::settle()
{
    if (busy())
        return false;
    if (verifies()) {
        if (m_verify.settled())
            return true;
        maybeCommit(true);
        return false;
    }
    // FILE_SYNC WRITEs are durable already; UNSTABLE ones get one COMMIT.
    if (!m_dirty || (m_core->flags & O_SYNC) || !m_fh)
        return true;
    syncAtClose();
    return false;
}

void FileWrites::syncAtClose()
{
    m_syncOut = true;
    auto self = shared_from_this();
    nfsfh *fh = m_fh;
    m_worker->dispatcher()->call(
        m_own, Op::Write, m_core->path, m_connection,
        [fh](nfs_context *ctx, const auto &, void *priv) {
            return nfs_fsync_async(ctx, fh, &RequestDispatcher::onNfsReply, priv);
        },
        [self](nfs_context *, void *, int) {
            self->m_syncOut = false;
            self->m_dirty = false;
            self->m_hooks.kick();
        },
        [self](const NfsError &e) {
            self->m_syncOut = false;
            self->m_dirty = false;
            self->m_hooks.failed(e);
            self->m_hooks.kick();
        });
}
