// SPDX-License-Identifier: GPL-3.0-or-later
// listprobe: how fast libnfs 4.0 itself lists a folder, with no code of ours:
// nfs_opendir (READDIRPLUS over NFSv3, READDIR with attributes over NFSv4),
// each entry's name and attributes read once, as `nfsnav ls -l` needs them.
// It gives the ceiling for `nfsnav ls` on the machine at hand, for the
// version whose listing libnfs reads whole before it answers (NFSv4).
//
// With "names" for the version, it lists over NFSv3 with plain READDIR
// through the raw API instead (names and cookies only, no attributes: what
// `nfsnav ls` without -l needs), the next request sent as each reply lands;
// with "plus", READDIRPLUS the same way (what `nfsnav ls -l` sends), replies
// of 128 KiB where libnfs's own reading asks for 8 KiB.
//
// With "v4names", "v4noowner" or "v4plus" it lists over NFSv4 through the
// raw COMPOUND call (PUTROOTFH, LOOKUPs, READDIR), replies of 512 KiB
// (LISTPROBE_REPLY_KIB sets another size), asking for the type and file id
// alone (as `nfsnav ls` does), those of `ls -l` but the owners, or all of
// them: what the server's time per entry depends on.
//
//   listprobe SERVER EXPORT PATH [3|4|names|plus|v4names|v4noowner|v4plus] [RUNS]
//   e.g. listprobe 127.0.0.1 /pa /huge 4 3
//
// Built by CMake, never run by ctest (a figure, not a test).
#include <sys/time.h>

#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-nfs.h>
#include <nfsc/libnfs-raw-nfs4.h>

#include <poll.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>
#include <fcntl.h>

namespace {

// Drives libnfs until `done` is set by a reply; false if the socket fails.
bool serviceUntil(nfs_context *nfs, const bool &done)
{
    while (!done) {
        pollfd p{nfs_get_fd(nfs), short(nfs_which_events(nfs)), 0};
        if (poll(&p, 1, 1000) < 0)
            return false;
        if (nfs_service(nfs, p.revents) < 0)
            return false;
    }
    return true;
}

// Plain READDIR or READDIRPLUS, one request at a time, each sent as the last
// reply lands.
struct RawListing
{
    nfs_context *nfs = nullptr;
    bool plus = false;
    nfs_fh3 dir{};
    cookie3 cookie = 0;
    cookieverf3 verifier{};
    unsigned long long entries = 0, nameBytes = 0;
    bool done = false;
    bool failed = false;
    double firstReply = -1;
    std::chrono::steady_clock::time_point start;

    static constexpr count3 ReplyBytes = 128 * 1024;

    bool request()
    {
        if (plus) {
            READDIRPLUS3args args{};
            args.dir = dir;
            args.cookie = cookie;
            std::memcpy(args.cookieverf, verifier, sizeof verifier);
            args.dircount = ReplyBytes;
            args.maxcount = ReplyBytes;
            return rpc_nfs3_readdirplus_async(nfs_get_rpc_context(nfs), &RawListing::onPlusReply, &args, this) == 0;
        }
        READDIR3args args{};
        args.dir = dir;
        args.cookie = cookie;
        std::memcpy(args.cookieverf, verifier, sizeof verifier);
        args.count = ReplyBytes;
        return rpc_nfs3_readdir_async(nfs_get_rpc_context(nfs), &RawListing::onReply, &args, this) == 0;
    }

    bool failedReply(int status, int nfsStatus)
    {
        if (status == RPC_STATUS_SUCCESS && nfsStatus == NFS3_OK) {
            if (firstReply < 0)
                firstReply = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            return false;
        }
        std::fprintf(stderr, "listprobe: %s failed (%d, %d)\n", plus ? "READDIRPLUS" : "READDIR", status, nfsStatus);
        failed = done = true;
        return true;
    }

    void next(bool eof, bool any, const char *replyVerifier)
    {
        std::memcpy(verifier, replyVerifier, sizeof verifier);
        if (eof || !any)
            done = true;
        else if (!request())
            failed = done = true;
    }

