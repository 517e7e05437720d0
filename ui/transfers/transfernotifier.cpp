// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfernotifier.h"

#include "displayname.h"
#include "transferqueue.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QStatusBar>

namespace {

const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");

// The name the user knows the transfer by: the target's last part, as it ended up.
QString targetName(const TransferJob *job)
{
    const TransferPlace target = job->target();
    if (target.kind == TransferPlace::Kind::Remote) {
        // The name as it reads, not percent-encoded as in the URL ("f (1).txt", not "f%20(1).txt").
        const QByteArray path = target.url.path();
        const QByteArray name = path.mid(path.lastIndexOf('/') + 1);
        if (!name.isEmpty())
            return displayName(name);
    }
    const QString shown = target.display();
    const QString name = shown.section(QLatin1Char('/'), -1);
    return name.isEmpty() ? shown : name;
}

} // namespace

TransferNotifier::TransferNotifier(TransferQueue *queue, QObject *parent) : QObject(parent)
{
    connect(queue, &TransferQueue::jobAdded, this, [this](TransferJob *job) {
        m_started[job].start();
        connect(job, &QObject::destroyed, this, [this, job] { m_started.remove(job); });
    });
    connect(queue, &TransferQueue::jobFinished, this, &TransferNotifier::ended);
}

void TransferNotifier::ended(TransferJob *job)
{
    const auto it = m_started.constFind(job);
    if (it == m_started.constEnd())
        return;
    const qint64 ranMs = it->elapsed();
    m_started.erase(it);
    const TransferJob::State state = job->state();
    if (ranMs < m_minimumMs || state == TransferJob::State::Cancelled)
        return;
    const bool done = state == TransferJob::State::Finished;
    const QString summary = done ? tr("Transfer finished") : tr("Transfer failed");
    const QString body = done ? tr("%1 is in %2").arg(targetName(job), job->target().display())
                              : tr("%1: %2").arg(targetName(job), job->error().message());

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        toStatusBar(summary, body);
        return;
    }
    QDBusMessage notify = QDBusMessage::createMethodCall(NotificationsService, NotificationsPath,
                                                         NotificationsService, QStringLiteral("Notify"));
    notify << QStringLiteral("NFS Navigator") << 0u << QStringLiteral("nfs-navigator") << summary << body
           << QStringList() << QVariantMap() << -1;
    // Never waited for: a missing or stuck service answers with an error later.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, summary, body](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        if (w->isError())
            toStatusBar(summary, body);
        else
            Q_EMIT notified(summary, body, true);
    });
}

void TransferNotifier::toStatusBar(const QString &summary, const QString &body)
{
    if (m_statusBar)
        m_statusBar->showMessage(tr("%1: %2").arg(summary, body), StatusBarMs);
    Q_EMIT notified(summary, body, false);
}

void TransferNotifier::setStatusBar(QStatusBar *bar)
{
    m_statusBar = bar;
}
