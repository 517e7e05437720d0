// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorylisting.h"

void ListingCore::addBatch(FileInfoList batch)
{
    if (batch.isEmpty() || isCancelled())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_finished)
        return;
    m_pending.append(std::move(batch));
    if (m_job) {
        auto *listing = static_cast<DirectoryListing *>(m_job);
        QMetaObject::invokeMethod(listing, &DirectoryListing::deliverBatch, Qt::QueuedConnection);
    }
}

FileInfoList ListingCore::takeAll()
{
    QMutexLocker lock(&m_mutex);
    FileInfoList all;
    for (FileInfoList &batch : m_pending)
        all.append(std::move(batch));
    m_pending.clear();
    return all;
}

FileInfoList ListingCore::takeBatch()
{
    QMutexLocker lock(&m_mutex);
    if (m_pending.isEmpty())
        return {};
    return m_pending.takeFirst();
}

DirectoryListing::DirectoryListing(std::shared_ptr<ListingCore> core, QObject *parent)
    : Job(core, parent), m_listing(std::move(core))
{
}

void DirectoryListing::catchUp()
{
    // Batches that came before this job existed were posted to nobody; any
    // posted since find nothing left when their turn comes.
    for (FileInfoList batch = m_listing->takeBatch(); !batch.isEmpty(); batch = m_listing->takeBatch()) {
        if (!m_listing->isCancelled())
            Q_EMIT entriesArrived(batch);
    }
    Job::catchUp();
}

void DirectoryListing::deliverBatch()
{
    // One queued call per batch, so each call takes exactly one; a batch
    // already taken by takeEntries() leaves nothing to emit.
    FileInfoList batch = m_listing->takeBatch();
    if (!batch.isEmpty() && !m_listing->isCancelled())
        Q_EMIT entriesArrived(batch);
}
