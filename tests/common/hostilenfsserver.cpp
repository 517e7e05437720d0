// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostilenfsserver.h"

#include <QMutexLocker>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

// RFC 5531 (ONC RPC) and RFC 1813 (NFSv3, MOUNT v3) numbers used here.
constexpr quint32 MountProgram = 100005;
constexpr quint32 NfsProgram = 100003;
constexpr quint32 Call = 0, Reply = 1, MsgAccepted = 0;
constexpr quint32 Success = 0, ProgUnavail = 1, ProgMismatch = 2, ProcUnavail = 3, GarbageArgs = 4;
constexpr quint32 AuthUnix = 1;

constexpr quint32 Nfs3Ok = 0, Nfs3ErrNoEnt = 2, Nfs3ErrIsDir = 21, Nfs3ErrInval = 22, Nfs3ErrNotDir = 20,
                  Nfs3ErrRofs = 30, Nfs3ErrDquot = 69, Nfs3ErrBadHandle = 10001, Nfs3ErrJukebox = 10008;
constexpr quint32 Mnt3ErrNoEnt = 2;
constexpr quint32 Nf3Reg = 1, Nf3Dir = 2, Nf3Lnk = 5;

// The most one READ answers and about what a listing answer may hold.
constexpr quint32 MaxData = 65536;

} // namespace

// XDR decoding of one call; any read past the end marks it garbage.
class HostileNfsServer::Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}
    bool ok() const { return m_ok; }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        const quint32 v = qFromBigEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return v;
    }
    quint64 u64()
    {
        const quint64 high = u32();
        return (high << 32) | u32();
    }
    QByteArray opaque(quint32 max = 1 << 20)
    {
        const quint32 n = u32();
        if (n > max) {
            m_ok = false;
            return {};
        }
        return fixed(n);
    }
    QByteArray fixed(quint32 n)
    {
        const qsizetype padded = (qsizetype(n) + 3) & ~qsizetype(3);
        if (!need(padded))
            return {};
        const QByteArray v = m_data.mid(m_pos, n);
        m_pos += padded;
        return v;
    }

private:
    bool need(qsizetype n)
    {
        if (m_ok && m_pos + n <= m_data.size())
            return true;
        m_ok = false;
        return false;
    }
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

