// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the window suites share: whether a folder view has settled (its folder
// listed, no listing running), and a tab opened on a URL once it has; for
// tst_mainwindow and tst_windowdialogs also the helpers and the fixture of
// namespace WindowTesting.
#include "folderview.h"
#include "mainwindow.h"
#include "heartbeat.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "session.h"
#include "testserver.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

inline bool settled(FolderView *view)
{
    return view->model()->isRootListed() && !view->model()->isListing();
}

// A tab on `url` in `window`, once listed and its access known; null if it
// does not settle within `timeoutMs`.
inline FolderView *openSettledTab(MainWindow *window, const NfsUrl &url, int timeoutMs = 60000)
{
    FolderView *view = window->openTab(url);
    if (!QTest::qWaitFor([view] { return settled(view) && view->accessMask() >= 0; }, timeoutMs))
        return nullptr;
    return view;
}

namespace WindowTesting {
// How long a step may take on a loaded machine (the suites share two cores
// with builds): generous, since a passing step returns as soon as it is done.
inline constexpr int Patience = 30000;

inline bool succeeds(Job *job, int timeoutMs = 30000)
{
    std::unique_ptr<Job> owner(job);
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(timeoutMs)) {
        qWarning("a job did not end in %d ms", timeoutMs);
        return false;
    }
    if (job->error())
        qWarning("%s", qPrintable(job->error().message()));
    return !job->error();
}

// The error a job ended with, waiting with the event loop running.
inline NfsError outcome(Job *job)
{
    std::unique_ptr<Job> owner(job);
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(30000))
        return NfsError(NfsError::Kind::Timeout, 0, QStringLiteral("no ending"));
    return job->error();
}

inline QStringList rows(FolderView *view)
{
    QStringList out;
    const QAbstractItemModel *m = view->proxy();
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data().toString();
    return out;
}

inline void select(FolderView *view, const QString &name)
{
    const QModelIndex src = view->model()->indexOfName(name.toUtf8());
    QVERIFY2(src.isValid(), qPrintable(name));
    const QModelIndex idx = view->proxy()->mapFromSource(src);
    view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

template<typename T>
T *waitForDialog(const QString &objectName)
{
    T *found = nullptr;
    const auto look = [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *t = qobject_cast<T *>(w); t && t->objectName() == objectName && t->isVisible())
                found = t;
        }
        return found != nullptr;
    };
    return QTest::qWaitFor(look, 20000) ? found : nullptr;
}

// What a window suite's test class shares (a private base): a mount of its
// own for checks behind the window's back, a scratch folder, the window under
// test, and a GUI-thread heartbeat through every test.
class WindowFixture
{
protected:
    // For initTestCase: the scratch folder, and a first window shown (it loads
    // fonts and styles, which is not part of what is measured).
    void setUp(const char *scratchPrefix)
    {
        m_session = std::make_unique<Session>(TestServer::url(3));
        m_scratch = TestServer::scratchName(scratchPrefix);
        QVERIFY(succeeds(m_session->mkdir(TestServer::path(3, m_scratch))));
        MainWindow warm;
        warm.show();
        QVERIFY(QTest::qWaitForWindowExposed(&warm));
    }
    // For init and cleanup.
    void startTest()
    {
        m_session = std::make_unique<Session>(TestServer::url(3));
        m_heartbeat.start();
    }
    void endTest()
    {
        m_window.reset();
        m_session.reset();
        const qint64 gap = m_heartbeat.stop();
        QVERIFY2(gap <= Heartbeat::MaxGapMs, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
    }
    quint32 modeOf(const QByteArray &path)
    {
        std::unique_ptr<StatJob> stat(m_session->stat(path));
        QSignalSpy spy(stat.get(), &Job::finished);
        return spy.wait(10000) && !stat->error() ? stat->result().mode : 0;
    }
    // A new window with a tab on `url`, once listed; null if it does not settle.
    FolderView *open(const NfsUrl &url)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return nullptr;
        FolderView *view = m_window->openTab(url);
        if (!QTest::qWaitFor([view] { return settled(view); }, 60000))
            return nullptr;
        return view;
    }

    Heartbeat m_heartbeat;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QByteArray m_scratch;
};
} // namespace WindowTesting
