// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderoperations.h"

#include "displayname.h"
#include "errorbanner.h"
#include "exportlist.h"
#include "folderview.h"
#include "remotefsmodel.h"
#include "sessioncache.h"
#include "transferqueue.h"
#include "treeoperations.h"
#include "undohistory.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

FolderOperations::FolderOperations(FolderView *view)
    : QWidget(view), m_view(view), m_label(new QLabel(this)), m_progress(new QProgressBar(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_progress);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelOperation"));
    connect(cancel, &QPushButton::clicked, this, [this] {
        for (const QPointer<Job> &job : std::as_const(m_operations)) {
            if (auto *transfer = qobject_cast<TransferJob *>(job.data()))
                TransferQueue::application()->cancel(transfer);
            else if (job)
                job->cancel();
        }
    });
    layout->addWidget(cancel);
    hide();
}

FolderOperations::~FolderOperations()
{
    for (const QPointer<Job> &job : std::as_const(m_operations)) {
        if (job && job->parent() == this)
            delete job.data();
    }
}

void FolderOperations::showError(const QString &message)
{
    m_view->banner()->showMessage(message);
}

bool FolderOperations::mayWrite()
{
    if (m_view->canWrite())
        return true;
    showError(m_view->writeRefusal());
    return false;
}

void FolderOperations::changed(const NfsUrl &url, const QByteArray &name)
{
    if (url != m_view->url())
        return;
    if (!name.isEmpty())
        m_view->selectAfterListing(name);
    m_view->model()->refresh();
}

void FolderOperations::newFolder()
{
    if (!mayWrite())
        return;
    auto *dialog = new QInputDialog(m_view);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Folder"));
    dialog->setLabelText(tr("Name of the new folder:"));
    dialog->setTextValue(tr("New Folder"));
    const NfsUrl url = m_view->url();
    connect(dialog, &QInputDialog::textValueSelected, this, [this, url](const QString &name) {
        const QString problem = FolderView::checkName(name);
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
        const QByteArray bytes = name.toUtf8();
        const NfsUrl target = url.child(bytes);
        SessionCache *pool = m_view->sessionPool();
        Job *job = pool->sessionFor(target)->mkdir(target.path());
        job->setParent(this);
        connect(job, &Job::finished, this, [this, pool, job, bytes, url, target] {
            job->deleteLater();
            if (job->error()) {
                showError(job->error().message());
                return;
            }
            UndoHistory::of(pool)->record(UndoHistory::Kind::NewFolder, {}, target, true);
            changed(url, bytes);
        });
    });
    dialog->open();
}

void FolderOperations::rename(const QModelIndex &sourceIndex, const QString &newName)
{
    const QString problem = FolderView::checkName(newName);
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    RemoteFsModel *model = m_view->model();
    const QByteArray from = model->pathOf(sourceIndex);
    const QByteArray newBytes = newName.toUtf8();
    const QByteArray to = ExportResolution::childPath(model->pathOf(sourceIndex.parent()), newBytes);
    // NFS RENAME replaces an existing target without a word: look first.
    Session *session = m_view->sessionPool()->sessionFor(m_view->url().withPath(to));
    StatJob *stat = session->lstat(to);
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, from, to, newBytes, newName] {
        stat->deleteLater();
        if (!stat->error()) {
            auto *box = new QMessageBox(QMessageBox::Question, tr("Replace?"),
                                        tr("\"%1\" already exists. Replace it with the renamed item?").arg(newName),
                                        QMessageBox::Yes | QMessageBox::No, m_view);
            box->setObjectName(QStringLiteral("replaceQuestion"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->button(QMessageBox::Yes)->setText(tr("Replace"));
            box->setDefaultButton(QMessageBox::No);
            connect(box, &QMessageBox::finished, this, [this, from, to, newBytes](int result) {
                if (result == QMessageBox::Yes)
                    doRename(from, to, newBytes);
            });
            box->open();
            return;
        }
        if (stat->error().kind() != NfsError::Kind::NotFound) {
            showError(stat->error().message());
            return;
        }
        doRename(from, to, newBytes);
    });
}

