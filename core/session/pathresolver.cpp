// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathresolver.h"

#include "displayname.h"
#include "exportlist.h"
#include "libnfsworkarounds.h"
#include "nfsconversion.h"
#include "request.h"
#include "requestdispatcher.h"

#include <cerrno>
#include <nfsc/libnfs.h>

using Op = NfsError::Operation;

PathResolver::PathResolver(const NfsUrl &url, RequestDispatcher *dispatcher)
    : m_url(url), m_dispatcher(dispatcher)
{
}

NfsError PathResolver::failure(Op op, int status, const char *detail, const QByteArray &path) const
{
    return NfsError::fromStatus(op, status, detail, path, m_url.host(), m_url.timeoutSeconds());
}

void PathResolver::makePathsReal(Request *request)
{
    // A change of names may turn a known folder into something else.
    if (request->op == Op::Rename || request->op == Op::RemoveDir || request->op == Op::Remove
        || request->op == Op::Symlink || request->op == Op::MakeDir) {
        for (const QByteArray &p : std::as_const(request->paths))
            forgetFolders(p);
    }
    makeReal(std::make_shared<std::unique_ptr<Request>>(request), 0);
}

void PathResolver::makeReal(std::shared_ptr<std::unique_ptr<Request>> pending, qsizetype index)
{
    Request *r = pending->get();
    if (index == r->paths.size()) {
        r->pathsReal = true;
        m_dispatcher->submit(pending->release());
        return;
    }
    const QByteArray path = r->paths.at(index);
    const QByteArray leaf = path.mid(path.lastIndexOf('/') + 1);
    // If the chain ends early (an error ended the job), `pending` deletes the request.
    realFolder(r->core, r->op, path, ExportResolution::parentPath(path), MaxSymlinkHops,
               [this, pending, index, path, leaf](const QByteArray &real) {
                   const QByteArray realPath = ExportResolution::childPath(real, leaf);
                   if (realPath != path)
                       pending->get()->realPath.insert(path, realPath);
                   makeReal(pending, index + 1);
               });
}

void PathResolver::forgetFolders(const QByteArray &path)
{
    if (m_knownFolders.isEmpty())
        return;
    const auto under = [&path](const QByteArray &p) {
        return p == path || (p.startsWith(path) && p.at(path.size()) == '/');
    };
    for (auto it = m_knownFolders.begin(); it != m_knownFolders.end();)
        it = under(it.key()) || under(it->real) ? m_knownFolders.erase(it) : std::next(it);
}

void PathResolver::resolve(std::shared_ptr<JobCore> core, Op op, const QByteArray &asked, const QByteArray &path,
                           int hopsLeft, std::function<void(const QByteArray &, const FileInfo &)> then)
{
    lstatFor(core, op, path, asked, false, [this, core, op, asked, path, hopsLeft, then](const FileInfo &info) {
        if (!info.isSymlink()) {
            then(path, info);
            return;
        }
        if (hopsLeft == NoSymlinkHops) {
            core->finish(NfsError(NfsError::Kind::NotADirectory, ELOOP,
                                  tr("%1 on %2 is a symbolic link, which is not followed here")
                                      .arg(displayName(asked), m_url.host())));
            return;
        }
        if (hopsLeft <= 0) {
            core->finish(failure(op, -ELOOP, "too many levels of symbolic links", asked));
            return;
        }
        followLink(core, path, info.size, [this, core, op, asked, hopsLeft, then](const QByteArray &next) {
            resolve(core, op, asked, next, hopsLeft - 1, then);
        });
    });
}

void PathResolver::followLink(std::shared_ptr<JobCore> core, const QByteArray &link, quint64 size,
                              std::function<void(const QByteArray &)> then)
{
    readTarget(core, link, size, [this, core, link, then](const QByteArray &target) {
        const QByteArray next =
            target.startsWith('/') ? target : ExportResolution::childPath(ExportResolution::parentPath(link), target);
        const NfsUrl normalised = m_url.withPath(next);
        if (!normalised.isValid()) {
            core->finish(NfsError(NfsError::Kind::NotFound, ENOENT,
                                  tr("The symbolic link %1 on %2 points to %3, outside the server's tree")
                                      .arg(displayName(link), m_url.host(), displayName(target))));
            return;
        }
        // Over NFSv3 only the mounted export is reachable: a link leading out of it
        // (to /etc/passwd, or ../../..) is refused here, in words, and never looked up.
        if (!ExportResolution::isAtOrBelow(normalised.path(), m_exportRoot)) {
            core->finish(NfsError(NfsError::Kind::PermissionDenied, EACCES,
                                  tr("The symbolic link %1 on %2 points to %3, outside the export %4: "
                                     "it is not followed")
                                      .arg(displayName(link), m_url.host(), displayName(target),
                                           displayName(m_exportRoot))));
            return;
        }
        then(normalised.path());
    });
}

