// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LibnfsWorkarounds: what the session does only because of a defect or a gap
// in libnfs 4.0, gathered in one place. Each function's comment names the
// defect it answers, so that it can go when libnfs no longer needs it.
// Session thread only.
#include "nfserror.h"
#include "nfsurl.h"

#include <QByteArray>

struct nfs_context;
struct rpc_context;
struct nfsfh;

// Exported by libnfs 4.0 but declared in none of its headers.
extern "C" {
void rpc_set_timeout(struct rpc_context *rpc, int timeout_ms);
void nfs_free_nfsfh(struct nfsfh *nfsfh);
void rpc_set_tcp_syncnt(struct rpc_context *rpc, int v);
}

namespace LibnfsWorkarounds {

// libnfs 4.0 has no call that sets the NFS or MOUNT port (or a few other
// options): they are set only as a side effect of parsing a URL. A URL made
// of just these options is parsed into `ctx` for that side effect.
void applyUrlOnlyOptions(nfs_context *ctx, const NfsUrl &url);

// Each NFSv4 context needs a client name of its own: libnfs 4.0's default
// repeats within a second, and the server then drops the other context's state.
QByteArray uniqueClientName();

// libnfs 4.0 starts every context's transaction ids from the same kind of
// seed, and as root it binds the same few reserved ports again and again. A
// new context on a recently used port then repeats an old context's
// (port, xid) pairs, which the server's duplicate request cache takes for
// retransmissions: it drops them or answers with an old reply. Each context
// starts somewhere random instead.
void randomiseXid(rpc_context *rpc);

// Over NFSv4 libnfs 4.0 hands over a READLINK target without a terminating
// NUL; the symlink's size (from its attributes) bounds it.
QByteArray linkTarget(const char *text, quint64 size);

// libnfs 4.0 offers no call that streams a folder: nfs_opendir_async reads
// the whole folder before it answers. A stream sends READDIRPLUS itself and
// needs the folder's file handle, which nfs_get_fh gives as a `struct nfs_fh`
// that 4.0 declares in no header: its bytes, copied.
QByteArray fileHandleOf(nfsfh *fh);

// libnfs 4.0 keeps one NFSv4 open-owner per context and numbers its OPENs and
// CLOSEs as they are answered; its chmod, chown, utimes and truncate OPEN and
// CLOSE too. Two of these out at once share a seqid and the server answers
// NFS4ERR_BAD_SEQID: true for the operations that must go one at a time.
bool takesNfs4Seqid(NfsError::Operation op);

// libnfs 4.0 never renews its NFSv4 lease (it sends no RENEW) and never sets
// its client up again: once a client has been idle past the server's lease,
// the server forgets it, and every later OPEN is refused with NFS4ERR_EXPIRED
// (or NFS4ERR_STALE_CLIENTID) on that context for good. True for such an
// error: the session then mounts anew, as a new client, and asks again.
bool clientForgotten(const NfsError &error, int version);

// libnfs 4.0 changes attributes over NFSv4 through an OPEN of the object,
// which a server refuses for a folder: the error says so in words.
NfsError explain(const NfsError &error, NfsError::Operation op, int version);

// libnfs 4.0 does not reset a reply it was reading when the connection
// drops and it reconnects: the rest of that reply is then read from the new
// connection's bytes and handed over as a success, so a READ brings back
// bytes that were never in the file. A reply to a request sent before the
// socket was replaced is not trusted when it carries data (true for those
// operations): the request is sent again (RequestDispatcher::MaxResends
// times at most), and then fails as a lost connection.
bool replyCutByReconnect(NfsError::Operation op, quint64 sentOnGeneration, quint64 generationNow);
NfsError cutByReconnect(NfsError::Operation op, const QByteArray &path, const QString &server, int timeoutSeconds);

// Over NFSv4 (no MOUNT, no export list) a server that accepts only privileged source
// ports hides an export from a normal user's program: a lookup of its pseudo path
// answers NFS4ERR_NOENT, the words of an export that is not there. A path one or two
// names deep (as pseudo paths are) not found so gets both explanations and both fixes;
// run as root, nothing changes.
NfsError hiddenExport(const NfsError &error, const QByteArray &path, const QString &server, int version);

// libnfs 4.0 gives no words when the first connection of a mount fails (no
// portmapper, nothing listening): only "nfs_service failed". This is the
// status and text a mount reply gets then; NfsError maps them.
constexpr const char *ServiceFailedText = "nfs_service failed";

} // namespace LibnfsWorkarounds
