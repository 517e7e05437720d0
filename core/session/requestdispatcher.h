// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RequestDispatcher: sends a session's requests to libnfs and ends their jobs.
// A request waits for the mount (with a deadline of its own), has its paths
// made symlink-free (PathResolver), goes out on a connection, and its reply,
// its failure or the watchdog's time-out ends its job exactly once. Over
// NFSv4 it also keeps the seqid gate (see LibnfsWorkarounds::takesNfs4Seqid).
// Session thread only.
#include "request.h"

#include <QObject>

#include <functional>
#include <list>
#include <memory>

class QTimer;
struct nfsfh;
class SessionWorker;

class RequestDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit RequestDispatcher(SessionWorker *worker);

    // Takes ownership of `request`.
    void submit(Request *request);
    void enqueue(NfsError::Operation op, QList<QByteArray> paths, std::shared_ptr<JobCore> core,
                 Request::Starter start, Request::Finisher done);
    // Queues a call on a file's handle, bound to `connection` when non-zero
    // and sent on `on` (null: the session's). `ok` gets libnfs's data and
    // status; `failed` the error from whichever path ends the call (reply,
    // timeout, lost connection). An OPEN's handle goes back if it is dropped.
    std::shared_ptr<JobCore> call(Connection *on, NfsError::Operation op, const QByteArray &path, quint64 connection,
                                  Request::Starter start, std::function<void(nfs_context *, void *, int)> ok,
                                  std::function<void(const NfsError &)> failed);
    // Opens `path` read-only by path like any request (its folders made real,
    // errors worded as `op`'s) and gives the handle to `opened`; a handle
    // whose request was dropped meanwhile goes back. For a folder's handle.
    void openReadOnly(NfsError::Operation op, const QByteArray &path, std::shared_ptr<JobCore> core,
                      std::function<void(nfsfh *)> opened);
    // Sends `request` on `on` (default: the session's mounted connection) now.
    void issue(Request *request, Connection *on = nullptr);
    // libnfs's callback for every request: `priv` is the Request.
    static void onNfsReply(int status, nfs_context *ctx, void *data, void *priv);
    // A Request::discard for an open: the handle goes back (over NFSv4 its
    // open state on the server too).
    static void giveBackHandle(nfs_context *ctx, void *data);
    // Ends a request that never went out or whose connection is gone.
    void failRequest(Request *request, const NfsError &error);
    // A request leaves: the next NFSv4 OPEN or CLOSE may go.
    void releaseSeqid(Request *request);
    // The mount ended: the requests waiting for it go out, or fail with its error.
    void mountEnded(const NfsError &error);
    void startWatchdog();
    // The request of `core` waits out a grace period (not in flight): it is dropped
    // and its core ends as cancelled. False if it is not waiting so.
    bool abandonGraceWait(JobCore *core);
    // The session closes: every waiting request ends with `reason`.
    void close(const NfsError &reason);

    // How often a request whose reply a reconnect cut is sent again before it fails.
    static constexpr int MaxResends = 3;
    // After a restart an NFSv4 server refuses OPENs, removes and renames for
    // its grace period (90 s by default, 180 s at most in nfs-ganesha and Linux);
    // a request it refused so is sent again every GraceRetryMs for that long.
    static constexpr int GraceRetryMs = 1000;
    static constexpr qint64 MaxGraceWaitMs = 185 * 1000;

private:
    void watchdog();
    // The server is in its grace period: `request` goes out again a little
    // later. False when it has waited long enough (the refusal ends it then).
    bool waitOutGrace(Request *request);
    // A stale file handle in words: the export gone, or the file removed on the server.
    static NfsError staleHandle(NfsError::Operation op, const QByteArray &path, const QByteArray &exportPath,
                                const QString &server);

    SessionWorker *m_worker;
    QTimer *m_watchdog;
    std::list<std::unique_ptr<Request>> m_waiting;   // waiting for the mount
    bool m_seqidBusy = false;                        // an NFSv4 OPEN or CLOSE is out
    std::list<Request *> m_seqidQueue;               // OPENs and CLOSEs waiting for it
    std::list<Request *> m_graceWaiting;             // to be sent again after NFS4ERR_GRACE
};
