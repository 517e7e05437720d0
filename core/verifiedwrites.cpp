// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifiedwrites.h"

void VerifiedWrites::held(FileCore::Write piece, quint64 verifier)
{
    m_heldBytes += piece.data.size();
    m_held.push_back({std::move(piece), verifier});
}

bool VerifiedWrites::commitDue(bool closing) const
{
    if (m_commitOut || m_held.empty())
        return false;
    qint64 bytes = 0;
    for (const Held &h : m_held)
        bytes += h.piece.data.size();
    return closing || bytes >= CommitEveryBytes;
}

void VerifiedWrites::commitSent()
{
    m_commitOut = true;
    m_covered.insert(m_covered.end(), std::make_move_iterator(m_held.begin()), std::make_move_iterator(m_held.end()));
    m_held.clear();
}

std::vector<FileCore::Write> VerifiedWrites::committed(quint64 verifier)
{
    m_commitOut = false;
    std::vector<FileCore::Write> again;
    for (Held &h : m_covered) {
        m_heldBytes -= h.piece.data.size();
        if (h.verifier != verifier)
            again.push_back(std::move(h.piece));
    }
    m_covered.clear();
    m_resends = again.empty() ? 0 : m_resends + 1;
    return again;
}

void VerifiedWrites::commitFailed()
{
    m_commitOut = false;
    m_held.insert(m_held.begin(), std::make_move_iterator(m_covered.begin()), std::make_move_iterator(m_covered.end()));
    m_covered.clear();
}
