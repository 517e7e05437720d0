// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SmallUpload: a whole small file written to an NFSv3 server the durable way,
// with every request on file handles. libnfs 4.0 looks each path up from its
// mount's root for every call; this sends the raw requests on the folder's
// handle (learnt once per folder and connection) and the new file's:
//   LOOKUP   the name is free (else Exists: nothing was made);
//   CREATE   the temporary name, GUARDED, writable by its owner;
//   WRITE    the bytes, FILE_SYNC (stable when acknowledged), in WRITEs of the server's wtmax;
//   SETATTR  mode and times, and the size the server holds checked;
//   LOOKUP   again, when the file must never replace one;
//   RENAME   the temporary name to the real one.
// Any failure after the CREATE removes the temporary file before the job
// ends (by path on a new connection when the handles' one is gone). The job ends itself on cancel, once that removal is done. Session
// thread only.
#include "job.h"
#include "nfserror.h"
#include "session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

struct nfsfh;
struct rpc_context;
class RequestDispatcher;
class SessionWorker;

class SmallUpload : public std::enable_shared_from_this<SmallUpload>
{
    Q_DECLARE_TR_FUNCTIONS(SmallUpload)
public:
    // Folders' handles, by path, with the connection they were learnt on.
    struct FolderHandles
    {
        QHash<QByteArray, std::pair<quint64, QByteArray>> known;
    };

    static void start(SessionWorker *worker, std::shared_ptr<JobCore> core, SmallFile file,
                      std::shared_ptr<FolderHandles> folders);

    SmallUpload(SessionWorker *worker, std::shared_ptr<JobCore> core, SmallFile file,
                std::shared_ptr<FolderHandles> folders);

private:
    using Start = std::function<int(rpc_context *rpc, void *priv)>;

    void begin();
    void openFolder();
    void folderOpened(nfsfh *fh);
    void lookUp(bool again);
    void create();
    void write(quint64 offset);
    void setAttributes();
    void rename();
    // Ends the job with `error`, once the temporary file (if made) is removed.
    void fail(const NfsError &error);
    bool stopIfCancelled();
    // One raw request on this connection: `ok` gets the reply's "ok" part,
    // `failed` the error.
    void send(NfsError::Operation op, const QList<QByteArray> &paths, Start start, std::function<void(void *data)> ok,
              std::function<void(const NfsError &error)> failed);

    SessionWorker *m_worker;
    RequestDispatcher *m_dispatcher;
    std::shared_ptr<JobCore> m_core;
    SmallFile m_file;
    std::shared_ptr<FolderHandles> m_folders;
    QByteArray m_folder;      // full path of the folder holding both names
    QByteArray m_name;        // the file's name in it
    QByteArray m_tempName;    // the temporary name in it
    quint64 m_connection = 0; // the handles are used on this connection only
    QByteArray m_dirHandle;
    QByteArray m_fileHandle;
    bool m_created = false;   // the temporary file exists
};
