// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockingremotereader.h"

#include "remotefile.h"
#include "session.h"

#include <QDeadlineTimer>

BlockingRemoteReader::BlockingRemoteReader(Session *session, const QByteArray &path,
                                           std::shared_ptr<std::atomic<bool>> cancelled, QObject *parent)
    : QIODevice(parent),
      m_session(session),
      m_path(path),
      m_cancelled(cancelled ? std::move(cancelled) : std::make_shared<std::atomic<bool>>(false))
{
}

BlockingRemoteReader::~BlockingRemoteReader()
{
    close();
}

bool BlockingRemoteReader::open(OpenMode mode)
{
    if (mode != ReadOnly) {
        setErrorString(tr("Previews only read"));
        return false;
    }
    if (isCancelled()) {
        setErrorString(tr("Cancelled"));
        return false;
    }
    m_file = std::make_unique<RemoteFile>(m_session, m_path);
    m_file->setReadAhead(m_readAhead);
    // Two READs in flight keep a sequential reader fed without running far ahead.
    m_file->setMaxInFlight(2);
    if (!m_file->open(ReadOnly)) {
        setErrorString(m_file->errorString());
        m_file.reset();
        return false;
    }
    QDeadlineTimer deadline(m_stallMs);
    while (!m_file->waitForOpened(SliceMs)) {
        if (m_file->error().isError()) {
            setErrorString(m_file->error().message());
            m_file.reset();
            return false;
        }
        if (isCancelled() || deadline.hasExpired()) {
            setErrorString(isCancelled() ? tr("Cancelled") : tr("The server did not answer in %1 s").arg(m_stallMs / 1000));
            m_file.reset();
            return false;
        }
    }
    // Buffered: QImageReader peeks at the header several times, and QIODevice's
    // own buffer answers those without a seek back on the remote file (an
    // unbuffered device decoded PNGs wrongly about half the time here).
    return QIODevice::open(ReadOnly);
}

void BlockingRemoteReader::close()
{
    if (m_file) {
        // Read-only: close() sends the CLOSE and returns without waiting.
        m_file->close();
        m_file.reset();
    }
    if (isOpen())
        QIODevice::close();
}

qint64 BlockingRemoteReader::size() const
{
    return m_file ? m_file->size() : 0;
}

bool BlockingRemoteReader::seek(qint64 pos)
{
    if (!m_file || pos < 0)
        return false;
    if (!m_file->seek(pos))
        return false;
    return QIODevice::seek(pos);
}

void BlockingRemoteReader::cancel()
{
    m_cancelled->store(true, std::memory_order_release);
}

qint64 BlockingRemoteReader::readData(char *data, qint64 maxSize)
{
    if (!m_file)
        return -1;
    if (maxSize <= 0)
        return 0;
    QDeadlineTimer stall(m_stallMs);
    for (;;) {
        if (isCancelled()) {
            setErrorString(tr("Cancelled"));
            return -1;
        }
        const qint64 n = m_file->read(data, maxSize);
        if (n > 0) {
            m_delivered.fetch_add(n, std::memory_order_relaxed);
            if (m_counter)
                m_counter->fetch_add(n, std::memory_order_relaxed);
            if (m_readEnd)
                m_readEnd->store(m_file->pos(), std::memory_order_relaxed);
            return n;
        }
        if (n < 0) {
            const NfsError e = m_file->error();
            setErrorString(e.isError() ? e.message() : m_file->errorString());
            return -1;
        }
        if (m_file->atEnd())
            return 0;
        if (m_file->error().isError()) {
            setErrorString(m_file->error().message());
            return -1;
        }
        if (m_file->waitForReadyRead(SliceMs))
            stall.setRemainingTime(m_stallMs);
        else if (stall.hasExpired()) {
            setErrorString(tr("The server sent nothing for %1 s").arg(m_stallMs / 1000));
            return -1;
        }
    }
}

qint64 BlockingRemoteReader::writeData(const char *, qint64)
{
    setErrorString(tr("Previews only read"));
    return -1;
}
