// SPDX-License-Identifier: GPL-3.0-or-later
// writeprobe: how fast libnfs 4.0 itself uploads a file over NFSv3, with no
// code of ours in between: N WRITEs of the server's wtmax (at most 1 MiB) kept
// in flight on one context, driven by poll() + nfs_service(), in one of two
// ways a durable upload can take:
//   sync      every WRITE FILE_SYNC (the file opened O_SYNC), as `nfsnav put`
//             writes: each acknowledged byte is on the server's disk;
//   unstable  UNSTABLE WRITEs and one COMMIT at the end (nfs_fsync), the
//             pattern a durable upload with verifier checks would use (libnfs
//             4.0 does not compare the verifiers; this only times the wire);
//   nocommit  UNSTABLE WRITEs and no COMMIT, as nfs-cp writes (not durable).
// It gives the ceiling for `nfsnav put` on the machine at hand. With --v4 it
// writes over NFSv4, in WRITEs of 3 KiB (--chunk BYTES to change it): libnfs
// 4.0 encodes an NFSv4 request into 4 KiB and cannot send more.
//
//   writeprobe SERVER EXPORT PATH SIZE_MIB MODE [IN_FLIGHT...] [--v4] [--chunk BYTES]
//   e.g. writeprobe 127.0.0.1 /srv/test /up.bin 1024 sync 1 4 8
//        writeprobe 127.0.0.1 /pseudo/test /up.bin 64 sync 16 --v4
//
// Built by CMake, never run by ctest (a figure, not a test).
#include <sys/time.h>

#include <nfsc/libnfs.h>

#include <fcntl.h>
#include <poll.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

struct Writer
{
    nfs_context *nfs = nullptr;
    nfsfh *fh = nullptr;
    uint64_t size = 0;
    uint64_t chunk = 0;
    uint64_t next = 0;
    uint64_t done = 0;
    int inFlight = 0;
    int maxInFlight = 1;
    bool failed = false;
    bool committed = false;
    std::vector<char> data;
};

void issue(Writer *w);

void onWrite(int status, nfs_context *nfs, void *data, void *priv)
{
    auto *w = static_cast<Writer *>(priv);
    --w->inFlight;
    if (status < 0) {
        std::fprintf(stderr, "writeprobe: WRITE failed: %s\n",
                     static_cast<const char *>(data) ? static_cast<const char *>(data) : nfs_get_error(nfs));
        w->failed = true;
        return;
    }
    w->done += uint64_t(status);
    issue(w);
}

void onCommit(int status, nfs_context *nfs, void *data, void *priv)
{
    auto *w = static_cast<Writer *>(priv);
    if (status < 0) {
        std::fprintf(stderr, "writeprobe: COMMIT failed: %s\n",
                     static_cast<const char *>(data) ? static_cast<const char *>(data) : nfs_get_error(nfs));
        w->failed = true;
    }
    w->committed = true;
}

void issue(Writer *w)
{
    while (!w->failed && w->inFlight < w->maxInFlight && w->next < w->size) {
        const uint64_t n = std::min(w->chunk, w->size - w->next);
        const char *from = w->data.data() + (w->next % (w->data.size() - w->chunk));
        if (nfs_pwrite_async(w->nfs, w->fh, w->next, n, from, onWrite, w) != 0) {
            std::fprintf(stderr, "writeprobe: cannot send a WRITE: %s\n", nfs_get_error(w->nfs));
            w->failed = true;
            return;
        }
        w->next += n;
        ++w->inFlight;
    }
}

