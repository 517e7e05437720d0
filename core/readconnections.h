// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The connections one file's READs go out on, and how many each has in
// flight. Session thread only; private to the core.
//
// Always the connection the file was opened on. A large file read only over
// NFSv3 is read over helpers of its own as well (as Linux's nconnect): one
// TCP connection's replies are served one after another, and more
// connections read faster (readprobe --connections). The file's handle is
// valid on any of them. Each READ goes to the connection with the fewest in
// flight, so a slow one is not given more.
#include <QtGlobal>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

class Connection;
class SessionWorker;

class ReadConnections : public std::enable_shared_from_this<ReadConnections>
{
public:
    explicit ReadConnections(SessionWorker *worker);

    bool hasHelpers() const { return !m_helpers.empty(); }
    // Opens `count` helpers. As each has mounted, `keep` says whether it is
    // still wanted (if not it is let go) and `joined` follows when it is.
    void openHelpers(int count, std::function<bool()> keep, std::function<void()> joined);

    struct Route
    {
        Connection *connection = nullptr;   // nullptr: the session's own
        quint64 id = 0;
    };
    // Where the next READ goes, counted as sent: of the file's connection
    // (`main`, `mainId`) and the mounted helpers, the one with the fewest in
    // flight, the file's first on a tie.
    Route send(Connection *main, quint64 mainId);
    // A READ sent on `id` has ended.
    void ended(quint64 id);
    // How many connections READs may go out on now.
    int count() const;
    // Whether `id` is or was a helper: its READs are the file's.
    bool isHelper(quint64 id) const { return m_helperIds.count(id) > 0; }
    // Lets go of a helper that failed; its other READs come back as failures.
    void drop(quint64 id);
    // Lets go of every helper and forgets what is in flight (a reopen, the end).
    void closeAll();

private:
    // Known by id, looked up each time: a helper may end on its own.
    struct Helper
    {
        quint64 id = 0;
        bool mounted = false;
    };
    SessionWorker *m_worker;
    std::vector<Helper> m_helpers;
    std::set<quint64> m_helperIds;      // every helper's, let go or not
    std::map<quint64, int> m_inFlight;  // READs in flight per connection id
};
