// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Heartbeat: proof that the GUI thread never stops. A 10 ms timer on the GUI
// thread notes the longest gap between its ticks; a test fails when the GUI
// thread's own share of a gap exceeds MaxGapMs, whatever it was doing
// (listing, a failing mount...).
// NFSNAV_UI_TEST_MAIN gives each run the offscreen platform and a settings
// folder of its own.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Whether this is the sanitizer build (unoptimised and instrumented: the same
// work takes several times as long on every thread).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool Sanitized = true;
#else
inline constexpr bool Sanitized = false;
#endif
#else
inline constexpr bool Sanitized = false;
#endif

class Heartbeat : public QObject
{
public:
    static constexpr int IntervalMs = 10;
    // The longest the GUI thread may be busy at once. The sanitizer build runs
    // the same code four times slower; a wait on the network (a timeout of
    // 2 s or more) still goes far past both bounds.
    static constexpr int MaxGapMs = Sanitized ? 1000 : 250;

    Heartbeat()
    {
        m_timer.setInterval(IntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_maxGap = 0;
        m_maxStall = 0;
        m_clock.start();
        m_waitedNs = waitedNs();
        m_timer.start();
    }
    // The GUI thread's longest stall since start() (including the time since
    // the last tick): a gap between ticks less the time the thread was ready
    // to run but waited for a CPU (/proc's schedstat). On a machine shared
    // with other builds a wait for a CPU is not the window's doing; work and
    // blocking waits on the GUI thread still count in full.
    qint64 stop()
    {
        m_timer.stop();
        tick();
        return m_maxStall;
    }
    // The longest plain gap between ticks, CPU waits included.
    qint64 maxGap() const { return m_maxGap; }

private:
    // Nanoseconds this thread has spent runnable but not running; -1 if unknown.
    static qint64 waitedNs()
    {
        QFile f(QStringLiteral("/proc/thread-self/schedstat"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> fields = f.readAll().simplified().split(' ');
        bool ok = false;
        const qint64 v = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : -1;
        return ok ? v : -1;
    }
    void tick()
    {
        const qint64 wall = m_clock.restart();
        const qint64 waited = waitedNs();
        const qint64 queued = waited >= 0 && m_waitedNs >= 0 ? (waited - m_waitedNs) / 1000000 : 0;
        m_waitedNs = waited;
        m_maxGap = std::max(m_maxGap, wall);
        m_maxStall = std::max(m_maxStall, std::max<qint64>(0, wall - queued));
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_waitedNs = -1;
    qint64 m_maxGap = 0;
    qint64 m_maxStall = 0;
};

#define NFSNAV_UI_TEST_MAIN(TestClass)                                                \
    int main(int argc, char *argv[])                                                  \
    {                                                                                 \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                           \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                  \
        QTemporaryDir config;                                                         \
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());                      \
        QApplication app(argc, argv);                                                 \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                      \
        TestClass tc;                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                    \
        return QTest::qExec(&tc, argc, argv);                                         \
    }
