// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RemoteFile: one file on an NFS server as a random-access QIODevice (the seed's NFSFH).
//
// Context-full: `session->open(path, mode)` on a shared mount. Context-free:
// `RemoteFile(url)` mounts privately, like the seed's `libnfs.open(url)`.
// Modes are Python's "r", "r+", "w", "w+", "a", "a+" or the matching
// QIODevice::OpenMode (ReadOnly, ReadWrite, WriteOnly|Truncate, ReadWrite|Truncate,
// Append, ReadWrite|Append); files are created with nfs_open2(O_CREAT).
//
// The session thread keeps several READs and WRITEs in flight (maxInFlight(),
// default 4 each) in chunks of the server's READ/WRITE size, or for NFSv4 the
// largest that libnfs 4.0 can encode. Reads run ahead of the reader into a
// bounded buffer; a forward seek inside it reuses it. read() never blocks: it
// returns what has arrived and readyRead() follows as more does. open() returns
// at once; the remote OPEN follows (opened() or errorOccurred()).
//
// Threads: the device belongs to the thread that made it; readyRead,
// bytesWritten and the other signals come on that thread. waitForOpened,
// waitForReadyRead, waitForBytesWritten, flush() and close() after writing
// block, and work on a thread with no event loop: for worker threads and the
// command line, never the GUI thread (which reads through signals and leaves
// writing to Transfer). close() waits for the writes in flight, reports a
// failed one through error(), and the handle is freed only when no RPC is left
// on it. A lost connection ends the file with "connection lost"; a file opened
// only for reading is reopened by path and goes on.
#include "nfserror.h"
#include "nfsurl.h"

#include <QIODevice>

#include <functional>
#include <memory>
#include <optional>

class Session;
struct FileCore;
class RemoteFileBackend;

class RemoteFile : public QIODevice
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxInFlight = 4;

    RemoteFile(Session *session, const QByteArray &path, QObject *parent = nullptr);
    explicit RemoteFile(const NfsUrl &url, QObject *parent = nullptr);
    ~RemoteFile() override;

    // "r", "r+", "w", "w+", "a", "a+" (a "b" is accepted and ignored).
    static std::optional<OpenMode> modeFromString(const QString &mode);

    // Settings for the next open().
    void setMaxInFlight(int n);
    void setReadAhead(qint64 bytes);
    // Durable writes (uploads use this): over NFSv3 UNSTABLE WRITEs that
    // close() makes durable with COMMITs whose verifiers are checked, the
    // WRITEs a restarted server may have lost sent again (verifiedwrites.h);
    // over NFSv4 every WRITE FILE_SYNC, durable when acknowledged.
    void setSyncWrites(bool sync);
    void setCreateMode(quint32 mode);
    // Create the file, failing if it exists (O_EXCL): for temporary names.
    void setExclusive(bool exclusive);

    bool open(OpenMode mode) override;
    bool open(const QString &pythonMode);
    void close() override;
    // close() waiting at most `msecs` (< 0: no limit) for the writes in flight
    // and the CLOSE, and no longer once giveUp() says so (asked about every
    // 50 ms): false when they had not ended, and the handle is then freed in
    // the background, as by the destructor.
    bool closeWithin(int msecs, const std::function<bool()> &giveUp = {});
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool waitForReadyRead(int msecs) override;
    bool waitForBytesWritten(int msecs) override;
    // Blocks until the remote OPEN answered; false on failure or time-out.
    bool waitForOpened(int msecs = -1);
    // Blocks until every write so far is acknowledged; false if one failed.
    bool flush();
    // Drops the writes not yet sent (a cancelled upload); those in flight finish.
    void discardPendingWrites();
    // Sets the file's size on the server (after the writes so far). Blocks.
    bool resize(qint64 size);

    // A read with no buffer of the caller's: hands the bytes at pos() (up to
    // `max`) to `sink` where they lie, in the read-ahead or, unless
    // `sinkMayBlock`, in libnfs's reply while the session thread holds it
    // (the session waits for the sink then: a pipe's reader may stall it), and
    // moves past them. `sink` returns false to stop (a failure of its own:
    // *sinkFailed is set). Returns the bytes handed, 0 when none have arrived
    // (it never waits), -1 on the file's error or the sink's failure.
    using Sink = std::function<bool(const char *data, qint64 n)>;
    qint64 readInPlace(qint64 max, const Sink &sink, bool sinkMayBlock, bool *sinkFailed);
    // Push mode, for a sink that never waits on anyone (a local file): from
    // pos() on, the session thread itself gives each reply's bytes to `sink`
    // with their offset in the file, as they land, straight from libnfs's
    // buffer: no thread waits for another per reply. In order, unless
    // `anyOrder` (a target written at offsets: a reply that overtook another
    // is not copied to wait for it). readInPlace() then only counts what was
    // pushed up to the first gap (its sink unused) and moves past it; seek()
    // is refused. An empty sink ends push mode once a call in progress has
    // returned (what lies past a gap is pushed again next time); so do
    // close() and the destructor. A sink that returns false keeps what it
    // was given in the read-ahead and is given nothing more until pushTo()
    // again; readInPlace() returns -1 once it has counted what came before.
    // (A failed write, or a pause.)
    using PushSink = std::function<bool(qint64 offset, const char *data, qint64 n)>;
    void pushTo(PushSink sink, bool anyOrder = false);

    NfsError error() const;
    const QByteArray &path() const { return m_path; }
    int maxInFlight() const { return m_maxInFlight; }
    // The most READs / WRITEs that were in flight at once.
    int mostReadsInFlight() const;
    // The most connections READs went out on at once (a large file over
    // NFSv3 is read over connections of its own too).
    int mostReadConnections() const;
    int mostWritesInFlight() const;
    // The chunk sizes in use (0 until open).
    quint64 readChunkSize() const;
    quint64 writeChunkSize() const;

Q_SIGNALS:
    void opened();
    void errorOccurred(const NfsError &error);
    // The handle is closed on the server side (after close(), or when the file failed).
    void remoteClosed();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    friend class RemoteFileBackend;
    // How a sink takes the bytes: Copy into the reader's buffer (quick: under
    // the lock, a partial chunk read where it lies); Unhurried (a local
    // write: without the lock, chunks taken out of the read-ahead first);
    // MayBlock (a pipe: libnfs's held reply copied first, so the session
    // thread never waits on the sink).
    enum class SinkKind { Copy, Unhurried, MayBlock };
    // The walk both reads share: the bytes at pos(), up to `max`, from the
    // read-ahead and the held reply to `sink`. Does not move pos(). *refused
    // when the sink returned false; *failed when nothing came and the file failed.
    qint64 handOut(qint64 max, const Sink &sink, SinkKind kind, bool *refused, bool *failed);
    void postKick();
    // Ends push mode (the sink is not called after this returns).
    void stopPush();
    // Waits while the session thread is in the push sink (mutex held).
    void waitPushIdle();
    void deliverReadyRead();
    void deliverBytesWritten();
    void deliverOpened();
    void deliverFailure();
    void deliverClosed();
    bool waitUntil(int msecs, const std::function<bool()> &done);

    Session *m_session = nullptr;
    std::unique_ptr<Session> m_ownSession;   // context-free
    QByteArray m_path;
    std::shared_ptr<FileCore> m_core;
    std::weak_ptr<RemoteFileBackend> m_backend;
    int m_maxInFlight = DefaultMaxInFlight;
    qint64 m_readAhead = 0;
    bool m_sync = false;
    bool m_exclusive = false;
    quint32 m_createMode = 0644;
    bool m_append = false;
    bool m_failureReported = false;
};
