// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfserror.h"

#include "displayname.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace {

NfsError::Kind kindForErrno(int err)
{
    using K = NfsError::Kind;
    switch (err) {
    case 0: return K::None;
    case ENOENT: return K::NotFound;
    case EEXIST: return K::Exists;
    case ENOTEMPTY: return K::NotEmpty;
    case ENOTDIR: return K::NotADirectory;
    case EISDIR: return K::IsADirectory;
    case EACCES:
    case EPERM: return K::PermissionDenied;
    case EROFS: return K::ReadOnly;
    case ENOSPC:
    case EDQUOT:
    case EFBIG: return K::NoSpace;
    case ENAMETOOLONG: return K::NameTooLong;
    case EILSEQ: return K::InvalidArgument;
    case EINVAL: return K::InvalidArgument;
    case EXDEV: return K::CrossDevice;
    case ESTALE: return K::Stale;
    case EIO: return K::IoError;
    // libnfs 4.0 reports an RPC timeout as -EINTR.
    case EINTR:
    case ETIMEDOUT: return K::Timeout;
    case ECONNREFUSED: return K::Refused;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case EHOSTDOWN: return K::Unreachable;
    case ECONNRESET:
    case EPIPE:
    case ENOTCONN: return K::ConnectionLost;
    case ECANCELED: return K::Cancelled;
    case ENOTSUP:
    case EPROTONOSUPPORT: return K::NotSupported;
    default: return K::Other;
    }
}

bool contains(const QString &haystack, const char *needle)
{
    return haystack.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

QString NfsError::describe(Operation op)
{
    switch (op) {
    case Operation::Connect: return tr("connecting");
    case Operation::Mount: return tr("mounting");
    case Operation::ListExports: return tr("listing exports");
    case Operation::Stat: return tr("reading attributes");
    case Operation::List: return tr("listing a folder");
    case Operation::MakeDir: return tr("creating a folder");
    case Operation::RemoveDir: return tr("removing a folder");
    case Operation::Remove: return tr("removing a file");
    case Operation::Rename: return tr("renaming");
    case Operation::StatFs: return tr("reading free space");
    case Operation::Open: return tr("opening a file");
    case Operation::Read: return tr("reading");
    case Operation::Write: return tr("writing");
    case Operation::Close: return tr("closing a file");
    case Operation::ChangeMode: return tr("changing permissions");
    case Operation::ChangeOwner: return tr("changing the owner");
    case Operation::ChangeTimes: return tr("changing times");
    case Operation::Symlink: return tr("creating a symbolic link");
    case Operation::Readlink: return tr("reading a symbolic link");
    case Operation::Link: return tr("creating a hard link");
    case Operation::Truncate: return tr("truncating");
    case Operation::Other: break;
    }
    return tr("working");
}

QString NfsError::reason(Kind kind)
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::NotFound: return tr("No such file or folder");
    case Kind::Exists: return tr("Already exists");
    case Kind::NotEmpty: return tr("Folder not empty");
    case Kind::NotADirectory: return tr("Not a folder");
    case Kind::IsADirectory: return tr("Is a folder");
    case Kind::PermissionDenied: return tr("Permission denied");
    case Kind::ReadOnly: return tr("Read-only file system");
    case Kind::NoSpace: return tr("No space left on the server");
    case Kind::NameTooLong: return tr("Name too long");
    case Kind::InvalidArgument: return tr("Invalid argument");
    case Kind::CrossDevice: return tr("Cannot move across file systems");
    case Kind::Stale: return tr("Stale file handle (the file was removed or the server restarted)");
    case Kind::IoError: return tr("Input/output error on the server");
    case Kind::Timeout: return tr("The server did not answer");
    case Kind::Refused: return tr("Connection refused");
    case Kind::Unreachable: return tr("Host unreachable");
    case Kind::ConnectionLost: return tr("Connection lost");
    case Kind::NotSupported: return tr("Not supported by the server");
    case Kind::MountRefused: return tr("The server refused the mount");
    case Kind::Cancelled: return tr("Cancelled");
    case Kind::BadUrl: return tr("Invalid URL");
    case Kind::Other: break;
    }
    return tr("Error");
}

NfsError NfsError::timeout(Operation op, const QByteArray &path, const QString &server, int timeoutSeconds)
{
    NfsError e(Kind::Timeout, ETIMEDOUT,
               path.isEmpty()
                   ? tr("Server %1 did not answer in %2 s (%3)").arg(server).arg(timeoutSeconds).arg(describe(op))
                   : tr("Server %1 did not answer in %2 s (%3 %4)")
                         .arg(server)
                         .arg(timeoutSeconds)
                         .arg(describe(op), displayName(path)));
    return e;
}

