// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortedlines.h"

#include <algorithm>

namespace {
bool byKey(const auto &a, const auto &b)
{
    return a.key < b.key;
}
} // namespace

void SortedLines::append(const QByteArray &key, const QByteArray &line)
{
    m_lines.push_back(Line{key, line});
}

void SortedLines::endBatch()
{
    if (m_batchStart == m_lines.size())
        return;
    std::stable_sort(m_lines.begin() + std::ptrdiff_t(m_batchStart), m_lines.end(), byKey<Line, Line>);
    m_runs.push_back(m_batchStart);
    m_batchStart = m_lines.size();
    // Like a binary counter: a run merges with the one before while it is at
    // least as long, so each line takes part in about log2(batches) merges.
    while (m_runs.size() >= 2) {
        const std::size_t last = m_lines.size() - m_runs.back();
        const std::size_t before = m_runs.back() - m_runs[m_runs.size() - 2];
        if (last < before)
            break;
        mergeLast();
    }
}

void SortedLines::mergeLast()
{
    const std::size_t middle = m_runs.back();
    m_runs.pop_back();
    const std::size_t first = m_runs.back();
    std::inplace_merge(m_lines.begin() + std::ptrdiff_t(first), m_lines.begin() + std::ptrdiff_t(middle),
                       m_lines.end(), byKey<Line, Line>);
}

QByteArray SortedLines::text()
{
    endBatch();
    while (m_runs.size() >= 2)
        mergeLast();
    qsizetype bytes = 0;
    for (const Line &l : m_lines)
        bytes += l.line.size() + 1;
    QByteArray out;
    out.reserve(bytes);
    for (const Line &l : m_lines) {
        out += l.line;
        out += '\n';
    }
    return out;
}
