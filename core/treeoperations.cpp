// SPDX-License-Identifier: GPL-3.0-or-later
#include "treeoperations.h"

#include "displayname.h"
#include "exportlist.h"
#include "sessionlink.h"
#include "transferpool.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <deque>
#include <map>
#include <set>

namespace {

// Unlinks in flight at once while emptying a folder: enough to hide the round
// trips, few enough not to flood the session's queue.
constexpr qsizetype UnlinksInFlight = 32;
// Listings asked for ahead of the folder being examined.
constexpr qsizetype ListingsAhead = 4;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("TreeOperations", text, nullptr, n);
}


} // namespace

// ---- cores -------------------------------------------------------------------

// A core that also keeps the failed items of a walk.
template<typename Base>
class WithFailures : public Base
{
public:
    void addFailure(const QByteArray &path, const NfsError &error)
    {
        QMutexLocker lock(&this->m_mutex);
        m_failures.append({path, error});
    }
    QList<TreeFailure> failures() const
    {
        QMutexLocker lock(&this->m_mutex);
        return m_failures;
    }

private:
    QList<TreeFailure> m_failures;   // guarded by m_mutex
};

class TreeCore : public WithFailures<JobCore>
{
};

class MeasureCore : public WithFailures<ResultCore<TreeSize>>
{
public:
    void setCounted(const TreeSize &size)
    {
        QMutexLocker lock(&m_mutex);
        m_counted = size;
    }
    TreeSize counted() const
    {
        QMutexLocker lock(&m_mutex);
        return m_counted;
    }

private:
    TreeSize m_counted;   // guarded by m_mutex
};

class FindCore : public WithFailures<JobCore>
{
public:
    // Walk thread: hand over hits; they reach the job before its ending.
    void addHits(QList<FoundEntry> hits)
    {
        if (hits.isEmpty())
            return;
        QMutexLocker lock(&m_mutex);
        // Nothing after the ending (a cancel), so found() never follows finished().
        if (m_finished)
            return;
        m_pending += std::move(hits);
        if (m_job && !m_posted) {
            m_posted = true;
            auto *job = static_cast<FindJob *>(m_job);
            QMetaObject::invokeMethod(job, [job] { job->deliverFound(); }, Qt::QueuedConnection);
        }
    }
    QList<FoundEntry> take()
    {
        QMutexLocker lock(&m_mutex);
        m_posted = false;
        return std::exchange(m_pending, {});
    }

private:
    QList<FoundEntry> m_pending;   // guarded by m_mutex
    bool m_posted = false;         // guarded by m_mutex
};

// ---- jobs ----------------------------------------------------------------------

RemoveTreeJob::RemoveTreeJob(std::shared_ptr<TreeCore> core, QObject *parent)
    : Job(core, parent), m_tree(std::move(core))
{
}

QList<TreeFailure> RemoveTreeJob::failures() const
{
    return m_tree->failures();
}

MeasureJob::MeasureJob(std::shared_ptr<MeasureCore> core, QObject *parent)
    : ResultJob<TreeSize>(core, parent), m_measure(std::move(core))
{
}

TreeSize MeasureJob::counted() const
{
    return m_measure->counted();
}

QList<TreeFailure> MeasureJob::failures() const
{
    return m_measure->failures();
}

FindJob::FindJob(std::shared_ptr<FindCore> core, QObject *parent)
    : Job(core, parent), m_find(std::move(core))
{
}

QList<FoundEntry> FindJob::takeFound()
{
    return m_find->take();
}

QList<TreeFailure> FindJob::failures() const
{
    return m_find->failures();
}

void FindJob::catchUp()
{
    deliverFound();
    Job::catchUp();
}

void FindJob::deliverFound()
{
    const QList<FoundEntry> hits = m_find->take();
    if (!hits.isEmpty())
        Q_EMIT found(hits);
}

// ---- the walk --------------------------------------------------------------------

namespace {

// What every walk needs on its thread: the Session (while it lives), the
// tree job's core for cancellation, and waiting that notices both.
class Walk
{
public:
    Walk(std::shared_ptr<SessionLink> link, JobCore *core) : m_link(std::move(link)), m_core(core) {}

    // Cancelled, or the session went away: stop at the next step.
    bool stopped() const { return m_core->isCancelled() || m_fatal.isError(); }
    // The reason the whole walk ended early, if the session closed.
    NfsError fatal() const { return m_fatal; }

    // Asks the Session for a job; nullptr (and the walk stopped) when it is closing.
    template<typename Fn>
    auto ask(Fn &&fn)
    {
        return m_link->job(std::forward<Fn>(fn), &m_fatal);
    }

