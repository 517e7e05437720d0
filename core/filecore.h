// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FileCore: the state both halves of a RemoteFile share, guarded by its
// mutex. The device (any thread) queues writes and says where it reads; the
// backend (session thread) fills the read-ahead and reports back. The ways a
// READ reply reaches the reader without a copy of ours (held for a waiting
// reader, or pushed to a sink from the session thread) are here too.
#include "nfserror.h"

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <map>
#include <vector>

class RemoteFile;

struct FileCore
{
    enum class Phase { Opening, Open, Closing, Closed, Failed };
    struct Write
    {
        qint64 offset = 0;      // -1: at the end of the file (append mode)
        QByteArray data;
    };

    // Set before the backend starts; not changed after.
    QByteArray path;
    int flags = 0;              // O_RDONLY/O_WRONLY/O_RDWR | O_CREAT | O_TRUNC | O_APPEND | O_SYNC
    quint32 createMode = 0644;
    int maxInFlight = 4;        // READs and WRITEs each
    qint64 readAhead = 0;       // bytes buffered ahead of the reader; 0: 4 chunks

    mutable QMutex mutex;
    QWaitCondition changed;     // woken on every change the device may wait for
    // All below guarded by mutex.
    Phase phase = Phase::Opening;
    NfsError error;             // the first failure; sticky
    qint64 size = -1;           // known size: from GETATTR, grown by writes and reads
    std::map<qint64, QByteArray> chunks;   // read-ahead, by offset, not overlapping
    // Chunk buffers the reader is done with, filled again by later READs:
    // a fresh megabyte from malloc costs page faults and zeroing each time.
    std::vector<QByteArray> spare;
    // A READ reply handed straight to a reader that waits for it: the reader
    // copies from libnfs's buffer into its own while the session thread holds
    // the reply open, so the bytes are copied once between socket and reader.
    const char *hand = nullptr;
    qint64 handOffset = 0;
    qint64 handLength = 0;
    qint64 handTaken = 0;
    bool handBusy = false;       // a reader is copying from `hand` right now
    bool blockingReader = false; // the reader waits (waitForReadyRead): worth handing to
    // Push mode (RemoteFile::pushTo): the session thread gives the bytes at
    // `want` to this sink as replies land, from libnfs's buffer; with
    // pushAnyOrder also a reply past `want` (the target writes at offsets).
    // Not changed while pushBusy (the session thread calls it unlocked).
    std::function<bool(qint64 offset, const char *, qint64)> push;
    bool pushAnyOrder = false;
    // Pushed past a gap at `want` (any order): offset -> end, counted in
    // `pushed` when the gap is filled, so the reader's position never passes one.
    std::map<qint64, qint64> pushedAhead;
    bool pushBusy = false;
    bool pushRefused = false;   // the sink returned false: nothing more is pushed
    bool pushWaiter = false;    // a thread waits for pushBusy to clear
    qint64 pushed = 0;          // pushed, not yet counted by the reader
    qint64 eof = -1;            // a READ at this offset returned nothing
    qint64 want = 0;            // where the reader reads next
    std::deque<Write> pending;  // writes not yet sent
    qint64 pendingBytes = 0;
    qint64 inFlightWriteBytes = 0;
    qint64 written = 0;         // acknowledged since open
    quint64 writeEpoch = 0;     // counts writes queued; reads asked before one are stale
    qint64 appendAt = 0;        // where the next appended byte goes
    qint64 pendingAppend = 0;   // bytes appended before the size was known
    bool closeRequested = false;
    bool kickPosted = false;    // a kick to the backend is queued
    quint64 readChunk = 0;      // the chunk sizes in use
    quint64 writeChunk = 0;
    int mostReadsInFlight = 0;
    int mostReadConnections = 0;
    int mostWritesInFlight = 0;
    RemoteFile *device = nullptr;    // cleared by the device's destructor
    bool readyReadPosted = false;
    qint64 bytesWrittenToReport = 0;
    bool openedPosted = false;

    bool failed() const { return error.isError(); }
    // A buffer for `size` bytes, reused when one is spare (mutex held or not needed).
    QByteArray takeBuffer(qint64 size);
    // Keeps a buffer the reader has emptied for a later READ (mutex held).
    void giveBack(QByteArray &&buffer);
    // Contiguous buffered bytes at `offset` (a reply being handed over included).
    qint64 availableAt(qint64 offset) const;
    // In push mode the reader sleeps until something it must act on (the end,
    // a failure, a refusal; a thread waiting on pushBusy): not once per reply,
    // which on a busy machine costs a thread switch each (mutex held).
    bool pushNeedsWake() const;

    // The session thread's two ways of delivering a READ reply without
    // buffering it. handOver offers it to a reader waiting on its own thread
    // (mutex not held) and returns how much the reader took.
    qint64 handOver(qint64 offset, const char *data, qint64 length);
    // Push mode: gives the reply [offset, offset + length) to the sink (from
    // `want` on; past it too in any order), then what the read-ahead holds at
    // `want` (mutex held by `lock`). False: the reply is for the read-ahead.
    bool pushReply(QMutexLocker<QMutex> &lock, qint64 offset, const char *data, qint64 length);
};
