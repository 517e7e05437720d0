// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the suites of ui/dnd/ share (tst_dragdrop: dragging out and dropping
// in; tst_openwith: opening a server's file in a desktop application;
// tst_clipboardundo: cut, copy, paste and undo): a scratch folder of the real
// test server with a small, a medium and a large file; a desktop of the
// test's own (an XDG cache, one application, the default for text/plain, that
// records the file it was given); windows on the folder over NFSv3 and NFSv4;
// drops sent as events; and a file's bytes read back through a mount of the
// test's own.
#include "appsettings.h"
#include "cutfollower.h"
#include "dragcache.h"
#include "desktopapplications.h"
#include "dragsource.h"
#include "droptarget.h"
#include "errorbanner.h"
#include "fileopener.h"
#include "folderview.h"
#include "heartbeat.h"
#include "windowtesting.h"
#include "localpane.h"
#include "mainwindow.h"
#include "openwithdialog.h"
#include "remotefile.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "remotemimedata.h"
#include "session.h"
#include "testserver.h"
#include "transferqueue.h"

#include <QAction>
#include <QClipboard>
#include <QFileSystemModel>
#include <QGuiApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QToolButton>
#include <QTreeView>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <sys/stat.h>
#include <utime.h>

namespace DndTesting {
// A drop target gives up after a second on Wayland: urls() must answer within it.
constexpr int DropPatienceMs = 1000;

inline bool succeeds(Job *job, int timeoutMs = 30000)
{
    std::unique_ptr<Job> owner(job);
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(timeoutMs) && !job->error();
}

}