void PathResolver::readTarget(std::shared_ptr<JobCore> core, const QByteArray &path, quint64 size,
                              std::function<void(const QByteArray &)> then)
{
    m_dispatcher->enqueue(
        Op::Readlink, {path}, core,
        [path](nfs_context *ctx, const auto &inside, void *priv) {
            return nfs_readlink_async(ctx, inside(path).constData(), &RequestDispatcher::onNfsReply, priv);
        },
        [size, then](nfs_context *, void *data) {
            then(LibnfsWorkarounds::linkTarget(static_cast<const char *>(data), size));
        });
}

void PathResolver::realFolder(std::shared_ptr<JobCore> core, Op op, const QByteArray &naming, const QByteArray &asked,
                              int hopsLeft, std::function<void(const QByteArray &)> then)
{
    // The export's root and what lies outside it are taken as they are (the
    // latter is refused when the request is issued).
    const QByteArray &root = m_exportRoot;
    if (asked.isEmpty() || asked == root || !ExportResolution::isAtOrBelow(asked, root)) {
        then(asked.isEmpty() ? QByteArrayLiteral("/") : asked);
        return;
    }
    if (auto it = m_knownFolders.constFind(asked); it != m_knownFolders.cend() && !it->expires.hasExpired()) {
        then(it->real);
        return;
    }
    if (m_knownFolders.size() > 4096) {
        for (auto it = m_knownFolders.begin(); it != m_knownFolders.end();)
            it = it->expires.hasExpired() ? m_knownFolders.erase(it) : std::next(it);
    }
    const QByteArray leaf = asked.mid(asked.lastIndexOf('/') + 1);
    const auto remember = [this](const QByteArray &key, const QByteArray &real) {
        m_knownFolders.insert(key, KnownFolder{real, QDeadlineTimer(KnownFolderMs)});
    };
    realFolder(core, op, naming, ExportResolution::parentPath(asked), hopsLeft, [=, this](const QByteArray &realParent) {
        const QByteArray candidate = ExportResolution::childPath(realParent, leaf);
        // Its folder is real: libnfs follows nothing.
        lstatFor(core, op, candidate, candidate, true, [=, this](const FileInfo &info) {
            if (info.isDir()) {
                remember(asked, candidate);
                remember(candidate, candidate);
                then(candidate);
                return;
            }
            if (!info.isSymlink()) {
                core->finish(failure(op, -ENOTDIR, nullptr, asked));
                return;
            }
            if (hopsLeft <= 0) {
                core->finish(failure(op, -ELOOP, "too many levels of symbolic links", asked));
                return;
            }
            followLink(core, candidate, info.size, [=, this](const QByteArray &next) {
                realFolder(core, op, naming, next, hopsLeft - 1, [=](const QByteArray &real) {
                    remember(asked, real);
                    then(real);
                });
            });
        }, naming);
    });
}

void PathResolver::lstatFor(std::shared_ptr<JobCore> core, Op op, const QByteArray &path, const QByteArray &nameFrom,
                            bool pathsReal, std::function<void(const FileInfo &)> then, const QByteArray &namedAs)
{
    auto *r = new Request;
    r->op = op;
    r->paths = {path};
    r->namedAs = namedAs;
    r->core = std::move(core);
    r->pathsReal = pathsReal;
    r->attributesOnly = true;
    r->start = [path](nfs_context *ctx, const auto &inside, void *priv) {
        return nfs_lstat64_async(ctx, inside(path).constData(), &RequestDispatcher::onNfsReply, priv);
    };
    r->done = [nameFrom, then = std::move(then)](nfs_context *, void *data) {
        then(NfsConversion::fromStat(nameFrom, static_cast<nfs_stat_64 *>(data)));
    };
    m_dispatcher->submit(r);
}
