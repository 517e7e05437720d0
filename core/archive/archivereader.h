// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArchiveReader: the entries of an archive (zip, tar and its compressed forms,
// 7z, iso, cpio, ar... whatever libarchive reads) from any QIODevice, through
// libarchive's callback API (read, skip and seek callbacks on the device), and
// one entry extracted into memory. Nothing is ever written to disk.
//
// Bounded against bombs: the entries listed, the archive bytes read (a tar.gz
// has to be read from its start to reach an entry), the time taken and the
// bytes of one extracted entry each have a cap; reaching one ends the
// operation with an error in words (a listing keeps the entries found so far).
// Names are bytes as stored; `name` is the display form (displayName()), so a
// name like "../../x" or one with control characters is only ever shown.
//
// Threads: blocking; for worker threads (the device may block, as a
// BlockingRemoteReader does). One operation at a time.
#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)
public:
    struct Limits
    {
        qint64 maxEntries = 10000;
        qint64 maxBytesRead = 256LL * 1024 * 1024;
        int maxSeconds = 20;
        qint64 maxEntryBytes = 16LL * 1024 * 1024;
    };
    struct Entry
    {
        QByteArray rawName;     // as stored in the archive
        QString name;           // escaped for display
        qint64 size = -1;       // -1 when the archive does not say
        qint64 mtime = 0;       // seconds since the epoch; 0 when unknown
        bool isDir = false;
        bool isSymlink = false;
    };
    enum class Outcome { Ok, Failed, LimitReached, Cancelled };

    // `device` must be open for reading and stay valid; random access is used
    // when it is not sequential (zip's central directory, 7z, iso).
    ArchiveReader(QIODevice *device, const Limits &limits);
    ~ArchiveReader();

    // Any thread: stops the operation at its next read.
    void cancel() { m_cancelled.store(true, std::memory_order_release); }

    // The entries in archive order (up to maxEntries).
    Outcome list(QList<Entry> *entries);
    // The bytes of the `index`th entry of list() (0-based), at most maxEntryBytes.
    Outcome extract(int index, QByteArray *data);

    QString errorString() const { return m_error; }
    // The archive's format as libarchive names it ("ZIP 2.0 (deflation)", "GNU tar format").
    QString formatName() const { return m_format; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Context;
    Outcome run(int extractIndex, QList<Entry> *entries, QByteArray *data);

    QIODevice *m_device;
    Limits m_limits;
    std::atomic<bool> m_cancelled{false};
    QString m_error;
    QString m_format;
    qint64 m_bytesRead = 0;
};
