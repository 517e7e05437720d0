// SPDX-License-Identifier: GPL-3.0-or-later
// nfsnav's listing format: the hand-made time formatting of `ls -l` and `stat`
// gives what QDateTime gives, in several time zones, around DST changes, before
// 1970 and at the ends of the times nanoseconds hold; a long line's columns.
#include "listingformat.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <cstdio>
#include <ctime>
#include <limits>

namespace {
QByteArray viaQt(qint64 nanoseconds, bool withSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(nanoseconds / 1000000)
        .toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"))
        .toUtf8();
}
} // namespace

class TestListingFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void localTimeAsQDateTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("Kathmandu") << QByteArray("Asia/Kathmandu");
    }
    void localTimeAsQDateTime()
    {
        QFETCH(QByteArray, zone);
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", zone);
        ::tzset();
        const qint64 s = 1000000000;
        const QList<qint64> times{0,
                                  -1,
                                  -s / 2,
                                  qint64(1711846799) * s,   // around the 2024 spring change in Europe
                                  qint64(1711846800) * s,
                                  qint64(1711850400) * s,
                                  qint64(1730595600) * s + 999999999,   // the 2024 autumn change in America
                                  qint64(1730599200) * s,
                                  qint64(-2208988800) * s,   // 1900
                                  -s - 1,
                                  std::numeric_limits<qint64>::min(),   // the ends of what nanoseconds hold: 1677
                                  std::numeric_limits<qint64>::max(),   // and 2262
                                  qint64(1764201600) * s + 123456789};
        for (const qint64 t : times) {
            for (const bool seconds : {false, true})
                QCOMPARE(ListingFormat::localTime(t, seconds), viaQt(t, seconds));
        }
        qputenv("TZ", saved);
        ::tzset();
    }

    void longLineColumns()
    {
        FileInfo info;
        info.name = "a";
        info.type = FileInfo::Type::File;
        info.mode = 0644;
        info.links = 1;
        info.uid = 1000;
        info.gid = 100;
        info.size = 1234;
        info.mtimeNs = qint64(1764201600) * 1000000000;
        QCOMPARE(ListingFormat::longLine(info, "a"), QByteArray("-rw-r--r--   1  1000   100       1234 2025-11-27 00:00 a"));
        info.links = 12345;
        info.uid = 4294967295u;
        info.size = 12345678901234ull;
        QCOMPARE(ListingFormat::longLine(info, "b c"),
                 QByteArray("-rw-r--r-- 12345 4294967295   100 12345678901234 2025-11-27 00:00 b c"));
    }

    // The hand-written digits against snprintf's, on random values of every width.
    void longLineAsPrintf()
    {
        QRandomGenerator random(12);
        for (int i = 0; i < 5000; ++i) {
            FileInfo info;
            info.type = FileInfo::Type(random.bounded(8));
            info.mode = quint32(random.bounded(010000));
            const auto anyWidth = [&](int bits) { return random.generate64() >> (64 - 1 - random.bounded(bits)); };
            info.links = quint32(anyWidth(32));
            info.uid = quint32(anyWidth(32));
            info.gid = quint32(anyWidth(32));
            info.size = anyWidth(64);
            info.mtimeNs = qint64(random.generate64() >> 2) - (qint64(1) << 61);
            char numbers[96];
            const int n = std::snprintf(numbers, sizeof numbers, " %3u %5u %5u %10llu ", info.links, info.uid, info.gid,
                                        static_cast<unsigned long long>(info.size));
            const QByteArray expected = info.modeString() + QByteArray(numbers, n)
                + viaQt(info.mtimeNs, false) + " name";
            QCOMPARE(ListingFormat::longLine(info, "name"), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestListingFormat)
#include "tst_listingformat.moc"
