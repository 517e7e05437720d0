// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingstream.h"

#include "connection.h"
#include "displayname.h"
#include "libnfsworkarounds.h"
#include "nfsconversion.h"
#include "rawreply.h"
#include "request.h"
#include "requestdispatcher.h"
#include "sessionworker.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-nfs.h>
#include <nfsc/libnfs-raw-nfs4.h>

#include <vector>

using Op = NfsError::Operation;

namespace {

bool isDotOrDotDot(const char *n)
{
    return n && n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0));
}

} // namespace

void ListingStream::start(SessionWorker *worker, std::shared_ptr<ListingCore> core, const QByteArray &path,
                          Detail detail, std::function<void()> fallback)
{
    std::make_shared<ListingStream>(worker, std::move(core), path, detail, std::move(fallback))->open();
}

ListingStream::ListingStream(SessionWorker *worker, std::shared_ptr<ListingCore> core, const QByteArray &path,
                             Detail detail, std::function<void()> fallback)
    : m_worker(worker), m_dispatcher(worker->dispatcher()), m_core(std::move(core)), m_path(path),
      m_detail(detail), m_fallback(std::move(fallback))
{
    m_asked.insert(0);
    m_v4 = worker->version() == 4;
}

void ListingStream::open()
{
    if (m_v4) {
        // The path leads to the folder's handle in the first request itself.
        requestPage();
        return;
    }
    // The open goes through the dispatcher like any request by path (its
    // folders made real, its errors worded as a listing's).
    m_dispatcher->openReadOnly(Op::List, m_path, m_core, [self = shared_from_this()](nfsfh *fh) { self->opened(fh); });
}

void ListingStream::opened(nfsfh *fh)
{
    m_fh = fh;
    m_connection = m_worker->connectionId();
    m_handle = LibnfsWorkarounds::fileHandleOf(fh);
    if (m_handle.isEmpty() || !m_connection) {
        end(NfsError(NfsError::Kind::Other, EINVAL,
                     QCoreApplication::translate("ListingStream", "No file handle for %1 on %2")
                         .arg(displayName(m_path), m_worker->server())));
        return;
    }
    requestPage();
}

void ListingStream::requestPage()
{
    if (m_core->isCancelled()) {
        end();
        return;
    }
    auto self = shared_from_this();
    // Each page has a core of its own, so that an unsupported READDIRPLUS can
    // fall back rather than end the listing.
    auto page = std::make_shared<JobCore>();
    page->onFinished = [self](const NfsError &error) {
        if (error.isError())
            self->pageFailed(error);
    };
    auto *r = new Request;
    r->op = Op::List;
    r->paths = {m_path};
    r->core = page;
    // The handle is used, not the path; over NFSv4 the first request looks
    // the path up, its folders made real first.
    r->pathsReal = !m_v4 || !m_handle.isEmpty();
    r->connectionId = m_connection;
    r->start = [self](nfs_context *ctx, const Request::Inside &inside, void *priv) {
        if (self->m_v4)
            return self->requestPage4(ctx, inside, priv);
        const quint32 bytes = self->m_anyPage ? ReplyBytes : FirstReplyBytes;
        // libnfs encodes the arguments before it returns.
        if (self->m_detail == Detail::NamesOnly) {
            READDIR3args args{};
            args.dir.data.data_len = u_int(self->m_handle.size());
            args.dir.data.data_val = self->m_handle.data();
            args.cookie = self->m_cookie;
            std::memcpy(args.cookieverf, self->m_verifier, sizeof args.cookieverf);
            args.count = bytes;
            return rpc_nfs3_readdir_async(nfs_get_rpc_context(ctx), &RawReply::onReply<READDIR3res>, &args,
                                          priv);
        }
        READDIRPLUS3args args{};
        args.dir.data.data_len = u_int(self->m_handle.size());
        args.dir.data.data_val = self->m_handle.data();
        args.cookie = self->m_cookie;
        std::memcpy(args.cookieverf, self->m_verifier, sizeof args.cookieverf);
        args.dircount = bytes;
        args.maxcount = bytes;
        return rpc_nfs3_readdirplus_async(nfs_get_rpc_context(ctx), &RawReply::onReply<READDIRPLUS3res>, &args,
                                          priv);
    };
    r->done = [self, page](nfs_context *, void *data) {
        if (self->m_v4)
            self->pageArrived(static_cast<const COMPOUND4res *>(data));
        else if (self->m_detail == Detail::NamesOnly)
            self->pageArrived(static_cast<const READDIR3resok *>(data));
        else
            self->pageArrived(static_cast<const READDIRPLUS3resok *>(data));
        page->finish();
    };
    m_dispatcher->submit(r);
}

