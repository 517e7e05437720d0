// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TamperingProxy: a TCP proxy in front of a real NFS server that rewrites its
// answers, for hostile replies a real server will not give. Calls go through
// untouched; in every RPC record coming back each `from` byte string is
// replaced by its `to`, of the same length, so the XDR stays well formed and
// only the bytes differ: a file the server calls "Q%Qescape" reaches the
// client as "../escape". With a reply delay each record reaches the client
// that long after the server sent it, as over a far link (records still flow
// side by side: a delay, not a slower line). Listens on 127.0.0.1, any port.
#include "loopbackserver.h"

#include <QByteArray>
#include <QList>
#include <QPair>

class TamperingProxy : public LoopbackServer
{
public:
    using Replacements = QList<QPair<QByteArray, QByteArray>>;
    TamperingProxy(quint16 targetPort, Replacements replacements, int replyDelayMs = 0);
    ~TamperingProxy() override;

private:
    void serve() override;
    QByteArray tamper(QByteArray record) const;

    quint16 m_target;
    Replacements m_replacements;
    int m_replyDelayMs = 0;
};
