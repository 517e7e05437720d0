// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The session-thread half of a RemoteFile, private to the core.
//
// The backend opens a file, keeps several READs and WRITEs in flight on its
// libnfs handle and closes it: what to READ comes from readahead.h, over the
// connections of readconnections.h (more than one for a large file read only
// over NFSv3); its WRITEs, and making them durable, are filewrites.h's. It
// fills the read-ahead in the FileCore both halves share (filecore.h) and
// reports back. It belongs to the SessionWorker, which keeps it until the
// handle is closed.
#include "filecore.h"
#include "job.h"
#include "nfserror.h"
#include "readahead.h"

#include <QByteArray>
#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <vector>
#include <memory>

class RemoteFile;
class SessionWorker;
struct nfsfh;
class Connection;
class ReadConnections;
class FileWrites;

class RemoteFileBackend : public std::enable_shared_from_this<RemoteFileBackend>
{
public:
    RemoteFileBackend(SessionWorker *worker, std::shared_ptr<FileCore> core);
    // Session thread only.
    void start();
    void kick();
    // Sets the size through the open handle (a path-based SETATTR would end
    // this open over NFSv4).
    void truncate(qint64 size, std::shared_ptr<JobCore> done);
    // The session is going away: end with `why`.
    void abandon(const NfsError &why);

private:
    enum class OpenStep { Plain, ExistingElseCreate, Created };
    void open(bool again);
    void openWith(int flags, OpenStep step);
    void fixCreatedTimes();
    void fstat();
    // The OPEN is done and the file holds `size` bytes: reads and writes may go.
    void openedAt(qint64 size);
    void issueReads();
    void issue(const std::vector<ReadAhead::Range> &reads);
    void readArrived(qint64 offset, quint64 epoch, const char *data, int status);
    void maybeClose();
    void fail(const NfsError &error);
    // Lets go of a handle whose connection is gone (it cannot be CLOSEd).
    void dropHandle();
    void notifyDevice(bool readyRead, qint64 bytesWritten);
    void finished();

    SessionWorker *m_worker;
    std::shared_ptr<FileCore> m_core;
    nfsfh *m_fh = nullptr;
    quint64 m_connection = 0;
    int m_reads = 0;
    bool m_handleGivenBack = false;       // a CLOSE was sent: libnfs frees the handle
    bool m_claimed = false;               // holds the NFSv4 one-open-per-file claim
    Connection *m_own = nullptr;   // NFSv4: a context of its own (see SessionWorker::claimOpen)
    std::weak_ptr<JobCore> m_openRpc;   // the OPEN's call, while it may wait out a grace period
    bool m_fixTimes = false;              // created exclusively over NFSv4: times to set after CLOSE
    bool m_closing = false;
    bool m_kickQueued = false;            // a kick after READ replies is posted
    bool m_done = false;
    int m_reopens = 0;
    // The connections READs go out on (readconnections.h).
    std::shared_ptr<ReadConnections> m_routes;
    quint64 m_generation = 0;        // counts reopens: READs of an earlier open are ignored
    // What to READ next, and how many may be in flight (readahead.h).
    ReadAhead m_ahead;
    std::shared_ptr<FileWrites> m_output;   // the WRITE side (filewrites.h)
    void askHelpers();
};