int ListingStream::requestPage4(nfs_context *ctx, const Request::Inside &inside, void *priv)
{
    const quint32 bytes = m_anyPage ? ReplyBytes : FirstReplyBytes;
    // What a listing shows: those of `ls -l`, or the type and file id alone.
    static uint32_t attributes[2] = {
        1u << FATTR4_TYPE | 1u << FATTR4_SIZE | 1u << FATTR4_FILEID,
        1u << (FATTR4_MODE - 32) | 1u << (FATTR4_NUMLINKS - 32) | 1u << (FATTR4_OWNER - 32)
            | 1u << (FATTR4_OWNER_GROUP - 32) | 1u << (FATTR4_TIME_ACCESS - 32)
            | 1u << (FATTR4_TIME_METADATA - 32) | 1u << (FATTR4_TIME_MODIFY - 32)};
    static uint32_t typeAndFileId[2] = {1u << FATTR4_TYPE | 1u << FATTR4_FILEID, 0};
    QList<QByteArray> components;
    std::vector<nfs_argop4> ops;
    if (m_handle.isEmpty()) {
        // The path as the server knows it: the mount's root, then the real
        // path inside it.
        const QByteArray real = static_cast<const Request *>(priv)->connection->exportPath() + inside(m_path);
        components = real.split('/');
        components.removeAll(QByteArray());
        ops.resize(size_t(components.size()) + 3);
        ops[0].argop = OP_PUTROOTFH;
        for (qsizetype i = 0; i < components.size(); ++i) {
            nfs_argop4 &op = ops[size_t(i) + 1];
            op.argop = OP_LOOKUP;
            op.nfs_argop4_u.oplookup.objname.utf8string_len = u_int(components[i].size());
            op.nfs_argop4_u.oplookup.objname.utf8string_val = components[i].data();
        }
        ops[ops.size() - 2].argop = OP_GETFH;
    } else {
        ops.resize(2);
        ops[0].argop = OP_PUTFH;
        ops[0].nfs_argop4_u.opputfh.object.nfs_fh4_len = u_int(m_handle.size());
        ops[0].nfs_argop4_u.opputfh.object.nfs_fh4_val = m_handle.data();
    }
    nfs_argop4 &readdir = ops.back();
    readdir.argop = OP_READDIR;
    READDIR4args &args = readdir.nfs_argop4_u.opreaddir;
    args.cookie = m_cookie;
    std::memcpy(args.cookieverf, m_verifier, sizeof args.cookieverf);
    args.dircount = bytes;
    args.maxcount = bytes;
    args.attr_request.bitmap4_len = 2;
    args.attr_request.bitmap4_val = m_detail == Detail::NamesOnly ? typeAndFileId : attributes;
    COMPOUND4args compound{};
    compound.argarray.argarray_len = u_int(ops.size());
    compound.argarray.argarray_val = ops.data();
    // libnfs encodes the arguments before it returns.
    return rpc_nfs4_compound_async(nfs_get_rpc_context(ctx), &RawReply::onCompound, &compound, priv);
}

