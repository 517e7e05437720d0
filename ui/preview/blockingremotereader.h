// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BlockingRemoteReader: a file on an NFS server as a QIODevice that blocks,
// for readers that expect one (QImageReader, libarchive, the media backend).
//
// RemoteFile::read() never blocks and returns 0 while data is on its way; a
// third-party reader takes that 0 for the end of the file. This device waits
// with RemoteFile::waitForReadyRead in short slices instead, so read() returns
// 0 only at the end, -1 on an error (in words through errorString()) or once
// cancel() was called. seek() is honoured (a seek far ahead reads only from
// there on). The read-ahead is small, so a preview moves little more over the
// wire than it reads.
//
// Threads: made, opened, read and destroyed on one worker thread, which needs
// no event loop; never on the GUI thread. cancel() and bytesDelivered() may be
// called from any thread.
#include <QIODevice>

#include <atomic>
#include <memory>

class RemoteFile;
class Session;

class BlockingRemoteReader : public QIODevice
{
    Q_OBJECT
public:
    // How long one wait lasts before the cancel flag is checked again.
    static constexpr int SliceMs = 50;
    // Bytes read ahead of the reader: a preview that stops early has moved at
    // most this much more than it read.
    static constexpr qint64 DefaultReadAhead = 256 * 1024;
    // A reply this late ends the read (the session's own time-outs usually come first).
    static constexpr int DefaultStallMs = 60000;

    // `cancelled`, when given, is shared with whoever may cancel (the preview
    // pane); cancel() sets it too.
    BlockingRemoteReader(Session *session, const QByteArray &path,
                         std::shared_ptr<std::atomic<bool>> cancelled = {}, QObject *parent = nullptr);
    ~BlockingRemoteReader() override;

    // Opens the remote file read-only and waits for the server's answer.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;

    void setReadAhead(qint64 bytes) { m_readAhead = bytes; }
    void setStallMs(int ms) { m_stallMs = ms; }
    // Any thread: stops every wait at once; reads after it fail.
    void cancel();
    bool isCancelled() const { return m_cancelled->load(std::memory_order_acquire); }
    // Any thread: the bytes handed to readers so far.
    qint64 bytesDelivered() const { return m_delivered.load(std::memory_order_relaxed); }
    // Also counts the bytes handed out into `counter` (shared with whoever watches).
    void setByteCounter(std::shared_ptr<std::atomic<qint64>> counter) { m_counter = std::move(counter); }
    // Stores where each read from the file ended into `end` (a watcher sees where a reader reads).
    void setReadEndTracker(std::shared_ptr<std::atomic<qint64>> end) { m_readEnd = std::move(end); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    Session *m_session;
    QByteArray m_path;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::unique_ptr<RemoteFile> m_file;
    qint64 m_readAhead = DefaultReadAhead;
    int m_stallMs = DefaultStallMs;
    std::atomic<qint64> m_delivered{0};
    std::shared_ptr<std::atomic<qint64>> m_counter;
    std::shared_ptr<std::atomic<qint64>> m_readEnd;
};
