// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TransferNotifier: tells the user when a transfer that ran a while ends
// (done or failed; a cancel is the user's own doing and is not told). Through
// the desktop's notification service (org.freedesktop.Notifications, Notify
// over the session bus, sent without waiting) when there is one; else, or when
// the service answers with an error, as a message in the window's status bar.
// Lives on the GUI thread.
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

class QStatusBar;
class TransferJob;
class TransferQueue;

class TransferNotifier : public QObject
{
    Q_OBJECT
public:
    // A transfer shorter than this ends without a word: the user just watched it.
    static constexpr int DefaultMinimumMs = 5000;
    // How long the status bar shows the message.
    static constexpr int StatusBarMs = 10000;

    TransferNotifier(TransferQueue *queue, QObject *parent = nullptr);

    // Where the fallback message goes (may be null: then it is only signalled).
    void setStatusBar(QStatusBar *bar);
    void setMinimumMs(int ms) { m_minimumMs = ms; }

Q_SIGNALS:
    // After each message: `desktop` tells whether the notification service took it.
    void notified(const QString &summary, const QString &body, bool desktop);

private:
    void ended(TransferJob *job);
    void toStatusBar(const QString &summary, const QString &body);

    QHash<TransferJob *, QElapsedTimer> m_started;
    QPointer<QStatusBar> m_statusBar;
    int m_minimumMs = DefaultMinimumMs;
};
