// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldersummary.h"

#include "directorylisting.h"
#include "exportlist.h"
#include "session.h"

FolderSummary::FolderSummary(Session *session, const QByteArray &path, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_queue.enqueue(path);
    // The session may close first (Disconnect): stop asking it.
    connect(session, &Session::aboutToClose, this, &FolderSummary::cancel, Qt::DirectConnection);
}

FolderSummary::~FolderSummary()
{
    cancel();
}

void FolderSummary::start()
{
    next();
}

void FolderSummary::cancel()
{
    m_queue.clear();
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->cancel();
        m_listing->deleteLater();
        m_listing = nullptr;
    }
}

void FolderSummary::next()
{
    if (m_queue.isEmpty() || !m_session) {
        if (!m_done) {
            m_done = true;
            Q_EMIT finished();
        }
        return;
    }
    const QByteArray path = m_queue.dequeue();
    m_listing = m_session->list(path, false);
    m_listing->setParent(this);
    connect(m_listing, &DirectoryListing::entriesArrived, this, [this, path](const FileInfoList &batch) {
        for (const FileInfo &e : batch) {
            ++m_items;
            if (e.isDir()) {
                ++m_folders;
                m_queue.enqueue(ExportResolution::childPath(path, e.name));
            } else if (e.type == FileInfo::Type::File) {
                m_bytes += e.size;
            }
        }
        Q_EMIT progress();
    });
    connect(m_listing, &Job::finished, this, [this] {
        if (m_listing->error())
            ++m_unreadable;
        m_listing->deleteLater();
        m_listing = nullptr;
        next();
    });
}