class DndFixture
{
protected:
    // The folder, its files and the desktop; a failure is the calling test's
    // (QTest::currentTestFailed()).
    void setUp()
    {
        using namespace DndTesting;
        QVERIFY(m_cacheHome.isValid());
        qputenv("XDG_CACHE_HOME", m_cacheHome.path().toLocal8Bit());
        m_session = std::make_unique<Session>(TestServer::url(3));
        m_dir = TestServer::scratchName("dnd");
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, m_dir))));
        m_small = "Hello from the server\n";
        m_medium = TestServer::randomBytes(200 * 1024, 7);
        // Over the slowed link (4 Mbit/s) this takes a few seconds: well past ReadyWaitMs.
        m_large = TestServer::randomBytes(1536 * 1024, 11);
        QVERIFY(put("hello.txt", m_small));
        QVERIFY(put("medium.bin", m_medium));
        QVERIFY(put("large.bin", m_large));
        QVERIFY(put("notes.txt", "notes\n"));

        // The desktop's applications: one test entry, the default for text/plain, that
        // records the file it was given (what xdg-open or Open With runs).
        QVERIFY(m_dataHome.isValid());
        qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit());
        // xdg-open asks the desktop entries only when a display is named (else it tries text
        // browsers); nothing connects to it: the window is offscreen, and no X server has that number.
        qputenv("DISPLAY", ":1023");
        m_record = m_dataHome.filePath(QStringLiteral("opened-file"));
        const QString script = m_dataHome.filePath(QStringLiteral("recorder.sh"));
        QVERIFY(TestServer::writeLocal(script, "#!/bin/sh\nprintf '%s' \"$1\" > " + QFile::encodeName(m_record) + ".tmp && mv "
                                                   + QFile::encodeName(m_record) + ".tmp " + QFile::encodeName(m_record) + "\n"));
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QDir(m_dataHome.path()).mkpath(QStringLiteral("applications")));
        QVERIFY(TestServer::writeLocal(m_dataHome.filePath(QStringLiteral("applications/nfsnav-recorder.desktop")),
                                       "[Desktop Entry]\nType=Application\nName=Recorder\nExec=" + QFile::encodeName(script)
                                           + " %f\nMimeType=text/plain;\n"));
        QVERIFY(TestServer::writeLocal(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/mimeapps.list"),
                                       "[Default Applications]\ntext/plain=nfsnav-recorder.desktop\n"));
    }

    // After each test: the window closed, the link as fast as it was.
    void tearDown()
    {
        m_window.reset();
        if (m_slowed) {
            TestServer::rig({QStringLiteral("exec"), QStringLiteral("tc"), QStringLiteral("qdisc"), QStringLiteral("del"),
                             QStringLiteral("dev"), QStringLiteral("lo"), QStringLiteral("root")});
            TestServer::rig({QStringLiteral("exec"), QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                             QStringLiteral("lo"), QStringLiteral("mtu"), QStringLiteral("65536")});
            m_slowed = false;
        }
    }

    bool put(const QByteArray &name, const QByteArray &bytes)
    {
        return TestServer::putRemote(m_session.get(), TestServer::path(3, m_dir + '/' + name), bytes);
    }

    // A drag entering `viewport` and let go at `at`; true when both were accepted.
    static bool drop(QWidget *viewport, QMimeData *mime, const QPoint &at, Qt::KeyboardModifiers mods)
    {
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, mods);
        QCoreApplication::sendEvent(viewport, &enter);
        QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, mods);
        QCoreApplication::sendEvent(viewport, &dropped);
        return enter.isAccepted() && dropped.isAccepted();
    }

    static QPoint rowCenter(FolderView *view, const QByteArray &name)
    {
        const QModelIndex idx = view->proxy()->mapFromSource(view->model()->indexOfName(name));
        return view->detailsView()->visualRect(idx).center();
    }

    static QStringList rowsOf(FolderView *view)
    {
        QStringList out;
        for (int r = 0; r < view->proxy()->rowCount(); ++r)
            out << view->proxy()->index(r, 0).data().toString();
        return out;
    }

    // A file's bytes on the server, or "<missing>" (read through a mount of the test's own).
    QByteArray get(const QByteArray &sub) { return TestServer::getRemote(m_session.get(), TestServer::path(3, sub)); }

    FolderView *open(const NfsUrl &url)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
        return openSettledTab(m_window.get(), url);
    }

    // The window on `from` over NFSv3 and a second tab on `to` over NFSv4 (the same
    // export): places dragged between two mounts. Nulls when either does not settle.
    std::pair<FolderView *, FolderView *> openBetweenMounts(const QByteArray &from, const QByteArray &to)
    {
        FolderView *source = open(TestServer::url(3, from));
        if (!source)
            return {};
        return {source, openSettledTab(m_window.get(), TestServer::url(4, to))};
    }

    FolderView *open() { return open(TestServer::url(3, m_dir)); }

    static void selectNames(FolderView *view, const QList<QByteArray> &names)
    {
        view->selectionModel()->clearSelection();
        for (const QByteArray &name : names) {
            const QModelIndex idx = view->proxy()->mapFromSource(view->model()->indexOfName(name));
            QVERIFY2(idx.isValid(), name.constData());
            view->selectionModel()->select(idx, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    static RemoteMimeData *dragData(FolderView *view)
    {
        auto *source = view->findChild<DragSource *>();
        return source ? source->mimeDataForSelection() : nullptr;
    }

    // Asks like a drop target until the files are there; `slowest` gets the longest ask.
    static QList<QUrl> urlsWhenReady(RemoteMimeData *mime, qint64 *slowest = nullptr, int timeoutMs = 60000)
    {
        QList<QUrl> urls;
        // An empty list after the deadline is the caller's failure to report.
        (void)QTest::qWaitFor([&] {
            QElapsedTimer ask;
            ask.start();
            urls = mime->urls();
            if (slowest)
                *slowest = std::max(*slowest, ask.elapsed());
            return !urls.isEmpty();
        }, timeoutMs);
        return urls;
    }

    QTemporaryDir m_cacheHome;
    QTemporaryDir m_dataHome;
    QString m_record;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_dir;
    QByteArray m_small, m_medium, m_large;
    bool m_slowed = false;
};
