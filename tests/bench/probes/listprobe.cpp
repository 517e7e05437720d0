// SPDX-License-Identifier: GPL-3.0-or-later
// listprobe: how fast libnfs 4.0 itself lists a folder, with no code of ours:
// nfs_opendir (READDIRPLUS over NFSv3, READDIR with attributes over NFSv4),
// each entry's name and attributes read once, as `nfsnav ls -l` needs them.
// It gives the ceiling for `nfsnav ls` on the machine at hand, for the
// version whose listing our code cannot stream around (NFSv4: libnfs 4.0
// offers no raw READDIR for it).
//
// With "names" for the version, it lists over NFSv3 with plain READDIR
// through the raw API instead (names and cookies only, no attributes: what
// `nfsnav ls` without -l needs), the next request sent as each reply lands;
// with "plus", READDIRPLUS the same way (what `nfsnav ls -l` sends), replies
// of 128 KiB where libnfs's own reading asks for 8 KiB.
//
//   listprobe SERVER EXPORT PATH [3|4|names|plus] [RUNS]
//   e.g. listprobe 127.0.0.1 /pa /huge 4 3
//
// Built by CMake, never run by ctest (a figure, not a test).
#include <sys/time.h>

#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-nfs.h>

#include <poll.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>

namespace {

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
        while (!done) {
            pollfd p{nfs_get_fd(nfs), short(nfs_which_events(nfs)), 0};
            if (poll(&p, 1, 1000) < 0)
                return false;
            if (nfs_service(nfs, p.revents) < 0)
                return false;
        }
        return !failed;
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

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: listprobe SERVER EXPORT PATH [3|4|names|plus] [RUNS]\n");
        return 2;
    }
    const bool names = argc > 4 && std::strcmp(argv[4], "names") == 0;
    const bool plus = argc > 4 && std::strcmp(argv[4], "plus") == 0;
    const int version = argc > 4 && !names && !plus ? std::atoi(argv[4]) : 3;
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
