// SPDX-License-Identifier: GPL-3.0-or-later
#include "droptarget.h"

#include "appsettings.h"
#include "copynames.h"

#include "errorbanner.h"
#include "folderview.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "session.h"
#include "sessioncache.h"
#include "transferqueue.h"
#include "undohistory.h"

#include <QAbstractItemView>
#include <QDropEvent>
#include <QListView>
#include <QMenu>
#include <QSet>
#include <QTreeView>

#include <algorithm>

DropTarget::DropTarget(FolderView *view) : QObject(view), m_view(view)
{
    for (QAbstractItemView *v : {static_cast<QAbstractItemView *>(view->detailsView()),
                                 static_cast<QAbstractItemView *>(view->iconsView())}) {
        v->viewport()->setAcceptDrops(true);
        v->viewport()->installEventFilter(this);
    }
}

QByteArray DropTarget::targetPath(const QPoint &pos) const
{
    if (!m_view->url().isValid())
        return {};
    // Onto a folder's row: into that folder; anywhere else: into this one.
    const QModelIndex source = m_view->proxy()->mapToSource(m_view->currentView()->indexAt(pos));
    if (source.isValid() && m_view->model()->isDir(source))
        return m_view->model()->pathOf(source);
    return m_view->url().path();
}

bool DropTarget::acceptable(const QMimeData *mime) const
{
    if (!mime)
        return false;
    if (mime->hasFormat(RemoteMimeData::NfsUrlsMimeType))
        return true;
    if (!mime->hasUrls())
        return false;
    // Asking a drag of ours for urls() would fetch; the private type is checked first.
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); });
}

bool DropTarget::eventFilter(QObject *watched, QEvent *event)
{
    // Only drag events reach the view: others come also while it is being
    // destroyed (its viewports' own destruction), when it must not be touched.
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop && type != QEvent::DragLeave)
        return false;
    if (watched != m_view->detailsView()->viewport() && watched != m_view->iconsView()->viewport())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *de = static_cast<QDropEvent *>(event);
        const QByteArray target = targetPath(de->position().toPoint());
        // Into the folder shown only when the server lets us write there (a row's folder is tried).
        const bool writable = target != m_view->url().path() || m_view->canWrite();
        if (acceptable(de->mimeData()) && !target.isEmpty() && writable) {
            de->setDropAction(Qt::CopyAction);
            de->accept();
        } else {
            de->ignore();
        }
        return true;
    }
    case QEvent::Drop:
        drop(static_cast<QDropEvent *>(event));
        return true;
    default:
        return false;
    }
}

