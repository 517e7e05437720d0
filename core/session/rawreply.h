// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RawReply: the callback libnfs 4.0's raw NFSv3 calls (rpc_nfs3_*_async) are
// given, turning their reply into the form every request's reply takes
// (RequestDispatcher::onNfsReply: 0 and the result's "ok" part, or -errno and
// words). `priv` is the Request; handleOf() gives their arguments a file
// handle. Session thread only.
#include "connection.h"
#include "request.h"
#include "requestdispatcher.h"

#include <QByteArray>

#include <cerrno>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-nfs.h>
#include <nfsc/libnfs-raw-nfs4.h>

namespace RawReply {

// The "ok" part of each result the session core asks for.
inline void *okOf(READDIRPLUS3res *res) { return &res->READDIRPLUS3res_u.resok; }
inline void *okOf(READDIR3res *res) { return &res->READDIR3res_u.resok; }
inline void *okOf(LOOKUP3res *res) { return &res->LOOKUP3res_u.resok; }
inline void *okOf(CREATE3res *res) { return &res->CREATE3res_u.resok; }
inline void *okOf(WRITE3res *res) { return &res->WRITE3res_u.resok; }
inline void *okOf(COMMIT3res *res) { return &res->COMMIT3res_u.resok; }
inline void *okOf(SETATTR3res *res) { return &res->SETATTR3res_u.resok; }
inline void *okOf(RENAME3res *res) { return &res->RENAME3res_u.resok; }
inline void *okOf(REMOVE3res *res) { return &res->REMOVE3res_u.resok; }

// A file handle held as bytes, as the raw calls' arguments name it (the
// bytes must outlive the call, which encodes them before it returns).
inline nfs_fh3 handleOf(QByteArray &bytes)
{
    nfs_fh3 fh{};
    fh.data.data_len = u_int(bytes.size());
    fh.data.data_val = bytes.data();
    return fh;
}

// A call that got no NFS reply: timed out, cancelled, or an RPC error.
inline void failed(rpc_context *rpc, int status, void *data, nfs_context *ctx, void *priv)
{
    const int code = status == RPC_STATUS_TIMEOUT ? -ETIMEDOUT : status == RPC_STATUS_CANCEL ? -ECANCELED : -EIO;
    RequestDispatcher::onNfsReply(code, ctx, status == RPC_STATUS_ERROR && data ? data : rpc_get_error(rpc), priv);
}

template<typename Result>
void onReply(rpc_context *rpc, int status, void *data, void *priv)
{
    const auto *r = static_cast<Request *>(priv);
    nfs_context *ctx = r->connection->context();
    if (status == RPC_STATUS_SUCCESS) {
        auto *res = static_cast<Result *>(data);
        if (res->status == NFS3_OK)
            RequestDispatcher::onNfsReply(0, ctx, okOf(res), priv);
        else
            RequestDispatcher::onNfsReply(nfsstat3_to_errno(res->status), ctx, nfsstat3_to_str(res->status), priv);
        return;
    }
    failed(rpc, status, data, ctx, priv);
}

// The same for libnfs 4.0's raw NFSv4 COMPOUND: the whole result on success
// (its operations' results in order), the first failure's status otherwise.
inline void onCompound(rpc_context *rpc, int status, void *data, void *priv)
{
    const auto *r = static_cast<Request *>(priv);
    nfs_context *ctx = r->connection->context();
    if (status == RPC_STATUS_SUCCESS) {
        auto *res = static_cast<COMPOUND4res *>(data);
        if (res->status == NFS4_OK)
            RequestDispatcher::onNfsReply(0, ctx, res, priv);
        else
            RequestDispatcher::onNfsReply(nfsstat4_to_errno(res->status), ctx, nfsstat4_to_str(res->status), priv);
        return;
    }
    failed(rpc, status, data, ctx, priv);
}

} // namespace RawReply
