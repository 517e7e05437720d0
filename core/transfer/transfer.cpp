#include "transfer.h"

#include "displayname.h"
#include "exportlist.h"
#include "logging.h"
#include "pausegate.h"
#include "remotefile.h"
#include "session.h"
#include "sessionlink.h"
#include "transferpool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

using Op = NfsError::Operation;

struct Transfer::State
{
    QElapsedTimer clock;
};

namespace {

// Big enough for few calls per MiB, small enough for prompt cancels.
constexpr qint64 CopyBlock = 1024 * 1024;
// How much may wait to be written to the server before reading more.
constexpr qint64 MaxQueuedForWrite = 16 * 1024 * 1024;
constexpr int TempAttempts = 16;

const char *trContext = "Transfer";

QString tr(const char *text)
{
    return QCoreApplication::translate(trContext, text);
}

QByteArray randomSuffix()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray s(6, '\0');
    for (char &c : s)
        c = alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))];
    return s;
}

QByteArray tempNameFor(const QByteArray &name)
{
    // Hidden, recognisably ours, and short enough to stay within NAME_MAX.
    return "." + name.left(200) + ".nfsnav-" + randomSuffix();
}

NfsError sessionClosed()
{
    return NfsError(NfsError::Kind::Cancelled, ECANCELED, tr("The session was closed"));
}

// Everything one copy needs, run on the copy thread. Also used file by file
// by a tree copy (Transfer::copyHere), with its sides given as opened folders.
class Copier
{
public:
    Copier(std::shared_ptr<JobCore> core, TransferEndpoint from, TransferEndpoint to, TransferOptions options,
           TransferControl control = {})
        : m_core(std::move(core)), m_from(std::move(from)), m_to(std::move(to)), m_options(options),
          m_control(std::move(control))
    {
    }

    void run()
    {
        const NfsError error = execute();
        if (m_core->isCancelled())
            m_core->finish(NfsError::cancelled());
        else
            m_core->finish(error);
    }

    // The whole copy and its clean-up; progress through the control's
    // onBytes when set, else on the job.
    NfsError execute()
    {
        NfsError error = copy();
        if (m_writer && (error || cancelled()))
            m_writer->discardPendingWrites();   // the temporary file goes anyway
        const QString left = cleanUp();
        if (cancelled())
            error = NfsError::cancelled();
        error = namingTheTarget(error);
        if (!left.isEmpty())
            error = NfsError(error.kind(), error.errnum(),
                             tr("%1 (a partial copy was left as %2)").arg(error.message(), left));
        return error;
    }

private:
    bool cancelled() const { return m_core->isCancelled(); }

    // Asks the Session of `e` for a job; nullptr with *error when it closed.
    template<typename Fn>
    auto ask(const TransferEndpoint &e, Fn &&fn, NfsError *error)
    {
        auto *job = e.link->ask(std::forward<Fn>(fn));
        using J = std::remove_pointer_t<decltype(job)>;
        if (!job)
            *error = sessionClosed();
        return std::unique_ptr<J>(job);
    }

    // Waits for `job`, cancelling it when the copy is cancelled meanwhile.
    NfsError await(Job *job)
    {
        while (!job->wait(Transfer::CancelPollMs)) {
            if (cancelled()) {
                job->cancel();
                return NfsError::cancelled();
            }
        }
        return job->error();
    }

    // The hidden temporary name means nothing to the user: messages name the target.
    NfsError namingTheTarget(const NfsError &error) const
    {
        const QByteArray temp = !m_remoteTempName.isEmpty() ? m_remoteTempName : m_localTempName;
        if (!error || temp.isEmpty())
            return error;
        QString message = error.message();
        const QString tempText = displayName(temp);
        if (!message.contains(tempText))
            return error;
        if (m_to.kind == TransferEndpoint::Kind::Remote)
            message.replace(displayName(ExportResolution::childPath(m_remoteDir, temp)), displayName(m_to.remotePath));
        message.replace(tempText, displayName(m_name));
        return NfsError(error.kind(), error.errnum(), message);
    }

