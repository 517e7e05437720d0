// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotefilebackend.h"

#include <cerrno>

#include "filewrites.h"
#include "readahead.h"
#include "readconnections.h"
#include "remotefile.h"
#include "requestdispatcher.h"
#include "sessionoperations.h"
#include "sessionworker.h"
#include "writeplan.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QTimer>

#include <algorithm>
#include <chrono>

#include <cstring>

#include <fcntl.h>
#include <sys/time.h>
#include <nfsc/libnfs.h>

using Op = NfsError::Operation;

namespace {

// A read-only file is reopened this many times after lost connections,
// waiting this long between attempts that find the server not back yet.
constexpr int MaxReopens = 6;
constexpr int ReopenDelayMs = 1000;
// Files this large, read only over NFSv3, are read over this many
// connections of their own besides the session's.
constexpr qint64 HelperMinSize = 64 * 1024 * 1024;
constexpr int HelperConnections = 2;   // 3 connections read fastest in readprobe

bool isReadable(int flags)
{
    return (flags & O_ACCMODE) == O_RDONLY || (flags & O_ACCMODE) == O_RDWR;
}

} // namespace


RemoteFileBackend::RemoteFileBackend(SessionWorker *worker, std::shared_ptr<FileCore> core)
    : m_worker(worker), m_core(std::move(core)), m_routes(std::make_shared<ReadConnections>(worker))
{
}

void RemoteFileBackend::start()
{
    // The WRITE side reports through the backend while it lives.
    std::weak_ptr<RemoteFileBackend> weak = shared_from_this();
    FileWrites::Hooks hooks;
    hooks.landed = [weak](qint64 bytes) {
        if (auto self = weak.lock())
            self->notifyDevice(false, bytes);
    };
    hooks.failed = [weak](const NfsError &e) {
        if (auto self = weak.lock())
            self->fail(e);
    };
    // Called on the writer's thread too.
    hooks.kick = [weak, worker = m_worker] {
        worker->post([weak] {
            if (auto self = weak.lock())
                self->kick();
        });
    };
    m_output = std::make_shared<FileWrites>(m_worker, m_core, std::move(hooks));

    if (m_worker->version() == 4 && !m_worker->claimOpen(m_core->path)) {
        // Already open on the session's context: this one gets a context of its own.
        auto self = shared_from_this();
        m_own = m_worker->openOwnConnection([self](quint64 id, const NfsError &error) {
            if (error.isError()) {
                self->m_own = nullptr;
                self->fail(error);
                return;
            }
            Q_UNUSED(id);
            self->open(false);
        });
        return;
    }
    m_claimed = m_worker->version() == 4;
    open(false);
}

void RemoteFileBackend::open(bool again)
{
    int flags = m_core->flags;
    if (again)
        flags &= ~(O_CREAT | O_TRUNC | O_EXCL);
    if (m_worker->version() == 4 && (flags & O_CREAT) && !(flags & O_EXCL)) {
        // libnfs 4.0 creates over NFSv4 only exclusively (an existing file
        // gives EEXIST): open what exists, and create what does not.
        openWith(flags & ~O_CREAT, OpenStep::ExistingElseCreate);
        return;
    }
    openWith(flags, OpenStep::Plain);
}