void FolderOperations::doRename(const QByteArray &from, const QByteArray &to, const QByteArray &newName)
{
    const NfsUrl url = m_view->url();
    SessionCache *pool = m_view->sessionPool();
    Job *job = pool->sessionFor(url.withPath(from))->rename(from, to);
    job->setParent(this);
    connect(job, &Job::finished, this, [this, pool, job, url, newName, from, to] {
        job->deleteLater();
        if (job->error()) {
            showError(job->error().message());
            return;
        }
        UndoHistory::of(pool)->record(UndoHistory::Kind::Rename, url.withPath(from), url.withPath(to));
        changed(url, newName);
    });
}

void FolderOperations::deleteSelected()
{
    const QModelIndexList rows = m_view->selectedSourceRows();
    if (rows.isEmpty() || !mayWrite())
        return;
    RemoteFsModel *model = m_view->model();
    QList<QByteArray> paths;
    QList<bool> dirs;
    for (const QModelIndex &s : rows) {
        if (s.data(RemoteFsModel::IsExportRole).toBool())
            continue;
        paths.append(model->pathOf(s));
        dirs.append(model->isDir(s));
    }
    if (paths.isEmpty())
        return;
    const QString what = paths.size() == 1 ? tr("\"%1\"").arg(displayName(paths.first().mid(paths.first().lastIndexOf('/') + 1)))
                                           : tr("%n items", nullptr, int(paths.size()));
    // Only a folder among them is told that it goes with everything in it.
    const QString question = dirs.contains(true)
        ? tr("Delete %1 from the server? Folders are deleted with everything in them. "
             "A delete on an NFS server cannot be undone: there is no trash.")
        : tr("Delete %1 from the server? A delete on an NFS server cannot be undone: there is no trash.");
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete"), question.arg(what),
                                QMessageBox::Yes | QMessageBox::Cancel, m_view);
    box->setObjectName(QStringLiteral("deleteQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, paths, dirs](int result) {
        if (result == QMessageBox::Yes)
            startDelete(paths, dirs);
    });
    box->open();
}

void FolderOperations::startDelete(const QList<QByteArray> &paths, const QList<bool> &isDir)
{
    const NfsUrl url = m_view->url();
    // What could be redone may act on what goes now.
    UndoHistory::of(m_view->sessionPool())->dropRedo();
    auto remaining = std::make_shared<int>(int(paths.size()));
    auto errors = std::make_shared<QStringList>();
    m_label->setText(tr("Deleting %n item(s)…", nullptr, int(paths.size())));
    m_progress->setRange(0, 0);
    show();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        Session *session = m_view->sessionPool()->sessionFor(url.withPath(paths[i]));
        // Folders go through removeTree, which never follows a symlink.
        Job *job = isDir[i] ? static_cast<Job *>(TreeOperations::removeTree(session, paths[i]))
                            : session->unlink(paths[i]);
        track(job);
        if (isDir[i]) {
            connect(job, &Job::progress, this, [this](qint64 done, qint64 found) {
                m_progress->setRange(0, int(std::min<qint64>(found, INT_MAX)));
                m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
            });
        }
        connect(job, &Job::finished, this, [this, job, remaining, errors, url] {
            job->deleteLater();
            if (job->error() && job->error().kind() != NfsError::Kind::Cancelled)
                errors->append(job->error().message());
            if (--*remaining > 0)
                return;
            if (!errors->isEmpty())
                showError(errors->join(QLatin1Char('\n')));
            changed(url);
        });
    }
}

