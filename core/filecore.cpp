// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecore.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <cstring>

namespace {

// How long a READ reply waits for the reader to take it before it is buffered.
constexpr int HandOverWaitMs = 20;

} // namespace

qint64 FileCore::availableAt(qint64 offset) const
{
    qint64 n = 0;
    auto it = chunks.upper_bound(offset);
    if (it != chunks.begin())
        --it;
    qint64 at = offset;
    while (it != chunks.end() && it->first <= at && it->first + it->second.size() > at) {
        const qint64 end = it->first + it->second.size();
        n += end - at;
        at = end;
        ++it;
    }
    if (hand && handOffset + handTaken == at)
        n += handLength - handTaken;
    return n;
}

bool FileCore::pushNeedsWake() const
{
    if (pushWaiter || pushRefused || failed() || phase == Phase::Closed || phase == Phase::Failed)
        return true;
    const qint64 end = eof >= 0 ? std::min(eof, std::max<qint64>(0, size)) : size;
    return end >= 0 && want >= end;
}

QByteArray FileCore::takeBuffer(qint64 bytes)
{
    QByteArray buffer;
    if (!spare.empty()) {
        buffer = std::move(spare.back());
        spare.pop_back();
    }
    if (buffer.capacity() < bytes)
        buffer = QByteArray(bytes, Qt::Uninitialized);
    else
        buffer.resize(bytes);   // within its capacity: no new allocation
    return buffer;
}

void FileCore::giveBack(QByteArray &&buffer)
{
    // As many as can be in the buffer at once; the rest are freed.
    const qint64 kept = std::max<qint64>(2, (readAhead > 0 ? readAhead / qint64(std::max<quint64>(readChunk, 1)) : 0)
                                                + 2 * maxInFlight + 2);
    if (qint64(spare.size()) < kept && buffer.isDetached() && buffer.capacity() >= qint64(readChunk))
        spare.push_back(std::move(buffer));
}

qint64 FileCore::handOver(qint64 offset, const char *data, qint64 length)
{
    FileCore &c = *this;
    QMutexLocker lock(&c.mutex);
    c.hand = data;
    c.handOffset = offset;
    c.handLength = length;
    c.handTaken = 0;
    c.changed.wakeAll();
    // Bounded, as the session's other requests wait meanwhile: a reader busy
    // elsewhere, or one that reads in smaller pieces than a reply, gets the
    // rest from the buffer instead.
    const QDeadlineTimer deadline(HandOverWaitMs);
    while (c.handBusy || c.handTaken < c.handLength) {
        if (c.handBusy) {
            c.changed.wait(&c.mutex);   // a copy in progress: it ends in microseconds
            continue;
        }
        if (c.handTaken > 0 || c.closeRequested || !c.device || c.failed() || deadline.hasExpired())
            break;
        c.changed.wait(&c.mutex, deadline);
    }
    const qint64 taken = c.handTaken;
    c.hand = nullptr;
    c.handLength = 0;
    c.handTaken = 0;
    return taken;
}

bool FileCore::pushReply(QMutexLocker<QMutex> &lock, qint64 offset, const char *data, qint64 length)
{
    FileCore &c = *this;
    // Hands [from, from + n), the file's bytes at `at`, to the sink, unlocked:
    // the reader and the device's other calls go on meanwhile; pushTo() waits for it.
    const auto give = [&](qint64 at, const char *from, qint64 n) {
        c.pushBusy = true;
        lock.unlock();
        const bool ok = c.push(at, from, n);
        lock.relock();
        c.pushBusy = false;
        if (!ok)
            c.pushRefused = true;
        return ok;
    };
    // `want` moves past what was given at it, and past what was given beyond it.
    const auto advance = [&](qint64 to) {
        const qint64 before = c.want;
        c.want = to;
        while (!c.pushedAhead.empty() && c.pushedAhead.begin()->first <= c.want) {
            c.want = std::max(c.want, c.pushedAhead.begin()->second);
            c.pushedAhead.erase(c.pushedAhead.begin());
        }
        c.pushed += c.want - before;
    };
    const auto usable = [&] { return c.push && !c.pushRefused && !c.failed() && !c.closeRequested && c.device; };
    bool taken = true;
    if (data && usable()) {
        // A reply the sink refuses (it failed, or its copy was paused) stays
        // in the read-ahead: not taken.
        if (offset <= c.want && offset + length > c.want) {
            taken = give(c.want, data + (c.want - offset), offset + length - c.want);
            if (taken)
                advance(offset + length);
        } else if (c.pushAnyOrder && offset > c.want) {
            taken = give(offset, data, length);
            if (taken)
                c.pushedAhead[offset] = offset + length;
        } else {
            taken = false;
        }
    }
    // Replies that landed early wait in the read-ahead for their turn.
    while (usable()) {
        auto it = c.chunks.upper_bound(c.want);
        if (it == c.chunks.begin())
            break;
        --it;
        const qint64 from = c.want - it->first;
        if (from >= qint64(it->second.size()))
            break;
        QByteArray chunk = std::move(it->second);
        const qint64 chunkEnd = it->first + qint64(chunk.size());
        c.chunks.erase(it);
        const bool ok = give(c.want, chunk.constData() + from, qint64(chunk.size()) - from);
        c.giveBack(std::move(chunk));
        if (!ok)
            break;
        advance(chunkEnd);
    }
    if (c.pushNeedsWake())
        c.changed.wakeAll();
    return taken;
}
