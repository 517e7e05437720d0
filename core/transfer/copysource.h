// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CopySource: the reading side of one file copy (Transfer): a local file
// (or one in a folder a tree copy opened), standard input, or a file on a
// mount reached through a SessionLink. Every wait looks at `stop` at least
// every Transfer::CancelPollMs, a silent pipe included (a cancel, or the
// target failing meanwhile). Runs on the
// copy's thread.
#include "transfer.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

class RemoteFile;

class CopySource
{
    Q_DECLARE_TR_FUNCTIONS(CopySource)

public:
    CopySource(TransferEndpoint from, std::function<bool()> cancelled);
    ~CopySource();
    CopySource(const CopySource &) = delete;
    CopySource &operator=(const CopySource &) = delete;

    // Attributes of a remote source already known (from its folder's
    // listing): open() asks the server for no others. Before open().
    void setKnownAttributes(const FileInfo &info) { m_known = info; }
    // Opens it and reads its attributes.
    NfsError open();
    // Reads up to `max` bytes; 0 at the end (or on a cancel), -1 with *error.
    qint64 read(char *buf, qint64 max, NfsError *error);
    // Hands up to `max` bytes to `sink` (false: it failed, and this returns
    // -1 with *error untouched). A remote source hands them where they lie,
    // with no copy of its own (RemoteFile::readInPlace); others read into
    // `scratch`. 0 at the end (or on a cancel), -1 with *error.
    qint64 readInto(qint64 max, const std::function<bool(const char *, qint64)> &sink, bool sinkMayBlock,
                    QByteArray &scratch, NfsError *error);
    // A remote source may push its bytes to `sink` from the session thread
    // as they land, with their offsets, in any order if `anyOrder`
    // (RemoteFile::pushTo), readInto() counting them: for a sink that never
    // waits on anyone. Only where canPush(); an empty sink ends it (before
    // the sink's captures go).
    void pushTo(std::function<bool(qint64, const char *, qint64)> sink, bool anyOrder = false);
    // Whether pushTo() can (a remote source).
    bool canPush() const { return bool(m_reader); }
    void close();
    // For a resumed copy: `n` bytes at `pos` (fewer at the end), and where reading goes on.
    QByteArray readAt(qint64 pos, qint64 n, NfsError *error);
    bool seek(qint64 pos);

    // -1 when unknown (a pipe, standard input).
    qint64 size() const { return m_size; }
    bool haveAttributes() const { return m_haveAttributes; }
    quint32 mode() const { return m_mode; }
    qint64 mtimeNs() const { return m_mtimeNs; }
    qint64 atimeNs() const { return m_atimeNs; }

    // Waits for a RemoteFile's OPEN, looking for a cancel meanwhile.
    static NfsError waitOpened(RemoteFile *file, const std::function<bool()> &cancelled);

private:
    TransferEndpoint m_from;
    std::function<bool()> m_cancelled;
    int m_in = -1;
    bool m_inPollable = false;   // a local source that may block (pipe, terminal)
    std::unique_ptr<RemoteFile> m_reader;
    std::optional<FileInfo> m_known;
    qint64 m_size = -1;
    bool m_haveAttributes = true;
    quint32 m_mode = 0644;
    qint64 m_mtimeNs = 0;
    qint64 m_atimeNs = 0;
};