void FolderOperations::download()
{
    if (m_view->selectedSourceRows().isEmpty()) {
        showError(tr("Select one or more files or folders to download."));
        return;
    }
    auto *dialog = new QFileDialog(m_view, tr("Download to"));
    dialog->setObjectName(QStringLiteral("downloadDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, &FolderOperations::downloadTo);
    dialog->open();
}

void FolderOperations::downloadTo(const QString &localFolder)
{
    RemoteFsModel *model = m_view->model();
    QList<Copy> copies;
    for (const QModelIndex &s : m_view->selectedSourceRows()) {
        const QByteArray name = s.data(RemoteFsModel::NameBytesRole).toByteArray();
        // A local name must be valid text; a server name that is not UTF-8 keeps its escaped form.
        copies.append(Copy{QDir(localFolder).filePath(displayName(name)), model->pathOf(s), model->isDir(s)});
    }
    startTransfers(copies, true);
}

void FolderOperations::upload()
{
    if (!mayWrite())
        return;
    auto *dialog = new QFileDialog(m_view, tr("Upload files"));
    dialog->setObjectName(QStringLiteral("uploadDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::filesSelected, this, &FolderOperations::uploadFiles);
    dialog->open();
}

void FolderOperations::uploadFolder()
{
    if (!mayWrite())
        return;
    auto *dialog = new QFileDialog(m_view, tr("Upload a folder"));
    dialog->setObjectName(QStringLiteral("uploadFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(QDir::homePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) { uploadFiles({folder}); });
    dialog->open();
}

void FolderOperations::uploadFiles(const QStringList &localPaths)
{
    uploadInto(m_view->url().path(), localPaths);
}

void FolderOperations::uploadInto(const QByteArray &remoteFolder, const QStringList &localPaths)
{
    QList<Copy> copies;
    for (const QString &path : localPaths) {
        const QFileInfo fi(path);
        // The folder itself, not what a symlink to it points at, decides (as in TreeTransfer).
        copies.append(Copy{path, ExportResolution::childPath(remoteFolder, QFile::encodeName(fi.fileName())),
                           fi.isDir() && !fi.isSymLink()});
    }
    startTransfers(copies, false);
}

void FolderOperations::startTransfers(const QList<Copy> &copies, bool downloading)
{
    if (copies.isEmpty())
        return;
    // The queue runs them on sessions of its own, so browsing stays quick.
    TransferQueue *queue = TransferQueue::application();
    const NfsUrl url = m_view->url();
    auto remaining = std::make_shared<int>(int(copies.size()));
    auto errors = std::make_shared<QStringList>();
    auto done = std::make_shared<QHash<Job *, QPair<qint64, qint64>>>();
    m_label->setText(downloading ? tr("Downloading %n item(s)…", nullptr, int(copies.size()))
                                 : tr("Uploading %n item(s)…", nullptr, int(copies.size())));
    m_progress->setRange(0, 0);
    show();
    TransferOptions options;
    options.noClobber = !downloading;   // an upload never replaces a file on the server unasked
    for (const Copy &c : copies) {
        const TransferPlace local = TransferPlace::local(c.local);
        const TransferPlace remote = TransferPlace::remote(url.withPath(c.remote));
        TransferRequest request;
        request.from = downloading ? remote : local;
        request.to = downloading ? local : remote;
        request.options = options;
        request.recursive = c.tree;
        TransferJob *job = queue->add(request);
        track(job);
        if (c.tree) {
            // Its progress counts items, not bytes: the bar keeps moving, the label counts.
            connect(job, &Job::progress, this, [this, job, downloading] {
                const int items = int(job->itemsDone());
                m_label->setText(downloading ? tr("Downloading… %n item(s) copied", nullptr, items)
                                             : tr("Uploading… %n item(s) copied", nullptr, items));
            });
        } else {
            connect(job, &Job::progress, this, [this, job, done](qint64 bytes, qint64 total) {
                (*done)[job] = {bytes, total};
                qint64 sum = 0, all = 0;
                for (const auto &p : std::as_const(*done)) {
                    sum += p.first;
                    all += p.second;
                }
                // Progress in KiB keeps files over 2 GiB inside the bar's int range.
                m_progress->setRange(0, int(std::max<qint64>(all / 1024, 1)));
                m_progress->setValue(int(sum / 1024));
            });
        }
        connect(job, &Job::finished, this, [this, job, remaining, errors, url, downloading] {
            if (job->error() && job->error().kind() != NfsError::Kind::Cancelled)
                errors->append(job->error().message());
            transferEnded(remaining, errors, url, downloading);
        });
    }
}

void FolderOperations::transferEnded(const std::shared_ptr<int> &remaining, const std::shared_ptr<QStringList> &errors,
                                     const NfsUrl &url, bool downloading)
{
    if (--*remaining > 0)
        return;
    if (!errors->isEmpty())
        showError(errors->join(QLatin1Char('\n')));
    if (!downloading)
        changed(url);
    Q_EMIT transfersFinished(errors->isEmpty());
}

void FolderOperations::track(Job *job)
{
    m_operations.append(job);
    // A transfer belongs to the queue (and outlives the view); the rest to this.
    if (!job->parent())
        job->setParent(this);
    connect(job, &Job::finished, this, [this] {
        m_operations.removeIf([](const QPointer<Job> &j) { return !j || j->isFinished(); });
        if (m_operations.isEmpty())
            hide();
    });
}
