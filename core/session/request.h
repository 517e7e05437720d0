// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Request: one libnfs call of a session, from the moment it is asked for
// until its reply (or its failure) ends its job. Private to the session core;
// RequestDispatcher issues it, PathResolver makes its paths symlink-free.
#include "job.h"
#include "nfserror.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

struct nfs_context;
class Connection;
class RequestDispatcher;

struct Request
{
    // Maps a full server path to the one libnfs is given: inside the mount,
    // and in its symlink-free form where it has one.
    using Inside = std::function<QByteArray(const QByteArray &)>;
    // Starts the call on `ctx`. Returns libnfs's result (< 0: not started).
    using Starter = std::function<int(nfs_context *ctx, const Inside &inside, void *priv)>;
    // Success: turns libnfs's data into the job's value and finishes it.
    using Finisher = std::function<void(nfs_context *ctx, void *data)>;
    // Success, for calls whose status carries a count (READ, WRITE, ACCESS).
    using CountFinisher = std::function<void(nfs_context *ctx, void *data, int status)>;

    NfsError::Operation op = NfsError::Operation::Other;
    QList<QByteArray> paths;          // full server paths; the first names the error
    // A step of making another request's path real (PathResolver): the
    // path that request was asked for, which its errors name instead.
    QByteArray namedAs;
    QByteArray errorPath() const { return namedAs.isEmpty() ? paths.value(0) : namedAs; }
    std::shared_ptr<JobCore> core;
    Starter start;
    Finisher done;
    CountFinisher doneWithStatus;     // used instead of done when set
    // A success that nobody waits for any more (cancelled, timed out, its
    // connection retired): gives back what it holds, an open handle or folder.
    Finisher discard;
    QDeadlineTimer deadline;          // while it waits for a mount
    RequestDispatcher *dispatcher = nullptr;
    Connection *connection = nullptr; // where it is in flight
    bool abandoned = false;           // timed out or cancelled; the reply is discarded
    quint64 connectionId = 0;         // non-zero: only valid on that connection (file handles)
    bool holdsSeqid = false;          // an NFSv4 OPEN or CLOSE: one at a time (see RequestDispatcher)
    Connection *target = nullptr;     // a file's own context, instead of the session's
    // The paths' folders were made real (see PathResolver); a path to its
    // real form where they differ, for `inside`.
    bool pathsReal = false;
    QHash<QByteArray, QByteArray> realPath;
    // An lstat on behalf of a request of kind `op` (for its words): its
    // reply holds attributes only, whatever `op` says.
    bool attributesOnly = false;
    // The connection's socket generation when it was sent (RpcPump::generation()).
    quint64 sentOnGeneration = 0;
    // For a request whose reply is not trusted across a reconnect: its starter
    // again, to send it once more (LibnfsWorkarounds::replyCutByReconnect).
    Starter resend;
    int resends = 0;
    bool clientRenewed = false;       // sent again once on a new mount after the server forgot the NFSv4 client
    // NFSv4: its starter again, for when the server answers NFS4ERR_GRACE (it
    // did nothing and asks to be asked again once its grace period is over).
    Starter retry;
    QElapsedTimer graceSince;         // since the first NFS4ERR_GRACE
};
