// SPDX-License-Identifier: GPL-3.0-or-later
#include "copysource.h"

#include "remotefile.h"
#include "session.h"
#include "sessionlink.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// At most: the file's window (remotefilebackend.cpp) grows this far over a
// far link, 16 MiB in flight in READs of 512 KiB.
constexpr int CopyReadsInFlight = 32;

} // namespace

CopySource::CopySource(TransferEndpoint from, std::function<bool()> cancelled)
    : m_from(std::move(from)), m_cancelled(std::move(cancelled))
{
}

CopySource::~CopySource()
{
    close();
}

void CopySource::close()
{
    m_reader.reset();
    if (m_in >= 0 && m_in != STDIN_FILENO)
        ::close(m_in);
    m_in = -1;
}

NfsError CopySource::open()
{
    switch (m_from.kind) {
    case TransferEndpoint::Kind::Local: {
        // Without waiting: a named pipe nobody writes to yet would hold open()
        // where no cancel reaches it. read() waits instead, in poll().
        m_in = m_from.dirFd >= 0
            ? ::openat(m_from.dirFd, m_from.name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            : ::open(QFile::encodeName(m_from.localPath).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (m_in < 0)
            return NfsError::local(errno, tr("Cannot open"), m_from.localPath);
        struct stat st {};
        if (::fstat(m_in, &st) != 0)
            return NfsError::local(errno, tr("Cannot read the attributes of"), m_from.localPath);
        // A named pipe stays non-blocking: until a writer comes, poll() says
        // nothing (no end of data, as a read() would) and a cancel is seen.
        if (!S_ISFIFO(st.st_mode) && ::fcntl(m_in, F_SETFL, ::fcntl(m_in, F_GETFL) & ~O_NONBLOCK) != 0)
            return NfsError::local(errno, tr("Cannot open"), m_from.localPath);
        if (S_ISDIR(st.st_mode))
            return NfsError::local(EISDIR, tr("Cannot copy"), m_from.localPath);
        // A pipe or device has no size to check against.
        m_size = S_ISREG(st.st_mode) ? st.st_size : -1;
        m_inPollable = !S_ISREG(st.st_mode);
        m_mode = st.st_mode & 07777;
        m_mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
        m_atimeNs = qint64(st.st_atim.tv_sec) * 1000000000 + st.st_atim.tv_nsec;
        return {};
    }
    case TransferEndpoint::Kind::StandardStream:
        m_in = STDIN_FILENO;
        m_inPollable = true;
        m_size = -1;
        m_haveAttributes = false;
        return {};
    case TransferEndpoint::Kind::Remote: {
        FileInfo info;
        if (m_known) {
            info = *m_known;
        } else {
            NfsError closed;
            auto st = m_from.link->job([&](Session *s) { return s->stat(m_from.remotePath); }, &closed);
            if (!st)
                return closed;
            if (NfsError e = SessionLink::await(st.get(), m_cancelled))
                return e;
            info = st->result();
        }
        if (info.isDir())
            return NfsError(NfsError::Kind::IsADirectory, EISDIR,
                            tr("Cannot read %1 as a file: it is a folder").arg(m_from.display()));
        // A FIFO or a device on the server is never opened: reading one would block
        // or never end, and its bytes are not a file's.
        if (info.type != FileInfo::Type::File) {
            QString what;
            switch (info.type) {
            case FileInfo::Type::Fifo: what = tr("a FIFO"); break;
            case FileInfo::Type::CharDevice:
            case FileInfo::Type::BlockDevice: what = tr("a device"); break;
            case FileInfo::Type::Socket: what = tr("a socket"); break;
            case FileInfo::Type::Symlink: what = tr("a symbolic link"); break;
            default: what = tr("of an unknown type"); break;
            }
            return NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                            tr("Cannot copy %1: it is %2, not a regular file").arg(m_from.display(), what));
        }
        m_size = qint64(info.size);
        m_mode = info.mode;
        m_mtimeNs = info.mtimeNs;
        m_atimeNs = info.atimeNs;
        m_reader.reset(m_from.link->ask([&](Session *s) { return new RemoteFile(s, m_from.remotePath); }));
        if (!m_reader)
            return NfsError::sessionClosed();
        // Eight READs in flight: on a LAN four keep the server busy, and a link
        // with 20 ms of latency reads twice as fast with eight (the benchmark).
        m_reader->setMaxInFlight(CopyReadsInFlight);
        m_reader->open(QIODevice::ReadOnly);
        return waitOpened(m_reader.get(), m_cancelled);
    }
    case TransferEndpoint::Kind::None: break;
    }
    return NfsError(NfsError::Kind::InvalidArgument, EINVAL, tr("No source given"));
}

NfsError CopySource::waitOpened(RemoteFile *file, const std::function<bool()> &cancelled)
{
    while (!file->waitForOpened(Transfer::CancelPollMs)) {
        if (file->error())
            return file->error();
        if (cancelled())
            return NfsError::cancelled();
    }
    return {};
}

qint64 CopySource::read(char *buf, qint64 max, NfsError *error)
{
    if (m_reader) {
        while (true) {
            const qint64 n = m_reader->read(buf, max);
            if (n < 0) {
                *error = m_reader->error();
                return -1;
            }
            if (n > 0 || m_reader->atEnd() || m_cancelled())
                return n;
            // Bounded by the session's timeout on each READ; a cancel is seen meanwhile.
            m_reader->waitForReadyRead(Transfer::CancelPollMs);
        }
    }
    while (true) {
        if (m_inPollable) {
            // A pipe or terminal may stay silent: look for a cancel meanwhile.
            pollfd p{m_in, POLLIN, 0};
            const int ready = ::poll(&p, 1, Transfer::CancelPollMs);
            if (ready == 0 && m_cancelled())
                return 0;
            if (ready == 0 || (ready < 0 && errno == EINTR))
                continue;
        }
        const ssize_t n = ::read(m_in, buf, size_t(max));
        if (n >= 0)
            return n;
        if (errno != EINTR && errno != EAGAIN) {
            *error = NfsError::local(errno, tr("Cannot read"), m_from.display());
            return -1;
        }
    }
}

qint64 CopySource::readInto(qint64 max, const std::function<bool(const char *, qint64)> &sink, bool sinkMayBlock,
                            QByteArray &scratch, NfsError *error)
{
    if (m_reader) {
        while (true) {
            bool sinkFailed = false;
            const qint64 n = m_reader->readInPlace(max, sink, sinkMayBlock, &sinkFailed);
            if (n < 0) {
                if (!sinkFailed)
                    *error = m_reader->error();
                return -1;
            }
            if (n > 0 || m_reader->atEnd() || m_cancelled())
                return n;
            m_reader->waitForReadyRead(Transfer::CancelPollMs);
        }
    }
    if (scratch.size() < max)
        scratch.resize(max);
    const qint64 n = read(scratch.data(), max, error);
    if (n > 0 && !sink(scratch.constData(), n))
        return -1;
    return n;
}

void CopySource::pushTo(std::function<bool(qint64, const char *, qint64)> sink, bool anyOrder)
{
    if (m_reader)
        m_reader->pushTo(std::move(sink), anyOrder);
}

bool CopySource::seek(qint64 pos)
{
    if (m_reader)
        return m_reader->seek(pos);
    return m_in >= 0 && !m_inPollable && ::lseek(m_in, off_t(pos), SEEK_SET) == pos;
}

QByteArray CopySource::readAt(qint64 pos, qint64 n, NfsError *error)
{
    if (!seek(pos))
        return {};
    QByteArray out(n, Qt::Uninitialized);
    qint64 got = 0;
    while (got < n) {
        const qint64 r = read(out.data() + got, n - got, error);
        if (r <= 0)
            break;
        got += r;
    }
    out.truncate(got);
    return out;
}