    static void onReply(rpc_context *, int status, void *data, void *priv)
    {
        auto *self = static_cast<RawListing *>(priv);
        auto *res = static_cast<READDIR3res *>(data);
        if (self->failedReply(status, status == RPC_STATUS_SUCCESS ? int(res->status) : 0))
            return;
        const READDIR3resok &ok = res->READDIR3res_u.resok;
        // libnfs 4.0 decodes the entries at 4-byte alignment: copy each out.
        for (const entry3 *next = ok.reply.entries; next;) {
            entry3 e;
            std::memcpy(&e, static_cast<const void *>(next), sizeof e);
            next = e.nextentry;
            ++self->entries;
            self->nameBytes += std::strlen(e.name);
            self->cookie = e.cookie;
        }
        self->next(ok.reply.eof, ok.reply.entries, ok.cookieverf);
    }

    static void onPlusReply(rpc_context *, int status, void *data, void *priv)
    {
        auto *self = static_cast<RawListing *>(priv);
        auto *res = static_cast<READDIRPLUS3res *>(data);
        if (self->failedReply(status, status == RPC_STATUS_SUCCESS ? int(res->status) : 0))
            return;
        const READDIRPLUS3resok &ok = res->READDIRPLUS3res_u.resok;
        for (const entryplus3 *next = ok.reply.entries; next;) {
            entryplus3 e;
            std::memcpy(&e, static_cast<const void *>(next), sizeof e);
            next = e.nextentry;
            ++self->entries;
            // Each entry's name and attributes read once, as `ls -l` needs them.
            self->nameBytes += std::strlen(e.name) + e.name_attributes.post_op_attr_u.attributes.size;
            self->cookie = e.cookie;
        }
        self->next(ok.reply.eof, ok.reply.entries, ok.cookieverf);
    }

    bool run()
    {
        start = std::chrono::steady_clock::now();
        if (!request())
            return false;
        return serviceUntil(nfs, done) && !failed;
    }
};

int listRaw(nfs_context *nfs, const char *path, bool plus, int runs)
{
    nfsfh *fh = nullptr;
    if (nfs_open(nfs, path, O_RDONLY, &fh) != 0) {
        std::fprintf(stderr, "listprobe: open %s failed: %s\n", path, nfs_get_error(nfs));
        return 1;
    }
    // The folder's handle, in libnfs 4.0's private layout (lib/libnfs-private.h).
    struct PrivateFh
    {
        int len;
        char *val;
    };
    const auto *own = reinterpret_cast<const PrivateFh *>(nfs_get_fh(fh));
    for (int i = 0; i < runs; ++i) {
        RawListing listing;
        listing.nfs = nfs;
        listing.plus = plus;
        listing.dir.data.data_len = u_int(own->len);
        listing.dir.data.data_val = own->val;
        if (!listing.run()) {
            std::fprintf(stderr, "listprobe: listing %s failed: %s\n", path, nfs_get_error(nfs));
            return 1;
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - listing.start).count();
        std::printf("  %llu entries in %.3f s with %s (first reply after %.3f s)\n", listing.entries, seconds,
                    plus ? "READDIRPLUS" : "plain READDIR", listing.firstReply);
    }
    nfs_close(nfs, fh);
    return 0;
}

// NFSv4 READDIR sent through the raw COMPOUND call: PUTROOTFH, a LOOKUP for
// each component of the export and the path, READDIR asking `bitmap`'s
// attributes, in replies of `replyBytes` (libnfs's own reading asks 8 KiB and
// every attribute of `ls -l`).
struct RawListing4
{
    nfs_context *nfs = nullptr;
    std::vector<std::string> components;
    uint32_t bitmap[2] = {0, 0};
    count4 replyBytes = 512 * 1024;
    nfs_cookie4 cookie = 0;
    verifier4 verifier{};
    unsigned long long entries = 0, attrBytes = 0;
    bool done = false;
    bool failed = false;
    double firstReply = -1;
    std::chrono::steady_clock::time_point start;

