// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TreeOperations: whole-tree work on one Session — remove a tree (rm -r),
// measure it (du), find names in it (find -name).
//
// A walk never goes through a symbolic link: it decides by lstat and by the
// types READDIRPLUS reports (FileInfo::type of a listing never follows a
// link), so a link to a folder is a link, counted or removed as such, and its
// target is never touched. The starting path itself is lstat'ed too: a link
// given as the start is the link.
//
// Each operation is a job like the Session's: it belongs to the thread that
// asked for it, ends exactly once and always asynchronously, can be cancelled,
// and reports progress. The walk runs on a worker thread of its own that asks
// the Session for operations and waits on them (several in flight where that
// is easy), checking for cancellation between steps. Deleting the job cancels
// the walk; deleting the Session ends it with "The session was closed". Both
// are safe while the walk runs. A walk goes on after a failed item; every
// failure is kept in failures(), and the job's error names them (all of them,
// or the first few and a count). Its kind is that of the failure when there is
// exactly one, Other when there are several.
#include "job.h"
#include "session.h"
#include "treefailure.h"

#include <QList>
#include <QRegularExpression>

struct TreeSize
{
    quint64 bytes = 0;     // sizes of the regular files; a file with several hard links once
    quint64 files = 0;     // regular files (every name)
    quint64 folders = 0;   // folders, the starting one included
    quint64 symlinks = 0;  // symbolic links (never followed)
    quint64 others = 0;    // devices, fifos, sockets, unknown types
    friend bool operator==(const TreeSize &, const TreeSize &) = default;
};
Q_DECLARE_METATYPE(TreeSize)

struct FoundEntry
{
    QByteArray path;   // full server path
    FileInfo info;     // lstat attributes (from READDIRPLUS); inode 0 where the listing
                       // has none (libnfs 4.0 over NFSv4)
};
Q_DECLARE_METATYPE(FoundEntry)

class TreeCore;
class MeasureCore;
class FindCore;

// The job of removeTree().
class RemoveTreeJob : public Job
{
    Q_OBJECT
public:
    explicit RemoveTreeJob(std::shared_ptr<TreeCore> core, QObject *parent = nullptr);
    // Every item that could not be removed, in the order met; complete once finished.
    QList<TreeFailure> failures() const;

private:
    std::shared_ptr<TreeCore> m_tree;
};

// The job of measure(): result() once finished without error.
class MeasureJob : public ResultJob<TreeSize>
{
    Q_OBJECT
public:
    explicit MeasureJob(std::shared_ptr<MeasureCore> core, QObject *parent = nullptr);
    // What has been counted so far; after an ending with failures, everything
    // that could be read (du prints it with its errors).
    TreeSize counted() const;
    QList<TreeFailure> failures() const;

private:
    std::shared_ptr<MeasureCore> m_measure;
};

// The job of find(): hits arrive in batches, in walk order (depth first, each
// folder's names in byte order), all before finished().
class FindJob : public Job
{
    Q_OBJECT
public:
    explicit FindJob(std::shared_ptr<FindCore> core, QObject *parent = nullptr);
    // Hits not yet delivered through found(); for callers without an event loop.
    QList<FoundEntry> takeFound();
    // Folders that could not be listed; complete once finished.
    QList<TreeFailure> failures() const;

Q_SIGNALS:
    void found(const QList<FoundEntry> &hits);

protected:
    void catchUp() override;

private:
    friend class FindCore;
    void deliverFound();

    std::shared_ptr<FindCore> m_find;
};

namespace TreeOperations {
// rm -r: files and symlinks (the link, never its target) are unlinked, folders
// removed bottom-up. A folder whose contents could not all be removed is left
// (its failed items say why). The server's root "/" is refused.
// Progress: (items removed, items found so far).
[[nodiscard]] RemoveTreeJob *removeTree(Session *session, const QByteArray &path);

// du: sizes and counts of everything at and below `path`.
// Progress: (bytes counted, 0).
[[nodiscard]] MeasureJob *measure(Session *session, const QByteArray &path);

// find PATH -name PATTERN: every entry at or below `path` (the start too, as
// find(1) does) whose displayName(name) matches `wildcard` as a whole
// (QRegularExpression::wildcardToRegularExpression: '*' any text, '?' one
// character, [abc] and [!abc] sets; anchored at both ends).
// Progress: (entries examined, 0).
[[nodiscard]] FindJob *find(Session *session, const QByteArray &path, const QString &wildcard,
                            Qt::CaseSensitivity cs);

// The expression find() uses for `wildcard`; invalid when the pattern is.
QRegularExpression wildcardExpression(const QString &wildcard, Qt::CaseSensitivity cs);
}
