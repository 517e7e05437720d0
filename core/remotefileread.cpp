// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteFile's reading: the bytes its backend read ahead handed out to a
// caller's buffer, in place to a sink, or pushed as they arrive.
#include "remotefile.h"

#include "remotefilebackend.h"
#include "session.h"
#include "sessionworker.h"

#include <QDeadlineTimer>

#include <cstring>
#include <limits>

qint64 RemoteFile::handOut(qint64 max, const Sink &sink, SinkKind kind, bool *refused, bool *failed)
{
    qint64 handed = 0;
    QMutexLocker lock(&m_core->mutex);
    FileCore &c = *m_core;
    qint64 at = pos();
    // Hands [data, data + n) to the sink, without the lock unless `locked`
    // (the session thread goes on meanwhile).
    const auto give = [&](const char *data, qint64 n, bool locked) {
        c.want = at + n;
        if (!locked)
            lock.unlock();
        *refused = !sink(data, n);
        if (!locked)
            lock.relock();
        handed += n;
        at += n;
    };
    while (handed < max && !*refused) {
        auto it = c.chunks.upper_bound(at);
        if (it != c.chunks.begin() && std::prev(it)->first + std::prev(it)->second.size() > at) {
            --it;
            const qint64 from = at - it->first;
            const qint64 rest = qint64(it->second.size()) - from;
            if (kind == SinkKind::Copy) {
                // A copy into the reader's buffer is quick: under the lock, from where it lies.
                const qint64 n = std::min(max - handed, rest);
                give(it->second.constData() + from, n, true);
                if (n == rest) {
                    c.giveBack(std::move(it->second));
                    c.chunks.erase(it);
                }
            } else if (rest <= max - handed) {
                // The rest of a chunk: taken out of the read-ahead, so the
                // session thread cannot drop it while the sink writes it.
                QByteArray chunk = std::move(it->second);
                c.chunks.erase(it);
                give(chunk.constData() + from, rest, false);
                c.giveBack(std::move(chunk));
            } else {
                // Part of one (a seek landed inside it, or `max` ends in it): a copy.
                const QByteArray part(it->second.constData() + from, max - handed);
                give(part.constData(), part.size(), false);
            }
        } else if (c.hand && !c.handBusy && c.handOffset + c.handTaken == at && c.handTaken < c.handLength) {
            // A reply held open for a waiting reader, straight from libnfs's buffer.
            // The session thread waits while handBusy, so the pointer stays valid
            // until it is cleared.
            const qint64 n = std::min(max - handed, c.handLength - c.handTaken);
            const char *from = c.hand + c.handTaken;
            c.handBusy = true;
            if (kind == SinkKind::MayBlock) {
                lock.unlock();
                const QByteArray copy(from, n);
                lock.relock();
                c.handBusy = false;
                c.handTaken += n;
                c.changed.wakeAll();
                give(copy.constData(), n, false);
            } else {
                give(from, n, false);
                c.handBusy = false;
                c.handTaken += n;
                c.changed.wakeAll();
            }
        } else {
            break;
        }
    }
    c.want = at;
    *failed = handed == 0 && c.failed();
    return handed;
}

qint64 RemoteFile::readData(char *data, qint64 maxSize)
{
    qint64 copied = 0;
    bool refused = false;
    bool failed = false;
    handOut(
        maxSize,
        [&](const char *from, qint64 n) {
            std::memcpy(data + copied, from, size_t(n));
            copied += n;
            return true;
        },
        SinkKind::Copy, &refused, &failed);
    if (failed) {
        setErrorString(error().message());
        return -1;
    }
    postKick();
    return copied;
}

qint64 RemoteFile::readInPlace(qint64 max, const Sink &sink, bool sinkMayBlock, bool *sinkFailed)
{
    if (!m_core || !(openMode() & ReadOnly))
        return -1;
    bool refused = false;
    bool failed = false;
    qint64 handed = 0;
    QMutexLocker lock(&m_core->mutex);
    const bool pushing = bool(m_core->push);
    if (pushing) {
        // The session thread gave them to the sink already: counted here.
        handed = m_core->pushed;
        m_core->pushed = 0;
        refused = m_core->pushRefused;
        failed = handed == 0 && m_core->failed();
        lock.unlock();
    } else {
        lock.unlock();
        handed = handOut(max, sink, sinkMayBlock ? SinkKind::MayBlock : SinkKind::Unhurried, &refused, &failed);
    }
    if (handed > 0)
        QIODevice::seek(pos() + handed);
    if (sinkFailed)
        *sinkFailed = refused;
    if (failed) {
        setErrorString(error().message());
        return -1;
    }
    // While pushing, the session thread kicks itself as replies land.
    if (!pushing)
        postKick();
    // What was pushed before a refusal is counted first, the refusal next time
    // (it lasts until pushTo() again).
    if (pushing && refused)
        return handed > 0 ? handed : -1;
    return refused ? -1 : handed;
}

void RemoteFile::pushTo(PushSink sink, bool anyOrder)
{
    if (!m_core || !(openMode() & ReadOnly))
        return;
    if (!sink) {
        stopPush();
        return;
    }
    {
        QMutexLocker lock(&m_core->mutex);
        waitPushIdle();
        m_core->want = pos();
        m_core->pushed = 0;
        m_core->pushRefused = false;
        m_core->pushedAhead.clear();
        m_core->pushAnyOrder = anyOrder;
        m_core->push = std::move(sink);
    }
    // The session thread starts with what the read-ahead holds.
    postKick();
}

void RemoteFile::waitPushIdle()
{
    while (m_core->pushBusy) {
        m_core->pushWaiter = true;
        m_core->changed.wait(&m_core->mutex);
    }
    m_core->pushWaiter = false;
}

void RemoteFile::stopPush()
{
    if (!m_core)
        return;
    QMutexLocker lock(&m_core->mutex);
    waitPushIdle();
    if (!m_core->push)
        return;
    m_core->push = nullptr;
    m_core->pushedAhead.clear();
    // What was pushed and not yet counted lies behind the position now.
    const qint64 uncounted = m_core->pushed;
    m_core->pushed = 0;
    lock.unlock();
    if (uncounted > 0 && isOpen())
        QIODevice::seek(pos() + uncounted);
}

bool RemoteFile::waitForReadyRead(int msecs)
{
    if (!m_core || !(openMode() & ReadOnly))
        return false;
    const qint64 at = pos();
    {
        QMutexLocker lock(&m_core->mutex);
        if (m_core->push) {
            // The session thread moves `want`, ahead of pos(), and wakes this
            // reader only for the end or a failure: the rest is counted after
            // `msecs`, not once per reply.
            lock.unlock();
            waitUntil(msecs, [this] { return m_core->pushNeedsWake(); });
            lock.relock();
            return m_core->pushed > 0;
        }
        m_core->want = at;
        // This reader waits on a thread of its own: replies may be handed to it.
        m_core->blockingReader = true;
    }
    postKick();
    const bool ok = waitUntil(msecs, [this, at] {
        if (m_core->availableAt(at) > 0 || m_core->failed())
            return true;
        const qint64 end = m_core->eof >= 0 ? m_core->eof : -1;
        return (end >= 0 && at >= end)
            || (m_core->phase != FileCore::Phase::Opening && m_core->size >= 0 && at >= m_core->size);
    });
    const bool data = bytesAvailable() > 0;
    if (ok && data) {
        {
            QMutexLocker lock(&m_core->mutex);
            m_core->readyReadPosted = false;
        }
        Q_EMIT readyRead();
    }
    return ok && data;
}