void RemoteFileBackend::openWith(int flags, OpenStep step)
{
    const quint32 mode = m_core->createMode;
    auto self = shared_from_this();
    m_openRpc = m_worker->dispatcher()->call(
        m_own, Op::Open, m_core->path, 0,
        [path = m_core->path, flags, mode](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_open2_async(ctx, inside(path).constData(), flags, int(mode), &RequestDispatcher::onNfsReply, priv);
        },
        [self, step](nfs_context *, void *data, int) {
            self->m_fh = static_cast<nfsfh *>(data);
            self->m_connection = self->m_own ? self->m_worker->connectionIdOf(self->m_own) : self->m_worker->connectionId();
            self->m_output->setHandle(self->m_fh, self->m_own, self->m_connection);

            if (self->m_done || self->m_core->failed()) {
                // Closed or failed while opening: give the handle straight back.
                self->m_closing = false;
                QTimer::singleShot(0, self->m_worker, [self] { self->maybeClose(); });
                return;
            }
            const quint64 readMax = self->m_worker->chunkLimit(false);
            const quint64 writeMax = self->m_worker->chunkLimit(true);
            {
                QMutexLocker lock(&self->m_core->mutex);
                if (!self->m_core->readChunk) {
                    self->m_core->readChunk = ReadAhead::firstChunk(readMax);
                    self->m_core->writeChunk = WritePlan::firstChunk(self->m_worker->version(), writeMax);
                }
            }
            // Its times are set after the CLOSE: a path-based SETATTR over
            // NFSv4 would end this very open (libnfs 4.0 OPENs and CLOSEs for it).
            const bool exclusive = (self->m_core->flags & O_CREAT) && (self->m_core->flags & O_EXCL);
            self->m_fixTimes = step == OpenStep::Created || (self->m_worker->version() == 4 && exclusive);
            // A file this open created is empty: no GETATTR to ask (an upload's
            // temporary file, one of many in a tree).
            if (step == OpenStep::Created || exclusive)
                self->openedAt(0);
            else
                self->fstat();
        },
        [self, flags, step](const NfsError &e) {
            if (step == OpenStep::ExistingElseCreate && e.kind() == NfsError::Kind::NotFound) {
                self->openWith(flags | O_CREAT | O_EXCL, OpenStep::Created);
                return;
            }
            // Opening again after a lost connection, while the server is still
            // coming back (restarting): wait a little and try again.
            const bool connection = e.kind() == NfsError::Kind::ConnectionLost || e.kind() == NfsError::Kind::Refused
                || e.kind() == NfsError::Kind::Unreachable || e.errnum() == EFAULT;
            if (self->m_reopens > 0 && connection && self->m_reopens < MaxReopens && !self->m_closing) {
                ++self->m_reopens;
                QTimer::singleShot(ReopenDelayMs, self->m_worker, [self] { self->open(true); });
                return;
            }
            self->fail(e);
        });
}

void RemoteFileBackend::fixCreatedTimes()
{
    // An exclusive create over NFSv4 leaves the verifier in the times (libnfs
    // 4.0 sets no attributes after it): give the file the time of now.
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    auto self = shared_from_this();
    auto rpc = std::make_shared<JobCore>();
    rpc->onFinished = [self](const NfsError &) { self->finished(); };
    m_worker->operations()->utimes(rpc, m_core->path, now, now, true);
}

void RemoteFileBackend::truncate(qint64 size, std::shared_ptr<JobCore> done)
{
    if (!m_fh || m_core->failed()) {
        done->finish(m_core->failed() ? m_core->error
                                      : NfsError(NfsError::Kind::InvalidArgument, EBADF, QStringLiteral("not open")));
        return;
    }
    auto self = shared_from_this();
    nfsfh *fh = m_fh;
    m_worker->dispatcher()->call(
        m_own, Op::Truncate, m_core->path, m_connection,
        [fh, size](nfs_context *ctx, const auto &, void *priv) {
            return nfs_ftruncate_async(ctx, fh, quint64(size), &RequestDispatcher::onNfsReply, priv);
        },
        [self, size, done](nfs_context *, void *, int) {
            {
                QMutexLocker lock(&self->m_core->mutex);
                self->m_core->size = size;
                // Appending goes on at the new end.
                self->m_core->appendAt = size;
                self->m_core->eof = -1;
                self->m_core->chunks.clear();
                ++self->m_core->writeEpoch;
            }
            done->finish();
        },
        [done](const NfsError &e) { done->finish(e); });
}

void RemoteFileBackend::fstat()
{
    auto self = shared_from_this();
    nfsfh *fh = m_fh;
    m_worker->dispatcher()->call(
        m_own, Op::Stat, m_core->path, m_connection,
        [fh](nfs_context *ctx, const auto &, void *priv) {
            return nfs_fstat64_async(ctx, fh, &RequestDispatcher::onNfsReply, priv);
        },
        [self](nfs_context *, void *data, int) { self->openedAt(qint64(static_cast<nfs_stat_64 *>(data)->nfs_size)); },
        [self](const NfsError &e) { self->fail(e); });
}

void RemoteFileBackend::openedAt(qint64 size)
{
    {
        QMutexLocker lock(&m_core->mutex);
        m_core->size = std::max(m_core->size, size);
        if (m_core->phase == FileCore::Phase::Opening) {
            m_core->appendAt = size;
            m_core->size = size + m_core->pendingAppend;
            m_core->phase = FileCore::Phase::Open;
            if (m_core->device && !m_core->openedPosted) {
                m_core->openedPosted = true;
                QMetaObject::invokeMethod(m_core->device, &RemoteFile::deliverOpened, Qt::QueuedConnection);
            }
        }
        m_core->changed.wakeAll();
    }
    askHelpers();
    auto self = shared_from_this();
    QTimer::singleShot(0, m_worker, [self] { self->kick(); });
}

