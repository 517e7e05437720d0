// SPDX-License-Identifier: GPL-3.0-or-later
// readprobe: how fast libnfs 4.0 itself reads a file over NFSv3, with no code of
// ours between the socket and the data: N READs of the server's rtmax (at most
// 1 MiB) kept in flight on one context, driven by poll() + nfs_service(), each
// reply copied once into a reader's buffer (as RemoteFile's reader copies it)
// or not at all. It gives the ceiling for `nfsnav cat` on the machine at hand:
// with 1 in flight it reads as nfs-cat does, one READ at a time. With --out
// it writes each reply where it belongs in a local file instead (pwrite, no
// copy of ours): the ceiling for `nfsnav get`.
//
//   readprobe SERVER EXPORT PATH [IN_FLIGHT...] [--no-copy] [--ports URL] [--out FILE]
//   e.g. readprobe 127.0.0.1 /srv/test /big.bin 1 2 4 8
// --ports takes the NFS and MOUNT ports from an nfs:// URL's nfsport= and
// mountport= (libnfs 4.0 sets them only as its URL parser's side effect):
// the benchmark's delaying proxy in front of the server.
//
// Built by CMake, never run by ctest (a figure, not a test).
#include <nfsc/libnfs.h>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Reader
{
    nfs_context *nfs = nullptr;
    nfsfh *fh = nullptr;
    uint64_t size = 0;
    uint64_t chunk = 0;
    uint64_t next = 0;       // the next offset to ask for
    uint64_t done = 0;       // bytes answered
    int inFlight = 0;
    int maxInFlight = 1;
    bool copy = true;
    int out = -1;            // the local file the replies go to, or -1
    bool failed = false;
    std::vector<char> buffer;
};

// One READ: where its bytes belong.
struct Piece
{
    Reader *reader;
    uint64_t offset;
};

void issue(Reader *r);

void onRead(int status, nfs_context *nfs, void *data, void *priv)
{
    auto *piece = static_cast<Piece *>(priv);
    Reader *r = piece->reader;
    const uint64_t offset = piece->offset;
    delete piece;
    --r->inFlight;
    if (status < 0) {
        std::fprintf(stderr, "readprobe: READ failed: %s\n", static_cast<const char *>(data) ? static_cast<const char *>(data) : nfs_get_error(nfs));
        r->failed = true;
        return;
    }
    if (r->out >= 0 && status > 0) {
        if (::pwrite(r->out, data, size_t(status), off_t(offset)) != status) {
            std::fprintf(stderr, "readprobe: cannot write the local file\n");
            r->failed = true;
            return;
        }
    } else if (r->copy && status > 0) {
        std::memcpy(r->buffer.data(), data, size_t(status));
    }
    r->done += uint64_t(status);
    issue(r);
}

void issue(Reader *r)
{
    while (!r->failed && r->inFlight < r->maxInFlight && r->next < r->size) {
        const uint64_t n = std::min(r->chunk, r->size - r->next);
        if (nfs_pread_async(r->nfs, r->fh, r->next, n, onRead, new Piece{r, r->next}) != 0) {
            std::fprintf(stderr, "readprobe: cannot send a READ: %s\n", nfs_get_error(r->nfs));
            r->failed = true;
            return;
        }
        r->next += n;
        ++r->inFlight;
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: readprobe SERVER EXPORT PATH [IN_FLIGHT...] [--no-copy] [--ports URL] [--out FILE]\n");
        return 2;
    }
    std::vector<int> depths;
    bool copy = true;
    const char *portsUrl = nullptr;
    const char *outPath = nullptr;
    for (int i = 4; i < argc; ++i) {
        if (std::string(argv[i]) == "--no-copy")
            copy = false;
        else if (std::string(argv[i]) == "--out" && i + 1 < argc)
            outPath = argv[++i];
        else if (std::string(argv[i]) == "--ports" && i + 1 < argc)
            portsUrl = argv[++i];
        else
            depths.push_back(std::max(1, std::atoi(argv[i])));
    }
    if (depths.empty())
        depths = {1, 2, 4, 8};

    nfs_context *nfs = nfs_init_context();
    if (nfs && portsUrl) {
        nfs_url *url = nfs_parse_url_full(nfs, portsUrl);
        if (!url) {
            std::fprintf(stderr, "readprobe: %s: %s\n", portsUrl, nfs_get_error(nfs));
            return 2;
        }
        nfs_destroy_url(url);
    }
    if (!nfs || nfs_mount(nfs, argv[1], argv[2]) != 0) {
        std::fprintf(stderr, "readprobe: mount %s:%s failed: %s\n", argv[1], argv[2], nfs ? nfs_get_error(nfs) : "no context");
        return 1;
    }
    nfsfh *fh = nullptr;
    nfs_stat_64 st{};
    if (nfs_open(nfs, argv[3], 0, &fh) != 0 || nfs_fstat64(nfs, fh, &st) != 0) {
        std::fprintf(stderr, "readprobe: open %s failed: %s\n", argv[3], nfs_get_error(nfs));
        return 1;
    }
    const uint64_t chunk = std::min<uint64_t>(nfs_get_readmax(nfs) ? nfs_get_readmax(nfs) : 1 << 20, 1 << 20);
    std::printf("readprobe: %s (%llu MiB), READs of %llu KiB, %s\n", argv[3],
                static_cast<unsigned long long>(st.nfs_size >> 20), static_cast<unsigned long long>(chunk >> 10),
                outPath ? "each reply written to a local file" : copy ? "each reply copied once" : "replies not copied");
    for (int depth : depths) {
        Reader r;
        r.nfs = nfs;
        r.fh = fh;
        r.size = st.nfs_size;
        r.chunk = chunk;
        r.maxInFlight = depth;
        r.copy = copy;
        r.buffer.resize(chunk);
        const auto start = std::chrono::steady_clock::now();
        if (outPath) {
            r.out = ::open(outPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
            if (r.out < 0) {
                std::fprintf(stderr, "readprobe: cannot create %s\n", outPath);
                return 1;
            }
        }
        issue(&r);
        while (!r.failed && r.done < r.size) {
            pollfd p{nfs_get_fd(nfs), short(nfs_which_events(nfs)), 0};
            if (poll(&p, 1, 1000) < 0)
                break;
            if (nfs_service(nfs, p.revents) < 0) {
                std::fprintf(stderr, "readprobe: nfs_service failed: %s\n", nfs_get_error(nfs));
                r.failed = true;
            }
        }
        if (r.out >= 0 && ::close(r.out) != 0)
            r.failed = true;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (r.failed)
            return 1;
        std::printf("  %d in flight: %.3f s, %.0f MB/s\n", depth, seconds, double(r.done) / seconds / 1e6);
    }
    nfs_close(nfs, fh);
    nfs_destroy_context(nfs);
    return 0;
}
