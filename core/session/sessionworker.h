// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SessionWorker: the half of a Session that lives on the session thread and
// alone touches its libnfs contexts. It owns the connections (the session's
// own, short-lived auxiliary ones, and those being torn down) and the open
// files, and wires the parts that do the work: MountController,
// RequestDispatcher, PathResolver and SessionOperations. Private to the core.
#include "nfserror.h"
#include "nfsurl.h"
#include "session.h"

#include <QDeadlineTimer>
#include <QObject>

#include <functional>
#include <list>
#include <memory>
#include <set>

struct nfsfh;
class Connection;
class MountController;
class PathResolver;
class RemoteFileBackend;
class RequestDispatcher;
class SessionOperations;

class SessionWorker : public QObject
{
    Q_OBJECT
public:
    SessionWorker(Session *session, const NfsUrl &url, Session::MountPoint mountPoint);
    ~SessionWorker() override;

    const NfsUrl &url() const { return m_url; }
    // `error`, naming the uid and gid the requests are made as when it is a refusal.
    NfsError identified(const NfsError &error) const;
    int version() const { return m_url.version(); }
    QString server() const { return m_url.host(); }
    int timeoutSeconds() const { return m_url.timeoutSeconds(); }
    bool isClosing() const { return m_closing; }
    // Posts `fn` to this worker's thread from any thread, unless the Session
    // is closing (Session::post).
    template<typename Fn>
    bool post(Fn &&fn)
    {
        return m_session->post(std::forward<Fn>(fn));
    }
    Session::State state() const { return m_session->state(); }
    void setState(Session::State state);

    SessionOperations *operations() const { return m_operations.get(); }
    MountController *mount() const { return m_mount; }
    RequestDispatcher *dispatcher() const { return m_dispatcher; }
    PathResolver *resolver() const { return m_resolver.get(); }

    // Resolves the server's name with QHostInfo (asynchronous: libnfs would
    // resolve it with a blocking getaddrinfo on this thread, and ~Session
    // waits for this thread), then `then` with a numeric address, or an error
    // in words. A numeric host, or a name resolved a short while ago, answers at once.
    void withAddress(std::function<void(const NfsError &error, const QString &address)> then);
    // The session's own connection, mounted or mounting (null when none).
    Connection *current() const { return m_connection; }
    void setCurrent(Connection *connection) { m_connection = connection; }
    // A new connection starting to mount `exportPath` at the address last
    // resolved (see withAddress); null (and `error`) when it cannot start.
    Connection *connectTo(const QByteArray &exportPath, std::function<void(int, const char *)> onMount,
                          NfsError *error);
    // The same, kept as an auxiliary connection until it is retired.
    Connection *connectAuxiliary(const QByteArray &exportPath, std::function<void(int, const char *)> onMount,
                                 NfsError *error);
    // Lost: the connection failed, and the session says so until it is mounted
    // again. Renewal: it is replaced while the server answers (a new NFSv4
    // client), and the session stays connected.
    enum class Retirement { Lost, Renewal };
    // No new calls on `connection`; it is destroyed on the next turn of the
    // loop, and its requests still in flight end with `reason`.
    void retire(Connection *connection, const NfsError &reason, Retirement how = Retirement::Lost);

    // For RemoteFileBackend, on the session thread.
    // The mounted connection's id, 0 when there is none.
    quint64 connectionId() const;
    static quint64 connectionIdOf(const Connection *connection);
    // The server's READ or WRITE size for this mount (0 when libnfs does not know: NFSv4).
    quint64 chunkLimit(bool forWrite) const;
    NfsError connectionLost(NfsError::Operation op, const QByteArray &path) const;
    // NFSv4 keeps one open state per open-owner and file, and libnfs 4.0 one
    // open-owner per context: two opens of a file would share it, and the
    // first CLOSE would end both (libnfs 4.0 does not count them). So over
    // NFSv4 a file is open once per context: claimOpen() says whether the
    // session's own context is free for `path`; if not, the file gets a
    // context of its own (openOwnConnection).
    bool claimOpen(const QByteArray &path);
    void releaseOpen(const QByteArray &path);
    // A context of its own, mounted like the session's; `ready` gets its id,
    // or 0 and the error. It goes with closeOwnConnection().
    Connection *openOwnConnection(std::function<void(quint64 id, const NfsError &error)> ready);
    void closeOwnConnection(Connection *connection);
    // A connection of openOwnConnection()'s by its id while it lives (it may
    // end on its own, a lost socket), else nullptr.
    Connection *ownConnection(quint64 id) const;
    // A handle on a lost connection: freed once that connection is destroyed
    // (libnfs may still touch it until then; destroying never frees it).
    void discardHandle(quint64 connection, nfsfh *fh);
    // Lets go of a handle nothing was written through: CLOSEd on its own
    // connection (over NFSv3 that only frees it), else discardHandle().
    void releaseHandle(quint64 connection, nfsfh *fh);
    // Open files: the worker keeps their backends until their handles are closed.
    void adoptFile(std::shared_ptr<RemoteFileBackend> file);
    void forgetFile(RemoteFileBackend *file);

private:
    void destroy(Connection *connection);

    Session *m_session;                     // for its atomics and post()
    NfsUrl m_url;
    MountController *m_mount;               // QObject children: they move to the session thread with us
    RequestDispatcher *m_dispatcher;
    std::unique_ptr<PathResolver> m_resolver;
    std::unique_ptr<SessionOperations> m_operations;
    Connection *m_connection = nullptr;     // the current one, mounted or mounting
    std::list<Connection *> m_auxiliary;    // short-lived ones for single questions and files
    std::list<Connection *> m_dying;        // retired, destroyed on the next turn of the loop
    std::list<std::shared_ptr<RemoteFileBackend>> m_files;
    std::set<QByteArray> m_v4Opens;         // paths open on the session's own context
    bool m_closing = false;                 // in the destructor
    QString m_address;                      // numeric, from withAddress()
    QDeadlineTimer m_addressExpires;
    std::set<int> m_lookups;                // name lookups in progress
};
