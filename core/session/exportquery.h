// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportQuery: one MOUNT EXPORT question to a server, on a raw rpc_context of
// its own with its own deadline (libnfs 4.0's mount_getexports_async always
// asks the portmapper; with a known MOUNT port this one does not). A child of
// the session worker, on the session thread.
#include "exportlist.h"
#include "nfserror.h"
#include "nfsurl.h"

#include <QObject>

#include <functional>

struct rpc_context;
class QTimer;
class RpcPump;

class ExportQuery : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const NfsError &error, const ExportList &list)>;

    // Asks `address` (numeric) for `url`'s server's export list. `done` is
    // called exactly once, never from inside libnfs.
    static void start(const NfsUrl &url, const QString &address, QObject *parent, Done done);
    // The session closes: every query under `parent` ends with `reason`.
    static void abandonAll(QObject *parent, const NfsError &reason);
    ~ExportQuery() override;

private:
    ExportQuery(const NfsUrl &url, Done done, QObject *parent);
    void finish(const NfsError &error, const ExportList &list);
    void finishLater(const NfsError &error, const ExportList &list);
    NfsError failure(int status, const char *detail) const;

    NfsUrl m_url;
    Done m_done;
    rpc_context *m_rpc = nullptr;
    RpcPump *m_pump = nullptr;
    QTimer *m_deadline = nullptr;
    bool m_finished = false;
};
