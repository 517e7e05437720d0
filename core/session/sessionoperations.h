// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SessionOperations: what each Session operation does on the session thread.
// Each operation is declared here once: Session's public call posts its
// arguments to the member of the same name (Session::ask), and the member
// describes the libnfs call (or the chain of them) as requests for the
// RequestDispatcher. Session thread only.
#include "directorylisting.h"
#include "exportlist.h"
#include "fileinfo.h"
#include "fsstats.h"
#include "job.h"
#include "listingstream.h"
#include "nfserror.h"
#include "nfsurl.h"
#include "request.h"
#include "smallupload.h"

#include <QCoreApplication>

#include <memory>

struct MountInfo;
class PathResolver;
class RequestDispatcher;
class SessionWorker;

class SessionOperations
{
    Q_DECLARE_TR_FUNCTIONS(SessionOperations)
public:
    SessionOperations(SessionWorker *worker, RequestDispatcher *dispatcher, PathResolver *resolver);

    void mount(std::shared_ptr<ResultCore<MountInfo>> core);
    void exports(std::shared_ptr<ResultCore<ExportList>> core);
    void stat(std::shared_ptr<ResultCore<FileInfo>> core, QByteArray path, bool follow);
    void list(std::shared_ptr<ListingCore> core, QByteArray path, bool follow);
    void listNames(std::shared_ptr<ListingCore> core, QByteArray path);
    void mkdir(std::shared_ptr<JobCore> core, QByteArray path, quint32 mode);
    void rmdir(std::shared_ptr<JobCore> core, QByteArray path);
    void unlink(std::shared_ptr<JobCore> core, QByteArray path);
    void rename(std::shared_ptr<JobCore> core, QByteArray from, QByteArray to);
    void statvfs(std::shared_ptr<ResultCore<FsStats>> core, QByteArray path);
    void chmod(std::shared_ptr<JobCore> core, QByteArray path, quint32 mode);
    void chown(std::shared_ptr<JobCore> core, QByteArray path, quint32 uid, quint32 gid, bool follow);
    void utimes(std::shared_ptr<JobCore> core, QByteArray path, qint64 atimeNs, qint64 mtimeNs, bool follow);
    void symlink(std::shared_ptr<JobCore> core, QByteArray target, QByteArray linkPath);
    void readlink(std::shared_ptr<ResultCore<QByteArray>> core, QByteArray path);
    void link(std::shared_ptr<JobCore> core, QByteArray existing, QByteArray newPath);
    void truncate(std::shared_ptr<JobCore> core, QByteArray path, quint64 size);
    void createFile(std::shared_ptr<JobCore> core, QByteArray path, quint32 mode, bool exclusive);
    void putSmallFile(std::shared_ptr<JobCore> core, SmallFile file);
    void access(std::shared_ptr<ResultCore<int>> core, QByteArray path);

private:
    // A call whose success carries nothing: the job just ends.
    void plain(std::shared_ptr<JobCore> core, NfsError::Operation op, QList<QByteArray> paths,
               Request::Starter start);
    // list() and listNames(): over NFSv4, and without `follow`, the path is
    // made symlink-free first.
    void listAs(std::shared_ptr<ListingCore> core, QByteArray path, bool follow, ListingStream::Detail detail);
    // Lists a folder known to be one (or a path libnfs may follow): as a
    // stream (ListingStream), else libnfs's way (readWholeFolder).
    void openFolder(std::shared_ptr<ListingCore> core, const QByteArray &path, ListingStream::Detail detail);
    // Whether listings stream through ListingStream (without libnfs's folder cache).
    bool streams() const;
    void readWholeFolder(std::shared_ptr<ListingCore> core, const QByteArray &path);
    // createFile's second half over NFSv4: mode and times.
    void settleCreated(std::shared_ptr<JobCore> core, const QByteArray &path, quint32 mode);
    void statvfsOnOwnMount(std::shared_ptr<ResultCore<FsStats>> core, const QByteArray &path);
    void statvfsOnMountAt(std::shared_ptr<ResultCore<FsStats>> core, const QByteArray &path);
    // NFSv4: runs `then` unless `path` is a symlink, which ends `core` with an
    // explanation. False (and nothing done) for NFSv3.
    bool onlyWithoutLink(std::shared_ptr<JobCore> core, const QByteArray &path, std::function<void()> then);
    QString server() const { return m_url.host(); }
    int timeoutSeconds() const { return m_url.timeoutSeconds(); }

    SessionWorker *m_worker;
    std::shared_ptr<SmallUpload::FolderHandles> m_folderHandles = std::make_shared<SmallUpload::FolderHandles>();
    RequestDispatcher *m_dispatcher;
    PathResolver *m_resolver;
    NfsUrl m_url;
};
