// SPDX-License-Identifier: GPL-3.0-or-later
// SortedLines: batches of any sizes, sorted and merged as they come, give the
// lines std::stable_sort gives, equal keys in the order they came.
#include "sortedlines.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <utility>
#include <vector>

class TestSortedLines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void empty()
    {
        SortedLines lines;
        lines.endBatch();
        QCOMPARE(lines.text(), QByteArray());
        QCOMPARE(lines.size(), 0);
    }

    void asStableSort()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            SortedLines lines;
            std::vector<std::pair<QByteArray, QByteArray>> all;
            const int batches = int(random.bounded(40));
            for (int b = 0; b < batches; ++b) {
                const int count = int(random.bounded(round % 2 ? 300 : 5));
                for (int i = 0; i < count; ++i) {
                    // Few distinct keys, so that equal keys meet across batches.
                    const QByteArray key = QByteArray::number(random.bounded(round % 3 ? 50 : 100000));
                    const QByteArray line = key + ' ' + QByteArray::number(qsizetype(all.size()));
                    lines.append(key, line);
                    all.emplace_back(key, line);
                }
                if (random.bounded(4))
                    lines.endBatch();   // sometimes two batches come as one
            }
            std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            QByteArray expected;
            for (const auto &[key, line] : all)
                expected += line + '\n';
            QCOMPARE(lines.size(), qsizetype(all.size()));
            QCOMPARE(lines.text(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestSortedLines)
#include "tst_sortedlines.moc"
