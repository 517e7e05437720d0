// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotetarget.h"

#include "copysource.h"
#include "exportlist.h"
#include "logging.h"
#include "processumask.h"
#include "remotefile.h"
#include "session.h"
#include "sessionlink.h"
#include "verifiedwrites.h"

#include <cerrno>

namespace {

// WRITEs in flight for an upload: over NFSv3 they are UNSTABLE (a COMMIT
// makes them durable), cheap for the server, and 8 write fastest in
// writeprobe's unstable mode.
constexpr int UploadWritesInFlight = 8;
// What a resumed upload sends again before its partial's end: no byte there
// can be trusted. The copy that left it may have been stopped with WRITEs
// unanswered, which the server may carry out in any order (a later one may
// have landed and an earlier one not: a hole under a matching tail), and over
// NFSv3 with WRITEs answered UNSTABLE and not yet COMMITted, which a server
// that restarted since may have lost (up to twice
// VerifiedWrites::CommitEveryBytes are held). A WRITE is 1 MiB at most.
constexpr qint64 ResumeResendBytes = 2 * VerifiedWrites::CommitEveryBytes + UploadWritesInFlight * 1024 * 1024;
// How much may wait to be written to the server before reading more.
constexpr qint64 MaxQueuedForWrite = 16 * 1024 * 1024;

} // namespace

RemoteTarget::RemoteTarget(TransferEndpoint to, TransferOptions options, std::function<bool()> cancelled)
    : m_to(std::move(to)), m_options(options), m_cancelled(std::move(cancelled))
{
}

RemoteTarget::~RemoteTarget() = default;

NfsError RemoteTarget::await(Job *job)
{
    return SessionLink::await(job, m_cancelled);
}

NfsError RemoteTarget::waitOpened(RemoteFile *file)
{
    return CopySource::waitOpened(file, m_cancelled);
}

NfsError RemoteTarget::open(qint64 sourceSize, const std::optional<quint64> &knownFree, const SpaceCheck &checkSpace,
                            const ConflictHook &conflict, const PartialCheck &partialMatches)
{
    const QByteArray &path = m_to.remotePath;
    m_dir = ExportResolution::parentPath(path);
    m_name = path.mid(path.lastIndexOf('/') + 1);
    NfsError closed;
    auto st = m_to.link->job([&](Session *s) { return s->lstat(path); }, &closed);
    if (!st)
        return closed;
    await(st.get());
    if (m_cancelled())
        return NfsError::cancelled();
    if (!st->error()) {
        if (st->result().isDir())
            return NfsError(NfsError::Kind::IsADirectory, EISDIR,
                            tr("Cannot replace %1: it is a folder").arg(m_to.display()));
        if (conflict && !m_options.noClobber && !m_options.keepBoth && !m_options.resume) {
            if (NfsError e = conflict(qint64(st->result().size), st->result().mtimeNs, hasPartial(), &m_options))
                return e;
        }
        if (m_options.noClobber)
            return NfsError(NfsError::Kind::Exists, EEXIST, tr("Will not replace %1: it exists").arg(m_to.display()));
        if (m_options.keepBoth) {
            if (NfsError e = pickName())
                return e;
        }
    } else if (st->error().kind() != NfsError::Kind::NotFound) {
        return st->error();
    }
    const QString where = m_to.link->url().withPath(m_dir).toString();
    if (!m_options.force && sourceSize > 0 && knownFree) {
        if (NfsError e = checkSpace(*knownFree, where))
            return e;
    } else if (!m_options.force && sourceSize > 0) {
        auto fs = m_to.link->job([&](Session *s) { return s->statvfs(m_dir); }, &closed);
        if (!fs)
            return closed;
        // A server that cannot tell its free space is not refused for it.
        if (!await(fs.get())) {
            if (NfsError e = checkSpace(fs->result().availableBytes, where))
                return e;
        }
        if (m_cancelled())
            return NfsError::cancelled();
    }
    if (m_options.resume) {
        if (NfsError e = claimPartial(partialMatches))
            return e;
        if (m_writer)
            return {};
    }
    return create();
}