    // Waits for `job`; when the tree job is cancelled meanwhile, cancels it.
    NfsError await(Job *job)
    {
        const NfsError e = SessionLink::await(job, [this] { return m_core->isCancelled(); });
        // A step cancelled by someone else than us: the session is closing.
        if (e.kind() == NfsError::Kind::Cancelled && !m_core->isCancelled())
            m_fatal = e;
        return e;
    }

    // lstat of `path`; false with *error on failure.
    bool lstat(const QByteArray &path, FileInfo *info, NfsError *error)
    {
        auto job = ask([&](Session *s) { return s->lstat(path); });
        if (!job) {
            *error = m_fatal;
            return false;
        }
        *error = await(job.get());
        if (*error)
            return false;
        *info = job->result();
        return true;
    }

    // An entry whose listing gave no type is asked for by itself.
    void settleType(const QByteArray &folder, FileInfo &entry)
    {
        if (entry.type != FileInfo::Type::Unknown)
            return;
        FileInfo info;
        NfsError error;
        if (lstat(ExportResolution::childPath(folder, entry.name), &info, &error))
            entry.type = info.type;
    }

    // The entries of `folder`, sorted by name bytes; false with *error on failure.
    bool listSorted(DirectoryListing *listing, const QByteArray &folder, FileInfoList *entries, NfsError *error)
    {
        *error = await(listing);
        if (*error)
            return false;
        *entries = listing->takeEntries();
        std::sort(entries->begin(), entries->end(), [](const FileInfo &a, const FileInfo &b) { return a.name < b.name; });
        for (FileInfo &e : *entries)
            settleType(folder, e);
        return true;
    }

private:
    std::shared_ptr<SessionLink> m_link;
    JobCore *m_core;
    NfsError m_fatal;
};

// Visits folders depth first (a folder, then each of its subfolders in name
// order), with the listings of the next few folders in line already asked
// for, so the server is rarely idle while one folder is being examined.
// `visit` sees each folder's sorted entries; `failed` each folder that could
// not be listed.
void walkFolders(Walk &walk, const QByteArray &root,
                 const std::function<void(const QByteArray &folder, const FileInfoList &entries)> &visit,
                 const std::function<void(const QByteArray &folder, const NfsError &error)> &failed)
{
    std::deque<QByteArray> line{root};
    std::map<QByteArray, std::unique_ptr<DirectoryListing>> asked;
    while (!line.empty() && !walk.stopped()) {
        for (qsizetype i = 0; i < qsizetype(line.size()) && i <= ListingsAhead; ++i) {
            const QByteArray &p = line.at(size_t(i));
            if (asked.count(p))
                continue;
            auto listing = walk.ask([&](Session *s) { return s->list(p, false); });
            if (!listing)
                return;
            asked.emplace(p, std::move(listing));
        }
        const QByteArray folder = line.front();
        line.pop_front();
        auto node = asked.extract(folder);
        FileInfoList entries;
        NfsError error;
        if (!walk.listSorted(node.mapped().get(), folder, &entries, &error)) {
            if (!walk.stopped())
                failed(folder, error);
            continue;
        }
        visit(folder, entries);
        QList<QByteArray> subfolders;
        for (const FileInfo &e : std::as_const(entries)) {
            if (e.isDir())
                subfolders.append(ExportResolution::childPath(folder, e.name));
        }
        line.insert(line.begin(), subfolders.begin(), subfolders.end());
    }
}

// ---- removeTree --------------------------------------------------------------

class Remover
{
public:
    Remover(Walk &walk, TreeCore &core) : m_walk(walk), m_core(core) {}

    void run(const QByteArray &path)
    {
        FileInfo info;
        NfsError error;
        if (!m_walk.lstat(path, &info, &error)) {
            if (!m_walk.stopped())
                m_core.addFailure(path, error);
            return;
        }
        ++m_found;
        if (info.isDir())
            removeFolder(path);
        else
            removeLeaves({path});
    }

private:
    // Unlinks files, symlinks and the like, several at once; true when all went.
    bool removeLeaves(const QList<QByteArray> &paths)
    {
        bool all = true;
        std::deque<std::pair<QByteArray, std::unique_ptr<Job>>> inFlight;
        qsizetype next = 0;
        while ((next < paths.size() || !inFlight.empty()) && !m_walk.stopped()) {
            if (next < paths.size() && qsizetype(inFlight.size()) < UnlinksInFlight) {
                const QByteArray &p = paths.at(next++);
                auto job = m_walk.ask([&](Session *s) { return s->unlink(p); });
                if (!job)
                    return false;
                inFlight.emplace_back(p, std::move(job));
                continue;
            }
            auto [p, job] = std::move(inFlight.front());
            inFlight.pop_front();
            if (const NfsError e = m_walk.await(job.get())) {
                all = false;
                if (!m_walk.stopped())
                    m_core.addFailure(p, e);
            } else {
                progressed();
            }
        }
        return all && !m_walk.stopped();
    }

