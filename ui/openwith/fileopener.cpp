// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileopener.h"

#include "dragcache.h"
#include "openwithdialog.h"
#include "session.h"
#include "sessioncache.h"
#include "transferqueue.h"

#include <QProcess>
#include <QFile>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QUrl>

#include <sys/stat.h>

FileOpener::FileOpener(SessionCache *pool, QWidget *window) : QObject(window), m_pool(pool), m_window(window)
{
    m_watch.setInterval(WatchIntervalMs);
    connect(&m_watch, &QTimer::timeout, this, &FileOpener::checkCopies);
}

qint64 FileOpener::localMtimeNs(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

int FileOpener::indexOf(const NfsUrl &url) const
{
    for (int i = 0; i < m_copies.size(); ++i) {
        if (m_copies.at(i).url == url)
            return i;
    }
    return -1;
}

void FileOpener::report(const QString &message)
{
    Q_EMIT failed(message);
}

void FileOpener::open(const NfsUrl &url, const DesktopApplication &app)
{
    // Its current size and mtime decide whether the cached copy will do.
    StatJob *stat = m_pool->sessionFor(url)->stat(url.path());
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, url, app] {
        stat->deleteLater();
        if (stat->error()) {
            report(stat->error().message());
            return;
        }
        const FileInfo info = stat->result();
        DragCache &cache = DragCache::instance();
        const QString local = cache.localPathFor(url);
        if (local.isEmpty() || !cache.ensureFolderFor(local)) {
            report(tr("Could not make the cache folder for \"%1\".").arg(url.displayPath()));
            return;
        }
        const qint64 size = qint64(info.size);
        const qint64 mtime = info.mtimeNs;
        if (DragCache::isCurrent(local, size, mtime)) {
            fetched(url, local, size, mtime, app);
            return;
        }
        TransferRequest request;
        request.from = TransferPlace::remote(url);
        request.to = TransferPlace::local(local);
        request.options.replace = true;   // the cache's older copy
        TransferJob *job = TransferQueue::application()->add(request);
        connect(job, &Job::finished, this, [this, job, url, local, size, mtime, app] {
            if (job->error()) {
                if (job->error().kind() != NfsError::Kind::Cancelled)
                    report(job->error().message());
                return;
            }
            fetched(url, local, size, mtime, app);
        });
    });
}

void FileOpener::fetched(const NfsUrl &url, const QString &local, qint64 size, qint64 mtimeNs,
                         const DesktopApplication &app)
{
    DragCache &cache = DragCache::instance();
    cache.touch(local);
    const int i = indexOf(url);
    if (i < 0) {
        // A copy being edited is not evicted while the window is open.
        cache.pin(local);
        m_copies.append(Copy{url, local, size, mtimeNs, localMtimeNs(local), false});
    } else {
        m_copies[i] = Copy{url, local, size, mtimeNs, localMtimeNs(local), false};
    }
    m_watch.start();
    if (!app.id.isEmpty()) {
        if (DesktopApplications::launch(app, local))
            Q_EMIT opened(local);
        else
            report(tr("%1 could not be started to open \"%2\".").arg(app.name, url.displayPath()));
        return;
    }
    // The desktop's default application, through xdg-open, whose exit status
    // tells whether it found one (QDesktopServices only says it started).
    auto *xdgOpen = new QProcess(this);
    xdgOpen->setProgram(QStringLiteral("xdg-open"));
    xdgOpen->setArguments({local});
    xdgOpen->setStandardOutputFile(QProcess::nullDevice());
    xdgOpen->setStandardErrorFile(QProcess::nullDevice());
    const auto fallBack = [this, xdgOpen, url, local] {
        xdgOpen->deleteLater();
        // The first application registered for the type, if any.
        const QString type = QMimeDatabase().mimeTypeForFile(local).name();
        const QList<DesktopApplication> apps = DesktopApplications::forMimeType(type);
        if (!apps.isEmpty() && DesktopApplications::launch(apps.first(), local)) {
            Q_EMIT opened(local);
            return;
        }
        report(tr("No application is set to open \"%1\" (%2). Choose one with Open With….")
                   .arg(url.displayPath(), QMimeDatabase().mimeTypeForName(type).comment()));
    };
    connect(xdgOpen, &QProcess::finished, this, [this, xdgOpen, local, fallBack](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0) {
            xdgOpen->deleteLater();
            Q_EMIT opened(local);
        } else {
            fallBack();
        }
    });
    connect(xdgOpen, &QProcess::errorOccurred, this, [fallBack](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fallBack();
    });
    xdgOpen->start();
}

FileOpener::~FileOpener()
{
    // An xdg-open still running (it may wait for the application it started)
    // is let go rather than killed with the window.
    for (QProcess *p : findChildren<QProcess *>()) {
        p->disconnect(this);
        p->setParent(nullptr);
    }
}