NfsError RemoteTarget::create()
{
    for (int i = 0; i < CopyNames::TempAttempts; ++i) {
        const QByteArray tempName = CopyNames::temporaryFor(m_name);
        const QByteArray temp = ExportResolution::childPath(m_dir, tempName);
        m_writer.reset(m_to.link->ask([&](Session *s) { return new RemoteFile(s, temp); }));
        if (!m_writer)
            return NfsError::sessionClosed();
        m_writer->setExclusive(true);
        m_writer->setSyncWrites(true);   // on stable storage once the writer is closed
        m_writer->setMaxInFlight(UploadWritesInFlight);
        m_writer->setCreateMode(0600);
        m_writer->open(QIODevice::WriteOnly);
        // Named before the OPEN answers: a cancel meanwhile still removes it.
        m_temp = temp;
        m_tempInUse.set(m_to.link->url().withPath(temp).toString());
        m_tempName = tempName;
        const NfsError e = waitOpened(m_writer.get());
        if (!e)
            return {};
        if (e.kind() == NfsError::Kind::Exists) {
            m_temp.clear();
            m_tempName.clear();
        }
        if (e.kind() == NfsError::Kind::Cancelled)
            return e;
        m_writer.reset();
        if (e.kind() != NfsError::Kind::Exists)
            return e;
    }
    return NfsError(NfsError::Kind::Exists, EEXIST, tr("Cannot create a temporary file beside %1").arg(m_to.display()));
}

NfsError RemoteTarget::partialNames(QList<QByteArray> *names)
{
    if (!m_partials || m_partialsOf != m_name) {
        m_partials.reset();
        NfsError e;
        auto listing = m_to.link->job([&](Session *s) { return s->list(m_dir, false); }, &e);
        if (!listing || (e = await(listing.get())))
            return e.kind() == NfsError::Kind::NotFound ? NfsError() : e;
        m_partials.emplace();
        m_partialsOf = m_name;
        for (const FileInfo &entry : listing->takeEntries()) {
            if (entry.type == FileInfo::Type::File && CopyNames::isTemporaryFor(entry.name, m_name))
                m_partials->append(entry.name);
        }
    }
    *names = *m_partials;
    return {};
}

NfsError RemoteTarget::pickName()
{
    for (int n = 1; n < CopyNames::MostNumberedNames; ++n) {
        const QByteArray candidate = ExportResolution::childPath(m_dir, CopyNames::numbered(m_name, n));
        NfsError e;
        auto st = m_to.link->job([&](Session *s) { return s->lstat(candidate); }, &e);
        if (!st)
            return e;
        e = await(st.get());
        if (e.kind() == NfsError::Kind::NotFound) {
            m_name = CopyNames::numbered(m_name, n);
            m_to.remotePath = candidate;
            return {};
        }
        if (e)
            return e;
    }
    return NfsError(NfsError::Kind::Exists, EEXIST, tr("No free name beside %1").arg(m_to.display()));
}

