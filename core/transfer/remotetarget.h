// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RemoteTarget: the writing side of a copy onto the server (Transfer): the
// conflict policy and the free-space check, a hidden temporary file created
// exclusively beside the target (or a partial copy claimed to go on with),
// writes held back when too many wait, and the commit: the file closed (its
// WRITEs then on stable storage), its size checked, the source's bits and
// times given, and renamed into place. Whatever is not committed is removed
// when it ends, within a deadline. Runs on the copy's thread.
#include "copynames.h"
#include "transfer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <functional>
#include <memory>
#include <optional>

class CopySource;
class RemoteFile;

class RemoteTarget
{
    Q_DECLARE_TR_FUNCTIONS(RemoteTarget)

public:
    // `cancelled` is looked at while the target waits on the server.
    RemoteTarget(TransferEndpoint to, TransferOptions options, std::function<bool()> cancelled);
    ~RemoteTarget();
    RemoteTarget(const RemoteTarget &) = delete;
    RemoteTarget &operator=(const RemoteTarget &) = delete;

    // Decides about an existing target, as LocalTarget's hook does.
    using ConflictHook = std::function<NfsError(qint64 size, qint64 mtimeNs, bool partial, TransferOptions *options)>;
    // Sees the folder's free bytes and its URL, and refuses with an error.
    using SpaceCheck = std::function<NfsError(quint64 free, const QString &where)>;
    // Whether a partial copy of `have` bytes, last written at `mtimeNs` and
    // ending in `tail` (Transfer::ResumeCheckBytes at most), matches the source.
    using PartialCheck = std::function<bool(qint64 have, qint64 mtimeNs, const QByteArray &tail, NfsError *error)>;
    // `sourceSize` above 0 asks for the folder's free space, unless `knownFree` gives it.
    NfsError open(qint64 sourceSize, const std::optional<quint64> &knownFree, const SpaceCheck &checkSpace,
                  const ConflictHook &conflict, const PartialCheck &partialMatches);
    // With the resume option: whether open() claimed a partial copy, and
    // where writing goes on in it (0 when it was emptied).
    bool claimedPartial() const { return m_claimed; }
    qint64 resumedAt() const { return m_resumedAt; }

    // Writes, waiting while too much is queued for the server.
    NfsError write(const char *data, qint64 n);
    // Waits until every write has been answered (in steps, so a cancel ends it soon).
    NfsError flush();
    // The writes not sent yet are dropped: the temporary file goes anyway.
    void discardPendingWrites();
    // A WRITE failed: whether the writer holds an error now.
    bool failed() const;
    NfsError commit(qint64 copied, const CopySource &source);
    // Closes the file and removes the temporary file within `deadline`;
    // returns its URL when it could not be removed in time (empty if none).
    QString discard(const QDeadlineTimer &deadline);

    // The target as it ended up named ("name (1).ext" after a conflict).
    const TransferEndpoint &endpoint() const { return m_to; }
    const QByteArray &name() const { return m_name; }
    const QByteArray &folder() const { return m_dir; }
    // The temporary file's name, for messages that must not show it.
    const QByteArray &temporaryName() const { return m_tempName; }

private:
    NfsError await(Job *job);
    NfsError waitOpened(RemoteFile *file);
    // libnfs 4.0 reports an NFSv3 server's "no space" (NFS3ERR_NOSPC) on a
    // WRITE as -EFAULT with no words: ask the server's free space again.
    NfsError explainWriteFailure(const NfsError &error);
    // The partial copies of the target beside it, as the folder was first
    // listed (for the conflict question, then for the claim).
    NfsError partialNames(QList<QByteArray> *names);
    // Whether one lies beside it (asked only to offer Resume).
    bool hasPartial()
    {
        QList<QByteArray> names;
        return !partialNames(&names) && !names.isEmpty();
    }
    // The first "name (n).ext" free beside an existing target.
    NfsError pickName();
    // A partial copy beside the target is renamed to a temporary name of our
    // own, checked, and opened for appending, or emptied. m_writer stays null
    // when there is none.
    NfsError claimPartial(const PartialCheck &partialMatches);
    // A new temporary file, created exclusively.
    NfsError create();

    TransferEndpoint m_to;
    TransferOptions m_options;
    std::function<bool()> m_cancelled;
    std::unique_ptr<RemoteFile> m_writer;
    QByteArray m_name;       // the target's name in its folder
    QByteArray m_dir;
    QByteArray m_temp;       // full server path, while it exists
    CopyNames::TemporaryInUse m_tempInUse;   // the temporary file this copy writes, until it ends
    QByteArray m_tempName;   // the temporary name, for messages
    std::optional<QList<QByteArray>> m_partials;   // partialNames()' listing
    QByteArray m_partialsOf;                        // ...of the partials of this name
    bool m_claimed = false;
    qint64 m_resumedAt = 0;
};