void RemoteFileBackend::askHelpers()
{
    if (m_routes->hasHelpers() || m_own || m_worker->version() != 3 || (m_core->flags & O_ACCMODE) != O_RDONLY
        || m_core->maxInFlight < 4)
        return;
    {
        QMutexLocker lock(&m_core->mutex);
        if (m_core->size < HelperMinSize)
            return;
    }
    auto self = shared_from_this();
    m_routes->openHelpers(
        HelperConnections, [self] { return !self->m_done && !self->m_closing; }, [self] { self->kick(); });
}

void RemoteFileBackend::kick()
{
    {
        QMutexLocker lock(&m_core->mutex);
        m_core->kickPosted = false;
        // Push mode begins with what the read-ahead already holds.
        if (m_core->push && !m_core->pushBusy)
            m_core->pushReply(lock, 0, nullptr, 0);
    }
    if (m_done)
        return;
    if (!m_closing)
        m_output->issue();
    issueReads();
    maybeClose();
}

void RemoteFileBackend::issueReads()
{
    if (!m_fh || m_closing || !isReadable(m_core->flags))
        return;
    QMutexLocker lock(&m_core->mutex);
    if (m_core->failed() || m_core->phase != FileCore::Phase::Open || m_core->closeRequested)
        return;
    // A READ must not overtake a WRITE of the same bytes: none while writes are out.
    if (m_core->pendingBytes + m_core->inFlightWriteBytes > 0)
        return;
    const std::vector<ReadAhead::Range> toRead = m_ahead.plan(*m_core, m_reads);
    if (!toRead.empty())
        m_core->mostReadConnections = std::max(m_core->mostReadConnections, m_routes->count());
    lock.unlock();
    issue(toRead);
}

void RemoteFileBackend::issue(const std::vector<ReadAhead::Range> &toRead)
{
    auto self = shared_from_this();
    quint64 epoch;
    {
        QMutexLocker lock(&m_core->mutex);
        epoch = m_core->writeEpoch;
    }
    const quint64 generation = m_generation;
    for (size_t i = 0; i < toRead.size(); ++i) {
        const auto [offset, length] = toRead[i];
        if (generation != m_generation || !m_fh || m_done) {
            // A READ failed as it was sent (its connection was gone) and the
            // file was opened again or failed: the rest are not sent.
            if (generation == m_generation) {
                QMutexLocker lock(&m_core->mutex);
                for (size_t j = i; j < toRead.size(); ++j)
                    m_ahead.ended(toRead[j].offset);
            }
            return;
        }
        ++m_reads;
        nfsfh *fh = m_fh;
        const auto [on, connection] = m_routes->send(m_own, m_connection);
        const auto sent = std::chrono::steady_clock::now();
        // Only full READs time the link: a short one takes less than a chunk's time.
        const bool timed = quint64(length) == m_core->readChunk;
        m_worker->dispatcher()->call(
            on, Op::Read, m_core->path, connection,
            [fh, offset, length](nfs_context *ctx, const auto &, void *priv) {
                return nfs_pread_async(ctx, fh, quint64(offset), quint64(length), &RequestDispatcher::onNfsReply, priv);
            },
            [self, offset, connection, epoch, sent, timed, generation = m_generation](nfs_context *, void *data, int status) {
                if (generation != self->m_generation)
                    return;   // from before a reopen
                self->m_routes->ended(connection);
                if (timed)
                    self->m_ahead.timed(sent);
                self->readArrived(offset, epoch, static_cast<const char *>(data), status);
            },
            [self, offset, connection, generation = m_generation](const NfsError &e) {
                if (generation != self->m_generation)
                    return;
                if (self->m_routes->isHelper(connection)) {
                    // Whatever went wrong there, the file's connection reads it again.
                    self->m_routes->drop(connection);
                    --self->m_reads;
                    {
                        QMutexLocker lock(&self->m_core->mutex);
                        self->m_ahead.ended(offset);
                    }
                    if (!self->m_done)
                        QTimer::singleShot(0, self->m_worker, [self] { self->kick(); });
                    return;
                }
                if (connection != self->m_connection)
                    return;
                self->m_routes->ended(connection);
                --self->m_reads;
                {
                    QMutexLocker lock(&self->m_core->mutex);
                    self->m_ahead.ended(offset);
                }
                const bool readOnly = (self->m_core->flags & O_ACCMODE) == O_RDONLY;
                // libnfs 4.0 may end a READ that was out when the connection broke
                // with EFAULT rather than as lost: it is tried again the same way.
                const bool lost = e.kind() == NfsError::Kind::ConnectionLost || e.errnum() == EFAULT;
                if (lost && readOnly && self->m_reopens < MaxReopens
                    && !self->m_closing) {
                    // Safe to carry on: nothing of ours is lost by opening the path again.
                    ++self->m_reopens;
                    ++self->m_generation;
                    self->m_routes->closeAll();
                    self->dropHandle();
                    self->m_connection = 0;
                    self->m_reads = 0;
                    {
                        QMutexLocker lock(&self->m_core->mutex);
                        self->m_ahead.clear();
                        self->m_core->phase = FileCore::Phase::Opening;
                    }
                    QTimer::singleShot(0, self->m_worker, [self] { self->open(true); });
                    return;
                }
                self->fail(e);
            });
    }
}

