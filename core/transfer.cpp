#include "transfer.h"

#include "displayname.h"
#include "logging.h"
#include "remotefile.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThreadPool>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
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

// lupdate cannot tell this helper's context: classes declare theirs with
// Q_DECLARE_TR_FUNCTIONS(Transfer), free functions call translate("Transfer", ...).
[[maybe_unused]] QString tr(const char *text)
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

// Everything one copy needs, run on the copy thread. Also used file by file
// by a tree copy (Transfer::copyHere), with its sides given as opened folders.
class Copier
{
    Q_DECLARE_TR_FUNCTIONS(Transfer)

public:
    Copier(std::shared_ptr<JobCore> core, TransferEndpoint from, TransferEndpoint to, TransferOptions options)
        : m_core(std::move(core)), m_from(std::move(from)), m_to(std::move(to)), m_options(options)
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

    // The whole copy and its clean-up; progress through `onBytes` when set,
    // else on the job.
    NfsError execute(std::function<void(qint64 done, qint64 total)> onBytes = {})
    {
        m_onBytes = std::move(onBytes);
        const NfsError error = copy();
        if (m_writer && (error || cancelled()))
            m_writer->discardPendingWrites();   // the temporary file goes anyway
        cleanUp();
        return cancelled() ? NfsError::cancelled() : error;
    }

private:
    bool cancelled() const { return m_core->isCancelled(); }

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
            m_mode = st.st_mode & 07777;
            m_mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
            m_atimeNs = qint64(st.st_atim.tv_sec) * 1000000000 + st.st_atim.tv_nsec;
            return {};
        }
        case TransferEndpoint::Kind::StandardStream:
            m_in = STDIN_FILENO;
            m_size = -1;
            m_haveAttributes = false;
            return {};
        case TransferEndpoint::Kind::Remote: {
            auto st = owned(m_from.session->stat(m_from.remotePath));
            st->wait();
            if (st->error())
                return st->error();
            const FileInfo info = st->result();
            if (info.isDir())
                return NfsError(NfsError::Kind::IsADirectory, EISDIR,
                                tr("Cannot copy %1: it is a folder").arg(m_from.display()));
            m_size = qint64(info.size);
            m_mode = info.mode;
            m_mtimeNs = info.mtimeNs;
            m_atimeNs = info.atimeNs;
            m_reader.reset(new RemoteFile(m_from.session, m_from.remotePath));
            m_reader->open(QIODevice::ReadOnly);
            if (!m_reader->waitForOpened())
                return m_reader->error();
            return {};
        }
        case TransferEndpoint::Kind::None: break;
        }
        return NfsError(NfsError::Kind::InvalidArgument, EINVAL, tr("No source given"));
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
                // Bounded by the session's timeout on each READ.
                m_reader->waitForReadyRead(1000);
            }
        }
        while (true) {
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
        auto st = owned(m_to.session->lstat(path));
        st->wait();
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
            const QByteArray temp = (m_remoteDir == "/" ? QByteArray() : m_remoteDir) + '/' + tempNameFor(m_name);
            m_writer.reset(new RemoteFile(m_to.session, temp));
            m_writer->setExclusive(true);
            m_writer->setSyncWrites(true);   // every acknowledged WRITE is on stable storage
            m_writer->setCreateMode(0600);
            m_writer->open(QIODevice::WriteOnly);
            if (m_writer->waitForOpened()) {
                m_remoteTemp = temp;
                return {};
            }
            const NfsError e = m_writer->error();
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
                return m_writer->error();
            while (m_writer->bytesToWrite() > MaxQueuedForWrite && !cancelled()) {
                m_writer->waitForBytesWritten(1000);
                if (m_writer->error())
                    return m_writer->error();
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
        if (m_onBytes)
            m_onBytes(done, total);
        else
            m_core->setProgress(done, total);
    }

    // --- the copy -------------------------------------------------------
    NfsError pump()
    {
        QByteArray buffer(CopyBlock, Qt::Uninitialized);
        qint64 done = 0;
        report(0);
        while (!cancelled()) {
            NfsError error;
            const qint64 n = read(buffer.data(), CopyBlock, &error);
            if (n < 0)
                return error;
            if (n == 0)
                break;
            if (NfsError e = write(buffer.constData(), n))
                return e;
            done += n;
            report(done);
        }
        m_copied = done;
        if (m_writer && !m_writer->flush())
            return m_writer->error();
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
        // The rename itself is durable once the folder is.
        ::fsync(m_dirFd);
        return {};
    }

    NfsError commitRemote()
    {
        m_writer->close();
        if (NfsError e = m_writer->error())
            return e;
        m_writer.reset();
        Session *s = m_to.session;
        auto st = owned(s->stat(m_remoteTemp));
        st->wait();
        if (st->error())
            return st->error();
        if (qint64(st->result().size) != m_copied)
            return NfsError(NfsError::Kind::IoError, EIO,
                            tr("The server holds %1 bytes of %2 instead of %3")
                                .arg(st->result().size)
                                .arg(displayName(m_remoteTemp))
                                .arg(m_copied));
        if (m_options.preserveMode && m_haveAttributes) {
            auto job = owned(s->chmod(m_remoteTemp, m_mode & 07777));
            job->wait();
            if (job->error())
                qCWarning(lcCore) << "keeping the mode:" << job->error().message();
        }
        if (m_options.preserveTimes && m_haveAttributes) {
            auto job = owned(s->utimes(m_remoteTemp, m_atimeNs, m_mtimeNs));
            job->wait();
            if (job->error())
                qCWarning(lcCore) << "keeping the times:" << job->error().message();
        }
        if (m_options.noClobber) {
            // NFS RENAME replaces silently: look again right before it.
            auto again = owned(s->lstat(m_to.remotePath));
            again->wait();
            if (!again->error())
                return NfsError(NfsError::Kind::Exists, EEXIST,
                                tr("Will not replace %1: it exists").arg(m_to.display()));
        }
        auto mv = owned(s->rename(m_remoteTemp, m_to.remotePath));
        mv->wait();
        if (mv->error())
            return mv->error();
        m_remoteTemp.clear();
        return {};
    }

    void cleanUp()
    {
        m_reader.reset();
        if (m_writer) {
            m_writer->close();
            m_writer.reset();
        }
        if (m_in >= 0 && m_in != STDIN_FILENO)
            ::close(m_in);
        if (m_out >= 0 && m_out != STDOUT_FILENO)
            ::close(m_out);
        if (!m_localTemp.isEmpty())
            ::unlinkat(m_dirFd, m_localTemp.constData(), 0);
        if (m_dirFd >= 0)
            ::close(m_dirFd);
        if (!m_remoteTemp.isEmpty()) {
            auto rm = owned(m_to.session->unlink(m_remoteTemp));
            rm->wait();
        }
    }

    std::function<void(qint64, qint64)> m_onBytes;
    std::shared_ptr<JobCore> m_core;
    TransferEndpoint m_from;
    TransferEndpoint m_to;
    TransferOptions m_options;
    int m_in = -1;
    int m_out = -1;
    int m_dirFd = -1;
    std::unique_ptr<RemoteFile> m_reader;
    std::unique_ptr<RemoteFile> m_writer;
    QByteArray m_name;          // the target's name in its folder
    QByteArray m_remoteDir;
    QByteArray m_localTemp;     // in m_dirFd, while it exists
    QByteArray m_remoteTemp;    // full server path, while it exists
    qint64 m_size = -1;         // the source's, -1 unknown
    qint64 m_copied = 0;
    bool m_haveAttributes = true;
    quint32 m_mode = 0644;
    qint64 m_mtimeNs = 0;
    qint64 m_atimeNs = 0;
};

QThreadPool *copyPool()
{
    // Its destructor at exit waits for copies still running.
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(64);
        pool.setExpiryTimeout(10000);
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}

} // namespace

QString TransferEndpoint::display() const
{
    switch (kind) {
    case Kind::Local: return localPath;
    case Kind::Remote: return session->url().withPath(remotePath).toString();
    case Kind::StandardStream: return QStringLiteral("-");
    case Kind::None: break;
    }
    return QString();
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
    copyPool()->start([core, from, to, options] { Copier(core, from, to, options).run(); });
    return job;
}

NfsError Transfer::copyHere(const std::shared_ptr<JobCore> &job, const TransferEndpoint &from,
                            const TransferEndpoint &to, const TransferOptions &options,
                            const std::function<void(qint64, qint64)> &onBytes)
{
    return Copier(job, from, to, options).execute(onBytes);
}

double Transfer::bytesPerSecond() const
{
    const qint64 ms = m_state->clock.elapsed();
    return ms > 0 ? double(bytesDone()) * 1000.0 / double(ms) : 0.0;
}
