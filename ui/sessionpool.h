#pragma once
// SessionPool: the window's cache of mounts. Browsing shares one Session per
// server and options (and, for NFSv3, per export) while it is in use, and
// closes sessions nobody has used for IdleCloseMs. Lives on the GUI thread;
// it never waits: a new Session mounts in the background and the first
// operation on it simply queues behind the mount.
#include "session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

class SessionPool : public QObject
{
    Q_OBJECT
public:
    // Five idle minutes: long enough to come back to a folder without a new
    // mount, short enough not to hold server state for a forgotten tab.
    static constexpr int IdleCloseMs = 5 * 60 * 1000;

    explicit SessionPool(QObject *parent = nullptr);
    ~SessionPool() override;

    // The session that reaches `url`'s path: one whose export holds it, or a
    // new one. Marks it used now. `url` must be valid.
    Session *sessionFor(const NfsUrl &url);
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
        QElapsedTimer lastUsed;
    };
    std::vector<Entry> m_entries;
    QTimer m_idleTimer;
};
