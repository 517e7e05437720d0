// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LocalTarget: the writing side of a copy into a local file (Transfer): the
// folder opened once (or the one a tree copy opened), the conflict policy,
// the free-space check, a hidden temporary file created exclusively, writes
// with runs of zeros left as holes, and the commit: flushed, checked, given
// the source's bits and times, renamed (or, when nothing may be replaced,
// linked) into place and the folder flushed. Whatever is not committed is
// removed when it ends. Runs on the copy's thread.
#include "transfer.h"

#include <QCoreApplication>

#include <functional>

class CopySource;

class LocalTarget
{
    Q_DECLARE_TR_FUNCTIONS(LocalTarget)

public:
    LocalTarget(TransferEndpoint to, TransferOptions options);
    ~LocalTarget();
    LocalTarget(const LocalTarget &) = delete;
    LocalTarget &operator=(const LocalTarget &) = delete;

    // Decides about an existing target (its size, modification time, and
    // whether a partial copy lies beside it): may change the policy in
    // *options, or refuse with an error.
    using ConflictHook = std::function<NfsError(qint64 size, qint64 mtimeNs, bool partial, TransferOptions *options)>;
    // `checkSpace` sees the folder's free bytes and its path, and refuses with an error.
    NfsError open(const std::function<NfsError(quint64 free, const QString &where)> &checkSpace,
                  const ConflictHook &conflict = {});
    // With the resume option: the bytes of the partial copy open() claimed
    // (0 when none), its modification time, and its last `n` bytes.
    qint64 partialSize() const { return m_partialSize; }
    qint64 partialMtimeNs() const { return m_partialMtimeNs; }
    QByteArray partialTail(qint64 n) const;
    // Goes on after the partial's bytes, or empties it and starts over.
    NfsError continuePartial(bool keep);
    NfsError write(const char *data, qint64 n);
    // Writes at `offset`, in whatever order the pieces come (the file
    // position is not used or moved).
    NfsError writeAt(qint64 offset, const char *data, qint64 n);
    // `cancelled` is looked at once the file is on disk, before it takes the target's name.
    NfsError commit(qint64 copied, const CopySource &source, const std::function<bool()> &cancelled);
    // Closes and removes the temporary file if it is still there.
    void discard();

    // The target as it ended up named ("name (1).ext" after a conflict).
    const TransferEndpoint &endpoint() const { return m_to; }
    const QByteArray &name() const { return m_name; }
    // The temporary file's name, for messages that must not show it.
    const QByteArray &temporaryName() const { return m_tempName; }

    // Writes all of `data` to `fd`; `display` names it in the error.
    static NfsError writeAll(int fd, const char *data, qint64 n, const QString &display);

private:
    // write() (offset -1: at the file position) and writeAt().
    NfsError writeRuns(qint64 offset, const char *data, qint64 n);

    TransferEndpoint m_to;
    TransferOptions m_options;
    int m_dirFd = -1;
    int m_out = -1;
    QByteArray m_name;       // the target's name in m_dirFd
    QByteArray m_temp;       // in m_dirFd, while it exists
    QByteArray m_tempName;   // kept after the rename, for messages
    bool m_holes = false;
    qint64 m_partialSize = 0;
    qint64 m_partialMtimeNs = 0;
    // Renames a partial copy of our target to a temporary name of our own
    // (so of two resumers only one gets it) and opens it.
    bool claimPartial();
    // The names of partial copies of the target in its folder.
    QList<QByteArray> partialNames() const;
};
