// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncache.h"

#include "exportlist.h"

namespace {
// How often idle sessions are looked for; a fraction of the idle time is enough.
constexpr int IdleCheckMs = 30 * 1000;
}

SessionCache::SessionCache(QObject *parent)
    : QObject(parent)
{
    m_idleTimer.setInterval(IdleCheckMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { closeIdle(IdleCloseMs); });
    m_idleTimer.start();
}

SessionCache::~SessionCache()
{
    for (Entry &e : m_entries)
        delete e.session;
}

QString SessionCache::serverKey(const NfsUrl &url)
{
    return url.withPath("/").toString();
}

Session *SessionCache::sessionFor(const NfsUrl &url, const std::function<NfsError(Job *)> &awaitMount)
{
    Q_ASSERT(url.isValid());
    const QString key = serverKey(url);
    const QByteArray path = url.path();
    for (Entry &e : m_entries) {
        if (e.key != key)
            continue;
        // NFSv4 reaches every export from one mount; NFSv3 mounts one export.
        bool reaches = url.version() == 4 || e.requestedPath == path
            // The export list and every mount live on any session: "/" needs no mount.
            || (path == "/" && e.exportPath.isEmpty());
        if (!reaches && awaitMount && !e.mountAsked && e.exportPath.isEmpty()) {
            e.mountAsked = true;
            std::unique_ptr<MountJob> mount(e.session->mount());
            if (!awaitMount(mount.get()))
                e.exportPath = mount->result().exportPath;
        }
        reaches = reaches || (!e.exportPath.isEmpty() && ExportResolution::isAtOrBelow(path, e.exportPath));
        if (reaches) {
            e.lastUsed.start();
            return e.session;
        }
    }
    Entry e;
    e.session = new Session(url, this);
    e.key = key;
    e.requestedPath = path;
    e.lastUsed.start();
    Session *session = e.session;
    connect(session, &Session::stateChanged, this, [this, key] { Q_EMIT stateChanged(key); });
    m_entries.push_back(std::move(e));
    if (url.version() == 3 && path != "/" && !awaitMount)
        learnExport(m_entries.back());
    return session;
}

void SessionCache::learnExport(Entry &e)
{
    // Learn which export it mounted, so other paths below it share it.
    e.mountAsked = true;
    Session *session = e.session;
    MountJob *mount = session->mount();
    mount->setParent(this);
    connect(mount, &Job::finished, this, [this, mount, session] {
        mount->deleteLater();
        if (mount->error())
            return;
        for (Entry &entry : m_entries) {
            if (entry.session == session)
                entry.exportPath = mount->result().exportPath;
        }
    });
}

void SessionCache::disconnectServer(const NfsUrl &url)
{
    const QString key = serverKey(url);
    std::vector<Entry> kept;
    for (Entry &e : m_entries) {
        if (e.key == key)
            e.session->deleteLater();
        else
            kept.push_back(std::move(e));
    }
    m_entries = std::move(kept);
    Q_EMIT stateChanged(key);
}

Session::State SessionCache::stateOf(const NfsUrl &url) const
{
    const QString key = serverKey(url);
    Session::State worst = Session::State::Idle;
    for (const Entry &e : m_entries) {
        if (e.key == key && int(e.session->state()) > int(worst))
            worst = e.session->state();
    }
    return worst;
}

QByteArray SessionCache::exportOf(const NfsUrl &url) const
{
    if (url.version() == 4)
        return QByteArrayLiteral("/");
    const QString key = serverKey(url);
    for (const Entry &e : m_entries) {
        if (e.key == key && !e.exportPath.isEmpty() && ExportResolution::isAtOrBelow(url.path(), e.exportPath))
            return e.exportPath;
    }
    return {};
}

void SessionCache::closeIdle(qint64 idleMs)
{
    std::vector<Entry> kept;
    for (Entry &e : m_entries) {
        if (e.lastUsed.hasExpired(idleMs))
            e.session->deleteLater();
        else
            kept.push_back(std::move(e));
    }
    m_entries = std::move(kept);
}