void ListingStream::pageArrived(const COMPOUND4res *page)
{
    // libnfs 4.0's decoder places the results (and the entries) at 4-byte
    // alignment: each is copied out before it is read.
    COMPOUND4res compound;
    std::memcpy(&compound, static_cast<const void *>(page), sizeof compound);
    const char *results = reinterpret_cast<const char *>(compound.resarray.resarray_val);
    const u_int count = compound.resarray.resarray_len;
    nfs_resop4 readdir{}, getfh{};
    if (count >= 1)
        std::memcpy(&readdir, results + (count - 1) * sizeof(nfs_resop4), sizeof readdir);
    if (count >= 2)
        std::memcpy(&getfh, results + (count - 2) * sizeof(nfs_resop4), sizeof getfh);
    if (count < 1 || readdir.resop != OP_READDIR) {
        end(NfsError(NfsError::Kind::IoError, EIO,
                     QCoreApplication::translate("ListingStream", "The server %1 answered the listing of %2 "
                                                                  "without its entries")
                         .arg(m_worker->server(), displayName(m_path))));
        return;
    }
    if (m_handle.isEmpty() && count >= 2 && getfh.resop == OP_GETFH) {
        const nfs_fh4 &fh = getfh.nfs_resop4_u.opgetfh.GETFH4res_u.resok4.object;
        m_handle = QByteArray(fh.nfs_fh4_val, qsizetype(fh.nfs_fh4_len));
    }
    const READDIR4resok &ok = readdir.nfs_resop4_u.opreaddir.READDIR4res_u.resok4;
    FileInfoList batch;
    quint64 last = m_cookie;
    int entries = 0;
    for (const entry4 *next = ok.reply.entries; next;) {
        entry4 entry;
        std::memcpy(&entry, static_cast<const void *>(next), sizeof entry);
        next = entry.nextentry;
        ++entries;
        last = entry.cookie;
        // A name ends at its first NUL, as an NFSv3 one does.
        const char *name = entry.name.utf8string_val;
        const QByteArray bytes(name, qsizetype(name ? qstrnlen(name, entry.name.utf8string_len) : 0));
        if (bytes.isEmpty() || bytes == "." || bytes == "..")
            continue;
        FileInfo info;
        info.name = bytes;
        QByteArray owner, group;
        // The attributes asked for are all in the mask's first two words;
        // a later one would only stop the decoding after them.
        quint32 mask[2] = {0, 0};
        const quint32 words = std::min<quint32>(entry.attrs.attrmask.bitmap4_len, 2);
        if (words)
            std::memcpy(mask, entry.attrs.attrmask.bitmap4_val, words * sizeof(quint32));
        NfsConversion::decodeAttributes4(mask, words, entry.attrs.attr_vals.attrlist4_val,
                                         entry.attrs.attr_vals.attrlist4_len, info, &owner, &group);
        const auto idOf = [](QHash<QByteArray, quint32> &known, const QByteArray &string, bool user) {
            auto it = known.constFind(string);
            if (it == known.constEnd())
                it = known.insert(string, NfsConversion::idOfOwner4(string, user));
            return *it;
        };
        if (!owner.isNull())
            info.uid = idOf(m_owners, owner, true);
        if (!group.isNull())
            info.gid = idOf(m_groups, group, false);
        batch.append(std::move(info));
    }
    pageRead(std::move(batch), entries, last, ok.reply.eof, ok.cookieverf);
}

void ListingStream::pageArrived(const READDIRPLUS3resok *page)
{
    FileInfoList batch;
    quint64 last = m_cookie;
    int entries = 0;
    // libnfs 4.0's decoder places the entries at 4-byte alignment (the export list's
    // nodes too): each is copied out before it is read.
    for (const entryplus3 *next = page->reply.entries; next;) {
        entryplus3 entry;
        std::memcpy(&entry, static_cast<const void *>(next), sizeof entry);
        next = entry.nextentry;
        ++entries;
        last = entry.cookie;
        if (!isDotOrDotDot(entry.name))
            batch.append(NfsConversion::fromEntryPlus(&entry));
    }
    pageRead(std::move(batch), entries, last, page->reply.eof, page->cookieverf);
}

void ListingStream::pageArrived(const READDIR3resok *page)
{
    FileInfoList batch;
    quint64 last = m_cookie;
    int entries = 0;
    for (const entry3 *next = page->reply.entries; next;) {
        entry3 entry;
        std::memcpy(&entry, static_cast<const void *>(next), sizeof entry);
        next = entry.nextentry;
        ++entries;
        last = entry.cookie;
        if (!isDotOrDotDot(entry.name)) {
            FileInfo info;
            info.name = QByteArray(entry.name);
            info.inode = entry.fileid;
            batch.append(std::move(info));
        }
    }
    pageRead(std::move(batch), entries, last, page->reply.eof, page->cookieverf);
}

void ListingStream::pageRead(FileInfoList batch, int entries, quint64 last, bool eof, const char *verifier)
{
    m_anyPage = true;
    if (m_core->isCancelled()) {
        end();
        return;
    }
    m_core->addBatch(std::move(batch));
    if (eof) {
        end();
        return;
    }
    if (entries == 0 || m_asked.contains(last)) {
        end(NfsError(NfsError::Kind::IoError, EIO,
                     QCoreApplication::translate("ListingStream",
                                                 "The server %1 sent the listing of %2 from the same place "
                                                 "twice (cookie %3); the listing stops there")
                         .arg(m_worker->server(), displayName(m_path))
                         .arg(last)));
        return;
    }
    m_asked.insert(last);
    m_cookie = last;
    std::memcpy(m_verifier, verifier, sizeof m_verifier);
    requestPage();
}

void ListingStream::pageFailed(const NfsError &error)
{
    // A server without READDIRPLUS says so at the first page.
    end(error, !m_anyPage && error.kind() == NfsError::Kind::NotSupported);
}

void ListingStream::end(const NfsError &error, bool fallBack)
{
    if (m_fh) {
        m_worker->releaseHandle(m_connection, m_fh);
        m_fh = nullptr;
    }
    if (fallBack && !m_core->isCancelled()) {
        m_fallback();
        return;
    }
    m_core->finish(error);
}
