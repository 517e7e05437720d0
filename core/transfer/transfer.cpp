// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer.h"

#include "copynames.h"
#include "copysource.h"
#include "localtarget.h"
#include "remotetarget.h"
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
QString sizeText(quint64 bytes)
{
    return QLocale::system().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

// Everything one copy needs, run on the copy thread. Also used file by file
// by a tree copy (Transfer::copyHere), with its sides given as opened folders.
class Copier
{
    Q_DECLARE_TR_FUNCTIONS(Copier)

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
            *m_control.madeAt = m_local ? m_local->endpoint() : m_remote ? m_remote->endpoint() : m_to;
        if (m_remote && !landed)
            m_remote->discardPendingWrites();   // the temporary file goes anyway
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
    bool targetFailed() const { return m_remote && m_remote->failed(); }

    // Waits for `job`, cancelling it when the copy is cancelled meanwhile.
    NfsError await(Job *job)
    {
        return SessionLink::await(job, [this] { return cancelled(); });
    }

    // The hidden temporary name means nothing to the user: messages name the target.
    NfsError namingTheTarget(const NfsError &error) const
    {
        const QByteArray temp = m_local ? m_local->temporaryName() : m_remote ? m_remote->temporaryName() : QByteArray();
        if (!error || temp.isEmpty())
            return error;
        QString message = error.message();
        const QString tempText = displayName(temp);
        if (!message.contains(tempText))
            return error;
        if (m_remote)
            message.replace(displayName(ExportResolution::childPath(m_remote->folder(), temp)),
                            displayName(m_remote->endpoint().remotePath));
        message.replace(tempText, displayName(m_local ? m_local->name() : m_remote->name()));
        return NfsError(error.kind(), error.errnum(), message);
    }

    // Refuses before a byte moves what cannot fit in `free` bytes at `where`.
    NfsError checkSpace(quint64 free, const QString &where) const
    {
        if (m_options.force || m_size <= 0 || quint64(m_size) <= free)
            return {};
        return NfsError(NfsError::Kind::NoSpace, ENOSPC,
                        tr("Not enough space for %1: needs %2, %3 free on %4 (--force tries anyway)")
                            .arg(m_remote ? m_remote->endpoint().display() : m_to.display(),
                                 sizeText(quint64(m_size)), sizeText(free), where));
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
                                         m_local->partialTail(std::min(have, Transfer::ResumeCheckBytes)), &error);
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
            || tail.size() != std::min(have, Transfer::ResumeCheckBytes))
            return false;
        const QByteArray theirs = m_source.readAt(have - tail.size(), tail.size(), error);
        return !*error && theirs == tail;
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

    NfsError openRemoteTarget()
    {
        m_remote = std::make_unique<RemoteTarget>(m_to, m_options, [this] { return cancelled(); });
        RemoteTarget::ConflictHook conflict;
        if (m_control.askConflict)
            conflict = [this](qint64 size, qint64 mtimeNs, bool partial, TransferOptions *options) {
                return decideConflict(size, mtimeNs, partial, options);
            };
        if (NfsError e = m_remote->open(
                m_size, m_control.knownFree, [this](quint64 free, const QString &where) { return checkSpace(free, where); },
                conflict,
                [this](qint64 have, qint64 mtimeNs, const QByteArray &tail, NfsError *error) {
                    return partialMatches(have, mtimeNs, tail, error);
                }))
            return e;
        if (m_remote->claimedPartial()) {
            m_resumedAt = m_remote->resumedAt();
            if (!m_source.seek(m_resumedAt))
                return NfsError(NfsError::Kind::IoError, EIO, tr("Cannot go on reading %1").arg(m_from.display()));
        }
        return {};
    }

    NfsError write(const char *data, qint64 n)
    {
        if (m_remote)
            return m_remote->write(data, n);
        if (m_local)
            return m_local->write(data, n);
        return LocalTarget::writeAll(STDOUT_FILENO, data, n, tr("standard output"));
    }

    // Whether writing to the target may wait for someone else: a pipe's or a
    // terminal's reader, or a server (the session thread must not wait for
    // those while it holds a READ reply for us). A local file or /dev/null does not.
    bool targetMayBlock() const
    {
        if (m_remote)
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
        if (m_remote || m_local)
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
        if (m_remote)
            return m_remote->flush();
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
        case TransferEndpoint::Kind::Local: return m_local->commit(m_copied, m_source, [this] { return cancelled(); });
        case TransferEndpoint::Kind::Remote: return m_remote->commit(m_copied, m_source);
        case TransferEndpoint::Kind::None: break;
        }
        return {};
    }

    // Closes everything and removes the temporary file; returns how to name
    // a temporary file that could not be removed in time (empty if none).
    QString cleanUp()
    {
        m_source.close();
        if (m_local)
            m_local->discard();
        // One deadline for the whole clean-up: a server that stopped
        // answering must not hold the ending.
        return m_remote ? m_remote->discard(QDeadlineTimer(Transfer::CleanUpDeadlineMs)) : QString();
    }

    std::shared_ptr<JobCore> m_core;
    TransferEndpoint m_from;
    TransferEndpoint m_to;
    TransferOptions m_options;
    TransferControl m_control;
    CopySource m_source;
    std::unique_ptr<LocalTarget> m_local;
    std::unique_ptr<RemoteTarget> m_remote;
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
