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
        // openOwnConnection has answered.
        auto slot = std::make_shared<Connection *>(nullptr);
        Connection *c = m_worker->openOwnConnection([self, slot, keep, joined](quint64 id, const NfsError &error) {
            Connection *conn = *slot;
            auto it = std::find_if(self->m_helpers.begin(), self->m_helpers.end(),
                                   [conn](const Helper &h) { return h.connection == conn; });
            if (it == self->m_helpers.end())
                return;   // let go meanwhile
            if (error.isError() || !keep()) {
                // Not needed: the file's connection reads it all.
                self->m_worker->closeOwnConnection(conn);
                self->m_helpers.erase(it);
                return;
            }
            it->id = id;
            self->m_helperIds.insert(id);
            joined();
        });
        if (!c)
            continue;
        *slot = c;
        m_helpers.push_back({c, 0});
    }
}

ReadConnections::Route ReadConnections::send(Connection *main, quint64 mainId)
{
    Route best{main, mainId};
    int fewest = m_inFlight[mainId];
    for (const Helper &h : m_helpers) {
        if (!h.id)
            continue;
        const int n = m_inFlight[h.id];
        if (n < fewest) {
            fewest = n;
            best = {h.connection, h.id};
        }
    }
    ++m_inFlight[best.id];
    return best;
}

void ReadConnections::ended(quint64 id)
{
    auto it = m_inFlight.find(id);
    if (it != m_inFlight.end() && it->second > 0)
        --it->second;
}

int ReadConnections::count() const
{
    return 1 + int(std::count_if(m_helpers.begin(), m_helpers.end(), [](const Helper &h) { return h.id != 0; }));
}

void ReadConnections::drop(quint64 id)
{
    auto it = std::find_if(m_helpers.begin(), m_helpers.end(), [id](const Helper &h) { return h.id == id; });
    if (it == m_helpers.end())
        return;
    // Out of the list first: letting it go fails its other READs, which come back here.
    Connection *c = it->connection;
    m_helpers.erase(it);
    m_inFlight.erase(id);
    m_worker->closeOwnConnection(c);
}

void ReadConnections::closeAll()
{
    std::vector<Helper> helpers = std::move(m_helpers);
    m_helpers.clear();
    m_inFlight.clear();
    for (const Helper &h : helpers)
        m_worker->closeOwnConnection(h.connection);
}
