// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session-thread half of a RemoteFile, private to the core.
//
// FileCore is the state both halves share, guarded by its mutex: the device
// (any thread) queues writes and says where it reads; the backend (session
// thread) keeps several READs and WRITEs in flight on one libnfs file handle,
// fills the read-ahead buffer and reports back. The backend belongs to the
// SessionWorker, which keeps it until the handle is closed.
#include "job.h"
#include "nfserror.h"

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <map>
#include <set>
#include <vector>
#include <memory>

class RemoteFile;
class SessionWorker;
struct nfsfh;
class Connection;

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
};

class RemoteFileBackend : public std::enable_shared_from_this<RemoteFileBackend>
{
public:
    RemoteFileBackend(SessionWorker *worker, std::shared_ptr<FileCore> core);
    // Session thread only.
    void start();
    void kick();
    // Sets the size through the open handle (a path-based SETATTR would end
    // this open over NFSv4).
    void truncate(qint64 size, std::shared_ptr<JobCore> done);
    // The session is going away: end with `why`.
    void abandon(const NfsError &why);

private:
    enum class OpenStep { Plain, ExistingElseCreate, Created };
    void open(bool again);
    void openWith(int flags, OpenStep step);
    void fixCreatedTimes();
    void fstat();
    // The OPEN is done and the file holds `size` bytes: reads and writes may go.
    void openedAt(qint64 size);
    void issueReads();
    void issue(const std::vector<std::pair<qint64, qint64>> &reads);
    void readArrived(qint64 offset, quint64 epoch, const char *data, int status);
    // Offers a reply to the waiting reader; returns how much of it the reader took.
    qint64 handOver(qint64 offset, const char *data, qint64 length);
    // Push mode: gives the reply [offset, offset + length) to the sink (from
    // `want` on; past it too in any order), then what the read-ahead holds at
    // `want` (mutex held by `lock`). False: the reply is for the read-ahead.
    bool push(QMutexLocker<QMutex> &lock, qint64 offset, const char *data, qint64 length);
    void issueWrites();
    void maybeClose();
    void fail(const NfsError &error);
    // Lets go of a handle whose connection is gone (it cannot be CLOSEd).
    void dropHandle();
    void notifyDevice(bool readyRead, qint64 bytesWritten);
    void finished();

    SessionWorker *m_worker;
    std::shared_ptr<FileCore> m_core;
    nfsfh *m_fh = nullptr;
    quint64 m_connection = 0;
    int m_reads = 0;
    int m_writes = 0;
    std::map<qint64, qint64> m_reading;   // offset -> length of READs in flight
    bool m_dirty = false;                 // wrote since open
    bool m_handleGivenBack = false;       // a CLOSE was sent: libnfs frees the handle
    bool m_claimed = false;               // holds the NFSv4 one-open-per-file claim
    Connection *m_own = nullptr;   // NFSv4: a context of its own (see SessionWorker::claimOpen)
    std::weak_ptr<JobCore> m_openRpc;   // the OPEN's call, while it may wait out a grace period
    bool m_fixTimes = false;              // created exclusively over NFSv4: times to set after CLOSE
    bool m_closing = false;
    bool m_kickQueued = false;            // a kick after READ replies is posted
    bool m_done = false;
    int m_reopens = 0;
    // NFSv3, a large file read only: READs spread over connections of their
    // own too (as Linux's nconnect): one TCP connection's replies are served
    // one after another, and more connections read faster (readprobe
    // --connections). The file's handle is valid on any of them.
    struct Helper
    {
        Connection *connection = nullptr;
        quint64 id = 0;        // 0 until mounted
    };
    std::vector<Helper> m_helpers;
    std::set<quint64> m_helperIds;   // every helper's, let go or not: their READs are ours
    unsigned m_nextHelper = 0;
    quint64 m_generation = 0;        // counts reopens: READs of an earlier open are ignored
    void askHelpers();
    // A helper that failed is let go: its READs go on the main connection.
    void dropHelper(quint64 connection);
    void closeHelpers();
};
