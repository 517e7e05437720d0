// SPDX-License-Identifier: GPL-3.0-or-later
// How a FolderView keeps the folder it shows true to the server, which sends
// no change notices: the folder's rights, free space and modification time
// asked with each listing, a look again when the window comes back, listings
// made again when the server answers again, and a folder removed on the
// server left for the nearest folder above it.
#include "folderview.h"

#include "displayname.h"
#include "errorbanner.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "sessioncache.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTimer>

#include <utility>

namespace {
bool isConnectionFailure(const NfsError &error)
{
    const NfsError::Kind kind = error.kind();
    return kind == NfsError::Kind::Timeout || kind == NfsError::Kind::ConnectionLost
        || kind == NfsError::Kind::Unreachable || kind == NfsError::Kind::Refused;
}
} // namespace

void FolderView::serverAnswersAgain()
{
    // A listing sent while the server was silent may still end in a time-out
    // after this: then it is made again when it ends (onRootListed).
    if (m_model->isListing()) {
        m_relistIfItFails = true;
        return;
    }
    if (isConnectionFailure(m_model->lastError()))
        refresh();
}

void FolderView::recheck()
{
    if (!m_url.isValid() || m_rechecking || !m_model->isRootListed() || m_model->isListing())
        return;
    if (m_url.version() == 3 && m_url.isRoot())
        return;   // the export list has no mtime
    Session *session = m_pool->sessionFor(m_url);
    StatJob *stat = session->stat(m_url.path());
    m_rechecking = true;
    const NfsUrl url = m_url;
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, url] {
        stat->deleteLater();
        m_rechecking = false;
        if (!(url == m_url))
            return;
        if (stat->error()) {
            if (isGoneBelowExport(stat->error()))
                leaveRemovedFolder(url, url.parent(), stat->error());
            return;
        }
        const qint64 mtime = stat->result().mtimeNs;
        if (m_lastMtime >= 0 && mtime != m_lastMtime)
            m_model->refresh();
        m_lastMtime = mtime;
    });
}

void FolderView::queryFolderState()
{
    if (m_url.version() == 3 && m_url.isRoot()) {
        m_access = 0;   // the export list is read-only
        return;
    }
    Session *session = m_pool->sessionFor(m_url);
    const NfsUrl url = m_url;
    AccessJob *access = session->access(m_url.path());
    access->setParent(this);
    connect(access, &Job::finished, this, [this, access, url] {
        access->deleteLater();
        if (!(url == m_url))
            return;
        m_access = access->error() ? 0 : access->result();
        Q_EMIT statusChanged();
    });
    StatvfsJob *statvfs = session->statvfs(m_url.path());
    statvfs->setParent(this);
    connect(statvfs, &Job::finished, this, [this, statvfs, url] {
        statvfs->deleteLater();
        if (!(url == m_url) || statvfs->error())
            return;
        const FsStats s = statvfs->result();
        // An NFSv4 pseudo root (no file system of its own) has no sizes: none is shown.
        if (s.totalBytes == 0)
            return;
        m_freeSpace = tr("%1 free of %2")
                          .arg(QLocale().formattedDataSize(qint64(s.availableBytes)),
                               QLocale().formattedDataSize(qint64(s.totalBytes)));
        Q_EMIT statusChanged();
    });
    StatJob *stat = session->stat(m_url.path());
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, url] {
        stat->deleteLater();
        if (url == m_url && !stat->error() && m_lastMtime < 0)
            m_lastMtime = stat->result().mtimeNs;
    });
}

void FolderView::onRootListed(const NfsError &error)
{
    if (std::exchange(m_relistIfItFails, false) && isConnectionFailure(error)) {
        refresh();
        return;
    }
    // A listing sent just as the server came back may still fail on the old
    // connection while the session already says it answers: tried again a
    // few times, a second apart, so the banner does not stay for nothing.
    if (isConnectionFailure(error) && m_pool->stateOf(m_url) == Session::State::Connected
        && m_relistsWhileConnected < MaxRelistsWhileConnected) {
        ++m_relistsWhileConnected;
        QTimer::singleShot(1000, this, [this] {
            if (!m_model->isListing())
                refresh();
        });
    } else if (!error) {
        m_relistsWhileConnected = 0;
    }
    if (!error)
        m_listedUrl = m_url;
    if (error && isGoneBelowExport(error)) {
        leaveRemovedFolder(m_url, m_url.parent(), error);
        Q_EMIT statusChanged();
        return;
    }
    if (error) {
        showError(error.message());
    }
    if (!m_selectAfterListing.isEmpty()) {
        // A listing that started before the change may not have it yet: keep waiting for the name.
        if (selectName(m_selectAfterListing))
            m_selectAfterListing.clear();
    } else if (!currentView()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    }
    Q_EMIT statusChanged();
}

bool FolderView::isGoneBelowExport(const NfsError &error) const
{
    const NfsError::Kind kind = error.kind();
    if (kind != NfsError::Kind::NotFound && kind != NfsError::Kind::Stale && kind != NfsError::Kind::NotADirectory)
        return false;
    // Only a folder that was there: a mistyped one is an error to show.
    if (m_url.isRoot() || !(m_listedUrl == m_url))
        return false;
    // The export itself gone (a stale handle of it) is no folder removed: the banner offers to remount.
    const QByteArray exportPath = m_url.version() == 3 ? m_pool->exportOf(m_url) : QByteArray("/");
    return m_url.path() != exportPath;
}

void FolderView::leaveRemovedFolder(const NfsUrl &gone, const NfsUrl &candidate, const NfsError &error)
{
    const QString notice = tr("%1 was removed on the server; showing %2, the nearest folder above it.");
    const QByteArray exportPath = gone.version() == 3 ? m_pool->exportOf(gone) : QByteArray("/");
    if (candidate.isRoot() || (gone.version() == 3 && !ExportResolution::isAtOrBelow(candidate.path(), exportPath))) {
        // Over NFSv3 above the export is the server's export list, which is always there.
        const NfsUrl top = gone.version() == 3 ? gone.withPath(exportPath.isEmpty() ? QByteArray("/") : exportPath)
                                               : candidate;
        setUrl(top, false);
        showError(notice.arg(displayName(gone.path()), displayName(top.path())));
        return;
    }
    StatJob *stat = m_pool->sessionFor(candidate)->stat(candidate.path());
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, gone, candidate, error, notice] {
        stat->deleteLater();
        if (!(gone == m_url))
            return;   // the user went elsewhere meanwhile
        if (!stat->error() && stat->result().isDir()) {
            m_selectAfterListing.clear();
            setUrl(candidate, false);
            showError(notice.arg(displayName(gone.path()), displayName(candidate.path())));
            return;
        }
        if (stat->error().kind() == NfsError::Kind::NotFound || stat->error().kind() == NfsError::Kind::Stale
            || stat->error().kind() == NfsError::Kind::NotADirectory || (!stat->error() && !stat->result().isDir()))
            leaveRemovedFolder(gone, candidate.parent(), error);
        else
            showError(error.message());
    });
}
