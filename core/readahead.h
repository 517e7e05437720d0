// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ReadAhead: which READs one file sends next, and how many may be in flight.
// Session thread only, with the FileCore's mutex held where it says so;
// private to the core (remotefilebackend.h sends what it plans).
//
// It asks for what lies ahead of the reader and is not yet buffered, in
// flight, or pushed on (filecore.h), in chunks of the file's READ size, up to
// the read-ahead's end and the read window. The window starts small and grows
// with the fastest full READ's time: a near server reads fastest with few in
// flight (4 of 512 KiB on 3 connections beat 6, 8 and 12 on loopback), a far
// one needs many to keep the link busy.
#include <QtGlobal>

#include <algorithm>
#include <chrono>
#include <map>
#include <vector>

struct FileCore;

class ReadAhead
{
public:
    // The READ size for a server whose rtmax is `readMax` (0: unknown): 512 KiB
    // at most, though libnfs 4.0 takes replies of 1 MiB. On loopback libnfs
    // alone read 2.9-3.2 GB/s in READs of 512 KiB against 2.2-2.5 GB/s in
    // 1 MiB ones (readprobe --chunk), as both sides' buffers stay in the CPU's cache.
    static quint64 firstChunk(quint64 readMax) { return std::min<quint64>(readMax ? readMax : MaxChunk, MaxChunk); }
    static constexpr quint64 MaxChunk = 512 * 1024;
    static constexpr int FirstWindow = 4;
    static constexpr int WindowPerMs = 2;   // READs more for each millisecond a READ takes

    struct Range
    {
        qint64 offset = 0;
        qint64 length = 0;
    };
    // The READs to send now, counted as in flight (`inFlight` already are):
    // no more than the window and `maxInFlight` allow. Drops what the reader
    // has passed from the buffer. The core's mutex is held.
    std::vector<Range> plan(FileCore &core, int inFlight);
    // The READ at `offset` ended or was not sent (the core's mutex is held).
    void ended(qint64 offset) { m_reading.erase(offset); }
    // Every READ is forgotten (a reopen; the core's mutex is held).
    void clear() { m_reading.clear(); }
    // A full READ sent at `sent` came back now: the window follows its time.
    void timed(std::chrono::steady_clock::time_point sent);

private:
    // Moves `off` past whatever already covers it.
    qint64 skipCovered(const FileCore &core, qint64 off) const;

    std::map<qint64, qint64> m_reading;   // offset -> length of READs in flight
    int m_window = FirstWindow;
    qint64 m_fastestUs = -1;
};
