// SPDX-License-Identifier: GPL-3.0-or-later
#include "libnfsworkarounds.h"

#include <cerrno>

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#include <atomic>
#include <cstring>
#include <unistd.h>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>

namespace LibnfsWorkarounds {

void applyUrlOnlyOptions(nfs_context *ctx, const NfsUrl &url)
{
    QByteArray args;
    auto add = [&](const char *key, qint64 value) {
        args += (args.isEmpty() ? '?' : '&') + QByteArray(key) + '=' + QByteArray::number(value);
    };
    if (url.nfsPort())
        add("nfsport", url.nfsPort());
    if (url.mountPort())
        add("mountport", url.mountPort());
    if (url.autoTraverseMounts())
        add("auto-traverse-mounts", *url.autoTraverseMounts() ? 1 : 0);
    if (args.isEmpty())
        return;
    // Nothing but the options of this URL is used.
    const QByteArray fake = "nfs://127.0.0.1/" + args;
    if (nfs_url *u = nfs_parse_url_incomplete(ctx, fake.constData()))
        nfs_destroy_url(u);
}

QByteArray uniqueClientName()
{
    static std::atomic<quint32> counter{0};
    return QByteArrayLiteral("nfsnav-") + QByteArray::number(qint64(::getpid())) + '-'
        + QByteArray::number(counter.fetch_add(1)) + '-'
        + QByteArray::number(QRandomGenerator::global()->generate(), 16);
}

void randomiseXid(rpc_context *rpc)
{
    rpc_set_next_xid(rpc, QRandomGenerator::global()->generate());
}

QByteArray linkTarget(const char *text, quint64 size)
{
    return QByteArray(text, qsizetype(::strnlen(text, size_t(size))));
}

QByteArray fileHandleOf(nfsfh *fh)
{
    // libnfs 4.0's private layout (lib/libnfs-private.h).
    struct PrivateFh
    {
        int len;
        char *val;
    };
    const auto *h = reinterpret_cast<const PrivateFh *>(nfs_get_fh(fh));
    return h && h->len > 0 ? QByteArray(h->val, h->len) : QByteArray();
}

bool takesNfs4Seqid(NfsError::Operation op)
{
    using Op = NfsError::Operation;
    return op == Op::Open || op == Op::Close || op == Op::ChangeMode || op == Op::ChangeOwner
        || op == Op::ChangeTimes || op == Op::Truncate;
}

NfsError explain(const NfsError &error, NfsError::Operation op, int version)
{
    using Op = NfsError::Operation;
    if (version == 4 && error.kind() == NfsError::Kind::IsADirectory
        && (op == Op::ChangeMode || op == Op::ChangeOwner || op == Op::ChangeTimes))
        return NfsError(NfsError::Kind::NotSupported, error.errnum(),
                        QCoreApplication::translate("SessionWorker",
                                                    "%1 (libnfs 4.0 cannot change a folder's attributes over NFSv4; "
                                                    "use version=3 for this)")
                            .arg(error.message()));
    return error;
}

bool clientForgotten(const NfsError &error, int version)
{
    return version == 4 && error.isError()
        && (error.detail().contains(QLatin1String("NFS4ERR_EXPIRED"))
            || error.detail().contains(QLatin1String("NFS4ERR_STALE_CLIENTID")));
}

bool replyCutByReconnect(NfsError::Operation op, quint64 sentOnGeneration, quint64 generationNow)
{
    using Op = NfsError::Operation;
    if (sentOnGeneration == generationNow)
        return false;
    return op == Op::Read || op == Op::List || op == Op::Stat || op == Op::Readlink || op == Op::StatFs;
}

NfsError cutByReconnect(NfsError::Operation op, const QByteArray &path, const QString &server, int timeoutSeconds)
{
    return NfsError::fromStatus(op, -ENOTCONN, nullptr, path, server, timeoutSeconds);
}

} // namespace LibnfsWorkarounds

NfsError LibnfsWorkarounds::hiddenExport(const NfsError &error, const QByteArray &path, const QString &server,
                                         int version)
{
    if (error.kind() != NfsError::Kind::NotFound || version != 4 || path.count('/') > 2 || geteuid() == 0)
        return error;
    const QDir bin(QCoreApplication::applicationDirPath());
    NfsError e(error.kind(), error.errnum(),
               error.message()
                   + QCoreApplication::translate(
                         "SessionWorker",
                         " (or %1 offers it only to clients on a privileged source port, below 1024, which a normal "
                         "user's programs do not get: if it is there, either allow other ports on the server with "
                         "the export's 'insecure' option, or let these programs use privileged ports: sudo setcap "
                         "cap_net_bind_service=+ep %2 %3)")
                         .arg(server, bin.filePath(QStringLiteral("nfs-navigator")),
                              bin.filePath(QStringLiteral("nfsnav"))));
    return e;
}
