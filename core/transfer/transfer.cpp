// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer.h"

#include "copynames.h"
#include "copysource.h"
#include "localtarget.h"
#include "displayname.h"
#include "exportlist.h"
#include "logging.h"
#include "pausegate.h"
#include "remotefile.h"
#include "session.h"
#include "sessionlink.h"
#include "transferpool.h"
#include "verifiedwrites.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QFileInfo>
#include <QLocale>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using Op = NfsError::Operation;

struct Transfer::State
{
    QElapsedTimer clock;
};

namespace {

// Big enough for few calls per MiB, small enough for prompt cancels.
constexpr qint64 CopyBlock = 1024 * 1024;
// How much of a partial copy's end must match the source to go on from it.
constexpr qint64 ResumeCheckBytes = 64 * 1024;
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
QString sizeText(quint64 bytes)
{
    return QLocale::system().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

const char *trContext = "Transfer";

QString tr(const char *text)
{
    return QCoreApplication::translate(trContext, text);
}


// Everything one copy needs, run on the copy thread. Also used file by file
// by a tree copy (Transfer::copyHere), with its sides given as opened folders.
class Copier
{
public:
    Copier(std::shared_ptr<JobCore> core, TransferEndpoint from, TransferEndpoint to, TransferOptions options,
           TransferControl control = {})
        : m_core(std::move(core)), m_from(std::move(from)), m_to(std::move(to)), m_options(options),
          m_control(std::move(control)), m_source(m_from, [this] { return cancelled() || targetFailed(); })
    {
        if (m_control.knownSource)
            m_source.setKnownAttributes(*m_control.knownSource);
    }

    void run()
    {
        m_core->finish(execute());
    }

    // The whole copy and its clean-up; progress through the control's
    // onBytes when set, else on the job.
    NfsError execute()
    {
        NfsError error = copy();
        // The copy is under its real name: a cancel that comes now is too late to undo it.
        const bool landed = !error;
        if (landed && m_control.madeAt)
            *m_control.madeAt = m_local ? m_local->endpoint() : m_to;
        if (m_writer && !landed)
            m_writer->discardPendingWrites();   // the temporary file goes anyway
        const QString left = cleanUp();
        if (!landed && cancelled())
            error = NfsError::cancelled();
        error = namingTheTarget(error);
        if (!left.isEmpty())
            error = NfsError(error.kind(), error.errnum(),
                             tr("%1 (a partial copy was left as %2)").arg(error.message(), left));
        return error;
    }

private:
    bool cancelled() const { return m_core->isCancelled(); }
    // A WRITE failed (the server stopped answering, say) while the copy
    // waits for its source: it stops waiting, and the failure is reported.
    bool targetFailed() const { return m_writer && m_writer->error(); }

    // Waits for `job`, cancelling it when the copy is cancelled meanwhile.
    NfsError await(Job *job)
    {
        return SessionLink::await(job, [this] { return cancelled(); });
    }

    // The hidden temporary name means nothing to the user: messages name the target.
    NfsError namingTheTarget(const NfsError &error) const
    {
        const QByteArray temp = m_local ? m_local->temporaryName() : m_remoteTempName;
        if (!error || temp.isEmpty())
            return error;
        QString message = error.message();
        const QString tempText = displayName(temp);
        if (!message.contains(tempText))
            return error;
        if (m_to.kind == TransferEndpoint::Kind::Remote)
            message.replace(displayName(ExportResolution::childPath(m_remoteDir, temp)), displayName(m_to.remotePath));
        message.replace(tempText, displayName(m_local ? m_local->name() : m_name));
        return NfsError(error.kind(), error.errnum(), message);
    }

    // Refuses before a byte moves what cannot fit in `free` bytes at `where`.
    NfsError checkSpace(quint64 free, const QString &where) const
    {
        if (m_options.force || m_size <= 0 || quint64(m_size) <= free)
            return {};
        return NfsError(NfsError::Kind::NoSpace, ENOSPC,
                        tr("Not enough space for %1: needs %2, %3 free on %4 (--force tries anyway)")
                            .arg(m_to.display(), sizeText(quint64(m_size)), sizeText(free), where));
    }

    // libnfs 4.0 reports an NFSv3 server's "no space" (NFS3ERR_NOSPC) on a
    // WRITE as -EFAULT with no words: ask the server's free space again.
    NfsError explainWriteFailure(const NfsError &error)
    {
        if (error.errnum() != EFAULT || m_to.kind != TransferEndpoint::Kind::Remote)
            return error;
        NfsError closed;
        auto fs = m_to.link->job([&](Session *s) { return s->statvfs(m_remoteDir); }, &closed);
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
                        tr("The server refused to write %1 and gave no reason (out of space or over quota?)")
                            .arg(where));
    }

    NfsError copy()
    {
        if (NfsError e = m_source.open())
            return e;
        m_size = m_source.size();
        if (NfsError e = openTarget())
            return e;
        if (m_local && m_local->partialSize() > 0) {
            if (NfsError e = resumePartial())
                return e;
        }
        if (NfsError e = pump())
            return e;
        return commit();
    }

    // A partial copy claimed beside a local target goes on only while the
    // source is unchanged since (its size holds the partial, it was not
    // modified after the partial's last write, and the partial's last bytes
    // are the source's there); else it starts over.
    NfsError resumePartial()
    {
        const qint64 have = m_local->partialSize();
        NfsError error;
        const bool keep = partialMatches(have, m_local->partialMtimeNs(),
                                         m_local->partialTail(std::min(have, ResumeCheckBytes)), &error);
        if (error)
            return error;
        if (NfsError e = m_local->continuePartial(keep))
            return e;
        if (!m_source.seek(keep ? have : 0))
            return NfsError(NfsError::Kind::IoError, EIO, tr("Cannot go on reading %1").arg(m_from.display()));
        m_resumedAt = keep ? have : 0;
        return {};
    }

    // Whether a partial copy of `have` bytes, last written at `mtimeNs` and
    // ending in `tail`, still matches the source (as resumePartial() says).
    bool partialMatches(qint64 have, qint64 mtimeNs, const QByteArray &tail, NfsError *error)
    {
        if (m_size < have || !m_source.haveAttributes() || m_source.mtimeNs() > mtimeNs
            || tail.size() != std::min(have, ResumeCheckBytes))
            return false;
        const QByteArray theirs = m_source.readAt(have - tail.size(), tail.size(), error);
        return !*error && theirs == tail;
    }

    // The remote form of a local target's claim: a partial copy beside the
    // target is renamed to a temporary name of our own, checked, and opened
    // for appending, or emptied. m_writer stays null when there is none.
    NfsError claimRemotePartial()
    {
        NfsError e;
        auto listing = m_to.link->job([&](Session *s) { return s->list(m_remoteDir, false); }, &e);
        if (!listing || (e = await(listing.get())))
            return e.kind() == NfsError::Kind::NotFound ? NfsError() : e;
        const QByteArray ours = CopyNames::temporaryFor(m_name);
        for (const FileInfo &entry : listing->takeEntries()) {
            if (entry.type != FileInfo::Type::File || entry.name.size() != ours.size() || !entry.name.startsWith(ours.left(ours.size() - 6)))
                continue;
            const QByteArray partial = ExportResolution::childPath(m_remoteDir, entry.name);
            // A copy of this process still writes it: not a partial.
            if (CopyNames::TemporaryInUse::isInUse(m_to.link->url().withPath(partial).toString()))
                continue;
            const QByteArray tempName = CopyNames::temporaryFor(m_name);
            const QByteArray temp = ExportResolution::childPath(m_remoteDir, tempName);
            m_tempInUse.set(m_to.link->url().withPath(temp).toString());
            // One rename wins: a second resumer finds the name gone and moves on.
            auto mv = m_to.link->job([&](Session *s) { return s->rename(partial, temp); }, &e);
            if (!mv)
                return e;
            if (await(mv.get()))
                continue;
            m_remoteTemp = temp;
            m_remoteTempName = tempName;
            auto st = m_to.link->job([&](Session *s) { return s->stat(temp); }, &e);
            if (!st || (e = await(st.get())))
                return e;
            const qint64 have = qint64(st->result().size);
            QByteArray tail;
            {
                std::unique_ptr<RemoteFile> reader(m_to.link->ask([&](Session *s) { return new RemoteFile(s, temp); }));
                if (!reader)
                    return SessionLink::closedError();
                reader->open(QIODevice::ReadOnly);
                if ((e = waitOpened(reader.get())))
                    return e;
                const qint64 n = std::min(have, ResumeCheckBytes);
                reader->seek(have - n);
                while (tail.size() < n && !reader->error() && !cancelled()) {
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
                return SessionLink::closedError();
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
            if (!m_source.seek(m_resumedAt))
                return NfsError(NfsError::Kind::IoError, EIO, tr("Cannot go on reading %1").arg(m_from.display()));
            return {};
        }
        return {};
    }

    NfsError waitOpened(RemoteFile *file)
    {
        return CopySource::waitOpened(file, [this] { return cancelled(); });
    }

    // --- target ---------------------------------------------------------
    NfsError openTarget()
    {
        switch (m_to.kind) {
        case TransferEndpoint::Kind::StandardStream:
            return {};
        case TransferEndpoint::Kind::Local:
            m_local = std::make_unique<LocalTarget>(m_to, m_options);
            return m_local->open([this](quint64 free, const QString &where) { return checkSpace(free, where); },
                                 [this](qint64 size, qint64 mtimeNs, bool partial, TransferOptions *options) {
                                     return decideConflict(size, mtimeNs, partial, options);
                                 });
        case TransferEndpoint::Kind::Remote: return openRemoteTarget();
        case TransferEndpoint::Kind::None: break;
        }
        return NfsError(NfsError::Kind::InvalidArgument, EINVAL, tr("No target given"));
    }

    // An existing target, when the queue has someone to ask and the options
    // name no policy: the answer becomes the policy of this copy.
    NfsError decideConflict(qint64 size, qint64 mtimeNs, bool partial, TransferOptions *options)
    {
        if (!m_control.askConflict || options->noClobber || options->keepBoth || options->resume)
            return {};
        TransferConflict conflict;
        conflict.source = m_from.display();
        conflict.target = m_to.display();
        conflict.sourceSize = m_source.size();
        conflict.sourceMtimeNs = m_source.haveAttributes() ? m_source.mtimeNs() : 0;
        conflict.targetSize = size;
        conflict.targetMtimeNs = mtimeNs;
        conflict.partialExists = partial;
        const TransferConflict::Choice choice = m_control.askConflict(conflict);
        if (cancelled())
            return NfsError::cancelled();
        switch (choice) {
        case TransferConflict::Choice::Overwrite: break;
        case TransferConflict::Choice::Skip:
            return NfsError(NfsError::Kind::Exists, EEXIST, tr("Skipped %1: it exists").arg(m_to.display()));
        case TransferConflict::Choice::KeepBoth: options->keepBoth = true; break;
        case TransferConflict::Choice::Resume: options->resume = true; break;
        }
        return {};
    }

    // Whether a partial copy of the remote target lies beside it (asked only to offer Resume).
    bool remotePartialExists()
    {
        NfsError e;
        auto listing = m_to.link->job([&](Session *s) { return s->list(m_remoteDir, false); }, &e);
        if (!listing || await(listing.get()))
            return false;
        const QByteArray ours = CopyNames::temporaryFor(m_name);
        for (const FileInfo &entry : listing->takeEntries()) {
            if (entry.type == FileInfo::Type::File && entry.name.size() == ours.size()
                && entry.name.startsWith(ours.left(ours.size() - 6)))
                return true;
        }
        return false;
    }

    // The first "name (n).ext" free beside an existing remote target.
    NfsError pickRemoteName()
    {
        for (int n = 1; n < CopyNames::MostNumberedNames; ++n) {
            const QByteArray candidate = ExportResolution::childPath(m_remoteDir, CopyNames::numbered(m_name, n));
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

    NfsError openRemoteTarget()
    {
        const QByteArray &path = m_to.remotePath;
        m_remoteDir = ExportResolution::parentPath(path);
        m_name = path.mid(path.lastIndexOf('/') + 1);
        NfsError closed;
        auto st = m_to.link->job([&](Session *s) { return s->lstat(path); }, &closed);
        if (!st)
            return closed;
        await(st.get());
        if (cancelled())
            return NfsError::cancelled();
        if (!st->error()) {
            if (st->result().isDir())
                return NfsError(NfsError::Kind::IsADirectory, EISDIR,
                                tr("Cannot replace %1: it is a folder").arg(m_to.display()));
            if (m_control.askConflict && !m_options.noClobber && !m_options.keepBoth && !m_options.resume) {
                if (NfsError e = decideConflict(qint64(st->result().size), st->result().mtimeNs,
                                                remotePartialExists(), &m_options))
                    return e;
            }
            if (m_options.noClobber)
                return NfsError(NfsError::Kind::Exists, EEXIST,
                                tr("Will not replace %1: it exists").arg(m_to.display()));
            if (m_options.keepBoth) {
                if (NfsError e = pickRemoteName())
                    return e;
            }
        } else if (st->error().kind() != NfsError::Kind::NotFound) {
            return st->error();
        }
        if (!m_options.force && m_size > 0 && m_control.knownFree) {
            if (NfsError e = checkSpace(*m_control.knownFree, m_to.link->url().withPath(m_remoteDir).toString()))
                return e;
        } else if (!m_options.force && m_size > 0) {
            auto fs = m_to.link->job([&](Session *s) { return s->statvfs(m_remoteDir); }, &closed);
            if (!fs)
                return closed;
            // A server that cannot tell its free space is not refused for it.
            if (!await(fs.get())) {
                if (NfsError e = checkSpace(fs->result().availableBytes,
                                            m_to.link->url().withPath(m_remoteDir).toString()))
                    return e;
            }
            if (cancelled())
                return NfsError::cancelled();
        }
        if (m_options.resume) {
            if (NfsError e = claimRemotePartial())
                return e;
            if (m_writer)
                return {};
        }
        for (int i = 0; i < CopyNames::TempAttempts; ++i) {
            const QByteArray tempName = CopyNames::temporaryFor(m_name);
            const QByteArray temp = ExportResolution::childPath(m_remoteDir, tempName);
            m_writer.reset(m_to.link->ask([&](Session *s) { return new RemoteFile(s, temp); }));
            if (!m_writer)
                return SessionLink::closedError();
            m_writer->setExclusive(true);
            m_writer->setSyncWrites(true);   // on stable storage once the writer is closed
            m_writer->setMaxInFlight(UploadWritesInFlight);
            m_writer->setCreateMode(0600);
            m_writer->open(QIODevice::WriteOnly);
            // Named before the OPEN answers: a cancel meanwhile still removes it.
            m_remoteTemp = temp;
            m_tempInUse.set(m_to.link->url().withPath(temp).toString());
            m_remoteTempName = tempName;
            const NfsError e = waitOpened(m_writer.get());
            if (!e)
                return {};
            if (e.kind() == NfsError::Kind::Exists) {
                m_remoteTemp.clear();
                m_remoteTempName.clear();
            }
            if (e.kind() == NfsError::Kind::Cancelled)
                return e;
            m_writer.reset();
            if (e.kind() != NfsError::Kind::Exists)
                return e;
        }
        return NfsError(NfsError::Kind::Exists, EEXIST,
                        tr("Cannot create a temporary file beside %1").arg(m_to.display()));
    }

    NfsError write(const char *data, qint64 n)
    {
        if (m_writer) {
            if (m_writer->write(data, n) != n)
                return explainWriteFailure(m_writer->error());
            while (m_writer->bytesToWrite() > MaxQueuedForWrite && !cancelled()) {
                m_writer->waitForBytesWritten(Transfer::CancelPollMs);
                if (m_writer->error())
                    return explainWriteFailure(m_writer->error());
            }
            return {};
        }
        if (m_local)
            return m_local->write(data, n);
        return LocalTarget::writeAll(STDOUT_FILENO, data, n, tr("standard output"));
    }

    // Whether writing to the target may wait for someone else: a pipe's or a
    // terminal's reader, or a server (the session thread must not wait for
    // those while it holds a READ reply for us). A local file or /dev/null does not.
    bool targetMayBlock() const
    {
        if (m_writer)
            return true;
        if (m_local)
            return false;
        struct stat st {};
        if (::fstat(STDOUT_FILENO, &st) != 0)
            return true;
        return !(S_ISREG(st.st_mode) || (S_ISCHR(st.st_mode) && !::isatty(STDOUT_FILENO)));
    }

    // Whether standard output is /dev/null (a target that keeps nothing).
    bool stdoutDiscards() const
    {
        if (m_writer || m_local)
            return false;
        struct stat out {}, null {};
        return ::fstat(STDOUT_FILENO, &out) == 0 && S_ISCHR(out.st_mode) && ::stat("/dev/null", &null) == 0
            && out.st_rdev == null.st_rdev;
    }

    void report(qint64 done)
    {
        const qint64 total = std::max<qint64>(std::max<qint64>(0, m_size), done);
        if (m_control.onBytes)
            m_control.onBytes(done, total);
        else
            m_core->setProgress(done, total);
    }

    // --- the copy -------------------------------------------------------
    NfsError pump()
    {
        QByteArray scratch;
        qint64 done = m_resumedAt;
        report(done);
        const auto isCancelled = [this] { return cancelled(); };
        // The bytes go from where the source holds them straight to the target.
        NfsError writeError;
        // Bytes read after a pause began are held, not written, until it ends:
        // the session thread may be lending them (a pause must not hold it).
        QByteArray held;
        const auto sink = [&](const char *data, qint64 n) {
            if (m_control.pause && (!held.isEmpty() || m_control.pause->isPaused())) {
                held.append(data, n);
                return true;
            }
            writeError = write(data, n);
            return !writeError;
        };
        const bool sinkMayBlock = targetMayBlock();
        // A target that never waits on anyone takes the bytes on the session
        // thread as they land: no thread waits for another per reply. A pause
        // ends that when this thread next wakes (within CancelPollMs), and
        // the end of the pause starts it again.
        // A local file of ours takes them at their offsets, in the order they
        // land: a reply that overtook another is not copied to wait for it.
        // So does /dev/null, which keeps nothing.
        const bool anyOrder = m_local || stdoutDiscards();
        // A pause refuses what lands after it began: it stays in the read-ahead,
        // and pushing starts again from there when the pause ends.
        std::atomic<bool> pausedPush = false;
        const auto pushSink = [&](qint64 offset, const char *data, qint64 n) {
            if (m_control.pause && m_control.pause->isPaused()) {
                pausedPush.store(true);
                return false;
            }
            writeError = m_local ? m_local->writeAt(offset, data, n) : write(data, n);
            return !writeError;
        };
        const bool canPush = !sinkMayBlock && m_source.canPush();
        bool pushing = false;
        const auto unpush = qScopeGuard([&] {
            if (pushing)
                m_source.pushTo(nullptr);
        });
        while (!cancelled()) {
            if (pushing && m_control.pause && m_control.pause->isPaused()) {
                m_source.pushTo(nullptr);
                pushing = false;
            }
            // Pushing starts past the gate: a copy paused before its first
            // byte writes none.
            if (m_control.pause && !m_control.pause->pass(isCancelled))
                break;
            if (canPush && !pushing) {
                pausedPush.store(false);
                m_source.pushTo(pushSink, anyOrder);
                pushing = true;
            }
            NfsError error;
            const qint64 n = m_source.readInto(CopyBlock, sink, sinkMayBlock, scratch, &error);
            if (n < 0 && pushing && !writeError && pausedPush.load()) {
                m_source.pushTo(nullptr);
                pushing = false;
                continue;
            }
            if (n < 0)
                return writeError ? writeError : error;
            if (n == 0)
                break;
            if (!held.isEmpty()) {
                if (!m_control.pause->pass(isCancelled))
                    break;
                if (NfsError e = write(held.constData(), held.size()))
                    return e;
                held.clear();
            }
            done += n;
            report(done);
        }
        m_copied = done;
        if (cancelled())
            return NfsError::cancelled();
        if (m_writer) {
            // Waits in steps, so a cancel or a silent server ends it soon.
            while (m_writer->bytesToWrite() > 0 && !m_writer->error()) {
                if (cancelled())
                    return NfsError::cancelled();
                m_writer->waitForBytesWritten(Transfer::CancelPollMs);
            }
            if (!m_writer->flush())
                return explainWriteFailure(m_writer->error());
        }
        return {};
    }

    NfsError commit()
    {
        if (cancelled())
            return NfsError::cancelled();
        if (m_size >= 0 && m_copied != m_size)
            return NfsError(NfsError::Kind::IoError, EIO,
                            tr("%1 changed while it was copied (%2 bytes expected, %3 read)")
                                .arg(m_from.display())
                                .arg(m_size)
                                .arg(m_copied));
        switch (m_to.kind) {
        case TransferEndpoint::Kind::StandardStream: return {};
        case TransferEndpoint::Kind::Local: return m_local->commit(m_copied, m_source);
        case TransferEndpoint::Kind::Remote: return commitRemote();
        case TransferEndpoint::Kind::None: break;
        }
        return {};
    }

    NfsError commitRemote()
    {
        // A cancel does not wait for a silent server to answer the last WRITEs and the CLOSE.
        if (!m_writer->closeWithin(-1, [this] { return cancelled(); }))
            return NfsError::cancelled();
        if (NfsError e = m_writer->error())
            return explainWriteFailure(e);
        m_writer.reset();
        // The check and the attributes are asked at once: three requests on
        // one file, in one round trip's time (each small file of a tree pays it).
        NfsError e;
        auto st = m_to.link->job([&](Session *s) { return s->stat(m_remoteTemp); }, &e);
        if (!st)
            return e;
        std::unique_ptr<Job> mode, times;
        if (m_options.preserveMode && m_source.haveAttributes())
            mode = m_to.link->job([&](Session *s) { return s->chmod(m_remoteTemp, m_source.mode() & 07777); }, &e);
        if (m_options.preserveTimes && m_source.haveAttributes())
            times = m_to.link->job([&](Session *s) { return s->utimes(m_remoteTemp, m_source.atimeNs(), m_source.mtimeNs()); }, &e);
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
        if (qint64(st->result().size) != m_copied)
            return NfsError(NfsError::Kind::IoError, EIO,
                            tr("The server holds %1 bytes of %2 instead of %3")
                                .arg(st->result().size)
                                .arg(m_to.display())
                                .arg(m_copied));
        if (cancelled())
            return NfsError::cancelled();
        if (m_options.noClobber || m_options.keepBoth) {
            // NFS RENAME replaces silently: look again right before it.
            auto again = m_to.link->job([&](Session *s) { return s->lstat(m_to.remotePath); }, &e);
            if (!again)
                return e;
            if (!await(again.get()))
                return NfsError(NfsError::Kind::Exists, EEXIST,
                                tr("Will not replace %1: it exists").arg(m_to.display()));
        }
        auto mv = m_to.link->job([&](Session *s) { return s->rename(m_remoteTemp, m_to.remotePath); }, &e);
        if (!mv)
            return e;
        if (NfsError failed = await(mv.get()))
            return failed;
        m_remoteTemp.clear();
        return {};
    }

    // Closes everything and removes the temporary file; returns how to name
    // a temporary file that could not be removed in time (empty if none).
    QString cleanUp()
    {
        m_source.close();
        // One deadline for the whole clean-up: a server that stopped
        // answering must not hold the ending.
        const QDeadlineTimer deadline(Transfer::CleanUpDeadlineMs);
        if (m_writer) {
            // The writes in flight end first and the file is closed before
            // its REMOVE, and before a next copy on this session OPENs (NFSv4
            // allows one OPEN or CLOSE at a time per context). A writer that
            // failed, or writes that do not end in time, are left to the
            // device's end, which frees the handle in the background.
            while (!m_writer->error() && m_writer->bytesToWrite() > 0 && !deadline.hasExpired())
                m_writer->waitForBytesWritten(Transfer::CancelPollMs);
            if (!m_writer->error() && m_writer->bytesToWrite() == 0)
                m_writer->closeWithin(int(std::max<qint64>(deadline.remainingTime(), 0)));
            m_writer.reset();
        }
        if (m_local)
            m_local->discard();
        if (m_remoteTemp.isEmpty())
            return {};
        // The REMOVE goes on without us after the deadline.
        auto rm = std::unique_ptr<Job>(m_to.link->ask([&](Session *s) { return s->unlink(m_remoteTemp); }));
        if (rm && rm->wait(int(std::max<qint64>(deadline.remainingTime(), 0)))
            && (!rm->error() || rm->error().kind() == NfsError::Kind::NotFound
                // a read-only export: the temporary file could never have been made
                || rm->error().kind() == NfsError::Kind::ReadOnly))
            return {};
        return m_to.link->url().withPath(m_remoteTemp).toString();
    }

    std::shared_ptr<JobCore> m_core;
    TransferEndpoint m_from;
    TransferEndpoint m_to;
    TransferOptions m_options;
    TransferControl m_control;
    CopySource m_source;
    std::unique_ptr<LocalTarget> m_local;
    std::unique_ptr<RemoteFile> m_writer;
    QByteArray m_name;          // the target's name in its folder
    QByteArray m_remoteDir;
    QByteArray m_remoteTemp;    // full server path, while it exists
    CopyNames::TemporaryInUse m_tempInUse;   // the temporary file this copy writes, until it ends
    QByteArray m_remoteTempName;  // the temporary name, for messages
    qint64 m_size = -1;         // the source's, -1 unknown
    qint64 m_copied = 0;
    qint64 m_resumedAt = 0;     // the bytes a resumed partial copy already had
};

} // namespace

QString TransferEndpoint::display() const
{
    switch (kind) {
    case Kind::Local: return localPath;
    case Kind::Remote: return link->url().withPath(remotePath).toString();
    case Kind::StandardStream: return QStringLiteral("-");
    case Kind::None: break;
    }
    return QString();
}

TransferEndpoint TransferEndpoint::remote(Session *s, const QByteArray &path)
{
    return remote(SessionLink::to(s), path);
}

Transfer::Transfer(std::shared_ptr<JobCore> core, std::shared_ptr<State> state)
    : Job(std::move(core)), m_state(std::move(state))
{
}

Transfer *Transfer::copy(const TransferEndpoint &from, const TransferEndpoint &to, const TransferOptions &options)
{
    auto core = std::make_shared<JobCore>();
    core->setEndsItselfOnCancel(true);
    auto state = std::make_shared<State>();
    state->clock.start();
    auto *job = new Transfer(core, state);
    startOnTransferPool([core, from, to, options] { Copier(core, from, to, options).run(); });
    return job;
}

NfsError Transfer::copyHere(const std::shared_ptr<JobCore> &job, const TransferEndpoint &from,
                            const TransferEndpoint &to, const TransferOptions &options,
                            const TransferControl &control)
{
    return Copier(job, from, to, options, control).execute();
}

double Transfer::bytesPerSecond() const
{
    const qint64 ms = m_state->clock.elapsed();
    return ms > 0 ? double(bytesDone()) * 1000.0 / double(ms) : 0.0;
}
