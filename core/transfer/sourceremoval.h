// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SourceRemoval: the second half of a move that could not be a rename. After
// the copy it walks the source beside its copy and deletes each item whose
// copy is verified: a file when its copy is a file of the same size, a
// symlink when its copy is a symlink, a folder when everything in it went.
// Items the copy reported as failed, and items whose copy does not match,
// keep their source: a failed move never loses data. Runs on the transfer's
// pool thread and waits there; it reaches Sessions through SessionLinks.
#include "transfer.h"
#include "treefailure.h"

#include <QCoreApplication>
#include <QSet>

struct FileInfo;

class SourceRemoval
{
    Q_DECLARE_TR_FUNCTIONS(SourceRemoval)

public:
    // `failed`: what the copy reported (their sources are kept).
    SourceRemoval(std::shared_ptr<JobCore> job, const QList<TreeFailure> &failed);

    // Verifies `to` against `from` and deletes what is verified. Every item
    // kept for a reason of its own (a size that differs, a delete refused) is
    // returned as a failure; items the copy reported are not repeated.
    QList<TreeFailure> run(const TransferEndpoint &from, const TransferEndpoint &to);

private:
    struct Place
    {
        std::shared_ptr<SessionLink> link;   // null: local
        QByteArray path;                      // full server path, or a local path's bytes
        QString display() const;
        Place child(const QByteArray &name) const;
    };
    static Place placeOf(const TransferEndpoint &e);

    bool cancelled() const;
    NfsError lstat(const Place &p, FileInfo *info);
    NfsError list(const Place &p, QList<QByteArray> *names);
    NfsError remove(const Place &p, bool folder);
    // True when `src` and all in it were deleted.
    bool moveDone(const Place &src, const Place &dst);
    void keep(const Place &p, const NfsError &why);

    std::shared_ptr<JobCore> m_job;
    QSet<QByteArray> m_failedPaths;
    QList<TreeFailure> m_kept;
};