void RemoteFileBackend::readArrived(qint64 offset, quint64 epoch, const char *data, int status)
{
    --m_reads;
    bool pushing = false;
    {
        QMutexLocker lock(&m_core->mutex);
        m_ahead.ended(offset);
        if (epoch != m_core->writeEpoch) {
            // Written to since it was asked for: read again.
        } else if (status > 0) {
            qint64 taken = 0;
            // The reader reaches this reply once it has read what is buffered before it.
            const bool next = offset == m_core->want + m_core->availableAt(m_core->want);
            if (m_core->push) {
                if (m_core->pushReply(lock, offset, data, status))
                    taken = status;
            } else if (next && m_core->blockingReader && m_core->device && !m_core->closeRequested) {
                lock.unlock();
                taken = m_core->handOver(offset, data, status);
                lock.relock();
            }
            if (taken < status && offset + status > m_core->want) {
                // What the reader did not take is copied out of libnfs's reply,
                // without the lock so the reader goes on meanwhile.
                QByteArray buffer = m_core->takeBuffer(status - taken);
                lock.unlock();
                std::memcpy(buffer.data(), data + taken, size_t(status - taken));
                lock.relock();
                if (epoch == m_core->writeEpoch && offset + status > m_core->want)
                    m_core->chunks[offset + taken] = std::move(buffer);
            }
            if (offset + status > m_core->size)
                m_core->size = offset + status;
        } else if (m_core->eof < 0 || offset < m_core->eof) {
            // Nothing at this offset: the file ends here (it may have shrunk).
            m_core->eof = offset;
            if (m_core->size > offset)
                m_core->size = offset;
        }
        if (!m_core->push || m_core->pushNeedsWake())
            m_core->changed.wakeAll();
        pushing = bool(m_core->push);
    }
    // A pushing reader counts what was pushed when it wakes: no readyRead.
    if (!pushing)
        notifyDevice(true, 0);
    // Replies that land together are followed by one kick.
    if (!m_kickQueued) {
        m_kickQueued = true;
        auto self = shared_from_this();
        QTimer::singleShot(0, m_worker, [self] {
            self->m_kickQueued = false;
            self->kick();
        });
    }
}

