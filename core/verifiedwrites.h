// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// VerifiedWrites: a durable upload over NFSv3 with UNSTABLE WRITEs and COMMIT,
// checked the way RFC 1813 asks and libnfs 4.0 never does. Each WRITE the
// server answers UNSTABLE is kept, with the verifier of its reply, until a
// COMMIT covers it; a COMMIT whose verifier differs from a WRITE's means the
// server restarted and may have lost that WRITE, which is then sent again.
// A WRITE sent again counts as not done until it is answered again.
// Session thread only; private to the core (remotefilebackend.cpp sends the
// RPCs). Pure bookkeeping, no libnfs.
#include "filecore.h"

#include <QtGlobal>

#include <vector>

class VerifiedWrites
{
public:
    // A COMMIT is due once this much is held, and WRITEs wait while twice as
    // much is: the memory an upload holds for a resend stays bounded.
    static constexpr qint64 CommitEveryBytes = 32 * 1024 * 1024;
    // The same data sent again this many times, and the upload fails.
    static constexpr int MaxResends = 3;

    // A WRITE of `piece` was answered UNSTABLE with `verifier`.
    void held(FileCore::Write piece, quint64 verifier);
    // Whether a COMMIT should go now: enough held, or the file closes with
    // anything held; never two at once.
    bool commitDue(bool closing) const;
    // A COMMIT went out: it covers what is held now.
    void commitSent();
    // The COMMIT answered `verifier`: the WRITEs it covered whose verifier
    // differs, to be sent again (empty: all are on stable storage).
    std::vector<FileCore::Write> committed(quint64 verifier);
    // The COMMIT failed: what it covered is held again.
    void commitFailed();
    // WRITEs wait while this much is held, so a slow COMMIT bounds the memory.
    bool full() const { return m_heldBytes >= 2 * CommitEveryBytes; }
    // Nothing held and no COMMIT out: every WRITE answered so far is durable.
    bool settled() const { return m_held.empty() && m_covered.empty() && !m_commitOut; }
    bool commitOut() const { return m_commitOut; }
    // True once a resend made the same data go more than MaxResends times.
    bool gaveUp() const { return m_resends > MaxResends; }

private:
    struct Held
    {
        FileCore::Write piece;
        quint64 verifier;
    };
    std::vector<Held> m_held;      // answered, not yet under a COMMIT
    std::vector<Held> m_covered;   // under the COMMIT in flight
    qint64 m_heldBytes = 0;        // in both lists
    bool m_commitOut = false;
    int m_resends = 0;             // COMMITs in a row that asked for a resend
};
