// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// NfsError: what went wrong, as a value the user can read. Every failure in the
// core becomes one of these through NfsError::fromStatus(), the one place where
// errno values, RPC failures and libnfs's messages are mapped.
#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class NfsError
{
    Q_DECLARE_TR_FUNCTIONS(NfsError)
public:
    enum class Kind {
        None,
        NotFound,
        Exists,
        NotEmpty,
        NotADirectory,
        IsADirectory,
        PermissionDenied,
        ReadOnly,
        NoSpace,
        NameTooLong,
        InvalidArgument,
        CrossDevice,
        Stale,
        IoError,
        Timeout,        // the server stopped answering
        Refused,        // nothing listens on the port
        Unreachable,    // no route, host unknown
        ConnectionLost,
        NotSupported,   // the server lacks the program or version
        MountRefused,   // MOUNT said no (export list, access)
        Cancelled,
        BadUrl,
        Other,
    };

    // The operation that failed, so the message can say what was being done.
    enum class Operation {
        Connect, Mount, ListExports, Stat, List, MakeDir, RemoveDir, Remove, Rename,
        StatFs, Open, Read, Write, Close, ChangeMode, ChangeOwner, ChangeTimes, Symlink, Readlink, Link,
        Truncate, Other,
    };

    NfsError() = default;
    NfsError(Kind kind, int errnum, const QString &message)
        : m_kind(kind), m_errno(errnum), m_message(message) {}

    // The one mapping: `status` is libnfs's result (-errno, or an RPC status
    // already turned into -errno), `detail` its error text (may be null).
    static NfsError fromStatus(Operation op, int status, const char *detail, const QByteArray &path,
                               const QString &server, int timeoutSeconds);
    static NfsError timeout(Operation op, const QByteArray &path, const QString &server, int timeoutSeconds);
    // A failure on this computer's own files: "<what> <path>: <strerror>".
    static NfsError local(int err, const QString &what, const QString &path);
    static NfsError cancelled();
    // A job asked of a Session that was closed, or still running when it closed.
    static NfsError sessionClosed();

    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    Kind kind() const { return m_kind; }
    int errnum() const { return m_errno; }
    // The full sentence: "Permission denied: /data/x on 10.0.0.5 (creating a folder)".
    QString message() const { return m_message; }
    // libnfs's own words, for the log and for -v.
    QString detail() const { return m_detail; }

    // A permission refused on a file names the identity the request was made
    // as (AUTH_SYS: the server decides by these numbers alone) and how to choose another.
    NfsError namingIdentity(quint32 uid, quint32 gid) const;

    static QString describe(Operation op);
    static QString reason(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_errno = 0;
    QString m_message;
    QString m_detail;
};
Q_DECLARE_METATYPE(NfsError)
