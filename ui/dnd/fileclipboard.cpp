// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileclipboard.h"

#include "cutfollower.h"
#include "dragsource.h"
#include "droptarget.h"
#include "errorbanner.h"
#include "folderview.h"
#include "nfsurl.h"
#include "remotemimedata.h"
#include "transferqueue.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPointer>

void FileClipboard::copy(FolderView *view, bool cut)
{
    auto *source = view->findChild<DragSource *>();
    RemoteMimeData *mime = source ? source->mimeDataForSelection() : nullptr;
    if (!mime) {
        view->banner()->showMessage(cut ? tr("Select one or more files or folders to cut.")
                                        : tr("Select one or more files or folders to copy."));
        return;
    }
    mime->setClipboardCut(cut);
    if (cut)
        CutFollower::instance()->follow(mime, view);
    QGuiApplication::clipboard()->setMimeData(mime);
}

void FileClipboard::paste(FolderView *view)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !view->url().isValid())
        return;
    const bool cut = RemoteMimeData::isCut(mime);
    const QList<RemoteMimeData::Item> items = RemoteMimeData::internalItems(mime);
    if (!items.isEmpty()) {
        auto *target = view->findChild<DropTarget *>();
        // A cut moves once: after the paste the clipboard no longer holds it.
        if (target && target->copyInto(view->url(), items, cut, true) && cut) {
            CutFollower::instance()->forget();
            QGuiApplication::clipboard()->clear();
        }
        return;
    }
    QStringList paths;
    for (const QUrl &u : mime->urls()) {
        if (u.isLocalFile())
            paths.append(u.toLocalFile());
    }
    if (paths.isEmpty()) {
        view->banner()->showMessage(tr("The clipboard holds no files to paste."));
        return;
    }
    if (!view->canWrite()) {
        view->banner()->showMessage(view->writeRefusal());
        return;
    }
    QPointer<FolderView> guard = view;
    for (const QString &path : std::as_const(paths)) {
        const QFileInfo fi(path);
        TransferRequest request;
        request.from = TransferPlace::local(path);
        request.to = TransferPlace::remote(view->url().child(QFile::encodeName(fi.fileName())));
        request.recursive = fi.isDir() && !fi.isSymLink();
        request.options.noClobber = true;   // a paste never replaces a file on the server unasked
        TransferJob *job = TransferQueue::application()->add(request);
        connect(job, &Job::finished, view, [guard, job, path, cut, dir = request.recursive] {
            if (!guard)
                return;
            if (job->error()) {
                if (job->error().kind() != NfsError::Kind::Cancelled)
                    guard->banner()->showMessage(job->error().message());
            } else if (cut && job->failures().isEmpty()) {
                // Cut in another program: the local file goes once its upload is complete.
                const bool removed = dir ? QDir(path).removeRecursively() : QFile::remove(path);
                if (!removed)
                    guard->banner()->showMessage(tr("Uploaded \"%1\", but could not remove it here.").arg(path));
            }
            guard->refresh();
        });
    }
    if (cut)
        QGuiApplication::clipboard()->clear();
}
