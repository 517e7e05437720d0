// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SingleInstance: one window per user, many links. The first nfs-navigator of a user
// listens on a local socket in the user's runtime folder; a later launch hands its URL
// over that socket and exits, so a clicked nfs:// link opens a tab in the running window
// instead of a second process.
//
// The protocol is one line each way: the later launch sends the canonical URL (or an
// empty line: just raise the window) and the first answers "ok" once the tab is open.
// GUI thread only. handOver() blocks for a bounded time (HandOverTimeoutMs), and only
// at start-up before any window exists; the listening side never blocks.
#include <QLoggingCategory>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

Q_DECLARE_LOGGING_CATEGORY(lcInstance)

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class HandOver { Delivered, NoInstance, Failed };
    // A running instance answers within this, or it counts as hung.
    static constexpr int HandOverTimeoutMs = 5000;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's path: per user, in a folder only that user can enter.
    static QString socketPath();

    // Sends `url` (empty: just show the window) to the running instance.
    // Failed: one answered the connection but not the request; `error` says why.
    HandOver handOver(const QString &url, QString *error);
    // Becomes the running instance. Call only after handOver() found none: a socket
    // left behind by a crashed instance is then removed first.
    bool listen(QString *error);

Q_SIGNALS:
    // A later launch asked for `url` (empty: just show the window).
    void urlReceived(const QString &url);

private:
    void readRequest(QLocalSocket *socket);

    QLocalServer *m_server;
};
