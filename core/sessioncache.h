// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SessionCache: the one cache of mounts, for the window and the command line.
// It shares one Session per server and options (and, for NFSv3, per export)
// while it is in use, and closes sessions nobody has used for IdleCloseMs.
// Lives on one thread. In the window it never waits: a new Session mounts in
// the background, the export it mounted is learned from that, and the first
// operation on it simply queues behind the mount. The command line, which
// waits, passes sessionFor() a way to wait for the mount instead, so a second
// path in an export already mounted shares that mount at once.
// Transfers do not use it: each has sessions of its own (TransferQueue).
#include "session.h"

#include <functional>

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

class SessionCache : public QObject
{
    Q_OBJECT
public:
    // Five idle minutes: long enough to come back to a folder without a new
    // mount, short enough not to hold server state for a forgotten tab.
    static constexpr int IdleCloseMs = 5 * 60 * 1000;

    explicit SessionCache(QObject *parent = nullptr);
    ~SessionCache() override;

    // The session that reaches `url`'s path: one whose export holds it, or a
    // new one. Marks it used now. `url` must be valid. With `awaitMount`
    // (callers that may wait), a session whose export is not known yet is
    // mounted and waited on through it first.
    Session *sessionFor(const NfsUrl &url, const std::function<NfsError(Job *)> &awaitMount = {});
    // The server and options part of `url`: what keys the cache (path "/").
    static QString serverKey(const NfsUrl &url);
    // Closes every session of the server of `url` (Disconnect). Jobs already
    // asked for still end (with an error if they needed the server).
    void disconnectServer(const NfsUrl &url);
    // The state of the server of `url`: the worst state of its sessions.
    Session::State stateOf(const NfsUrl &url) const;
    // The export a session mounted for `url`'s path over NFSv3 ("/" for NFSv4),
    // or empty while unknown.
    QByteArray exportOf(const NfsUrl &url) const;
    int sessionCount() const { return int(m_entries.size()); }

    // Closes sessions idle for longer than `idleMs` (the timer uses IdleCloseMs).
    void closeIdle(qint64 idleMs);

Q_SIGNALS:
    // Some session of the server keyed `serverKey` changed its state.
    void stateChanged(const QString &serverKey);

private:
    struct Entry
    {
        Session *session = nullptr;
        QString key;
        QByteArray requestedPath;
        QByteArray exportPath;      // empty until mounted (NFSv3)
        bool mountAsked = false;    // its export is asked once; a failed mount is not asked again
        QElapsedTimer lastUsed;
    };
    void learnExport(Entry &e);
    std::vector<Entry> m_entries;
    QTimer m_idleTimer;
};
