// SPDX-License-Identifier: GPL-3.0-or-later
#include "cutfollower.h"

#include "dragcache.h"
#include "errorbanner.h"
#include "folderview.h"
#include "session.h"
#include "sessioncache.h"
#include "treeoperations.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <memory>

CutFollower *CutFollower::instance()
{
    static QPointer<CutFollower> follower;
    if (!follower)
        follower = new CutFollower(QCoreApplication::instance());
    return follower;
}

CutFollower::CutFollower(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(PollMs);
    connect(&m_timer, &QTimer::timeout, this, &CutFollower::poll);
}

void CutFollower::follow(RemoteMimeData *mime, FolderView *view)
{
    stop();
    const QList<RemoteMimeData::Item> items = mime->items();
    const QStringList locals = mime->localPaths();
    DragCache &cache = DragCache::instance();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (locals.value(i).isEmpty())
            continue;
        // Held in the cache while followed: an eviction is not a paste.
        cache.pin(locals.at(i));
        m_entries.append({items.at(i), locals.at(i), false});
    }
    if (m_entries.isEmpty())
        return;
    m_view = view;
    m_handedOut = false;
    m_quietPolls = 0;
    QPointer<CutFollower> self = this;
    const quint64 cut = ++m_cuts;
    mime->setHandedOutCallback([self, cut] {
        // Only for the cut followed now: an older one may still be on another program's side.
        if (self && self->m_cuts == cut && self->isFollowing())
            self->m_handedOut = true;
    });
    m_age.start();
    m_timer.start();
}

void CutFollower::forget()
{
    stop();
}

void CutFollower::stop()
{
    m_timer.stop();
    DragCache &cache = DragCache::instance();
    for (const Entry &e : std::as_const(m_entries))
        cache.unpin(e.local);
    m_entries.clear();
    m_view.clear();
    m_handedOut = false;
}

void CutFollower::poll()
{
    if (!m_view || m_age.elapsed() > FollowMs) {
        stop();
        return;
    }
    if (!m_handedOut)
        return;
    bool wentNow = false;
    bool allGone = true;
    for (Entry &e : m_entries) {
        if (!e.gone && !QFileInfo::exists(e.local)) {
            e.gone = true;
            wentNow = true;
        }
        allGone = allGone && e.gone;
    }
    m_quietPolls = wentNow ? 0 : m_quietPolls + 1;
    const bool anyGone = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.gone; });
    // A paste moves its files one after another: offer once all went, or
    // when the rest stayed for a few seconds after the last went.
    if (allGone || (anyGone && m_quietPolls >= 6))
        checkAndOffer();
}

void CutFollower::checkAndOffer()
{
    m_timer.stop();
    QList<RemoteMimeData::Item> gone;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.gone)
            gone.append(e.item);
    }
    QPointer<FolderView> view = m_view;
    stop();
    if (!view || gone.isEmpty()) {
        Q_EMIT checked(0);
        return;
    }
    // Each original is looked at again: only what the cut saw may be removed.
    struct Check
    {
        QList<RemoteMimeData::Item> unchanged;
        int remaining = 0;
    };
    auto check = std::make_shared<Check>();
    check->remaining = int(gone.size());
    for (const RemoteMimeData::Item &item : std::as_const(gone)) {
        Session *session = view->sessionPool()->sessionFor(item.url);
        StatJob *job = session->lstat(item.url.path());
        job->setParent(this);
        connect(job, &Job::finished, this, [this, job, item, check, view] {
            job->deleteLater();
            if (!job->error()) {
                const FileInfo &now = job->result();
                const bool same = item.isDir ? now.isDir()
                                             : (!now.isDir() && qint64(now.size) == item.size && now.mtimeNs == item.mtimeNs);
                if (same)
                    check->unchanged.append(item);
            }
            if (--check->remaining > 0)
                return;
            if (!view || check->unchanged.isEmpty()) {
                Q_EMIT checked(0);
                return;
            }
            const QList<RemoteMimeData::Item> items = check->unchanged;
            const int n = int(items.size());
            const QString text = n == 1
                ? tr("\"%1\" was moved to another program. Remove it from the server too?")
                      .arg(items.first().url.toString())
                : tr("%n item(s) cut here were moved to another program. Remove them from the server too?", nullptr, n);
            QPointer<CutFollower> self = this;
            view->banner()->showMessage(text, tr("Remove from Server"), [self, items, view] {
                if (self && view)
                    self->removeOnServer(items, view);
            });
            Q_EMIT checked(n);
        });
    }
}

void CutFollower::removeOnServer(const QList<RemoteMimeData::Item> &items, FolderView *view)
{
    auto remaining = std::make_shared<int>(int(items.size()));
    auto errors = std::make_shared<QStringList>();
    QPointer<FolderView> guard = view;
    for (const RemoteMimeData::Item &item : items) {
        Session *session = view->sessionPool()->sessionFor(item.url);
        // Folders go through removeTree, which never follows a symlink.
        Job *job = item.isDir ? static_cast<Job *>(TreeOperations::removeTree(session, item.url.path()))
                              : session->unlink(item.url.path());
        job->setParent(this);
        connect(job, &Job::finished, this, [this, job, remaining, errors, guard] {
            job->deleteLater();
            if (job->error())
                errors->append(job->error().message());
            if (--*remaining > 0)
                return;
            const QString error = errors->join(QLatin1Char('\n'));
            if (guard) {
                if (!error.isEmpty())
                    guard->banner()->showMessage(error);
                guard->refresh();
            }
            Q_EMIT removed(error);
        });
    }
}