NfsError RemoteTarget::claimPartial(const PartialCheck &partialMatches)
{
    QList<QByteArray> partials;
    NfsError e = partialNames(&partials);
    if (e)
        return e;
    for (const QByteArray &name : std::as_const(partials)) {
        const QByteArray partial = ExportResolution::childPath(m_dir, name);
        // A copy of this process still writes it: not a partial.
        if (CopyNames::TemporaryInUse::isInUse(m_to.link->url().withPath(partial).toString()))
            continue;
        const QByteArray tempName = CopyNames::temporaryFor(m_name);
        const QByteArray temp = ExportResolution::childPath(m_dir, tempName);
        m_tempInUse.set(m_to.link->url().withPath(temp).toString());
        // One rename wins: a second resumer finds the name gone and moves on.
        auto mv = m_to.link->job([&](Session *s) { return s->rename(partial, temp); }, &e);
        if (!mv)
            return e;
        if (await(mv.get()))
            continue;
        m_temp = temp;
        m_tempName = tempName;
        auto st = m_to.link->job([&](Session *s) { return s->stat(temp); }, &e);
        if (!st || (e = await(st.get())))
            return e;
        const qint64 have = qint64(st->result().size);
        QByteArray tail;
        {
            std::unique_ptr<RemoteFile> reader(m_to.link->ask([&](Session *s) { return new RemoteFile(s, temp); }));
            if (!reader)
                return NfsError::sessionClosed();
            reader->open(QIODevice::ReadOnly);
            if ((e = waitOpened(reader.get())))
                return e;
            const qint64 n = std::min(have, Transfer::ResumeCheckBytes);
            reader->seek(have - n);
            while (tail.size() < n && !reader->error() && !m_cancelled()) {
                tail += reader->read(n - tail.size());
                if (tail.size() < n)
                    reader->waitForReadyRead(Transfer::CancelPollMs);
            }
            if (reader->error())
                return reader->error();
        }
        const bool keep = partialMatches(have, st->result().mtimeNs, tail, &e);
        if (e)
            return e;
        m_writer.reset(m_to.link->ask([&](Session *s) { return new RemoteFile(s, temp); }));
        if (!m_writer)
            return NfsError::sessionClosed();
        // The partial's last ResumeResendBytes are cut off and sent again
        // (one no longer than that is emptied as it opens).
        const qint64 from = keep ? std::max<qint64>(0, have - ResumeResendBytes) : 0;
        m_writer->setSyncWrites(true);
        m_writer->open(from > 0 ? QIODevice::WriteOnly | QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate);
        if ((e = waitOpened(m_writer.get())))
            return e;
        if (from > 0 && !m_writer->resize(from))
            return NfsError(NfsError::Kind::IoError, EIO,
                            tr("Cannot go on writing %1: %2").arg(m_to.display(), m_writer->errorString()));
        m_resumedAt = from;
        m_claimed = true;
        return {};
    }
    return {};
}

NfsError RemoteTarget::explainWriteFailure(const NfsError &error)
{
    if (error.errnum() != EFAULT)
        return error;
    NfsError closed;
    auto fs = m_to.link->job([&](Session *s) { return s->statvfs(m_dir); }, &closed);
    const QString where = m_to.display();
    // Not waited for longer than a clean-up: the server may be the trouble.
    if (fs && fs->wait(Transfer::CleanUpDeadlineMs) && !fs->error()) {
        const quint64 free = fs->result().availableBytes;
        // Less than the writes that may have been in flight: full.
        if (free < quint64(MaxQueuedForWrite))
            return NfsError(NfsError::Kind::NoSpace, ENOSPC,
                            tr("No space left on the server for %1 (%2 bytes free)").arg(where).arg(free));
    }
    return NfsError(NfsError::Kind::IoError, EIO,
                    tr("The server refused to write %1 and gave no reason (out of space or over quota?)").arg(where));
}

NfsError RemoteTarget::write(const char *data, qint64 n)
{
    if (m_writer->write(data, n) != n)
        return explainWriteFailure(m_writer->error());
    while (m_writer->bytesToWrite() > MaxQueuedForWrite && !m_cancelled()) {
        m_writer->waitForBytesWritten(Transfer::CancelPollMs);
        if (m_writer->error())
            return explainWriteFailure(m_writer->error());
    }
    return {};
}

NfsError RemoteTarget::flush()
{
    while (m_writer->bytesToWrite() > 0 && !m_writer->error()) {
        if (m_cancelled())
            return NfsError::cancelled();
        m_writer->waitForBytesWritten(Transfer::CancelPollMs);
    }
    if (!m_writer->flush())
        return explainWriteFailure(m_writer->error());
    return {};
}

void RemoteTarget::discardPendingWrites()
{
    if (m_writer)
        m_writer->discardPendingWrites();
}

bool RemoteTarget::failed() const
{
    return m_writer && m_writer->error();
}

