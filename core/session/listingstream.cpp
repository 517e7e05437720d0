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

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-nfs.h>

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
}

void ListingStream::open()
{
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
    r->pathsReal = true;            // the handle is used, not the path
    r->connectionId = m_connection;
    r->start = [self](nfs_context *ctx, const Request::Inside &, void *priv) {
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
        if (self->m_detail == Detail::NamesOnly)
            self->pageArrived(static_cast<const READDIR3resok *>(data));
        else
            self->pageArrived(static_cast<const READDIRPLUS3resok *>(data));
        page->finish();
    };
    m_dispatcher->submit(r);
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