    bool request()
    {
        std::vector<nfs_argop4> ops(components.size() + 2);
        ops[0].argop = OP_PUTROOTFH;
        for (size_t i = 0; i < components.size(); ++i) {
            ops[i + 1].argop = OP_LOOKUP;
            ops[i + 1].nfs_argop4_u.oplookup.objname.utf8string_len = u_int(components[i].size());
            ops[i + 1].nfs_argop4_u.oplookup.objname.utf8string_val = components[i].data();
        }
        nfs_argop4 &rd = ops.back();
        rd.argop = OP_READDIR;
        READDIR4args &a = rd.nfs_argop4_u.opreaddir;
        a.cookie = cookie;
        std::memcpy(a.cookieverf, verifier, sizeof verifier);
        a.dircount = replyBytes;
        a.maxcount = replyBytes;
        a.attr_request.bitmap4_len = 2;
        a.attr_request.bitmap4_val = bitmap;
        COMPOUND4args args{};
        args.argarray.argarray_len = u_int(ops.size());
        args.argarray.argarray_val = ops.data();
        return rpc_nfs4_compound_async(nfs_get_rpc_context(nfs), &RawListing4::onReply, &args, this) == 0;
    }

    static void onReply(rpc_context *, int status, void *data, void *priv)
    {
        auto *self = static_cast<RawListing4 *>(priv);
        auto *res = static_cast<COMPOUND4res *>(data);
        if (status != RPC_STATUS_SUCCESS || res->status != NFS4_OK || res->resarray.resarray_len == 0) {
            std::fprintf(stderr, "listprobe: READDIR failed (%d, %d)\n", status,
                         status == RPC_STATUS_SUCCESS ? int(res->status) : 0);
            self->failed = self->done = true;
            return;
        }
        if (self->firstReply < 0)
            self->firstReply = std::chrono::duration<double>(std::chrono::steady_clock::now() - self->start).count();
        const READDIR4resok &ok =
            res->resarray.resarray_val[res->resarray.resarray_len - 1].nfs_resop4_u.opreaddir.READDIR4res_u.resok4;
        for (const entry4 *next = ok.reply.entries; next;) {
            entry4 e;
            std::memcpy(&e, static_cast<const void *>(next), sizeof e);
            next = e.nextentry;
            ++self->entries;
            self->attrBytes += e.attrs.attr_vals.attrlist4_len + e.name.utf8string_len;
            self->cookie = e.cookie;
        }
        std::memcpy(self->verifier, ok.cookieverf, sizeof self->verifier);
        if (ok.reply.eof || !ok.reply.entries)
            self->done = true;
        else if (!self->request())
            self->failed = self->done = true;
    }

