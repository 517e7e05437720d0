// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DirectoryListing: the entries of one folder, arriving in batches.
//
// The session thread appends batches through ListingCore (any thread); the
// listing emits entriesArrived() on its own thread for each batch, in order,
// and then finished() once. A caller without an event loop (the CLI, a worker
// thread) calls wait() and then takeEntries(). "." and ".." are never included.
#include "fileinfo.h"
#include "job.h"

class ListingCore : public JobCore
{
public:
    // Session thread: hand over one batch. Empty batches are ignored.
    void addBatch(FileInfoList batch);
    // Any thread: everything not yet taken, in arrival order.
    FileInfoList takeAll();
    // Any thread: the next pending batch, or an empty list.
    FileInfoList takeBatch();

private:
    QList<FileInfoList> m_pending;     // guarded by m_mutex
};

class DirectoryListing : public Job
{
    Q_OBJECT
public:
    explicit DirectoryListing(std::shared_ptr<ListingCore> core, QObject *parent = nullptr);

    // Entries not yet delivered through entriesArrived(); for callers without an event loop.
    FileInfoList takeEntries() { return m_listing->takeAll(); }

Q_SIGNALS:
    void entriesArrived(const FileInfoList &batch);

protected:
    void catchUp() override;

private:
    friend class ListingCore;
    void deliverBatch();

    std::shared_ptr<ListingCore> m_listing;
};
