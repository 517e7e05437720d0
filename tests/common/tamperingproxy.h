// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TamperingProxy: a TCP proxy in front of a real NFS server that rewrites its
// answers, for hostile replies a real server will not give. Calls go through
// untouched; in every RPC record coming back each `from` byte string is
// replaced by its `to`, of the same length, so the XDR stays well formed and
// only the bytes differ: a file the server calls "Q%Qescape" reaches the
// client as "../escape". With a reply delay each record reaches the client
// that long after the server sent it, as over a far link (records still flow
// side by side: a delay, not a slower line). A reply hook sees each reply
// with the call it answers (program, procedure) and may change its bytes.
// Listens on 127.0.0.1, any port.
#include "loopbackserver.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

class TamperingProxy : public LoopbackServer
{
public:
    using Replacements = QList<QPair<QByteArray, QByteArray>>;
    TamperingProxy(quint16 targetPort, Replacements replacements, int replyDelayMs = 0);
    ~TamperingProxy() override;

    struct Call
    {
        quint32 program = 0;
        quint32 version = 0;
        quint32 procedure = 0;
    };
    // `reply` is the RPC record without its record mark. Called on the
    // proxy's thread; set before start().
    using ReplyHook = std::function<void(const Call &call, QByteArray &reply)>;
    void setReplyHook(ReplyHook hook) { m_hook = std::move(hook); }

private:
    void serve() override;
    QByteArray tamper(QByteArray record) const;

    quint16 m_target;
    Replacements m_replacements;
    int m_replyDelayMs = 0;
    ReplyHook m_hook;
};
