// SPDX-License-Identifier: GPL-3.0-or-later
// The window's figures for ./run.sh bench: the real RemoteFsModel in a real
// QTreeView (offscreen), against the test server. Not a test: it prints figures.
//   guibench URL_OF_A_BIG_FOLDER URL_OF_A_BIG_FILE
// Prints, one "name: value" per line:
//   first row painted after navigating to the folder on a mounted session (ms)
//   GUI stalls while the folder lists and sorts and the file is read at full speed
//   on another session (p99 and max of a 1 ms heartbeat's gaps, over the listing;
//   and of the same gaps less the GUI thread's waits for a CPU)
//   model memory per entry (malloc growth / entries, mallinfo2)
//   re-sorting all rows by size, then by name (ms)
//   the icons view's first paint with every row (ms)
//   idle wakeups per second (context switches of the process while nothing happens)
#include "remotefile.h"
#include "remotefsmodel.h"
#include "session.h"
#include "sessioncache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QListView>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <fcntl.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <cstdio>
#include <vector>

namespace {

// Notes when a view's viewport paints with rows in the model.
class PaintWatch : public QObject
{
public:
    PaintWatch(QAbstractItemView *view, QElapsedTimer *clock) : m_view(view), m_clock(clock)
    {
        view->viewport()->installEventFilter(this);
    }
    qint64 firstRowPaintedMs = -1;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstRowPaintedMs < 0 && m_view->model()
            && m_view->model()->rowCount(m_view->rootIndex()) > 0)
            firstRowPaintedMs = m_clock->elapsed();
        return false;
    }

private:
    QAbstractItemView *m_view;
    QElapsedTimer *m_clock;
};

// A 1 ms heartbeat on the GUI thread: the gaps between its ticks, and the
// same gaps less the time the thread was ready to run but waited for a CPU
// (/proc/thread-self/schedstat): on 2 cores shared with the server and the
// copy, much of a gap is the thread's turn not yet come, not its own work.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gapNs = m_clock.nsecsElapsed();
            m_clock.restart();
            const qint64 waited = waitedNs();
            const qint64 queuedNs = waited >= 0 && m_waitedNs >= 0 ? waited - m_waitedNs : 0;
            m_waitedNs = waited;
            m_gaps.push_back(gapNs / 1000000);
            m_ownGaps.push_back(std::max<qint64>(0, gapNs - queuedNs) / 1000000);
        });
    }
    ~Heartbeat() override
    {
        if (m_schedstat >= 0)
            ::close(m_schedstat);
    }
    void start()
    {
        m_gaps.clear();
        m_ownGaps.clear();
        if (m_schedstat < 0)
            m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
        m_waitedNs = waitedNs();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 percentile(double p, bool own = false) const
    {
        const std::vector<qint64> &gaps = own ? m_ownGaps : m_gaps;
        if (gaps.empty())
            return 0;
        std::vector<qint64> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }

private:
    // Nanoseconds this thread has waited for a CPU so far; -1 unknown.
    qint64 waitedNs() const
    {
        char buf[128];
        const ssize_t n = m_schedstat >= 0 ? ::pread(m_schedstat, buf, sizeof buf - 1, 0) : -1;
        if (n <= 0)
            return -1;
        buf[n] = 0;
        unsigned long long run = 0, wait = 0;
        return std::sscanf(buf, "%llu %llu", &run, &wait) == 2 ? qint64(wait) : -1;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_schedstat = -1;
    qint64 m_waitedNs = -1;
    std::vector<qint64> m_gaps;
    std::vector<qint64> m_ownGaps;
};

long contextSwitches()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    long total = 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:"))
            total += line.split(':').last().trimmed().toLong();
    }
    return total;
}