void RemoteFileBackend::maybeClose()
{
    if (m_done || m_closing)
        return;
    bool closedWhileOpening = false;
    {
        QMutexLocker lock(&m_core->mutex);
        closedWhileOpening = m_core->closeRequested && m_core->phase == FileCore::Phase::Opening && !m_core->failed();
    }
    // Closed while its OPEN waits out the server's grace period (not sent, so nothing
    // was created): the OPEN is dropped and the file ends at once, as failed.
    if (closedWhileOpening) {
        if (const auto rpc = m_openRpc.lock(); rpc && m_worker->dispatcher()->abandonGraceWait(rpc.get()))
            return;
    }
    {
        QMutexLocker lock(&m_core->mutex);
        if (!m_core->closeRequested && !m_core->failed())
            return;
        if (m_core->phase == FileCore::Phase::Opening && !m_core->failed())
            return;   // the OPEN is still out; its answer comes back here
        if (!m_core->failed() && !m_core->pending.empty())
            return;   // writes still to send
    }
    if (m_reads > 0 || m_output->busy())
        return;       // never free a handle with RPCs in flight
    if (!m_fh) {
        {
            QMutexLocker lock(&m_core->mutex);
            if (!m_core->closeRequested && m_core->phase == FileCore::Phase::Opening)
                return;
        }
        finished();
        return;
    }
    // What was written becomes durable before the handle goes (filewrites.h).
    bool failed;
    {
        QMutexLocker lock(&m_core->mutex);
        failed = m_core->failed();
    }
    if (!failed && !m_output->settle())
        return;
    m_closing = true;
    m_output->setHandle(nullptr, nullptr, 0);   // no more WRITEs on it
    auto self = shared_from_this();
    nfsfh *fh = m_fh;
    const quint64 connection = m_connection;
    const auto closeHandle = [self, fh, connection] {
        self->m_worker->dispatcher()->call(
            self->m_own, Op::Close, self->m_core->path, connection,
            [backend = self.get(), fh](nfs_context *ctx, const auto &, void *priv) {
                // From here libnfs frees the handle, whatever the answer. It may
                // answer inside the call (an unmodified NFSv3 handle), which ends
                // this request and this very lambda: only `rc` is safe after it.
                backend->m_handleGivenBack = true;
                const int rc = nfs_close_async(ctx, fh, &RequestDispatcher::onNfsReply, priv);
                if (rc < 0)
                    backend->m_handleGivenBack = false;   // not sent: still ours
                return rc;
            },
            [self](nfs_context *, void *, int) {
                self->m_fh = nullptr;
                if (self->m_fixTimes && !self->m_core->failed())
                    self->fixCreatedTimes();
                else
                    self->finished();
            },
            [self](const NfsError &e) {
                self->m_fh = nullptr;
                self->fail(e);
                self->finished();
            });
    };
    closeHandle();
}

void RemoteFileBackend::fail(const NfsError &error)
{
    {
        QMutexLocker lock(&m_core->mutex);
        if (!m_core->error.isError()) {
            m_core->error = error;
            if (m_core->device)
                QMetaObject::invokeMethod(m_core->device, &RemoteFile::deliverFailure, Qt::QueuedConnection);
        }
        m_core->changed.wakeAll();
    }
    if (error.kind() == NfsError::Kind::ConnectionLost || error.kind() == NfsError::Kind::Cancelled) {
        // The handle went with its connection.
        dropHandle();
    }
    auto self = shared_from_this();
    QTimer::singleShot(0, m_worker, [self] { self->kick(); });
}

void RemoteFileBackend::dropHandle()
{
    if (m_fh && !m_handleGivenBack)
        m_worker->discardHandle(m_connection, m_fh);
    m_fh = nullptr;
    if (m_output)
        m_output->setHandle(nullptr, nullptr, 0);
}

void RemoteFileBackend::notifyDevice(bool readyRead, qint64 bytesWritten)
{
    QMutexLocker lock(&m_core->mutex);
    if (!m_core->device)
        return;
    if (readyRead && !m_core->readyReadPosted) {
        m_core->readyReadPosted = true;
        QMetaObject::invokeMethod(m_core->device, &RemoteFile::deliverReadyRead, Qt::QueuedConnection);
    }
    if (bytesWritten > 0) {
        if (m_core->bytesWrittenToReport == 0)
            QMetaObject::invokeMethod(m_core->device, &RemoteFile::deliverBytesWritten, Qt::QueuedConnection);
        m_core->bytesWrittenToReport += bytesWritten;
    }
}

void RemoteFileBackend::finished()
{
    if (m_done)
        return;
    m_done = true;
    if (m_claimed) {
        m_claimed = false;
        m_worker->releaseOpen(m_core->path);
    }
    if (m_own) {
        m_worker->closeOwnConnection(m_own);
        m_own = nullptr;
    }
    m_routes->closeAll();
    {
        QMutexLocker lock(&m_core->mutex);
        m_core->phase = m_core->failed() ? FileCore::Phase::Failed : FileCore::Phase::Closed;
        m_core->chunks.clear();
        m_core->spare.clear();
        m_core->changed.wakeAll();
        if (m_core->device)
            QMetaObject::invokeMethod(m_core->device, &RemoteFile::deliverClosed, Qt::QueuedConnection);
    }
    m_worker->forgetFile(this);
}

void RemoteFileBackend::abandon(const NfsError &why)
{
    dropHandle();   // its context is being destroyed
    m_reads = 0;
    m_output->abandon();
    {
        QMutexLocker lock(&m_core->mutex);
        if (!m_core->error.isError())
            m_core->error = why;
    }
    finished();
}