template<typename Done>
bool serviceUntil(nfs_context *nfs, Writer &w, Done done)
{
    while (!w.failed && !done()) {
        pollfd p{nfs_get_fd(nfs), short(nfs_which_events(nfs)), 0};
        if (poll(&p, 1, 1000) < 0)
            return false;
        if (nfs_service(nfs, p.revents) < 0) {
            std::fprintf(stderr, "writeprobe: nfs_service failed: %s\n", nfs_get_error(nfs));
            return false;
        }
    }
    return !w.failed;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 6) {
        std::fprintf(stderr, "usage: writeprobe SERVER EXPORT PATH SIZE_MIB sync|unstable|nocommit [IN_FLIGHT...] [--v4] [--chunk BYTES]\n");
        return 2;
    }
    const uint64_t size = uint64_t(std::max(1, std::atoi(argv[4]))) << 20;
    const std::string mode = argv[5];
    if (mode != "sync" && mode != "unstable" && mode != "nocommit") {
        std::fprintf(stderr, "writeprobe: MODE is sync, unstable or nocommit\n");
        return 2;
    }
    std::vector<int> depths;
    bool v4 = false;
    uint64_t chunkOption = 0;
    for (int i = 6; i < argc; ++i) {
        if (std::string(argv[i]) == "--v4")
            v4 = true;
        else if (std::string(argv[i]) == "--chunk" && i + 1 < argc)
            chunkOption = uint64_t(std::max(512, std::atoi(argv[++i])));
        else
            depths.push_back(std::max(1, std::atoi(argv[i])));
    }
    if (depths.empty())
        depths = {1, 4, 8};

    nfs_context *nfs = nfs_init_context();
    if (nfs && v4)
        nfs_set_version(nfs, 4);
    if (!nfs || nfs_mount(nfs, argv[1], argv[2]) != 0) {
        std::fprintf(stderr, "writeprobe: mount %s:%s failed: %s\n", argv[1], argv[2], nfs ? nfs_get_error(nfs) : "no context");
        return 1;
    }
    uint64_t chunk = std::min<uint64_t>(nfs_get_writemax(nfs) ? nfs_get_writemax(nfs) : 1 << 20, 1 << 20);
    if (v4)
        chunk = 3072;
    if (chunkOption)
        chunk = chunkOption;
    // 16 MiB of random bytes, written over and over at shifting offsets.
    std::vector<char> data(16 << 20);
    std::mt19937_64 random(42);
    for (size_t i = 0; i + 8 <= data.size(); i += 8) {
        const uint64_t r = random();
        std::memcpy(data.data() + i, &r, 8);
    }
    std::printf("writeprobe: %s (%llu MiB) over NFSv%d, WRITEs of %llu bytes, %s\n", argv[3],
                static_cast<unsigned long long>(size >> 20), v4 ? 4 : 3, static_cast<unsigned long long>(chunk),
                mode == "sync"       ? "FILE_SYNC"
                : mode == "unstable" ? "UNSTABLE and a COMMIT at the end"
                                     : "UNSTABLE, no COMMIT");
    for (int depth : depths) {
        nfsfh *fh = nullptr;
        const int flags = O_WRONLY | O_CREAT | O_TRUNC | (mode == "sync" ? O_SYNC : 0);
        // libnfs 4.0 cannot truncate an existing file on an NFSv4 create: start from none.
        nfs_unlink(nfs, argv[3]);
        const auto start = std::chrono::steady_clock::now();
        if (nfs_open2(nfs, argv[3], flags, 0600, &fh) != 0) {
            std::fprintf(stderr, "writeprobe: create %s failed: %s\n", argv[3], nfs_get_error(nfs));
            return 1;
        }
        Writer w;
        w.nfs = nfs;
        w.fh = fh;
        w.size = size;
        w.chunk = chunk;
        w.maxInFlight = depth;
        w.data = data;
        issue(&w);
        if (!serviceUntil(nfs, w, [&w] { return w.done >= w.size; }))
            w.failed = true;
        if (!w.failed && mode == "unstable") {
            if (nfs_fsync_async(nfs, fh, onCommit, &w) != 0 || !serviceUntil(nfs, w, [&w] { return w.committed; }))
                w.failed = true;
        }
        nfs_close(nfs, fh);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (w.failed)
            return 1;
        std::printf("  %d in flight: %.3f s, %.0f MB/s\n", depth, seconds, double(w.done) / seconds / 1e6);
    }
    nfs_unlink(nfs, argv[3]);
    nfs_destroy_context(nfs);
    return 0;
}