    // Empties `path` and removes it; true when it is gone.
    bool removeFolder(const QByteArray &path)
    {
        auto listing = m_walk.ask([&](Session *s) { return s->list(path, false); });
        if (!listing)
            return false;
        FileInfoList entries;
        NfsError error;
        if (!m_walk.listSorted(listing.get(), path, &entries, &error)) {
            if (!m_walk.stopped())
                m_core.addFailure(path, error);
            return false;
        }
        m_found += entries.size();
        m_core.setProgress(m_removed, m_found);
        QList<QByteArray> leaves;
        QList<QByteArray> folders;
        for (const FileInfo &e : std::as_const(entries))
            (e.isDir() ? folders : leaves).append(ExportResolution::childPath(path, e.name));
        bool emptied = removeLeaves(leaves);
        for (const QByteArray &f : std::as_const(folders)) {
            if (m_walk.stopped())
                return false;
            emptied = removeFolder(f) && emptied;
        }
        // A folder that still holds what failed stays: its items say why.
        if (!emptied || m_walk.stopped())
            return false;
        auto rmdir = m_walk.ask([&](Session *s) { return s->rmdir(path); });
        if (!rmdir)
            return false;
        if (const NfsError e = m_walk.await(rmdir.get())) {
            if (!m_walk.stopped())
                m_core.addFailure(path, e);
            return false;
        }
        progressed();
        return true;
    }

    void progressed()
    {
        ++m_removed;
        m_core.setProgress(m_removed, m_found);
    }

    Walk &m_walk;
    TreeCore &m_core;
    qint64 m_removed = 0;
    qint64 m_found = 0;
};

// ---- measure -----------------------------------------------------------------

class Measurer
{
public:
    Measurer(Walk &walk, MeasureCore &core) : m_walk(walk), m_core(core) {}

    void run(const QByteArray &path)
    {
        FileInfo info;
        NfsError error;
        if (!m_walk.lstat(path, &info, &error)) {
            if (!m_walk.stopped())
                m_core.addFailure(path, error);
            return;
        }
        count(path, info);
        if (!info.isDir())
            return;
        walkFolders(
            m_walk, path,
            [this](const QByteArray &folder, const FileInfoList &entries) {
                for (const FileInfo &e : entries)
                    count(ExportResolution::childPath(folder, e.name), e);
            },
            [this](const QByteArray &folder, const NfsError &e) { m_core.addFailure(folder, e); });
    }

    TreeSize size() const { return m_size; }

private:
    void count(const QByteArray &path, const FileInfo &e)
    {
        switch (e.type) {
        case FileInfo::Type::File:
            ++m_size.files;
            // du's rule: a file with several names counts once.
            if (countsOnce(path, e))
                m_size.bytes += e.size;
            break;
        case FileInfo::Type::Directory:
            ++m_size.folders;
            break;
        case FileInfo::Type::Symlink:
            ++m_size.symlinks;
            break;
        default:
            ++m_size.others;
            break;
        }
        m_core.setCounted(m_size);
        m_core.setProgress(qint64(m_size.bytes), 0);
    }

    // False for a further name of a file already counted. Every known inode is
    // remembered, not only those with several links: the server's cached link
    // count can lag behind a new hard link. An NFSv4 listing from libnfs 4.0
    // carries no inode numbers (the field is left uninitialised): a file with
    // several links is then asked for its own (the session gives it as 0).
    bool countsOnce(const QByteArray &path, const FileInfo &e)
    {
        quint64 inode = e.inode;
        if (inode == 0 && e.links > 1) {
            FileInfo own;
            NfsError error;
            if (m_walk.lstat(path, &own, &error))
                inode = own.inode;
        }
        return inode == 0 || m_seen.insert(inode).second;
    }

    Walk &m_walk;
    MeasureCore &m_core;
    TreeSize m_size;
    std::set<quint64> m_seen;   // inodes of the files already counted
};

// ---- find --------------------------------------------------------------------

class Finder
{
public:
    Finder(Walk &walk, FindCore &core, QRegularExpression pattern)
        : m_walk(walk), m_core(core), m_pattern(std::move(pattern)) {}

