// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TreePlace: one place in a tree copy (TreeTransfer), a name in a local folder
// the copy opened or a path on a server; and TreePlaces, what a tree copy does
// at a place the same way on either side: read its attributes, list a folder,
// make one, set a folder's attributes, read and make a symbolic link. Local
// places are reached only through opened folders (openat, O_NOFOLLOW), never
// by a path a symlink could redirect. Runs on the copy's threads.
#include "fileinfo.h"
#include "sessionlink.h"
#include "transfer.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

struct TreePlace
{
    bool remote = false;
    std::shared_ptr<SessionLink> link;
    QByteArray path;       // remote: full path; local: for messages only (bytes)
    int dirFd = -1;        // local: the folder holding it (not owned)
    QByteArray name;       // local: its name in dirFd

    QString display() const;
    TreePlace child(const QByteArray &childName, int childDirFd) const;
    TransferEndpoint endpoint() const;
};

class TreePlaces
{
    Q_DECLARE_TR_FUNCTIONS(TreeTransfer)

public:
    // `cancelled` is looked at while a request waits on the server.
    explicit TreePlaces(std::function<bool()> cancelled) : m_cancelled(std::move(cancelled)) {}

    // Asks the Session of `p` for a job; nullptr with *error when it closed.
    template<typename Fn>
    auto ask(const TreePlace &p, Fn &&fn, NfsError *error)
    {
        return p.link->job(std::forward<Fn>(fn), error);
    }
    // Waits for `job`, cancelling it when the copy is cancelled meanwhile.
    NfsError await(Job *job);
    // Asks and waits; the job's error, or the Session's end.
    template<typename Fn>
    NfsError run(const TreePlace &p, Fn &&fn)
    {
        NfsError e;
        auto job = ask(p, std::forward<Fn>(fn), &e);
        return job ? await(job.get()) : e;
    }

    // The attributes of the place itself (a link is not followed).
    NfsError lstat(const TreePlace &p, FileInfo *info);
    // A folder's entries with lstat types; a local folder is also opened (*openedFd).
    NfsError list(const TreePlace &p, FileInfoList *entries, int *openedFd);
    // Makes the folder, or takes the one there; a local one is opened (*openedFd).
    NfsError makeFolder(const TreePlace &dst, int *openedFd);
    // A folder's bits and times, as `options` asks (`openedFd` for a local one).
    void setAttributes(const TreePlace &dst, const FileInfo &info, int openedFd, const TransferOptions &options);
    NfsError readLink(const TreePlace &src, QByteArray *target);
    // Makes the link under a temporary name and renames it over, as files are.
    NfsError makeLink(const TreePlace &dst, const QByteArray &target, const FileInfo &info,
                      const TransferOptions &options);

private:
    std::function<bool()> m_cancelled;
};
