// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop notification when a transfer ends, against the real test
// server: run under dbus-run-session (ctest does), this suite registers an
// object of its own as org.freedesktop.Notifications on that private session
// bus and checks the Notify call the transfers pane makes; a transfer shorter
// than the minimum stays silent; without the service the message goes to the
// window's status bar.
#include "heartbeat.h"
#include "testserver.h"
#include "transfernotifier.h"
#include "transferqueue.h"
#include "transferspane.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

namespace {

constexpr int Patience = 60000;

// The desktop's notification service, as far as this suite needs it.
class RecordingNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString app, icon, summary, body;
        int timeout = 0;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replaces)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        calls.append({app, icon, summary, body, timeout});
        return uint(calls.size());
    }
};

TransferRequest upload(const QString &local, const NfsUrl &target)
{
    TransferRequest r;
    r.from = TransferPlace::local(local);
    r.to = TransferPlace::remote(target);
    return r;
}

const QString Service = QStringLiteral("org.freedesktop.Notifications");

} // namespace

class TestTransferNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_local;
    QMainWindow *m_window = nullptr;
    TransferQueue *m_queue = nullptr;
    TransfersPane *m_pane = nullptr;
    RecordingNotifications m_service;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus (ctest runs this suite under dbus-run-session)");
        QVERIFY(m_local.isValid());
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_service,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(Service));
        m_window = new QMainWindow;
        m_queue = new TransferQueue(m_window);
        m_pane = new TransfersPane(m_queue, m_window);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_pane);
        m_window->show();
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void shortTransfersStaySilent()
    {
        const QByteArray dir = TestServer::scratchName("short");
        QVERIFY(TestServer::makeFolder(dir));
        QVERIFY(TestServer::writeLocal(m_local.filePath(QStringLiteral("short.txt")), "quick"));
        QSignalSpy notified(m_pane->notifier(), &TransferNotifier::notified);
        QSignalSpy ended(m_queue, &TransferQueue::jobFinished);
        m_queue->add(upload(m_local.filePath(QStringLiteral("short.txt")), TestServer::url(3, dir + "/short.txt")));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, Patience);
        // The notifier decides as the transfer ends, not later.
        QCOMPARE(notified.size(), 0);
        QCOMPARE(m_service.calls.size(), 0);
    }

    void theDesktopIsTold()
    {
        m_pane->notifier()->setMinimumMs(0);
        const QByteArray dir = TestServer::scratchName("told");
        QVERIFY(TestServer::makeFolder(dir));
        QVERIFY(TestServer::writeLocal(m_local.filePath(QStringLiteral("report.pdf")), "a report"));
        TransferJob *job = m_queue->add(upload(m_local.filePath(QStringLiteral("report.pdf")), TestServer::url(3, dir + "/report.pdf")));
        QTRY_COMPARE_WITH_TIMEOUT(m_service.calls.size(), 1, Patience);
        QVERIFY(!job->error());
        const RecordingNotifications::Call call = m_service.calls.first();
        QCOMPARE(call.app, QStringLiteral("NFS Navigator"));
        QCOMPARE(call.icon, QStringLiteral("nfs-navigator"));
        QCOMPARE(call.summary, QStringLiteral("Transfer finished"));
        QVERIFY2(call.body.contains(QLatin1String("report.pdf")), qPrintable(call.body));
        QCOMPARE(call.timeout, -1);
        // The status bar was not used.
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    }

    void withoutTheServiceTheStatusBar()
    {
        m_pane->notifier()->setMinimumMs(0);
        QVERIFY(QDBusConnection::sessionBus().unregisterService(Service));
        QTRY_VERIFY_WITH_TIMEOUT(!QDBusConnection::sessionBus().interface()->isServiceRegistered(Service).value(), Patience);
        const qsizetype before = m_service.calls.size();
        QSignalSpy notified(m_pane->notifier(), &TransferNotifier::notified);
        QVERIFY(TestServer::writeLocal(m_local.filePath(QStringLiteral("lost.txt")), "nowhere"));
        // A folder that does not exist: the transfer fails, and says so.
        TransferJob *job = m_queue->add(upload(m_local.filePath(QStringLiteral("lost.txt")),
                                               TestServer::url(3, TestServer::scratchName("missing") + "/lost.txt")));
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 1, Patience);
        QVERIFY(job->error());
        QCOMPARE(notified.first().at(2).toBool(), false);
        QCOMPARE(m_service.calls.size(), before);
        const QString shown = m_window->statusBar()->currentMessage();
        QVERIFY2(shown.startsWith(QLatin1String("Transfer failed: ")), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("lost.txt")), qPrintable(shown));
    }
};

NFSNAV_UI_TEST_MAIN(TestTransferNotifier)
#include "tst_transfernotifier.moc"
