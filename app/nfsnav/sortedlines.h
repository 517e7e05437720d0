// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SortedLines: `nfsnav ls`'s lines put in name order while the listing still
// arrives. Each batch is sorted as it lands and merged with the batches
// before it when they are of like size, so most of the sorting is done while
// the server reads the next batch, and what is left at the end is a few merges.
#include <QByteArray>

#include <cstddef>
#include <vector>

class SortedLines
{
public:
    void append(const QByteArray &key, const QByteArray &line);
    // The lines appended since the last call form a batch: sorted and merged.
    void endBatch();
    qsizetype size() const { return qsizetype(m_lines.size()); }
    // Every line in key order (equal keys in the order they came), each ending in '\n'.
    QByteArray text();

private:
    struct Line
    {
        QByteArray key;
        QByteArray line;
    };
    // Merges the last two runs.
    void mergeLast();

    std::vector<Line> m_lines;
    std::vector<std::size_t> m_runs;   // where each sorted run starts; it ends where the next starts
    std::size_t m_batchStart = 0;
};