    void run(const QByteArray &path)
    {
        FileInfo info;
        NfsError error;
        if (!m_walk.lstat(path, &info, &error)) {
            if (!m_walk.stopped())
                m_core.addFailure(path, error);
            return;
        }
        QList<FoundEntry> hits;
        examine(path, info, hits);
        m_core.addHits(std::move(hits));
        if (!info.isDir())
            return;
        walkFolders(
            m_walk, path,
            [this](const QByteArray &folder, const FileInfoList &entries) {
                QList<FoundEntry> batch;
                for (const FileInfo &e : entries)
                    examine(ExportResolution::childPath(folder, e.name), e, batch);
                m_core.addHits(std::move(batch));
            },
            [this](const QByteArray &folder, const NfsError &e) { m_core.addFailure(folder, e); });
    }

private:
    void examine(const QByteArray &path, const FileInfo &info, QList<FoundEntry> &hits)
    {
        ++m_examined;
        if (m_pattern.match(displayName(info.name)).hasMatch())
            hits.append({path, info});
        m_core.setProgress(m_examined, 0);
    }

    Walk &m_walk;
    FindCore &m_core;
    QRegularExpression m_pattern;
    qint64 m_examined = 0;
};

// Starts `walk` on the walk pool with a link to `session` that its
// destruction cuts. `walk` runs on the pool thread and finishes `core`.
void startWalk(Session *session, std::shared_ptr<JobCore> core, std::function<void(Walk &)> walk)
{
    auto link = SessionLink::to(session);
    startOnTransferPool([link, core, walk = std::move(walk)] {
        Walk w(link, core.get());
        walk(w);
    });
}

// The ending of a walk: cancelled, cut short by the session's end, or the
// failures met (none: success, through `succeed`).
void endWalk(const Walk &walk, JobCore &core, const QList<TreeFailure> &failures, const std::function<void()> &succeed)
{
    if (core.isCancelled())
        core.finish(NfsError::cancelled());
    else if (walk.fatal())
        core.finish(walk.fatal());
    else if (!failures.isEmpty())
        core.finish(summarizeFailures(failures));
    else
        succeed();
}

} // namespace

namespace TreeOperations {

RemoveTreeJob *removeTree(Session *session, const QByteArray &path)
{
    auto core = std::make_shared<TreeCore>();
    auto *job = new RemoveTreeJob(core);
    if (path == "/") {
        // Still from the walk thread, so the ending is asynchronous as always.
        startOnTransferPool([core] {
            core->finish(NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                                  tr("Refusing to remove the server's root folder")));
        });
        return job;
    }
    startWalk(session, core, [core, path](Walk &walk) {
        Remover(walk, *core).run(path);
        endWalk(walk, *core, core->failures(), [&] { core->finish(); });
    });
    return job;
}

MeasureJob *measure(Session *session, const QByteArray &path)
{
    qRegisterMetaType<TreeSize>();
    auto core = std::make_shared<MeasureCore>();
    auto *job = new MeasureJob(core);
    startWalk(session, core, [core, path](Walk &walk) {
        Measurer m(walk, *core);
        m.run(path);
        endWalk(walk, *core, core->failures(), [&] { core->finishWith(m.size()); });
    });
    return job;
}

FindJob *find(Session *session, const QByteArray &path, const QString &wildcard, Qt::CaseSensitivity cs)
{
    qRegisterMetaType<FoundEntry>();
    qRegisterMetaType<QList<FoundEntry>>();
    auto core = std::make_shared<FindCore>();
    auto *job = new FindJob(core);
    QRegularExpression pattern = wildcardExpression(wildcard, cs);
    if (!pattern.isValid()) {
        const QString why = pattern.errorString();
        startOnTransferPool([core, wildcard, why] {
            core->finish(NfsError(NfsError::Kind::InvalidArgument, EINVAL,
                                  tr("Bad pattern '%1': %2").arg(wildcard, why)));
        });
        return job;
    }
    startWalk(session, core, [core, path, pattern](Walk &walk) {
        Finder(walk, *core, pattern).run(path);
        endWalk(walk, *core, core->failures(), [&] { core->finish(); });
    });
    return job;
}

QRegularExpression wildcardExpression(const QString &wildcard, Qt::CaseSensitivity cs)
{
    return QRegularExpression::fromWildcard(wildcard, cs);
}

} // namespace TreeOperations
