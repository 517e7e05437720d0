// SPDX-License-Identifier: GPL-3.0-or-later
#include "readconnections.h"

#include "nfserror.h"
#include "sessionworker.h"

#include <algorithm>

ReadConnections::ReadConnections(SessionWorker *worker)
    : m_worker(worker)
{
}

void ReadConnections::openHelpers(int count, std::function<bool()> keep, std::function<void()> joined)
{
    auto self = shared_from_this();
    for (int i = 0; i < count; ++i) {
        // The callback learns which helper it is through `slot`, set once
        // openOwnConnection has returned (it never answers before).
        auto slot = std::make_shared<quint64>(0);
        Connection *c = m_worker->openOwnConnection([self, slot, keep, joined](quint64, const NfsError &error) {
            const quint64 id = *slot;
            auto it = std::find_if(self->m_helpers.begin(), self->m_helpers.end(),
                                   [id](const Helper &h) { return h.id == id; });
            if (it == self->m_helpers.end())
                return;   // let go meanwhile
            if (error.isError() || !keep()) {
                // Not needed: the file's connection reads it all.
                self->m_helpers.erase(it);
                self->m_worker->closeOwnConnection(self->m_worker->ownConnection(id));
                return;
            }
            it->mounted = true;
            self->m_helperIds.insert(id);
            joined();
        });
        if (!c)
            continue;
        *slot = SessionWorker::connectionIdOf(c);
        m_helpers.push_back({*slot, false});
    }
}

ReadConnections::Route ReadConnections::send(Connection *main, quint64 mainId)
{
    Route best{main, mainId};
    int fewest = m_inFlight[mainId];
    for (auto it = m_helpers.begin(); it != m_helpers.end();) {
        if (!it->mounted) {
            ++it;
            continue;
        }
        Connection *c = m_worker->ownConnection(it->id);
        if (!c) {
            // Ended on its own, with nothing of ours in flight.
            m_inFlight.erase(it->id);
            it = m_helpers.erase(it);
            continue;
        }
        const int n = m_inFlight[it->id];
        if (n < fewest) {
            fewest = n;
            best = {c, it->id};
        }
        ++it;
    }
    ++m_inFlight[best.id];
    return best;
}

void ReadConnections::ended(quint64 id)
{
    auto it = m_inFlight.find(id);
    Q_ASSERT(it == m_inFlight.end() || it->second > 0);
    if (it != m_inFlight.end() && it->second > 0)
        --it->second;
}

int ReadConnections::count() const
{
    return 1 + int(std::count_if(m_helpers.begin(), m_helpers.end(), [this](const Helper &h) {
               return h.mounted && m_worker->ownConnection(h.id);
           }));
}

void ReadConnections::drop(quint64 id)
{
    auto it = std::find_if(m_helpers.begin(), m_helpers.end(), [id](const Helper &h) { return h.id == id; });
    if (it == m_helpers.end())
        return;
    // Out of the list first: letting it go fails its other READs, which come back here.
    m_helpers.erase(it);
    m_inFlight.erase(id);
    m_worker->closeOwnConnection(m_worker->ownConnection(id));
}

void ReadConnections::closeAll()
{
    std::vector<Helper> helpers = std::move(m_helpers);
    m_helpers.clear();
    m_inFlight.clear();
    for (const Helper &h : helpers)
        m_worker->closeOwnConnection(m_worker->ownConnection(h.id));
}
