// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotefile.h"

#include "remotefilebackend.h"
#include "session.h"
#include "sessionworker.h"

#include <QDeadlineTimer>

#include <cstring>
#include <limits>

#include <fcntl.h>

RemoteFile::RemoteFile(Session *session, const QByteArray &path, QObject *parent)
    : QIODevice(parent), m_session(session), m_path(path)
{
}

RemoteFile::RemoteFile(const NfsUrl &url, QObject *parent)
    : QIODevice(parent), m_ownSession(std::make_unique<Session>(url)), m_path(url.path())
{
    m_session = m_ownSession.get();
}

RemoteFile::~RemoteFile()
{
    stopPush();
    if (m_core) {
        QMutexLocker lock(&m_core->mutex);
        // Whatever is still queued is sent and the handle closed without us.
        m_core->closeRequested = true;
        m_core->device = nullptr;
    }
    if (m_core)
        postKick();
}

std::optional<QIODevice::OpenMode> RemoteFile::modeFromString(const QString &text)
{
    QString mode = text;
    mode.remove(QLatin1Char('b'));
    if (mode == QLatin1String("r"))
        return ReadOnly;
    if (mode == QLatin1String("r+"))
        return ReadWrite;
    if (mode == QLatin1String("w"))
        return WriteOnly | Truncate;
    if (mode == QLatin1String("w+"))
        return ReadWrite | Truncate;
    if (mode == QLatin1String("a"))
        return WriteOnly | Append;
    if (mode == QLatin1String("a+"))
        return ReadWrite | Append;
    return std::nullopt;
}

void RemoteFile::setMaxInFlight(int n)
{
    m_maxInFlight = std::max(1, n);
}

void RemoteFile::setReadAhead(qint64 bytes)
{
    m_readAhead = std::max<qint64>(0, bytes);
}

void RemoteFile::setSyncWrites(bool sync)
{
    m_sync = sync;
}

void RemoteFile::setCreateMode(quint32 mode)
{
    m_createMode = mode;
}

void RemoteFile::setExclusive(bool exclusive)
{
    m_exclusive = exclusive;
}

bool RemoteFile::open(const QString &pythonMode)
{
    const auto mode = modeFromString(pythonMode);
    if (!mode) {
        setErrorString(tr("Invalid mode '%1': use r, r+, w, w+, a or a+").arg(pythonMode));
        return false;
    }
    return open(*mode);
}

