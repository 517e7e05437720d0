// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MountController: brings the session's connection to a mounted state. It
// chooses the export (NFSv3: the longest export of the server's list that
// holds the URL's path, else the path and its parents in turn; or the URL's
// folder itself, when asked and the server allows it), keeps its own
// deadline on each try, and backs off after failures. Session thread only.
#include "exportlist.h"
#include "job.h"
#include "nfserror.h"
#include "nfsurl.h"
#include "session.h"

#include <QDeadlineTimer>
#include <QObject>

#include <list>
#include <memory>

class Connection;
class QTimer;
class SessionWorker;

class MountController : public QObject
{
    Q_OBJECT
public:
    MountController(SessionWorker *worker, const NfsUrl &url, Session::MountPoint mountPoint);

    // A mount job: ends when the session is mounted (at once if it is).
    void submit(std::shared_ptr<ResultCore<MountInfo>> core);
    // An export-list job; the list is also kept for choosing the export.
    void submitExports(std::shared_ptr<ResultCore<ExportList>> core);
    // Mounts unless mounted, mounting or closing; after failures, once the back-off ends.
    void start();
    bool isMounting() const { return m_mounting; }
    // The session closes: the mount jobs end with `reason`.
    void close(const NfsError &reason);
    MountInfo infoOf(const Connection *c) const;
    // Why a request of kind `op` on `path`, waiting for the mount, ends at
    // its deadline: the stage the mount is stuck in (connecting, mounting),
    // else the last mount's failure, else a plain time-out.
    NfsError waitingError(NfsError::Operation op, const QByteArray &path) const;

Q_SIGNALS:
    // The session's connection is mounted (no error), or the mount failed.
    void mountEnded(const NfsError &error);

private:
    void chooseExport();
    void mountNextCandidate();
    void onMountReply(int status, const char *message);
    void failed(const NfsError &error);
    // The time-out of the current try, named after its stage.
    NfsError attemptTimeout() const;
    void succeeded();
    void queryExports(std::function<void(const NfsError &, const ExportList &)> done);
    QString server() const { return m_url.host(); }
    int timeoutSeconds() const { return m_url.timeoutSeconds(); }

    SessionWorker *m_worker;
    NfsUrl m_url;
    std::list<std::shared_ptr<ResultCore<MountInfo>>> m_waiters;
    QList<QByteArray> m_candidates;         // exports still to try
    NfsError m_firstError;                  // the most telling failure among candidates
    NfsError m_lastError;                   // of the last mount, while it is not followed by a success
    bool m_mounting = false;
    bool m_atFolder = false;                // the URL's folder is to be mounted, not its export
    bool m_tryingFolder = false;            // the current try mounts the URL's folder
    int m_failures = 0;                     // consecutive failed mounts, for back-off
    QDeadlineTimer m_backoff;
    QTimer *m_deadline;
    QTimer *m_backoffTimer;
    bool m_haveExportList = false;
    bool m_listFresh = false;           // the export list was fetched for this mount attempt
    ExportList m_exportList;
};
