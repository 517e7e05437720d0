// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PathResolver: paths free of symlinks, found with our own lstat and bounded
// READLINK. libnfs 4.0 follows a symlink inside a path badly: over NFSv4 it
// reads the target past the end of the reply (and leaks when it leads
// nowhere); over NFSv3, after an absolute target it drops the rest of the path
// and answers for the wrong object. So before a request by path goes out, the
// folder holding each path is made "real", component by component below the
// export's root, and the request names the real path. What was learnt is kept
// for KnownFolderMs, and forgotten when the session changes a name at or
// above it. Session thread only.
#include "fileinfo.h"
#include "job.h"
#include "nfserror.h"
#include "nfsurl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>

#include <functional>
#include <memory>

struct Request;
class RequestDispatcher;

class PathResolver
{
    Q_DECLARE_TR_FUNCTIONS(PathResolver)
public:
    // As many symlink hops as Linux allows before ELOOP; "none" refuses a symlink.
    static constexpr int MaxSymlinkHops = 40;
    static constexpr int NoSymlinkHops = -1;

    PathResolver(const NfsUrl &url, RequestDispatcher *dispatcher);

    // The export mounted last: paths are resolved below it.
    void setExportRoot(const QByteArray &root) { m_exportRoot = root; }
    // Makes `request`'s paths real, then submits it again (or, when that
    // fails, ends its job). A request that changes names first forgets what
    // was learnt at and below them.
    void makePathsReal(Request *request);
    // lstat of `path`, following symlinks ourselves (at most `hopsLeft`),
    // then `then` with the path reached and its attributes. Errors end
    // `core`, worded for `op` and the path first `asked`.
    void resolve(std::shared_ptr<JobCore> core, NfsError::Operation op, const QByteArray &asked,
                 const QByteArray &path, int hopsLeft, std::function<void(const QByteArray &, const FileInfo &)> then);
    // lstat of `path` for a request of kind `op`; `then` gets its attributes
    // under the name of `nameFrom`. `pathsReal`: its folder is known real.
    // `namedAs`: the path its errors name, when not `path`.
    void lstatFor(std::shared_ptr<JobCore> core, NfsError::Operation op, const QByteArray &path,
                  const QByteArray &nameFrom, bool pathsReal, std::function<void(const FileInfo &)> then,
                  const QByteArray &namedAs = {});
    // The target text of the symlink `path`, of `size` bytes by its attributes.
    void readTarget(std::shared_ptr<JobCore> core, const QByteArray &path, quint64 size,
                    std::function<void(const QByteArray &)> then);

private:
    static constexpr int KnownFolderMs = 5000;
    struct KnownFolder
    {
        QByteArray real;
        QDeadlineTimer expires;
    };

    void makeReal(std::shared_ptr<std::unique_ptr<Request>> pending, qsizetype index);
    // The symlink-free form of the folder `asked`, for a request on `naming`
    // (which its steps' errors name).
    void realFolder(std::shared_ptr<JobCore> core, NfsError::Operation op, const QByteArray &naming,
                    const QByteArray &asked, int hopsLeft, std::function<void(const QByteArray &real)> then);
    // Reads the target of the symlink `link` (of `size` bytes) and gives `then`
    // the path it leads to, normalised; a target outside the server's tree ends `core`.
    void followLink(std::shared_ptr<JobCore> core, const QByteArray &link, quint64 size,
                    std::function<void(const QByteArray &)> then);
    // Forgets what was learnt about `path` or anything below it, as asked or as real.
    void forgetFolders(const QByteArray &path);
    NfsError failure(NfsError::Operation op, int status, const char *detail, const QByteArray &path) const;

    NfsUrl m_url;
    RequestDispatcher *m_dispatcher;
    QHash<QByteArray, KnownFolder> m_knownFolders;      // asked folder path -> real path
    QByteArray m_exportRoot = QByteArrayLiteral("/");
};