NfsError RemoteTarget::commit(qint64 copied, const CopySource &source)
{
    // A cancel does not wait for a silent server to answer the last WRITEs and the CLOSE.
    if (!m_writer->closeWithin(-1, m_cancelled))
        return NfsError::cancelled();
    if (NfsError e = m_writer->error())
        return explainWriteFailure(e);
    m_writer.reset();
    // The check and the attributes are asked at once: three requests on
    // one file, in one round trip's time (each small file of a tree pays it).
    NfsError e;
    auto st = m_to.link->job([&](Session *s) { return s->stat(m_temp); }, &e);
    if (!st)
        return e;
    std::unique_ptr<Job> mode, times;
    if (m_options.preserveMode && source.haveAttributes())
        mode = m_to.link->job([&](Session *s) { return s->chmod(m_temp, source.mode() & 07777); }, &e);
    else if (!source.haveAttributes())
        // Standard input has no mode to give: the file gets a new file's, not the temporary's 0600.
        mode = m_to.link->job([&](Session *s) { return s->chmod(m_temp, 0666 & ~processUmask()); }, &e);
    if (m_options.preserveTimes && source.haveAttributes())
        times = m_to.link->job([&](Session *s) { return s->utimes(m_temp, source.atimeNs(), source.mtimeNs()); }, &e);
    const NfsError checked = await(st.get());
    if (mode) {
        if (NfsError failed = await(mode.get()); failed && failed.kind() != NfsError::Kind::Cancelled)
            qCWarning(lcCore) << "keeping the mode:" << failed.message();
    }
    if (times) {
        if (NfsError failed = await(times.get()); failed && failed.kind() != NfsError::Kind::Cancelled)
            qCWarning(lcCore) << "keeping the times:" << failed.message();
    }
    if (checked)
        return checked;
    if (qint64(st->result().size) != copied)
        return NfsError(NfsError::Kind::IoError, EIO,
                        tr("The server holds %1 bytes of %2 instead of %3")
                            .arg(st->result().size)
                            .arg(m_to.display())
                            .arg(copied));
    if (m_cancelled())
        return NfsError::cancelled();
    if (m_options.noClobber || m_options.keepBoth) {
        // NFS RENAME replaces silently: look again right before it.
        auto again = m_to.link->job([&](Session *s) { return s->lstat(m_to.remotePath); }, &e);
        if (!again)
            return e;
        if (!await(again.get()))
            return NfsError(NfsError::Kind::Exists, EEXIST, tr("Will not replace %1: it exists").arg(m_to.display()));
    }
    auto mv = m_to.link->job([&](Session *s) { return s->rename(m_temp, m_to.remotePath); }, &e);
    if (!mv)
        return e;
    if (NfsError failed = await(mv.get()))
        return failed;
    m_temp.clear();
    return {};
}

QString RemoteTarget::discard(const QDeadlineTimer &deadline)
{
    if (m_writer) {
        // The writes in flight end first and the file is closed before its
        // REMOVE, and before a next copy on this session OPENs (NFSv4 allows
        // one OPEN or CLOSE at a time per context). A writer that failed, or
        // writes that do not end in time, are left to the device's end,
        // which frees the handle in the background.
        while (!m_writer->error() && m_writer->bytesToWrite() > 0 && !deadline.hasExpired())
            m_writer->waitForBytesWritten(Transfer::CancelPollMs);
        if (!m_writer->error() && m_writer->bytesToWrite() == 0)
            m_writer->closeWithin(int(std::max<qint64>(deadline.remainingTime(), 0)));
        m_writer.reset();
    }
    if (m_temp.isEmpty())
        return {};
    // The REMOVE goes on without us after the deadline.
    auto rm = std::unique_ptr<Job>(m_to.link->ask([&](Session *s) { return s->unlink(m_temp); }));
    if (rm && rm->wait(int(std::max<qint64>(deadline.remainingTime(), 0)))
        && (!rm->error() || rm->error().kind() == NfsError::Kind::NotFound
            // a read-only export: the temporary file could never have been made
            || rm->error().kind() == NfsError::Kind::ReadOnly))
        return {};
    return m_to.link->url().withPath(m_temp).toString();
}