void FileOpener::openWith(const NfsUrl &url)
{
    const QByteArray name = url.path().mid(url.path().lastIndexOf('/') + 1);
    const QMimeType type = QMimeDatabase().mimeTypeForFile(QString::fromUtf8(name), QMimeDatabase::MatchExtension);
    auto *dialog = new OpenWithDialog(url.displayPath(), DesktopApplications::forMimeType(type.name()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenWithDialog::chosen, this, [this, url](const DesktopApplication &app) { open(url, app); });
    dialog->open();
}

void FileOpener::checkCopies()
{
    for (int i = 0; i < m_copies.size(); ++i) {
        Copy &c = m_copies[i];
        const qint64 now = localMtimeNs(c.local);
        if (c.asking || now < 0 || now == c.localMtimeNs)
            continue;
        c.localMtimeNs = now;
        offerUpload(i);
        return;   // one question at a time; the others are asked on a later look
    }
    if (m_copies.isEmpty())
        m_watch.stop();
}

void FileOpener::offerUpload(int index)
{
    Copy &c = m_copies[index];
    c.asking = true;
    const NfsUrl url = c.url;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Upload the Changes?"),
                                tr("\"%1\" was saved in another application. Upload it back to the server?")
                                    .arg(url.displayPath()),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("uploadBackQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *uploadButton = box->addButton(tr("&Upload"), QMessageBox::AcceptRole);
    uploadButton->setObjectName(QStringLiteral("uploadBack"));
    box->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    m_question = box;
    connect(box, &QMessageBox::finished, this, [this, box, uploadButton, url] {
        const int i = indexOf(url);
        if (i >= 0)
            m_copies[i].asking = false;
        if (box->clickedButton() != uploadButton)
            return;
        // The server's file must be the one that was opened, or the upload would undo someone's change.
        StatJob *stat = m_pool->sessionFor(url)->stat(url.path());
        stat->setParent(this);
        connect(stat, &Job::finished, this, [this, stat, url] {
            stat->deleteLater();
            const int at = indexOf(url);
            if (at < 0)
                return;
            const bool gone = stat->error().kind() == NfsError::Kind::NotFound;
            if (stat->error() && !gone) {
                report(stat->error().message());
                return;
            }
            const FileInfo info = stat->result();
            if (gone || (qint64(info.size) == m_copies.at(at).serverSize && info.mtimeNs == m_copies.at(at).serverMtimeNs)) {
                upload(url, false);
                return;
            }
            auto *both = new QMessageBox(QMessageBox::Warning, tr("Changed on the Server"),
                                         tr("\"%1\" was also changed on the server since it was opened. "
                                            "Keep both, uploading your copy under a new name?")
                                             .arg(url.displayPath()),
                                         QMessageBox::NoButton, m_window);
            both->setObjectName(QStringLiteral("keepBothQuestion"));
            both->setAttribute(Qt::WA_DeleteOnClose);
            QPushButton *keep = both->addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
            keep->setObjectName(QStringLiteral("keepBoth"));
            both->addButton(QMessageBox::Cancel);
            m_question = both;
            connect(both, &QMessageBox::finished, this, [this, both, keep, url] {
                if (both->clickedButton() == keep)
                    upload(url, true);
            });
            both->open();
        });
    });
    box->open();
}

void FileOpener::upload(const NfsUrl &url, bool keepBoth)
{
    const int i = indexOf(url);
    if (i < 0)
        return;
    TransferRequest request;
    request.from = TransferPlace::local(m_copies.at(i).local);
    request.to = TransferPlace::remote(url);
    // Replaced by the transfer's final rename only when complete; or kept beside as "name (1).ext".
    request.options.keepBoth = keepBoth;
    request.options.replace = !keepBoth;   // the user asked for it, after the server's copy was checked
    TransferJob *job = TransferQueue::application()->add(request);
    connect(job, &Job::finished, this, [this, job, url, keepBoth] {
        if (job->error()) {
            report(job->error().message());
            Q_EMIT uploaded(url, false);
            return;
        }
        if (keepBoth) {
            Q_EMIT uploaded(url, true);
            return;
        }
        // What the server holds now is the copy: its attributes are the new baseline.
        StatJob *stat = m_pool->sessionFor(url)->stat(url.path());
        stat->setParent(this);
        connect(stat, &Job::finished, this, [this, stat, url] {
            stat->deleteLater();
            const int at = indexOf(url);
            if (at >= 0 && !stat->error()) {
                m_copies[at].serverSize = qint64(stat->result().size);
                m_copies[at].serverMtimeNs = stat->result().mtimeNs;
            }
            Q_EMIT uploaded(url, !stat->error());
        });
    });
}
