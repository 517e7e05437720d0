// SPDX-License-Identifier: GPL-3.0-or-later
// The one error mapping: errno values and libnfs's texts to kinds and sentences.
#include "nfserror.h"

#include <QTest>

#include <cerrno>

using Kind = NfsError::Kind;
using Op = NfsError::Operation;

class TestNfsError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("detail");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("needle");
        auto row = [](const char *name, Op op, int status, const char *detail, Kind kind, const char *needle) {
            QTest::newRow(name) << int(op) << status << QByteArray(detail) << int(kind) << QString::fromUtf8(needle);
        };
        row("enoent", Op::Stat, -ENOENT, "NFS3ERR_NOENT", Kind::NotFound, "No such file or folder: /data/x on 10.0.0.5");
        row("eexist", Op::MakeDir, -EEXIST, "", Kind::Exists, "Already exists: /data/x on 10.0.0.5 (creating a folder)");
        row("enotempty", Op::RemoveDir, -ENOTEMPTY, "", Kind::NotEmpty, "Folder not empty: /data/x on 10.0.0.5");
        row("enotdir", Op::List, -ENOTDIR, "", Kind::NotADirectory, "Not a folder: /data/x");
        row("eisdir", Op::Remove, -EISDIR, "", Kind::IsADirectory, "Is a folder: /data/x");
        row("eacces", Op::MakeDir, -EACCES, "", Kind::PermissionDenied, "Permission denied: /data/x on 10.0.0.5");
        row("eperm", Op::Rename, -EPERM, "", Kind::PermissionDenied, "Permission denied: /data/x");
        row("erofs", Op::MakeDir, -EROFS, "", Kind::ReadOnly, "Read-only file system: /data/x");
        row("enospc", Op::Write, -ENOSPC, "", Kind::NoSpace, "No space left on the server: /data/x");
        row("edquot", Op::Write, -EDQUOT, "", Kind::NoSpace, "No space left");
        row("enametoolong", Op::MakeDir, -ENAMETOOLONG, "", Kind::NameTooLong, "Name too long: /data/x");
        row("einval", Op::MakeDir, -EINVAL, "", Kind::InvalidArgument, "Invalid argument: /data/x");
        // EINVAL in words that follow from the operation.
        row("einval-rename", Op::Rename, -EINVAL, "", Kind::InvalidArgument,
            "Refused as invalid (a folder cannot go into itself or into a folder inside it): /data/x on 10.0.0.5 (renaming)");
        row("einval-truncate", Op::Truncate, -EINVAL, "", Kind::InvalidArgument, "Only a file can be truncated: /data/x");
        row("einval-link", Op::Link, -EINVAL, "", Kind::InvalidArgument, "A hard link can only be made to a file: /data/x");
        row("eisdir-link", Op::Link, -EISDIR, "", Kind::IsADirectory, "A hard link can only be made to a file: /data/x");
        row("einval-readlink", Op::Readlink, -EINVAL, "", Kind::InvalidArgument, "Not a symbolic link: /data/x");
        row("exdev", Op::Rename, -EXDEV, "", Kind::CrossDevice, "Cannot move across file systems");
        row("estale", Op::Stat, -ESTALE, "", Kind::Stale, "Stale file handle");
        row("eio", Op::Read, -EIO, "READ failed", Kind::IoError, "READ failed: /data/x on 10.0.0.5 (reading)");
        row("eintr-timeout", Op::List, -EINTR, "", Kind::Timeout, "Server 10.0.0.5 did not answer in 10 s (listing a folder /data/x)");
        row("etimedout", Op::Stat, -ETIMEDOUT, "", Kind::Timeout, "did not answer in 10 s");
        row("text-timeout", Op::Stat, -EIO, "Command timed out", Kind::Timeout, "did not answer in 10 s");
        row("econnrefused", Op::Mount, -ECONNREFUSED, "", Kind::Refused, "Connection refused by 10.0.0.5");
        row("text-refused", Op::Mount, -EIO, "connect() to server failed. Connection refused(111)", Kind::Refused,
            "Connection refused by 10.0.0.5");
        row("ehostunreach", Op::Mount, -EHOSTUNREACH, "No route", Kind::Unreachable, "Cannot reach 10.0.0.5");
        // libnfs 4.0's doubled words for a connect that failed: the system's reason alone, once.
        row("text-unreachable", Op::Mount, -EIO,
            "Failed to start connection. Failed to start connection. connect() to server failed. Network is unreachable(101)",
            Kind::Unreachable, "Cannot reach 10.0.0.5 (mounting): Network is unreachable");
        // An NFSv4 mount whose connection never came up: EFAULT and no words.
        row("v4-no-connection", Op::Mount, -EFAULT, "", Kind::Timeout,
            "Server 10.0.0.5 did not answer (mounting): no connection could be made");
        row("resolve", Op::Mount, -EIO, "Invalid address:nosuchhost. Can not resolv into IPv4/v6 structure.",
            Kind::Unreachable, "Cannot reach 10.0.0.5");
        row("portmapper", Op::Mount, -EIO, "nfs_service failed", Kind::Unreachable,
            "The portmapper on 10.0.0.5 did not answer");
        row("prog-unavail", Op::Mount, -EIO, "RPC error: PROG_UNAVAIL", Kind::NotSupported, "version=4");
        row("program-not-available", Op::Mount, -EIO, "mount/mnt call failed with \"RPC Program not available\"",
            Kind::NotSupported, "version=4");
        row("mount-eacces", Op::Mount, -EACCES, "MNT3ERR_ACCES", Kind::MountRefused, "insecure");
        row("mount-eacces-uid", Op::Mount, -EACCES, "MNT3ERR_ACCES", Kind::MountRefused, "uid");
        row("mount-enoent", Op::Mount, -ENOENT, "MNT3ERR_NOENT", Kind::MountRefused, "has no export /data/x");
        row("econnreset", Op::Read, -ECONNRESET, "", Kind::ConnectionLost, "Connection lost: /data/x");
        row("ecanceled", Op::List, -ECANCELED, "", Kind::Cancelled, "Cancelled");
        row("unknown", Op::Stat, -EBADMSG, "odd reply", Kind::Other, "odd reply: /data/x on 10.0.0.5");
        row("unknown-no-text", Op::Stat, -EBADMSG, "", Kind::Other, "error");
    }
    void mapping()
    {
        QFETCH(int, op);
        QFETCH(int, status);
        QFETCH(QByteArray, detail);
        QFETCH(int, kind);
        QFETCH(QString, needle);
        const NfsError e = NfsError::fromStatus(Op(op), status, detail.isEmpty() ? nullptr : detail.constData(),
                                                "/data/x", QStringLiteral("10.0.0.5"), 10);
        QVERIFY(e.isError());
        QCOMPARE(int(e.kind()), kind);
        QVERIFY2(e.message().contains(needle), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QLatin1String("Failed to start connection")), qPrintable(e.message()));
        QCOMPARE(e.errnum(), -status);
    }

    void successIsNoError()
    {
        QVERIFY(!NfsError::fromStatus(Op::Stat, 0, nullptr, "/x", QStringLiteral("h"), 10).isError());
    }

    void unprintableNamesAreEscaped()
    {
        const NfsError e = NfsError::fromStatus(Op::Stat, -ENOENT, nullptr, QByteArray("/a\nb\xff"), QStringLiteral("h"), 10);
        QVERIFY2(e.message().contains(QLatin1String("/a\\nb\\xff")), qPrintable(e.message()));
    }
};

QTEST_GUILESS_MAIN(TestNfsError)
#include "tst_nfserror.moc"