    // libnfs 4.0 reports an NFSv3 server's "no space" (NFS3ERR_NOSPC) on a
    // WRITE as -EFAULT with no words: ask the server's free space again.
    NfsError explainWriteFailure(const NfsError &error)
    {
        if (error.errnum() != EFAULT || m_to.kind != TransferEndpoint::Kind::Remote)
            return error;
        NfsError closed;
        auto fs = ask(m_to, [&](Session *s) { return s->statvfs(m_remoteDir); }, &closed);
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
        if (NfsError e = openSource())
            return e;
        if (NfsError e = openTarget())
            return e;
        if (NfsError e = pump())
            return e;
        return commit();
    }

    // --- source ---------------------------------------------------------
    NfsError openSource()
    {
        switch (m_from.kind) {
        case TransferEndpoint::Kind::Local: {
            m_in = m_from.dirFd >= 0
                ? ::openat(m_from.dirFd, m_from.name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
                : ::open(QFile::encodeName(m_from.localPath).constData(), O_RDONLY | O_CLOEXEC);
            if (m_in < 0)
                return NfsError::local(errno, tr("Cannot open"), m_from.localPath);
            struct stat st {};
            if (::fstat(m_in, &st) != 0)
                return NfsError::local(errno, tr("Cannot read the attributes of"), m_from.localPath);
            if (S_ISDIR(st.st_mode))
                return NfsError::local(EISDIR, tr("Cannot copy"), m_from.localPath);
            // A pipe or device has no size to check against.
            m_size = S_ISREG(st.st_mode) ? st.st_size : -1;
            m_inPollable = !S_ISREG(st.st_mode);
            m_mode = st.st_mode & 07777;
            m_mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
            m_atimeNs = qint64(st.st_atim.tv_sec) * 1000000000 + st.st_atim.tv_nsec;
            return {};
        }
        case TransferEndpoint::Kind::StandardStream:
            m_in = STDIN_FILENO;
            m_inPollable = true;
            m_size = -1;
            m_haveAttributes = false;
            return {};
        case TransferEndpoint::Kind::Remote: {
            NfsError closed;
            auto st = ask(m_from, [&](Session *s) { return s->stat(m_from.remotePath); }, &closed);
            if (!st)
                return closed;
            if (NfsError e = await(st.get()))
                return e;
            const FileInfo info = st->result();
            if (info.isDir())
                return NfsError(NfsError::Kind::IsADirectory, EISDIR,
                                tr("Cannot copy %1: it is a folder").arg(m_from.display()));
            m_size = qint64(info.size);
            m_mode = info.mode;
            m_mtimeNs = info.mtimeNs;
            m_atimeNs = info.atimeNs;
            m_reader.reset(m_from.link->ask([&](Session *s) { return new RemoteFile(s, m_from.remotePath); }));
            if (!m_reader)
                return sessionClosed();
            m_reader->open(QIODevice::ReadOnly);
            return waitOpened(m_reader.get());
        }
        case TransferEndpoint::Kind::None: break;
        }
        return NfsError(NfsError::Kind::InvalidArgument, EINVAL, tr("No source given"));
    }

    NfsError waitOpened(RemoteFile *file)
    {
        while (!file->waitForOpened(Transfer::CancelPollMs)) {
            if (file->error())
                return file->error();
            if (cancelled())
                return NfsError::cancelled();
        }
        return {};
    }

    // Reads up to `max` bytes; 0 at the end.
    qint64 read(char *buf, qint64 max, NfsError *error)
    {
        if (m_reader) {
            while (true) {
                const qint64 n = m_reader->read(buf, max);
                if (n < 0) {
                    *error = m_reader->error();
                    return -1;
                }
                if (n > 0 || m_reader->atEnd() || cancelled())
                    return n;
                // Bounded by the session's timeout on each READ; a cancel is seen meanwhile.
                m_reader->waitForReadyRead(Transfer::CancelPollMs);
            }
        }
        while (true) {
            if (m_inPollable) {
                // A pipe or terminal may stay silent: look for a cancel meanwhile.
                pollfd p{m_in, POLLIN, 0};
                const int ready = ::poll(&p, 1, Transfer::CancelPollMs);
                if (ready == 0 && cancelled())
                    return 0;
                if (ready == 0 || (ready < 0 && errno == EINTR))
                    continue;
            }
            const ssize_t n = ::read(m_in, buf, size_t(max));
            if (n >= 0)
                return n;
            if (errno != EINTR) {
                *error = NfsError::local(errno, tr("Cannot read"), m_from.display());
                return -1;
            }
        }
    }

    // --- target ---------------------------------------------------------
    NfsError openTarget()
    {
        switch (m_to.kind) {
        case TransferEndpoint::Kind::StandardStream:
            m_out = STDOUT_FILENO;
            return {};
        case TransferEndpoint::Kind::Local: return openLocalTarget();
        case TransferEndpoint::Kind::Remote: return openRemoteTarget();
        case TransferEndpoint::Kind::None: break;
        }
        return NfsError(NfsError::Kind::InvalidArgument, EINVAL, tr("No target given"));
    }

    NfsError openLocalTarget()
    {
        const QFileInfo target(m_to.localPath);
        if (m_to.dirFd >= 0) {
            // Inside a folder the tree copy opened: nothing here follows a symlink.
            m_name = m_to.name;
            m_dirFd = ::fcntl(m_to.dirFd, F_DUPFD_CLOEXEC, 0);
        } else {
            m_name = QFile::encodeName(target.fileName());
            m_dirFd = ::open(QFile::encodeName(target.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        }
        if (m_dirFd < 0)
            return NfsError::local(errno, tr("Cannot open the folder"), target.absolutePath());
        struct stat st {};
        if (::fstatat(m_dirFd, m_name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
            if (S_ISDIR(st.st_mode))
                return NfsError::local(EISDIR, tr("Cannot replace"), m_to.localPath);
            if (m_options.noClobber)
                return NfsError::local(EEXIST, tr("Will not replace"), m_to.localPath);
        }
        for (int i = 0; i < TempAttempts; ++i) {
            const QByteArray temp = tempNameFor(m_name);
            m_out = ::openat(m_dirFd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
            if (m_out >= 0) {
                m_localTemp = temp;
                m_localTempName = temp;
                return {};
            }
            if (errno != EEXIST)
                return NfsError::local(errno, tr("Cannot create a temporary file in"), target.absolutePath());
        }
        return NfsError::local(EEXIST, tr("Cannot create a temporary file in"), target.absolutePath());
    }

    NfsError openRemoteTarget()
    {
        const QByteArray &path = m_to.remotePath;
        m_remoteDir = ExportResolution::parentPath(path);
        m_name = path.mid(path.lastIndexOf('/') + 1);
        NfsError closed;
        auto st = ask(m_to, [&](Session *s) { return s->lstat(path); }, &closed);
        if (!st)
            return closed;
        await(st.get());
        if (cancelled())
            return NfsError::cancelled();
        if (!st->error()) {
            if (st->result().isDir())
                return NfsError(NfsError::Kind::IsADirectory, EISDIR,
                                tr("Cannot replace %1: it is a folder").arg(m_to.display()));
            if (m_options.noClobber)
                return NfsError(NfsError::Kind::Exists, EEXIST,
                                tr("Will not replace %1: it exists").arg(m_to.display()));
        } else if (st->error().kind() != NfsError::Kind::NotFound) {
            return st->error();
        }
        for (int i = 0; i < TempAttempts; ++i) {
            const QByteArray tempName = tempNameFor(m_name);
            const QByteArray temp = ExportResolution::childPath(m_remoteDir, tempName);
            m_writer.reset(m_to.link->ask([&](Session *s) { return new RemoteFile(s, temp); }));
            if (!m_writer)
                return sessionClosed();
            m_writer->setExclusive(true);
            m_writer->setSyncWrites(true);   // every acknowledged WRITE is on stable storage
            m_writer->setCreateMode(0600);
            m_writer->open(QIODevice::WriteOnly);
            // Named before the OPEN answers: a cancel meanwhile still removes it.
            m_remoteTemp = temp;
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
        while (n > 0) {
            const ssize_t w = ::write(m_out, data, size_t(n));
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                return NfsError::local(errno, tr("Cannot write"), targetDisplayForErrors());
            }
            data += w;
            n -= w;
        }
        return {};
    }

    QString targetDisplayForErrors() const
    {
        if (m_to.kind == TransferEndpoint::Kind::StandardStream)
            return tr("standard output");
        return m_to.display();
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
        QByteArray buffer(CopyBlock, Qt::Uninitialized);
        qint64 done = 0;
        report(0);
        const auto isCancelled = [this] { return cancelled(); };
        while (!cancelled()) {
            if (m_control.pause && !m_control.pause->pass(isCancelled))
                break;
            NfsError error;
            const qint64 n = read(buffer.data(), CopyBlock, &error);
            if (n < 0)
                return error;
            if (n == 0)
                break;
            if (m_control.pause && !m_control.pause->pass(isCancelled))
                break;
            if (NfsError e = write(buffer.constData(), n))
                return e;
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
        case TransferEndpoint::Kind::Local: return commitLocal();
        case TransferEndpoint::Kind::Remote: return commitRemote();
        case TransferEndpoint::Kind::None: break;
        }
        return {};
    }

    NfsError commitLocal()
    {
        const QString tempDisplay = QFileInfo(m_to.localPath).absolutePath() + QLatin1Char('/')
            + displayName(m_localTemp);
        if (::fsync(m_out) != 0)
            return NfsError::local(errno, tr("Cannot flush"), tempDisplay);
        struct stat st {};
        if (::fstat(m_out, &st) != 0)
            return NfsError::local(errno, tr("Cannot check"), tempDisplay);
        if (st.st_size != m_copied)
            return NfsError(NfsError::Kind::IoError, EIO,
                            tr("%1 holds %2 bytes instead of %3").arg(tempDisplay).arg(st.st_size).arg(m_copied));
        if (m_options.preserveMode && m_haveAttributes) {
            const mode_t mask = ::umask(0);
            ::umask(mask);
            ::fchmod(m_out, (m_mode & 0777) & ~mask);
        }
        if (m_options.preserveTimes && m_haveAttributes) {
            const timespec times[2] = {{time_t(m_atimeNs / 1000000000), long(m_atimeNs % 1000000000)},
                                       {time_t(m_mtimeNs / 1000000000), long(m_mtimeNs % 1000000000)}};
            ::futimens(m_out, times);
        }
        ::close(m_out);
        m_out = -1;
        const bool noReplace = m_options.noClobber;
        int rc;
        if (noReplace) {
            // Kept if it appeared meanwhile: a link fails on an existing name.
            rc = ::linkat(m_dirFd, m_localTemp.constData(), m_dirFd, m_name.constData(), 0);
            if (rc == 0)
                ::unlinkat(m_dirFd, m_localTemp.constData(), 0);
        } else {
            rc = ::renameat(m_dirFd, m_localTemp.constData(), m_dirFd, m_name.constData());
        }
        if (rc != 0)
            return NfsError::local(errno, noReplace ? tr("Will not replace") : tr("Cannot rename into place"),
                              m_to.localPath);
        m_localTemp.clear();
        m_localTempName.clear();
        // The rename itself is durable once the folder is.
        ::fsync(m_dirFd);
        return {};
    }

    NfsError commitRemote()
    {
        m_writer->close();
        if (NfsError e = m_writer->error())
            return explainWriteFailure(e);
        m_writer.reset();
        NfsError e;
        auto st = ask(m_to, [&](Session *s) { return s->stat(m_remoteTemp); }, &e);
        if (!st)
            return e;
        if (NfsError failed = await(st.get()))
            return failed;
        if (qint64(st->result().size) != m_copied)
            return NfsError(NfsError::Kind::IoError, EIO,
                            tr("The server holds %1 bytes of %2 instead of %3")
                                .arg(st->result().size)
                                .arg(m_to.display())
                                .arg(m_copied));
        if (m_options.preserveMode && m_haveAttributes) {
            if (auto job = ask(m_to, [&](Session *s) { return s->chmod(m_remoteTemp, m_mode & 07777); }, &e)) {
                if (NfsError failed = await(job.get()))
                    qCWarning(lcCore) << "keeping the mode:" << failed.message();
            }
        }
        if (m_options.preserveTimes && m_haveAttributes) {
            if (auto job = ask(m_to, [&](Session *s) { return s->utimes(m_remoteTemp, m_atimeNs, m_mtimeNs); }, &e)) {
                if (NfsError failed = await(job.get()))
                    qCWarning(lcCore) << "keeping the times:" << failed.message();
            }
        }
        if (cancelled())
            return NfsError::cancelled();
        if (m_options.noClobber) {
            // NFS RENAME replaces silently: look again right before it.
            auto again = ask(m_to, [&](Session *s) { return s->lstat(m_to.remotePath); }, &e);
            if (!again)
                return e;
            if (!await(again.get()))
                return NfsError(NfsError::Kind::Exists, EEXIST,
                                tr("Will not replace %1: it exists").arg(m_to.display()));
        }
        auto mv = ask(m_to, [&](Session *s) { return s->rename(m_remoteTemp, m_to.remotePath); }, &e);
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
        m_reader.reset();
        // Not close(): that waits for the writes in flight. The device's end
        // sends what is queued and frees the handle in the background.
        m_writer.reset();
        if (m_in >= 0 && m_in != STDIN_FILENO)
            ::close(m_in);
        if (m_out >= 0 && m_out != STDOUT_FILENO)
            ::close(m_out);
        if (!m_localTemp.isEmpty())
            ::unlinkat(m_dirFd, m_localTemp.constData(), 0);
        if (m_dirFd >= 0)
            ::close(m_dirFd);
        if (m_remoteTemp.isEmpty())
            return {};
        // A server that stopped answering must not hold the ending: the
        // REMOVE gets a short deadline, and goes on without us after it.
        auto rm = std::unique_ptr<Job>(m_to.link->ask([&](Session *s) { return s->unlink(m_remoteTemp); }));
        if (rm && rm->wait(Transfer::CleanUpDeadlineMs)
            && (!rm->error() || rm->error().kind() == NfsError::Kind::NotFound))
            return {};
        return m_to.link->url().withPath(m_remoteTemp).toString();
    }

    std::shared_ptr<JobCore> m_core;
    TransferEndpoint m_from;
    TransferEndpoint m_to;
    TransferOptions m_options;
    TransferControl m_control;
    int m_in = -1;
    int m_out = -1;
    int m_dirFd = -1;
    std::unique_ptr<RemoteFile> m_reader;
    std::unique_ptr<RemoteFile> m_writer;
    QByteArray m_name;          // the target's name in its folder
    QByteArray m_remoteDir;
    QByteArray m_localTemp;     // in m_dirFd, while it exists
    QByteArray m_remoteTemp;    // full server path, while it exists
    QByteArray m_localTempName;   // the temporary names, for messages
    QByteArray m_remoteTempName;
    qint64 m_size = -1;         // the source's, -1 unknown
    qint64 m_copied = 0;
    bool m_haveAttributes = true;
    bool m_inPollable = false;   // a local source that may block (pipe, terminal)
    quint32 m_mode = 0644;
    qint64 m_mtimeNs = 0;
    qint64 m_atimeNs = 0;
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