class HostileNfsServer::Writer
{
public:
    void u32(quint32 v)
    {
        char b[4];
        qToBigEndian(v, b);
        m_out.append(b, 4);
    }
    void u64(quint64 v)
    {
        u32(quint32(v >> 32));
        u32(quint32(v));
    }
    void opaque(const QByteArray &v)
    {
        u32(quint32(v.size()));
        fixed(v);
    }
    void fixed(const QByteArray &v)
    {
        m_out.append(v);
        m_out.append((4 - v.size() % 4) % 4, '\0');
    }
    qsizetype size() const { return m_out.size(); }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

namespace {

QByteArray handle(quint64 id)
{
    char b[8];
    qToBigEndian(id, b);
    return QByteArray(b, 8);
}

} // namespace

HostileNfsServer::HostileNfsServer(const QByteArray &exportPath) : m_export(exportPath)
{
    Node root;
    root.id = Root;
    root.type = Nf3Dir;
    root.mode = 0755;
    root.parent = Root;
    m_nodes.append(root);
}

HostileNfsServer::~HostileNfsServer()
{
    stop();
}

void HostileNfsServer::setQuirk(quint64 id, Quirk quirk)
{
    m_nodes[qsizetype(id - 1)].quirk = quirk;
}

quint64 HostileNfsServer::add(quint64 folder, const QByteArray &name, quint32 type, quint32 mode,
                              const QByteArray &data)
{
    Node n;
    n.id = quint64(m_nodes.size()) + 1;
    n.type = type;
    n.mode = mode;
    n.parent = folder;
    n.data = data;
    m_nodes.append(n);
    m_nodes[qsizetype(folder - 1)].children.append({name, n.id});
    return n.id;
}

quint64 HostileNfsServer::addFile(quint64 folder, const QByteArray &name, const QByteArray &content, quint32 mode)
{
    return add(folder, name, Nf3Reg, mode, content);
}

quint64 HostileNfsServer::addFolder(quint64 folder, const QByteArray &name, quint32 mode)
{
    return add(folder, name, Nf3Dir, mode, {});
}

quint64 HostileNfsServer::addSymlink(quint64 folder, const QByteArray &name, const QByteArray &target)
{
    return add(folder, name, Nf3Lnk, 0777, target);
}

QString HostileNfsServer::urlText(const QByteArray &sub) const
{
    QByteArray path = m_export;
    if (!sub.isEmpty())
        path += '/' + sub;
    return QStringLiteral("nfs://127.0.0.1:%1%2?mountport=%1")
        .arg(port())
        .arg(QString::fromLatin1(path.toPercentEncoding("/")));
}

QStringList HostileNfsServer::unanswered() const
{
    QMutexLocker lock(&m_mutex);
    return m_unanswered;
}

void HostileNfsServer::note(const QString &what)
{
    QMutexLocker lock(&m_mutex);
    if (!m_unanswered.contains(what))
        m_unanswered.append(what);
}

const HostileNfsServer::Node *HostileNfsServer::node(quint64 id) const
{
    if (id < 1 || id > quint64(m_nodes.size()))
        return nullptr;
    return &m_nodes.at(qsizetype(id - 1));
}

const HostileNfsServer::Node *HostileNfsServer::nodeOf(Reader &in) const
{
    const QByteArray fh = in.opaque(64);
    if (fh.size() != 8)
        return nullptr;
    return node(qFromBigEndian<quint64>(fh.constData()));
}

// One thread answers every connection in turn; the tree never changes while it runs.
void HostileNfsServer::serve()
{
    struct Client
    {
        int fd;
        QByteArray in;
        QByteArray record;
    };
    std::vector<Client> clients;
    for (;;) {
        std::vector<pollfd> fds{{wakeFd(), POLLIN, 0}, {listenFd(), POLLIN, 0}};
        for (const Client &c : clients)
            fds.push_back({c.fd, POLLIN, 0});
        if (::poll(fds.data(), nfds_t(fds.size()), -1) < 0 && errno != EINTR)
            break;
        if (fds[0].revents)
            break;
        if (fds[1].revents & POLLIN) {
            const int fd = ::accept4(listenFd(), nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0)
                clients.push_back({fd, {}, {}});
        }
        for (size_t i = 2; i < fds.size(); ++i) {
            if (!fds[i].revents)
                continue;
            Client &c = clients[i - 2];
            char buf[65536];
            const ssize_t n = ::recv(c.fd, buf, sizeof buf, 0);
            bool closed = n <= 0;
            if (n > 0)
                c.in.append(buf, n);
            // Record marking: a 4-byte header per fragment, the top bit on the last.
            while (!closed && c.in.size() >= 4) {
                const quint32 header = qFromBigEndian<quint32>(c.in.constData());
                const qsizetype length = qsizetype(header & 0x7fffffffu);
                if (c.in.size() < 4 + length)
                    break;
                c.record += c.in.mid(4, length);
                c.in.remove(0, 4 + length);
                if (!(header & 0x80000000u))
                    continue;
                const QByteArray reply = answer(c.record);
                c.record.clear();
                if (reply.isEmpty())
                    continue;
                char mark[4];
                qToBigEndian(quint32(reply.size()) | 0x80000000u, mark);
                const QByteArray out = QByteArray(mark, 4) + reply;
                for (qsizetype sent = 0; sent < out.size();) {
                    const ssize_t w = ::send(c.fd, out.constData() + sent, size_t(out.size() - sent), MSG_NOSIGNAL);
                    if (w <= 0) {
                        closed = true;
                        break;
                    }
                    sent += w;
                }
            }
            if (closed) {
                ::close(c.fd);
                c.fd = -1;
            }
        }
        std::erase_if(clients, [](const Client &c) { return c.fd < 0; });
    }
    for (const Client &c : clients)
        ::close(c.fd);
}

QByteArray HostileNfsServer::answer(const QByteArray &call)
{
    Reader in(call);
    const quint32 xid = in.u32();
    const quint32 type = in.u32();
    const quint32 rpcVersion = in.u32();
    const quint32 program = in.u32();
    const quint32 version = in.u32();
    const quint32 proc = in.u32();
    in.u32();            // credential flavour (AUTH_UNIX or AUTH_NONE: any is taken)
    in.opaque(400);
    in.u32();            // verifier
    in.opaque(400);
    if (!in.ok() || type != Call || rpcVersion != 2)
        return {};
    ++m_calls;

    Writer out;
    out.u32(xid);
    out.u32(Reply);
    out.u32(MsgAccepted);
    out.u32(0);          // verifier: AUTH_NONE, empty
    out.u32(0);
    Writer body;
    quint32 status = Success;
    bool answered = true;
    if (program == MountProgram && version == 3) {
        answered = mountCall(proc, in, body);
    } else if (program == NfsProgram && version == 3) {
        answered = nfsCall(proc, in, body);
    } else if (program == MountProgram || program == NfsProgram) {
        status = ProgMismatch;
        body.u32(3);
        body.u32(3);
        note(QStringLiteral("program %1 version %2").arg(program).arg(version));
    } else {
        status = ProgUnavail;
        note(QStringLiteral("program %1").arg(program));
    }
    const QByteArray result = body.take();
    if (m_silent) {
        m_silent = false;
        return {};
    }
    if (!in.ok()) {
        status = GarbageArgs;
        note(QStringLiteral("garbage arguments to program %1 procedure %2").arg(program).arg(proc));
    } else if (!answered) {
        status = ProcUnavail;
        note(QStringLiteral("program %1 procedure %2").arg(program).arg(proc));
    }
    out.u32(status);
    QByteArray reply = out.take();
    if (status == Success || status == ProgMismatch)
        reply += result;
    return reply;
}

// False for a procedure it does not answer.
bool HostileNfsServer::mountCall(quint32 proc, Reader &in, Writer &out)
{
    switch (proc) {
    case 0:   // NULL
    case 3:   // UMNT
        if (proc == 3)
            in.opaque(1024);
        return true;
    case 1: { // MNT
        QByteArray path = in.opaque(1024);
        while (path.size() > 1 && path.endsWith('/'))
            path.chop(1);
        if (path != m_export) {
            out.u32(Mnt3ErrNoEnt);
            return true;
        }
        out.u32(0);
        out.opaque(handle(Root));
        out.u32(1);
        out.u32(AuthUnix);
        return true;
    }
    case 5:   // EXPORT
        out.u32(1);
        out.opaque(m_export);
        out.u32(1);
        out.opaque(QByteArrayLiteral("*"));
        out.u32(0);
        out.u32(0);
        return true;
    default:
        return false;
    }
}

void HostileNfsServer::putAttributes(Writer &out, const Node &n) const
{
    const quint64 size = n.type == Nf3Dir ? 4096 : quint64(n.data.size());
    out.u32(n.type);
    out.u32(n.mode);
    out.u32(n.type == Nf3Dir ? 2 : 1);
    out.u32(0);            // uid
    out.u32(0);            // gid
    out.u64(size);
    out.u64(size);         // used
    out.u32(0);            // rdev
    out.u32(0);
    out.u64(0x686f7374);   // fsid
    out.u64(n.id);         // fileid
    for (int i = 0; i < 3; ++i) {   // atime, mtime, ctime
        out.u32(quint32(1700000000 + n.id));
        out.u32(0);
    }
}

void HostileNfsServer::putPostOpAttributes(Writer &out, const Node *n) const
{
    out.u32(n ? 1 : 0);
    if (n)
        putAttributes(out, *n);
}

bool HostileNfsServer::nfsCall(quint32 proc, Reader &in, Writer &out)
{
    // The writing procedures, all refused: their failure bodies are wcc_data
    // (and for RENAME two, for LINK post_op_attr and wcc_data), none known.
    const auto refuse = [&](int emptyWords) {
        out.u32(Nfs3ErrRofs);
        for (int i = 0; i < emptyWords; ++i)
            out.u32(0);
    };
    switch (proc) {
    case 0:   // NULL
        return true;
    case 1: { // GETATTR
        const Node *n = nodeOf(in);
        if (!n) {
            out.u32(Nfs3ErrBadHandle);
            return true;
        }
        out.u32(Nfs3Ok);
        putAttributes(out, *n);
        return true;
    }
    case 3: { // LOOKUP: the first of equal names wins
        const Node *dir = nodeOf(in);
        const QByteArray name = in.opaque(4096);
        if (!dir) {
            out.u32(Nfs3ErrBadHandle);
            out.u32(0);
            return true;
        }
        if (dir->type != Nf3Dir) {
            out.u32(Nfs3ErrNotDir);
            putPostOpAttributes(out, dir);
            return true;
        }
        const Node *found = name == "." ? dir : name == ".." ? node(dir->parent) : nullptr;
        for (const auto &[childName, id] : dir->children) {
            if (!found && childName == name)
                found = node(id);
        }
        if (!found) {
            out.u32(Nfs3ErrNoEnt);
            putPostOpAttributes(out, dir);
            return true;
        }
        out.u32(Nfs3Ok);
        out.opaque(handle(found->id));
        putPostOpAttributes(out, found);
        putPostOpAttributes(out, dir);
        return true;
    }
    case 4: { // ACCESS: read, look up and execute only
        const Node *n = nodeOf(in);
        const quint32 asked = in.u32();
        if (!n) {
            out.u32(Nfs3ErrBadHandle);
            out.u32(0);
            return true;
        }
        out.u32(Nfs3Ok);
        putPostOpAttributes(out, n);
        out.u32(asked & (0x01 | 0x02 | 0x20));
        return true;
    }
    case 5: { // READLINK
        const Node *n = nodeOf(in);
        if (!n || n->type != Nf3Lnk) {
            out.u32(n ? Nfs3ErrInval : Nfs3ErrBadHandle);
            putPostOpAttributes(out, n);
            return true;
        }
        out.u32(Nfs3Ok);
        putPostOpAttributes(out, n);
        out.opaque(n->data);
        return true;
    }
    case 6: { // READ
        const Node *n = nodeOf(in);
        const quint64 offset = in.u64();
        const quint32 count = std::min(in.u32(), MaxData);
        if (!n || n->type != Nf3Reg) {
            out.u32(!n ? Nfs3ErrBadHandle : n->type == Nf3Dir ? Nfs3ErrIsDir : Nfs3ErrInval);
            putPostOpAttributes(out, n);
            return true;
        }
        if (n->quirk == Quirk::Jukebox) {
            out.u32(Nfs3ErrJukebox);
            putPostOpAttributes(out, n);
            return true;
        }
        if (n->quirk == Quirk::NoReply) {
            m_silent = true;
            return true;
        }
        QByteArray data = offset < quint64(n->data.size()) ? n->data.mid(qsizetype(offset), count) : QByteArray();
        bool eof = offset + quint64(data.size()) >= quint64(n->data.size());
        if (n->quirk == Quirk::ReadLonger) {
            data += QByteArray(4096, 'X');
        } else if (n->quirk == Quirk::ReadEmptyNoEof) {
            data.clear();
            eof = false;
        }
        out.u32(Nfs3Ok);
        putPostOpAttributes(out, n);
        out.u32(quint32(data.size()));
        out.u32(eof ? 1 : 0);
        out.opaque(data);
        return true;
    }
    case 8:   // CREATE
    case 9: { // MKDIR
        const Node *dir = nodeOf(in);
        in.opaque(1024);   // the name; the rest of the arguments is not looked at
        if (dir && dir->quirk == Quirk::Quota) {
            out.u32(Nfs3ErrDquot);
            out.u32(0);
            out.u32(0);
        } else {
            refuse(2);
        }
        return true;
    }
    case 2:   // SETATTR
    case 7:   // WRITE
    case 10:  // SYMLINK
    case 11:  // MKNOD
    case 12:  // REMOVE
    case 13:  // RMDIR
    case 21:  // COMMIT
        refuse(2);
        return true;
    case 14:  // RENAME
        refuse(4);
        return true;
    case 15:  // LINK
        refuse(3);
        return true;
    case 16:  // READDIR
    case 17: { // READDIRPLUS: "." and ".." first, as servers send them; cookie = index + 1
        const bool plus = proc == 17;
        const Node *dir = nodeOf(in);
        const quint64 cookie = in.u64();
        in.fixed(8);           // cookie verifier
        const quint32 count = in.u32();
        const quint32 maxCount = plus ? in.u32() : count;
        if (!dir || dir->type != Nf3Dir) {
            out.u32(dir ? Nfs3ErrNotDir : Nfs3ErrBadHandle);
            putPostOpAttributes(out, dir);
            return true;
        }
        QList<QPair<QByteArray, quint64>> entries{{".", dir->id}, {"..", dir->parent}};
        entries += dir->children;
        out.u32(Nfs3Ok);
        putPostOpAttributes(out, dir);
        out.fixed(QByteArray(8, '\0'));
        const qsizetype start = out.size();
        const quint32 room = std::min(maxCount, MaxData);
        qsizetype i = dir->quirk == Quirk::CookieLoop ? 0 : qsizetype(cookie);
        if (dir->quirk == Quirk::AbsurdNameLength) {
            out.u32(1);
            out.u64(dir->id);
            out.u32(0xfffffff0u);   // a name of 4 GiB, and nothing after it
            return true;
        }
        for (; i < entries.size(); ++i) {
            const Node *n = node(entries.at(i).second);
            const qsizetype entrySize = 24 + entries.at(i).first.size() + (plus ? 8 + 84 + 16 : 0);
            // At least one entry per answer, whatever its size.
            if (i > qsizetype(cookie) && out.size() - start + entrySize + 16 > qsizetype(room))
                break;
            out.u32(1);
            out.u64(n->id);
            out.opaque(entries.at(i).first);
            out.u64(quint64(i) + 1);
            if (plus) {
                putPostOpAttributes(out, n);
                out.u32(1);
                out.opaque(handle(n->id));
            }
        }
        out.u32(0);
        out.u32(i >= entries.size() && dir->quirk != Quirk::CookieLoop ? 1 : 0);
        return true;
    }
    case 18: { // FSSTAT
        const Node *n = nodeOf(in);
        out.u32(Nfs3Ok);
        putPostOpAttributes(out, n);
        for (int i = 0; i < 6; ++i)
            out.u64(quint64(1) << 30);
        out.u32(0);
        return true;
    }
    case 19: { // FSINFO
        const Node *n = nodeOf(in);
        out.u32(Nfs3Ok);
        putPostOpAttributes(out, n);
        for (quint32 v : {MaxData, MaxData, 4096u, MaxData, MaxData, 4096u, MaxData})
            out.u32(v);
        out.u64(~quint64(0) >> 1);   // maxfilesize
        out.u32(0);                  // time_delta
        out.u32(1);
        out.u32(0x1b);               // FSF3_LINK | FSF3_SYMLINK | FSF3_HOMOGENEOUS | FSF3_CANSETTIME
        return true;
    }
    case 20: { // PATHCONF
        const Node *n = nodeOf(in);
        out.u32(Nfs3Ok);
        putPostOpAttributes(out, n);
        for (quint32 v : {32000u, 255u, 1u, 1u, 0u, 1u})
            out.u32(v);
        return true;
    }
    default:
        return false;
    }
}