bool RemoteFile::open(OpenMode mode)
{
    if (isOpen() || m_core) {
        setErrorString(tr("The file is already open"));
        return false;
    }
    const bool read = mode & ReadOnly;
    const bool write = mode & WriteOnly;
    if (!read && !write) {
        setErrorString(tr("Open for reading, writing or both"));
        return false;
    }
    int flags = read && write ? O_RDWR : write ? O_WRONLY : O_RDONLY;
    // Python's modes: "w" and "a" create, "r+" does not; a plain WriteOnly truncates, as QFile does.
    m_append = mode & Append;
    if (write && (m_append || (mode & Truncate) || !read))
        flags |= O_CREAT;
    if (write && ((mode & Truncate) || (!read && !m_append)))
        flags |= O_TRUNC;
    if (m_append)
        flags |= O_APPEND;
    if (write && m_sync)
        flags |= O_SYNC;
    if (write && m_exclusive)
        flags |= O_CREAT | O_EXCL;

    m_core = std::make_shared<FileCore>();
    m_core->path = m_path;
    m_core->flags = flags;
    m_core->createMode = m_createMode;
    m_core->maxInFlight = m_maxInFlight;
    m_core->readAhead = m_readAhead;
    m_core->device = this;
    if (flags & O_TRUNC)
        m_core->size = 0;
    auto backend = std::make_shared<RemoteFileBackend>(m_session->m_worker, m_core);
    m_backend = backend;
    if (!m_session->post([w = m_session->m_worker, backend] { w->adoptFile(backend); })) {
        m_backend.reset();
        m_core.reset();
        setErrorString(NfsError::sessionClosed().message());
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void RemoteFile::postKick()
{
    {
        QMutexLocker lock(&m_core->mutex);
        if (m_core->kickPosted)
            return;
        m_core->kickPosted = true;
    }
    m_session->post([weak = m_backend] {
        if (auto b = weak.lock())
            b->kick();
    });
}

bool RemoteFile::waitUntil(int msecs, const std::function<bool()> &done)
{
    const QDeadlineTimer deadline = msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
    QMutexLocker lock(&m_core->mutex);
    while (!done()) {
        if (!m_core->changed.wait(&m_core->mutex, deadline))
            return done();
    }
    return true;
}

void RemoteFile::close()
{
    closeWithin(-1);
}

bool RemoteFile::closeWithin(int msecs, const std::function<bool()> &giveUp)
{
    if (!isOpen())
        return true;
    const bool wrote = openMode() & WriteOnly;
    Q_EMIT aboutToClose();
    stopPush();
    {
        QMutexLocker lock(&m_core->mutex);
        m_core->closeRequested = true;
    }
    postKick();
    bool closed = true;
    if (wrote) {
        // Every RPC has its own time-out, so this ends even with msecs < 0.
        const auto ended = [this] {
            return m_core->phase == FileCore::Phase::Closed || m_core->phase == FileCore::Phase::Failed;
        };
        if (!giveUp) {
            closed = waitUntil(msecs, ended);
        } else {
            // In steps, so giveUp is asked about every 50 ms.
            const QDeadlineTimer deadline = msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(msecs);
            while (true) {
                const qint64 left = deadline.remainingTime();   // -1: forever
                closed = waitUntil(left < 0 ? 50 : int(std::min<qint64>(50, left)), ended);
                if (closed || deadline.hasExpired() || giveUp())
                    break;
            }
        }
        const NfsError e = error();
        if (e.isError())
            setErrorString(e.message());
    }
    QIODevice::close();
    return closed;
}

qint64 RemoteFile::size() const
{
    if (!m_core)
        return 0;
    QMutexLocker lock(&m_core->mutex);
    return std::max<qint64>(0, m_core->size);
}

bool RemoteFile::seek(qint64 pos)
{
    if (!m_core || pos < 0)
        return false;
    {
        QMutexLocker lock(&m_core->mutex);
        if (m_core->push)
            return false;
    }
    QIODevice::seek(pos);
    {
        QMutexLocker lock(&m_core->mutex);
        m_core->want = pos;
        // Backwards: what lies after the new position stays; a forward seek
        // inside the read-ahead keeps using it.
    }
    postKick();
    return true;
}

bool RemoteFile::atEnd() const
{
    if (!m_core)
        return true;
    QMutexLocker lock(&m_core->mutex);
    if (m_core->failed())
        return m_core->availableAt(pos()) == 0;
    if (m_core->phase == FileCore::Phase::Opening)
        return false;
    const qint64 end = m_core->eof >= 0 ? std::min(m_core->eof, std::max<qint64>(0, m_core->size)) : m_core->size;
    return end >= 0 && pos() >= end;
}

qint64 RemoteFile::bytesAvailable() const
{
    if (!m_core)
        return 0;
    // Opened Unbuffered, so QIODevice holds nothing; its own bytesAvailable()
    // would count the whole rest of the file as available.
    QMutexLocker lock(&m_core->mutex);
    return m_core->availableAt(pos());
}

qint64 RemoteFile::bytesToWrite() const
{
    if (!m_core)
        return 0;
    QMutexLocker lock(&m_core->mutex);
    return m_core->pendingBytes + m_core->inFlightWriteBytes;
}

qint64 RemoteFile::writeData(const char *data, qint64 size)
{
    {
        QMutexLocker lock(&m_core->mutex);
        if (m_core->failed()) {
            lock.unlock();
            setErrorString(error().message());
            return -1;
        }
        // Python's "a": every write goes to the end, wherever the position is;
        // where that is, the backend knows when it sends.
        const qint64 offset = m_append ? -1 : pos();
        // Small writes are gathered into pieces of a useful size.
        const qint64 gather = qint64(std::max<quint64>(m_core->writeChunk, 65536));
        FileCore::Write *last = m_core->pending.empty() ? nullptr : &m_core->pending.back();
        const bool follows = last && (offset < 0 ? last->offset < 0 : last->offset >= 0 && last->offset + last->data.size() == offset);
        if (follows && last->data.size() < gather)
            last->data.append(data, size);
        else
            m_core->pending.push_back({offset, QByteArray(data, size)});
        m_core->pendingBytes += size;
        ++m_core->writeEpoch;
        if (offset < 0) {
            if (m_core->phase == FileCore::Phase::Opening)
                m_core->pendingAppend += size;
            else
                m_core->size = std::max<qint64>(0, m_core->size) + size;
        } else {
            m_core->size = std::max(m_core->size, offset + size);
        }
        // Written data may replace what was read ahead.
        const qint64 from = offset < 0 ? 0 : offset;
        const qint64 to = offset < 0 ? std::numeric_limits<qint64>::max() : offset + size;
        for (auto it = m_core->chunks.begin(); it != m_core->chunks.end();) {
            if (it->first < to && it->first + it->second.size() > from)
                it = m_core->chunks.erase(it);
            else
                ++it;
        }
    }
    postKick();
    return size;
}

bool RemoteFile::waitForOpened(int msecs)
{
    if (!m_core)
        return false;
    return waitUntil(msecs, [this] { return m_core->phase != FileCore::Phase::Opening || m_core->failed(); })
        && !error().isError();
}

bool RemoteFile::waitForBytesWritten(int msecs)
{
    if (!m_core)
        return false;
    qint64 before;
    {
        QMutexLocker lock(&m_core->mutex);
        before = m_core->written;
        if (m_core->pendingBytes + m_core->inFlightWriteBytes == 0)
            return false;
    }
    postKick();
    waitUntil(msecs, [this, before] {
        return m_core->written > before || m_core->failed()
            || m_core->pendingBytes + m_core->inFlightWriteBytes == 0;
    });
    qint64 report;
    {
        QMutexLocker lock(&m_core->mutex);
        report = m_core->bytesWrittenToReport;
        m_core->bytesWrittenToReport = 0;
        if (m_core->written <= before)
            return false;
    }
    if (report > 0)
        Q_EMIT bytesWritten(report);
    return true;
}

bool RemoteFile::flush()
{
    if (!m_core)
        return false;
    postKick();
    waitUntil(-1, [this] {
        return m_core->failed() || m_core->pendingBytes + m_core->inFlightWriteBytes == 0;
    });
    return !error().isError();
}

void RemoteFile::discardPendingWrites()
{
    if (!m_core)
        return;
    QMutexLocker lock(&m_core->mutex);
    m_core->pending.clear();
    m_core->pendingBytes = 0;
    m_core->changed.wakeAll();
}

bool RemoteFile::resize(qint64 newSize)
{
    if (!m_core || newSize < 0 || !flush())
        return false;
    auto done = std::make_shared<JobCore>();
    const bool posted = m_session->post([weak = m_backend, done, newSize] {
        if (auto b = weak.lock())
            b->truncate(newSize, done);
        else
            done->finish(NfsError(NfsError::Kind::InvalidArgument, EBADF, tr("The file is closed")));
    });
    if (!posted)
        done->finish(NfsError::sessionClosed());
    // The SETATTR has its own time-out.
    done->wait(QDeadlineTimer(QDeadlineTimer::Forever));
    if (done->error().isError()) {
        setErrorString(done->error().message());
        return false;
    }
    return true;
}

NfsError RemoteFile::error() const
{
    if (!m_core)
        return NfsError();
    QMutexLocker lock(&m_core->mutex);
    return m_core->error;
}

int RemoteFile::mostReadsInFlight() const
{
    if (!m_core)
        return 0;
    QMutexLocker lock(&m_core->mutex);
    return m_core->mostReadsInFlight;
}

int RemoteFile::mostReadConnections() const
{
    if (!m_core)
        return 0;
    QMutexLocker lock(&m_core->mutex);
    return m_core->mostReadConnections;
}

int RemoteFile::mostWritesInFlight() const
{
    if (!m_core)
        return 0;
    QMutexLocker lock(&m_core->mutex);
    return m_core->mostWritesInFlight;
}

quint64 RemoteFile::readChunkSize() const
{
    if (!m_core)
        return 0;
    QMutexLocker lock(&m_core->mutex);
    return m_core->readChunk;
}

quint64 RemoteFile::writeChunkSize() const
{
    if (!m_core)
        return 0;
    QMutexLocker lock(&m_core->mutex);
    return m_core->writeChunk;
}

void RemoteFile::deliverReadyRead()
{
    {
        QMutexLocker lock(&m_core->mutex);
        m_core->readyReadPosted = false;
    }
    if (bytesAvailable() > 0)
        Q_EMIT readyRead();
}

void RemoteFile::deliverBytesWritten()
{
    qint64 n;
    {
        QMutexLocker lock(&m_core->mutex);
        n = m_core->bytesWrittenToReport;
        m_core->bytesWrittenToReport = 0;
    }
    if (n > 0)
        Q_EMIT bytesWritten(n);
}

void RemoteFile::deliverOpened()
{
    Q_EMIT opened();
}

void RemoteFile::deliverFailure()
{
    if (m_failureReported)
        return;
    m_failureReported = true;
    const NfsError e = error();
    setErrorString(e.message());
    Q_EMIT errorOccurred(e);
}

void RemoteFile::deliverClosed()
{
    Q_EMIT remoteClosed();
}