    bool run()
    {
        start = std::chrono::steady_clock::now();
        if (!request())
            return false;
        return serviceUntil(nfs, done) && !failed;
    }
};

int listRaw4(nfs_context *nfs, const char *exportPath, const char *path, const char *mode, int runs)
{
    RawListing4 proto;
    for (const char *s : {exportPath, path}) {
        std::string all(s);
        size_t at = 0;
        while (at <= all.size()) {
            size_t slash = all.find('/', at);
            if (slash == std::string::npos)
                slash = all.size();
            if (slash > at)
                proto.components.push_back(all.substr(at, slash - at));
            at = slash + 1;
        }
    }
    if (std::strcmp(mode, "v4plus") == 0) {
        proto.bitmap[0] = 1u << FATTR4_TYPE | 1u << FATTR4_SIZE | 1u << FATTR4_FILEID;
        proto.bitmap[1] = 1u << (FATTR4_MODE - 32) | 1u << (FATTR4_NUMLINKS - 32) | 1u << (FATTR4_OWNER - 32) |
                          1u << (FATTR4_OWNER_GROUP - 32) | 1u << (FATTR4_SPACE_USED - 32) |
                          1u << (FATTR4_TIME_ACCESS - 32) | 1u << (FATTR4_TIME_METADATA - 32) |
                          1u << (FATTR4_TIME_MODIFY - 32);
    } else if (std::strcmp(mode, "v4noowner") == 0) {
        proto.bitmap[0] = 1u << FATTR4_TYPE | 1u << FATTR4_SIZE | 1u << FATTR4_FILEID;
        proto.bitmap[1] = 1u << (FATTR4_MODE - 32) | 1u << (FATTR4_NUMLINKS - 32) | 1u << (FATTR4_SPACE_USED - 32) |
                          1u << (FATTR4_TIME_ACCESS - 32) | 1u << (FATTR4_TIME_METADATA - 32) |
                          1u << (FATTR4_TIME_MODIFY - 32);
    } else if (std::strcmp(mode, "v4names") == 0) {
        proto.bitmap[0] = 1u << FATTR4_TYPE | 1u << FATTR4_FILEID;
    }
    if (const char *bytes = std::getenv("LISTPROBE_REPLY_KIB"))
        proto.replyBytes = count4(std::atoi(bytes)) * 1024;
    for (int i = 0; i < runs; ++i) {
        RawListing4 listing = proto;
        listing.nfs = nfs;
        if (!listing.run()) {
            std::fprintf(stderr, "listprobe: listing %s failed: %s\n", path, nfs_get_error(nfs));
            return 1;
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - listing.start).count();
        std::printf("  %llu entries in %.3f s with NFSv4 READDIR (%s, replies of %u KiB; first reply after %.3f s)\n",
                    listing.entries, seconds, mode, listing.replyBytes / 1024, listing.firstReply);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: listprobe SERVER EXPORT PATH [3|4|names|plus|v4names|v4noowner|v4plus] [RUNS]\n");
        return 2;
    }
    const bool names = argc > 4 && std::strcmp(argv[4], "names") == 0;
    const bool plus = argc > 4 && std::strcmp(argv[4], "plus") == 0;
    const bool raw4 = argc > 4 && std::strncmp(argv[4], "v4", 2) == 0;
    const int version = raw4 ? 4 : argc > 4 && !names && !plus ? std::atoi(argv[4]) : 3;
    const int runs = argc > 5 ? std::max(1, std::atoi(argv[5])) : 1;
    nfs_context *nfs = nfs_init_context();
    if (!nfs) {
        std::fprintf(stderr, "listprobe: no context\n");
        return 1;
    }
    if (version == 4 && nfs_set_version(nfs, 4) != 0) {
        std::fprintf(stderr, "listprobe: cannot use NFSv4: %s\n", nfs_get_error(nfs));
        return 1;
    }
    const auto mountStart = std::chrono::steady_clock::now();
    if (nfs_mount(nfs, argv[1], argv[2]) != 0) {
        std::fprintf(stderr, "listprobe: mount %s:%s failed: %s\n", argv[1], argv[2], nfs_get_error(nfs));
        return 1;
    }
    const double mountSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - mountStart).count();
    std::printf("listprobe: %s:%s%s over NFSv%d (mount %.3f s)\n", argv[1], argv[2], argv[3], version, mountSeconds);
    if (raw4) {
        const int status = listRaw4(nfs, argv[2], argv[3], argv[4], runs);
        nfs_destroy_context(nfs);
        return status;
    }
    if (names || plus) {
        const int status = listRaw(nfs, argv[3], plus, runs);
        nfs_destroy_context(nfs);
        return status;
    }
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        nfsdir *dir = nullptr;
        if (nfs_opendir(nfs, argv[3], &dir) != 0) {
            std::fprintf(stderr, "listprobe: opendir %s failed: %s\n", argv[3], nfs_get_error(nfs));
            return 1;
        }
        const double answered = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        unsigned long long entries = 0, bytes = 0;
        while (nfsdirent *e = nfs_readdir(nfs, dir)) {
            ++entries;
            bytes += e->size + std::strlen(e->name);
        }
        nfs_closedir(nfs, dir);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("  %llu entries in %.3f s (the whole folder read before the first: %.3f s)\n", entries, seconds,
                    answered);
        if (bytes == 0 && entries > 0)
            std::printf("  (no sizes)\n");
    }
    nfs_destroy_context(nfs);
    return 0;
}
