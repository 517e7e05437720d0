// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HostileNfsServer: a small read-only NFSv3 and MOUNT v3 server inside the
// test process, for what a real server cannot be made to send: names no file
// system holds ("a/b", "../x", "", more than 255 bytes) and one name twice in
// a folder. It speaks real ONC RPC and XDR (RFC 5531, RFC 1813) over a real
// TCP socket on 127.0.0.1, so the client under test is libnfs as it ships;
// ports are given in the URL (nfs://127.0.0.1:PORT/...?mountport=PORT), no
// portmapper is involved. Writes are answered "read-only file system".
#include "loopbackserver.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>

class HostileNfsServer : public LoopbackServer
{
public:
    static constexpr quint64 Root = 1;

    explicit HostileNfsServer(const QByteArray &exportPath = QByteArrayLiteral("/hostile"));
    ~HostileNfsServer() override;

    // The tree, built before start(); names are taken as they are, whatever they hold.
    quint64 addFile(quint64 folder, const QByteArray &name, const QByteArray &content, quint32 mode = 0644);
    quint64 addFolder(quint64 folder, const QByteArray &name, quint32 mode = 0755);
    quint64 addSymlink(quint64 folder, const QByteArray &name, const QByteArray &target);

    // What a node's replies do wrong on purpose (set before start()).
    enum class Quirk {
        None,
        ReadLonger,        // a file: READ sends more data than asked
        ReadEmptyNoEof,    // a file: READ sends no data and no end of file
        Jukebox,           // a file: READ answers NFS3ERR_JUKEBOX (come back later)
        NoReply,           // a file: READ is never answered
        CookieLoop,        // a folder: READDIR(PLUS) starts over whatever cookie it is given, never at its end
        AbsurdNameLength,  // a folder: the first entry's name claims 4 GiB
        Quota,             // a folder: CREATE and MKDIR in it answer NFS3ERR_DQUOT
    };
    void setQuirk(quint64 id, Quirk quirk);

    // nfs://127.0.0.1:PORT/EXPORT[/sub]?mountport=PORT
    QString urlText(const QByteArray &sub = {}) const;
    // Calls it had no answer for ("NFS3 procedure 7"), to explain a failing test.
    QStringList unanswered() const;
    // How many RPC calls it has answered.
    int calls() const { return m_calls.load(); }

private:
    struct Node
    {
        quint64 id = 0;
        quint32 type = 0;        // NF3REG 1, NF3DIR 2, NF3LNK 5
        quint32 mode = 0;
        quint64 parent = 0;
        QByteArray data;         // a file's content or a link's target
        QList<QPair<QByteArray, quint64>> children;
        Quirk quirk = Quirk::None;
    };
    class Reader;
    class Writer;

    quint64 add(quint64 folder, const QByteArray &name, quint32 type, quint32 mode, const QByteArray &data);
    const Node *node(quint64 id) const;
    const Node *nodeOf(Reader &in) const;
    void serve() override;
    QByteArray answer(const QByteArray &call);
    bool mountCall(quint32 proc, Reader &in, Writer &out);
    bool nfsCall(quint32 proc, Reader &in, Writer &out);
    void putAttributes(Writer &out, const Node &n) const;
    void putPostOpAttributes(Writer &out, const Node *n) const;
    void note(const QString &what);

    QByteArray m_export;
    QList<Node> m_nodes;          // id - 1 is the index
    std::atomic<int> m_calls{0};
    bool m_silent = false;        // the call being answered gets no reply (serve thread only)
    mutable QMutex m_mutex;
    QStringList m_unanswered;     // guarded by m_mutex
};
