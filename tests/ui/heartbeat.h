// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Heartbeat: proof that the GUI thread never stops. A 10 ms timer on the GUI
// thread notes the longest gap between its ticks; a test fails when the gap
// exceeds MaxGapMs, whatever it was doing (listing, a failing mount...).
// NFSNAV_UI_TEST_MAIN gives each run the offscreen platform and a settings
// folder of its own.
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class Heartbeat : public QObject
{
public:
    static constexpr int IntervalMs = 10;
    static constexpr int MaxGapMs = 250;

    Heartbeat()
    {
        m_timer.setInterval(IntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGap = std::max(m_maxGap, m_clock.restart());
        });
    }
    void start()
    {
        m_maxGap = 0;
        m_clock.start();
        m_timer.start();
    }
    // The longest gap since start(), including the time since the last tick.
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_maxGap, m_clock.elapsed());
    }
    qint64 maxGap() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGap = 0;
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
