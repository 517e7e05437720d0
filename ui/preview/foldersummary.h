// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FolderSummary: how many items a folder holds and their total size, all the
// way down, counted by listing one folder at a time (symlinks are counted, not
// followed). A cancellable job on the GUI thread: it never waits, reports as
// it goes, and stops when cancel() is called or it is deleted.
#include "fileinfo.h"
#include "nfserror.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

class DirectoryListing;
class Session;

class FolderSummary : public QObject
{
    Q_OBJECT
public:
    FolderSummary(Session *session, const QByteArray &path, QObject *parent = nullptr);
    ~FolderSummary() override;

    void start();
    void cancel();
    qint64 items() const { return m_items; }
    qint64 folders() const { return m_folders; }
    quint64 bytes() const { return m_bytes; }
    bool isDone() const { return m_done; }
    // The folders that could not be listed (the count leaves them out).
    int unreadable() const { return m_unreadable; }

Q_SIGNALS:
    void progress();
    void finished();

private:
    void next();

    QPointer<Session> m_session;
    QQueue<QByteArray> m_queue;
    DirectoryListing *m_listing = nullptr;
    qint64 m_items = 0;
    qint64 m_folders = 0;
    quint64 m_bytes = 0;
    int m_unreadable = 0;
    bool m_done = false;
};