void DropTarget::drop(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QByteArray target = targetPath(event->position().toPoint());
    if (!acceptable(mime) || target.isEmpty()) {
        event->ignore();
        return;
    }
    if (target == m_view->url().path() && !m_view->canWrite()) {
        m_view->banner()->showMessage(m_view->writeRefusal());
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    const NfsUrl folder = m_view->url().withPath(target);
    const QList<RemoteMimeData::Item> items = RemoteMimeData::internalItems(mime);
    if (items.isEmpty()) {
        // Files from another program: uploads.
        QStringList paths;
        for (const QUrl &u : mime->urls())
            paths.append(u.toLocalFile());
        m_view->uploadInto(target, paths);
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (mods & Qt::ShiftModifier) {
        copyInto(folder, items, true);
        return;
    }
    if (mods & Qt::ControlModifier) {
        copyInto(folder, items, false);
        return;
    }
    // Without a key held, the setting decides (Settings ▸ "A drop between places").
    switch (AppSettings::application()->dropAction()) {
    case AppSettings::DropAction::Copy:
        copyInto(folder, items, false);
        return;
    case AppSettings::DropAction::Move:
        copyInto(folder, items, true);
        return;
    case AppSettings::DropAction::Ask:
        break;
    }
    // Ask, as file managers do; the menu is not modal, so the drop handler returns now.
    if (m_menu)
        m_menu->close();
    m_menu = new QMenu(m_view);
    m_menu->setObjectName(QStringLiteral("dropMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_menu, &QObject::destroyed, this, [this] { m_menu = nullptr; });
    QAction *copy = m_menu->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy Here"));
    copy->setObjectName(QStringLiteral("dropCopy"));
    QAction *move = m_menu->addAction(QIcon::fromTheme(QStringLiteral("go-jump")), tr("&Move Here"));
    move->setObjectName(QStringLiteral("dropMove"));
    m_menu->addSeparator();
    QAction *cancel = m_menu->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("C&ancel"));
    cancel->setObjectName(QStringLiteral("dropCancel"));
    connect(copy, &QAction::triggered, this, [this, folder, items] { copyInto(folder, items, false); });
    connect(move, &QAction::triggered, this, [this, folder, items] { copyInto(folder, items, true); });
    QWidget *viewport = m_view->currentView()->viewport();
    m_menu->popup(viewport->mapToGlobal(event->position().toPoint()));
}

QString DropTarget::refusal(const NfsUrl &folder, const QList<RemoteMimeData::Item> &items, bool move) const
{
    const QString server = SessionCache::serverKey(folder);
    for (const RemoteMimeData::Item &item : items) {
        if (SessionCache::serverKey(item.url) != server)
            continue;
        const QByteArray from = item.url.path();
        const QByteArray into = folder.path();
        const QString name = item.url.displayPath().section(QLatin1Char('/'), -1);
        if (item.isDir && (into == from || into.startsWith(from + '/'))) {
            return move ? tr("Cannot move the folder \"%1\" into itself.").arg(name)
                        : tr("Cannot copy the folder \"%1\" into itself.").arg(name);
        }
    }
    return {};
}

QByteArray DropTarget::copyName(const QByteArray &name, int n, bool isDir)
{
    // The suffix stays last so the copy opens as the original does; ".tar.gz" stays whole.
    qsizetype dot = isDir ? -1 : name.lastIndexOf('.');
    if (dot > 0 && name.left(dot).endsWith(".tar"))
        dot -= 4;
    const bool hasSuffix = dot > 0 && dot < name.size() - 1;
    const QByteArray base = hasSuffix ? name.left(dot) : name;
    const QByteArray suffix = hasSuffix ? name.mid(dot) : QByteArray();
    // The name's own bytes go in untouched (they need not be UTF-8, and may
    // hold a '%'): only the words around them come from the translation.
    const QString words = n == 1 ? tr("%1 (copy)%2")
                                 : tr("%1 (copy %2)%3").arg(QStringLiteral("%1"), QString::number(n), QStringLiteral("%2"));
    const qsizetype at1 = words.indexOf(QLatin1String("%1"));
    const qsizetype at2 = words.indexOf(QLatin1String("%2"));
    if (at1 < 0 || at2 < 0)
        return base + " (" + QByteArray::number(n) + ')' + suffix;
    const bool baseFirst = at1 < at2;
    const qsizetype first = std::min(at1, at2), second = std::max(at1, at2);
    return words.left(first).toUtf8() + (baseFirst ? base : suffix) + words.mid(first + 2, second - first - 2).toUtf8()
         + (baseFirst ? suffix : base) + words.mid(second + 2).toUtf8();
}

bool DropTarget::copyInto(const NfsUrl &folder, const QList<RemoteMimeData::Item> &items, bool move, bool duplicate)
{
    const QString why = refusal(folder, items, move);
    if (!why.isEmpty()) {
        m_view->banner()->showMessage(why);
        return false;
    }
    TransferQueue *queue = TransferQueue::application();
    QPointer<FolderView> view = m_view;
    QSet<QByteArray> taken;   // names this paste gives, not listed yet
    for (const RemoteMimeData::Item &item : items) {
        const QByteArray name = item.url.path().mid(item.url.path().lastIndexOf('/') + 1);
        NfsUrl to = folder.child(name);
        bool besideItself = false;
        if (item.url.sameServer(folder) && item.url.parent() == folder) {
            // Already there (a drag let go inside its own folder): nothing to do.
            if (!duplicate || move || !(folder == m_view->url()))
                continue;
            QByteArray copy;
            for (int n = 1; n <= CopyNames::MostNumberedNames; ++n) {
                copy = copyName(name, n, item.isDir);
                if (!taken.contains(copy) && !m_view->model()->indexOfName(copy).isValid())
                    break;
            }
            taken.insert(copy);
            to = folder.child(copy);
            besideItself = true;
        }
        if (move && item.url.sameServer(folder)
            && m_view->sessionPool()->exportOf(item.url) == m_view->sessionPool()->exportOf(folder)
            && !m_view->sessionPool()->exportOf(folder).isEmpty()) {
            // One export: a rename, no data moves.
            moveOne(item.url, to);
            continue;
        }
        TransferRequest request;
        request.from = TransferPlace::remote(item.url);
        request.to = TransferPlace::remote(to);
        request.recursive = item.isDir;
        // A copy beside its original goes under a free name: never over a file made meanwhile.
        request.options.noClobber = besideItself;
        // An existing target is asked about (the transfers pane's conflict dialog).
        // Between mounts the queue moves by copying, checking the copy, then removing the source.
        request.move = move;
        // Ctrl+Z takes back only what the transfer made: nothing may have been at the target.
        request.noteTarget = true;
        TransferJob *job = queue->add(request);
        SessionCache *pool = m_view->sessionPool();
        connect(job, &Job::finished, m_view, [view, job, move, item, pool, to] {
            const UndoHistory::Kind kind = move ? UndoHistory::Kind::MoveBetweenMounts : UndoHistory::Kind::Copy;
            if (!job->error() && job->madeTarget())
                UndoHistory::of(pool)->record(kind, item.url, to, item.isDir);
            else if (!job->error())
                UndoHistory::of(pool)->recordIrreversible(kind, to);
            if (!view)
                return;
            if (job->error() && job->error().kind() != NfsError::Kind::Cancelled)
                view->banner()->showMessage(job->error().message());
            view->refresh();
        });
    }
    return true;
}

void DropTarget::moveOne(const NfsUrl &from, const NfsUrl &to)
{
    Session *session = m_view->sessionPool()->sessionFor(from);
    Job *job = session->rename(from.path(), to.path());
    job->setParent(m_view);
    QPointer<FolderView> view = m_view;
    SessionCache *pool = m_view->sessionPool();
    connect(job, &Job::finished, m_view, [view, job, pool, from, to] {
        if (!job->error())
            UndoHistory::of(pool)->record(UndoHistory::Kind::Move, from, to);
        if (view) {
            if (job->error())
                view->banner()->showMessage(job->error().message());
            view->refresh();
        }
        job->deleteLater();
    });
}
