// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FileOpener: opens server files with the desktop's applications, as file
// managers do. The file is copied into the DragCache through the transfer
// queue (or found there unchanged: size and mtime), then handed to the
// default application (QDesktopServices, i.e. xdg-open) or to one the user
// picked (Open With…). The copies it opened are watched: when one is saved
// (its mtime changes) the window offers to upload it back, after checking that
// the file on the server did not change meanwhile (else it offers to keep
// both, the upload under a new name). GUI thread only; every server step is a
// job or a transfer.
#include "desktopapplications.h"
#include "nfsurl.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;
class SessionCache;

class FileOpener : public QObject
{
    Q_OBJECT
public:
    // Editors save seldom; a stat of a few local files every two seconds costs nothing.
    static constexpr int WatchIntervalMs = 2000;

    FileOpener(SessionCache *pool, QWidget *window);
    ~FileOpener() override;

    // Copies `url` into the cache and opens it with `app` (no id: the default application).
    void open(const NfsUrl &url, const DesktopApplication &app = {});
    // Asks which application (those registered for the file's type), then opens.
    void openWith(const NfsUrl &url);
    // Looks at the opened copies now (the timer does it every WatchIntervalMs).
    void checkCopies();
    // The question about a saved copy, while it is shown.
    QMessageBox *pendingQuestion() const { return m_question; }

Q_SIGNALS:
    // The copy at `localPath` was handed to an application.
    void opened(const QString &localPath);
    // A saved copy was uploaded back (`ok` false: it failed, the reason in the window's banner).
    void uploaded(const NfsUrl &url, bool ok);
    void failed(const QString &message);

private:
    struct Copy
    {
        NfsUrl url;
        QString local;
        qint64 serverSize = 0;
        qint64 serverMtimeNs = 0;
        qint64 localMtimeNs = 0;
        bool asking = false;
    };
    void fetched(const NfsUrl &url, const QString &local, qint64 size, qint64 mtimeNs, const DesktopApplication &app);
    void offerUpload(int index);
    void upload(const NfsUrl &url, bool keepBoth);
    void report(const QString &message);
    int indexOf(const NfsUrl &url) const;
    static qint64 localMtimeNs(const QString &path);

    SessionCache *m_pool;
    QPointer<QWidget> m_window;
    QList<Copy> m_copies;
    QTimer m_watch;
    QPointer<QMessageBox> m_question;
};