// Runs the event loop (idle, as the window's is) until `condition` holds, checked every 10 ms.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    bool met = condition();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        met = condition();
        if (met || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    if (!met) {
        poll.start(10);
        loop.exec();
    }
    return met;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: guibench URL_OF_A_BIG_FOLDER URL_OF_A_BIG_FILE\n");
        return 2;
    }
    const NfsUrl folder = NfsUrl::parse(QString::fromLocal8Bit(argv[1]));
    const NfsUrl file = NfsUrl::parse(QString::fromLocal8Bit(argv[2]));
    if (!folder.isValid() || !file.isValid()) {
        std::fprintf(stderr, "guibench: bad URL\n");
        return 2;
    }

    SessionCache cache;
    RemoteFsModel model(&cache);
    QTreeView view;
    view.resize(1000, 700);
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.show();

    // Mount first (the clock starts on an already mounted session): list the parent.
    model.setRootUrl(folder.parent());
    model.list();
    if (!waitUntil([&] { return model.isRootListed(); }, 60000)) {
        std::fprintf(stderr, "guibench: the server did not answer\n");
        return 1;
    }

    // A reader at full speed on a session of its own, as a copy would be.
    std::atomic<bool> reading{true};
    std::atomic<qint64> bytesRead{0};
    QThread *reader = QThread::create([&] {
        Session session(file.parent());
        while (reading) {
            std::unique_ptr<RemoteFile> f(session.open(file.path(), QStringLiteral("r")));
            if (!f || !f->isOpen())
                break;
            while (reading && !f->atEnd()) {
                if (!f->bytesAvailable() && !f->waitForReadyRead(10000))
                    break;
                bytesRead += f->read(1 << 20).size();
            }
            f->close();
        }
    });
    reader->start();

    Heartbeat heartbeat;
    QElapsedTimer clock;
    PaintWatch paints(&view, &clock);
    malloc_trim(0);
    const size_t before = mallinfo2().uordblks;
    heartbeat.start();
    clock.start();
    model.setRootUrl(folder);
    model.list();
    const bool listed = waitUntil([&] { return model.isRootListed() && !model.isListing(); }, 300000);
    // Let the last merge and paint happen.
    waitUntil([] { return false; }, 300);
    heartbeat.stop();
    const qint64 listedMs = clock.elapsed();
    reading = false;
    reader->wait();
    delete reader;
    const int rows = model.rowCount();
    const size_t after = mallinfo2().uordblks;

    std::printf("rows: %d%s\n", rows, listed ? "" : " (the listing did not finish)");
    std::printf("first row painted: %lld ms\n", paints.firstRowPaintedMs);
    std::printf("whole folder listed and sorted: %lld ms\n", listedMs);
    std::printf("GUI gaps while listing with a copy running: p99 %lld ms, max %lld ms (copy read %lld MiB)\n",
                heartbeat.percentile(0.99), heartbeat.percentile(1.0), bytesRead.load() / (1 << 20));
    std::printf("the same gaps less the GUI thread's waits for a CPU: p99 %lld ms, max %lld ms\n",
                heartbeat.percentile(0.99, true), heartbeat.percentile(1.0, true));
    if (rows > 0)
        std::printf("model memory per entry: %zu bytes\n", (after > before ? after - before : 0) / size_t(rows));

    QElapsedTimer sortClock;
    sortClock.start();
    model.sort(RemoteFsModel::SizeColumn, Qt::DescendingOrder);
    waitUntil([] { return false; }, 50);
    model.sort(RemoteFsModel::NameColumn, Qt::AscendingOrder);
    waitUntil([] { return false; }, 50);
    std::printf("re-sorting all rows by size, then by name: %lld ms (including 100 ms of settling)\n",
                sortClock.elapsed());

    QListView icons;
    icons.setViewMode(QListView::IconMode);
    icons.resize(1000, 700);
    QElapsedTimer iconClock;
    PaintWatch iconPaints(&icons, &iconClock);
    iconClock.start();
    icons.setModel(&model);
    icons.show();
    waitUntil([&] { return iconPaints.firstRowPaintedMs >= 0; }, 60000);
    std::printf("icons view, first paint with every row: %lld ms\n", iconPaints.firstRowPaintedMs);

    const long switches = contextSwitches();
    waitUntil([] { return false; }, 5000);
    std::printf("idle wakeups: %.1f per second\n", double(contextSwitches() - switches) / 5.0);
    return 0;
}
