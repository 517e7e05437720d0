// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TreeTransfer: a whole tree copied between a local folder and a mount, or
// between two mounts (get -r, put -r, cp -r), on Transfer's file copies.
//
// It never goes through a symlink: types come from lstat and READDIRPLUS, and
// a symlink is copied as a symlink with the same target text. Every local
// write is made relative to a folder it opened itself, with O_NOFOLLOW, so no
// name the server sends can lead outside the destination (names with '/', "."
// or ".." are refused outright); a name the local file system cannot take is
// reported and skipped. Files keep their modification times and permission
// bits, folders too (set after their contents). The copy goes on after a failed
// item; failures() lists each, and the job ends with an error naming them.
//
// `to` names the copy itself: the caller decides whether an existing folder
// receives the source inside it (as cp -r does). Runs on a thread of its own;
// the job belongs to the thread that started it; it reaches Sessions through
// SessionLinks. The failures end it as summarizeFailures() says.
#include "job.h"
#include "transfer.h"
#include "treefailure.h"

// What the transfer queue gives a tree copy: where it waits while paused and
// where its progress goes (bytes of the files so far, items copied).
struct TreeTransferControl
{
    PauseGate *pause = nullptr;
    std::function<void(qint64 bytes)> onBytes;
    std::function<void(qint64 items)> onItems;
    // As TransferControl's, for each file whose target exists.
    std::function<TransferConflict::Choice(const TransferConflict &)> askConflict;
};

class TreeTransferCore;

class TreeTransfer : public Job
{
    Q_OBJECT
public:
    [[nodiscard]] static TreeTransfer *copy(const TransferEndpoint &from, const TransferEndpoint &to,
                                            const TransferOptions &options = {});

    // The same copy on the calling thread, which waits (the queue's workers);
    // `job` gives the cancel flag. The failed items go to *failures.
    static NfsError copyHere(const std::shared_ptr<JobCore> &job, const TransferEndpoint &from,
                             const TransferEndpoint &to, const TransferOptions &options,
                             const TreeTransferControl &control, QList<TreeFailure> *failures);

    // Every item that could not be copied; complete once finished.
    QList<TreeFailure> failures() const;
    // Files, folders and symlinks copied so far.
    qint64 itemsCopied() const;

private:
    explicit TreeTransfer(std::shared_ptr<TreeTransferCore> core);
    std::shared_ptr<TreeTransferCore> m_tree;
};