NfsError NfsError::local(int err, const QString &what, const QString &path)
{
    return NfsError(kindForErrno(err), err,
                    tr("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(err))));
}

NfsError NfsError::cancelled()
{
    return NfsError(Kind::Cancelled, ECANCELED, tr("Cancelled"));
}

NfsError NfsError::sessionClosed()
{
    return NfsError(Kind::Cancelled, ECANCELED, tr("The session was closed"));
}

NfsError NfsError::fromStatus(Operation op, int status, const char *detail, const QByteArray &path,
                              const QString &server, int timeoutSeconds)
{
    if (status >= 0)
        return NfsError();
    const int err = -status;
    const QString text = detail ? QString::fromUtf8(detail) : QString();
    Kind kind = kindForErrno(err);
    const QString where = displayName(path.isEmpty() ? QByteArray("/") : path);

    // libnfs folds several distinct failures into vague codes; its text tells them apart.
    if (contains(text, "PROG_UNAVAIL") || contains(text, "program not available")
        || contains(text, "PROG_MISMATCH"))
        kind = Kind::NotSupported;
    else if (contains(text, "timed out") || contains(text, "timeout"))
        kind = Kind::Timeout;
    else if (contains(text, "Connection refused"))
        kind = Kind::Refused;
    else if (contains(text, "Can not resolv") || contains(text, "Invalid address"))
        kind = Kind::Unreachable;
    else if ((op == Operation::Mount || op == Operation::Connect || op == Operation::ListExports)
             && (contains(text, "nfs_service failed") || contains(text, "portmapper")
                 || contains(text, "Failed to connect") || contains(text, "POLLHUP")
                 || contains(text, "socket error")))
        kind = kind == Kind::Refused ? Kind::Refused : Kind::Unreachable;

    NfsError e;
    e.m_kind = kind;
    e.m_errno = err;
    e.m_detail = text;

    // libnfs 4.0 turns some NFS statuses into errno values that read wrongly
    // (DQUOT into ERANGE, JUKEBOX into EAGAIN with a garbled text) and a reply
    // it could not decode into EFAULT or a "rejected" message: words instead.
    if (contains(text, "ERR_DQUOT")) {
        e.m_kind = Kind::NoSpace;
        e.m_message = tr("Disk quota exceeded on %1: %2 (%3)").arg(server, where, describe(op));
        return e;
    }
    // libnfs 4.0 reports NFS4ERR_GRACE as EIO: a server just restarted lets its clients reclaim
    // what they held before it takes new OPENs, removes and renames (the session waits that out).
    if (contains(text, "ERR_GRACE")) {
        e.m_kind = Kind::Other;
        e.m_message = tr("%1 is in its grace period after a restart and refused %2 (%3): for up to 90 s it lets "
                         "clients reclaim their files first; try again when it is over")
                          .arg(server, where, describe(op));
        return e;
    }
    if (err == EAGAIN || contains(text, "ERR_JUKEBOX") || contains(text, "ERR_DELAY")) {
        e.m_kind = Kind::Other;
        e.m_message = tr("%1 is busy with %2 and asked to be asked again later (%3); try again in a while")
                          .arg(server, where, describe(op));
        return e;
    }
    // A failed READ comes back from libnfs 4.0 as EFAULT with a text that is
    // not one, whatever the server said (an NFS error, JUKEBOX, a malformed reply).
    if (op == Operation::Read && err == EFAULT) {
        e.m_kind = Kind::IoError;
        e.m_message = tr("%1 did not deliver the data of %2 (%3): it refused the READ or sent a reply that could "
                         "not be read")
                          .arg(server, where, describe(op));
        return e;
    }
    // (A WRITE's EFAULT is how libnfs 4.0 reports an NFSv3 server's NOSPC: the copy asks the server again.)
    const bool reads = op == Operation::Read || op == Operation::List || op == Operation::Stat
                       || op == Operation::Readlink || op == Operation::StatFs;
    if ((reads && err == EFAULT) || contains(text, "Message rejected by server") || contains(text, "Failed to unmarshall")
        || contains(text, "failed to decode")) {
        e.m_kind = Kind::IoError;
        e.m_message = tr("%1 sent a reply that could not be read for %2 (%3): it does not follow the NFS protocol")
                          .arg(server, where, describe(op));
        return e;
    }

    // An RPC the server would not even accept (MSG_DENIED, or an AUTH_ERROR such as
    // AUTH_TOOWEAK). Run by a normal user, the usual cause is an export that allows only
    // privileged source ports (Linux's "secure" default, many NAS boxes): libnfs binds one
    // below 1024 only when the process may (root, or CAP_NET_BIND_SERVICE).
    if (contains(text, "not accepted by the server")) {
        e.m_kind = Kind::MountRefused;
        if (geteuid() != 0) {
            const QDir bin(QCoreApplication::applicationDirPath());
            e.m_message = tr("%1 refused the request (%2 %3): it accepts only clients on a privileged source "
                             "port (below 1024), which a normal user's programs do not get. Either allow other "
                             "ports on the server with the export's 'insecure' option, or let these programs use "
                             "privileged ports: sudo setcap cap_net_bind_service=+ep %4 %5")
                              .arg(server, describe(op), where,
                                   bin.filePath(QStringLiteral("nfs-navigator")), bin.filePath(QStringLiteral("nfsnav")));
        } else {
            e.m_message = tr("%1 refused the request (%2 %3): the server did not accept this client's credentials "
                             "(uid and gid in the URL) or its security flavour (only AUTH_SYS is supported)")
                              .arg(server, describe(op), where);
        }
        return e;
    }

    // libnfs 4.0 words a failed connect as "Failed to start connection. connect()
    // to server failed. <strerror>(<errno>)", the first sentence once more for
    // each layer it passed: the system's reason alone is told.
    static const QRegularExpression connectFailed(QStringLiteral("connect\\(\\) to server failed\\. *.*\\((\\d+)\\)"));
    if (const QRegularExpressionMatch m = connectFailed.match(text); m.hasMatch()) {
        const int why = m.captured(1).toInt();
        if (why == ECONNREFUSED) {
            e.m_kind = Kind::Refused;
            e.m_message = tr("Connection refused by %1 (%2): no NFS service is listening there")
                              .arg(server, describe(op));
        } else {
            e.m_kind = Kind::Unreachable;
            e.m_message = tr("Cannot reach %1 (%2): %3").arg(server, describe(op), QString::fromLocal8Bit(std::strerror(why)));
        }
        return e;
    }
    // A connection that never came up (the server's packets dropped) ends an
    // NFSv4 mount in libnfs 4.0 as EFAULT with no words.
    if ((op == Operation::Mount || op == Operation::Connect) && err == EFAULT && text.isEmpty()) {
        e.m_kind = Kind::Timeout;
        e.m_message = tr("Server %1 did not answer (%2): no connection could be made").arg(server, describe(op));
        return e;
    }

    switch (kind) {
    case Kind::Timeout:
        e = timeout(op, path, server, timeoutSeconds);
        e.m_errno = err;
        e.m_detail = text;
        return e;
    case Kind::NotSupported:
        e.m_message = tr("%1 does not offer the NFS service this needs (%2): %3. If it serves only NFSv4, "
                         "add ?version=4 to the URL")
                          .arg(server, describe(op), text.isEmpty() ? reason(kind) : text);
        return e;
    case Kind::Refused:
        e.m_message = tr("Connection refused by %1 (%2): no NFS service is listening there")
                          .arg(server, describe(op));
        return e;
    case Kind::Unreachable:
        if (op == Operation::Mount || op == Operation::ListExports || op == Operation::Connect) {
            if (contains(text, "nfs_service failed") || contains(text, "portmapper"))
                e.m_message = tr("The portmapper on %1 did not answer (%2); if the server has none, give "
                                 "nfsport= and mountport= in the URL")
                                  .arg(server, describe(op));
            else
                e.m_message = tr("Cannot reach %1 (%2): %3").arg(server, describe(op), text);
            return e;
        }
        break;
    case Kind::PermissionDenied:
        if (op == Operation::Mount) {
            e.m_kind = Kind::MountRefused;
            e.m_message = tr("%1 refused to mount %2: permission denied. Usually the export does not allow "
                             "this client: it may need the 'insecure' option (this program connects from an "
                             "unprivileged port), or access for another uid/gid (uid= and gid= in the URL)")
                              .arg(server, where);
            return e;
        }
        break;
    case Kind::NotFound:
        if (op == Operation::Mount) {
            e.m_kind = Kind::MountRefused;
            e.m_message = tr("%1 has no export %2").arg(server, where);
            return e;
        }
        break;
    default:
        break;
    }
    QString why = reason(kind);
    // EINVAL says little; what it means follows from the operation.
    if (kind == Kind::InvalidArgument
        || (kind == Kind::IsADirectory && (op == Operation::Link || op == Operation::Truncate))) {
        switch (op) {
        case Operation::Rename: why = tr("Refused as invalid (a folder cannot go into itself or into a folder inside it)"); break;
        case Operation::Truncate: why = tr("Only a file can be truncated"); break;
        case Operation::Link: why = tr("A hard link can only be made to a file"); break;
        case Operation::Readlink: why = tr("Not a symbolic link"); break;
        default: break;
        }
    }
    if (kind == Kind::Other || kind == Kind::IoError)
        why = text.isEmpty() ? tr("error %1").arg(err) : text;
    e.m_message = tr("%1: %2 on %3 (%4)").arg(why, where, server, describe(op));
    return e;
}

NfsError NfsError::namingIdentity(quint32 uid, quint32 gid) const
{
    if (m_kind != Kind::PermissionDenied)
        return *this;
    NfsError e = *this;
    e.m_message = tr("%1, acting as uid %2 and gid %3 (uid= and gid= in the URL choose another identity)")
                      .arg(m_message)
                      .arg(uid)
                      .arg(gid);
    return e;
}
