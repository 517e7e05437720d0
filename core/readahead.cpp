// SPDX-License-Identifier: GPL-3.0-or-later
#include "readahead.h"

#include "filecore.h"

#include <algorithm>

std::vector<ReadAhead::Range> ReadAhead::plan(FileCore &core, int inFlight)
{
    const qint64 chunk = qint64(core.readChunk);
    const int limit = std::min(core.maxInFlight, m_window);
    const qint64 ahead = core.readAhead > 0 ? core.readAhead : 2 * limit * chunk;
    // What the reader has passed is of no more use.
    while (!core.chunks.empty()) {
        auto first = core.chunks.begin();
        if (first->first + first->second.size() > core.want)
            break;
        core.chunks.erase(first);
    }
    qint64 end = core.want + ahead;
    if (core.size >= 0)
        end = std::min(end, core.size);
    if (core.eof >= 0)
        end = std::min(end, core.eof);
    std::vector<Range> toRead;
    qint64 off = skipCovered(core, core.want);
    while (inFlight + int(toRead.size()) < limit && off < end) {
        // The buffer ahead of the reader is full when the window is covered.
        auto next = core.chunks.upper_bound(off);
        qint64 len = std::min(chunk, end - off);
        if (next != core.chunks.end())
            len = std::min(len, next->first - off);
        if (auto given = core.pushedAhead.upper_bound(off); given != core.pushedAhead.end())
            len = std::min(len, given->first - off);
        toRead.push_back({off, len});
        m_reading[off] = len;
        off = skipCovered(core, off + len);
    }
    core.mostReadsInFlight = std::max(core.mostReadsInFlight, inFlight + int(toRead.size()));
    return toRead;
}

qint64 ReadAhead::skipCovered(const FileCore &core, qint64 off) const
{
    for (bool moved = true; moved;) {
        moved = false;
        auto c = core.chunks.upper_bound(off);
        if (c != core.chunks.begin()) {
            --c;
            if (c->first + c->second.size() > off) {
                off = c->first + c->second.size();
                moved = true;
            }
        }
        // READs in flight (offset -> length) and replies pushed on (offset -> end).
        for (const std::map<qint64, qint64> *ranges : {&m_reading, &core.pushedAhead}) {
            auto r = ranges->upper_bound(off);
            if (r == ranges->begin())
                continue;
            --r;
            const qint64 rangeEnd = ranges == &m_reading ? r->first + r->second : r->second;
            if (rangeEnd > off) {
                off = rangeEnd;
                moved = true;
            }
        }
    }
    return off;
}

void ReadAhead::timed(std::chrono::steady_clock::time_point sent)
{
    const qint64 us = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - sent).count();
    if (m_fastestUs >= 0 && us >= m_fastestUs)
        return;
    m_fastestUs = us;
    // Enough in flight to cover the time a READ takes with one more always
    // asked for: the fastest READ's time is the nearest to the link's.
    m_window = FirstWindow + int(std::min<qint64>(WindowPerMs * us / 1000, 1000));
}
