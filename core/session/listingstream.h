// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ListingStream: an NFSv3 folder listed as the server answers. libnfs 4.0's
// nfs_opendir_async reads the whole folder before it answers; this sends
// READDIRPLUS itself through the raw API on the folder's handle, hands each
// reply's entries to the listing as one batch the moment it lands, and sends
// the next request then. A reply whose cookie was already asked for ends the
// listing with an error instead of looping. Session thread only.
//
// Names only, it sends plain READDIR instead: names and cookies, no
// attributes, a fraction of the server's work per entry (what `nfsnav ls`
// without -l needs). Its entries have the type Unknown and no attributes.
//
// Over NFSv4 it sends COMPOUNDs through the raw API: the first PUTROOTFH, a
// LOOKUP for each component of the (symlink-free) path, GETFH and READDIR,
// the next ones PUTFH and READDIR. libnfs 4.0's own reading asks replies of
// 8 KiB and only answers once it has them all. Names only, READDIR asks for
// the type and the file id alone (the server's work per entry hardly
// changes with what is asked: it is its reading of the entry).
#include "directorylisting.h"
#include "nfserror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

struct nfs_context;
struct nfsfh;
struct rpc_context;
struct READDIRPLUS3resok;
struct READDIR3resok;
struct COMPOUND4res;
class RequestDispatcher;
class SessionWorker;

class ListingStream : public std::enable_shared_from_this<ListingStream>
{
public:
    enum class Detail { Attributes, NamesOnly };

    // Lists `path` into `core`. `fallback` lists it libnfs's way instead, for
    // a server that refuses the first request (one without READDIRPLUS).
    static void start(SessionWorker *worker, std::shared_ptr<ListingCore> core, const QByteArray &path,
                      Detail detail, std::function<void()> fallback);

    ListingStream(SessionWorker *worker, std::shared_ptr<ListingCore> core, const QByteArray &path, Detail detail,
                  std::function<void()> fallback);

private:
    // The size of every reply after the first: few round trips for a big
    // folder, and the server's work per entry is less in larger replies
    // (`ls -l` of 100,000 entries: 0.70 s in replies of 512 KiB against
    // 0.77 s in 128 KiB and 0.74 s in 64 KiB, medians of 5 alternating runs).
    static constexpr quint32 ReplyBytes = 512 * 1024;
    // The first reply is small: it is what the window shows first, and a
    // small one is read, sent, decoded and sorted in a fraction of the time.
    static constexpr quint32 FirstReplyBytes = 8 * 1024;

    void open();
    void opened(nfsfh *fh);
    void requestPage();
    void pageArrived(const READDIRPLUS3resok *page);
    void pageArrived(const READDIR3resok *page);
    void pageArrived(const COMPOUND4res *page);
    // The NFSv4 request for the next page (see above).
    int requestPage4(nfs_context *ctx, const std::function<QByteArray(const QByteArray &)> &inside, void *priv);
    // What every page ends with: the batch handed on, the next page asked for
    // unless this was the last one or its cookie repeats.
    void pageRead(FileInfoList batch, int entries, quint64 last, bool eof, const char *verifier);
    void pageFailed(const NfsError &error);
    // Gives the handle back and ends the listing, or hands it to the fallback.
    void end(const NfsError &error = NfsError(), bool fallBack = false);

    SessionWorker *m_worker;
    RequestDispatcher *m_dispatcher;
    std::shared_ptr<ListingCore> m_core;
    QByteArray m_path;
    Detail m_detail;
    std::function<void()> m_fallback;
    nfsfh *m_fh = nullptr;
    quint64 m_connection = 0;     // the handle is valid on this connection only
    QByteArray m_handle;          // the folder's NFSv3 file handle
    quint64 m_cookie = 0;
    char m_verifier[8] = {};
    QSet<quint64> m_asked;        // cookies already asked for
    bool m_anyPage = false;
    bool m_v4 = false;
    // NFSv4 owner and group strings already mapped to numbers (see
    // NfsConversion::idOfOwner4): a folder has few of them.
    QHash<QByteArray, quint32> m_owners, m_groups;
};
