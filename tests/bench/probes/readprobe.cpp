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
//             [--connections N] [--chunk KIB] [--lowat KIB]
//   e.g. readprobe 127.0.0.1 /srv/test /big.bin 1 2 4 8
// --connections N mounts N contexts (N TCP connections, as Linux's nconnect)
// and spreads the READs over them, IN_FLIGHT on each, all driven by one
// thread: whether more connections lift the ceiling of one.
// --chunk asks for READs of KIB KiB instead of the server's rtmax: whether
// smaller READs, whose buffers stay in the CPU's cache, cost either side less.
// --lowat sets each socket's SO_RCVLOWAT: poll() wakes once KIB are waiting
// rather than for every segment, and a 1 ms timeout reads a reply's shorter
// tail. Whether fewer wakeups per reply read faster (on loopback they did not).
// --ports takes the NFS and MOUNT ports from an nfs:// URL's nfsport= and
// mountport= (libnfs 4.0 sets them only as its URL parser's side effect):
// the benchmark's delaying proxy in front of the server.
//
// Built by CMake, never run by ctest (a figure, not a test).
#include <nfsc/libnfs.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

// What the readers of all connections share.
struct Progress
{
    uint64_t next = 0;       // the next offset to ask for
    uint64_t done = 0;       // bytes answered
};

struct Reader
{
    nfs_context *nfs = nullptr;
    nfsfh *fh = nullptr;
    uint64_t size = 0;
    uint64_t chunk = 0;
    Progress *progress = nullptr;
    int inFlight = 0;
    int maxInFlight = 1;
    bool copy = true;
    int out = -1;            // the local file the replies go to, or -1
    bool failed = false;
    std::vector<char> *buffer = nullptr;
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
        std::memcpy(r->buffer->data(), data, size_t(status));
    }
    r->progress->done += uint64_t(status);
    issue(r);
}

void issue(Reader *r)
{
    Progress &p = *r->progress;
    while (!r->failed && r->inFlight < r->maxInFlight && p.next < r->size) {
        const uint64_t n = std::min(r->chunk, r->size - p.next);
        if (nfs_pread_async(r->nfs, r->fh, p.next, n, onRead, new Piece{r, p.next}) != 0) {
            std::fprintf(stderr, "readprobe: cannot send a READ: %s\n", nfs_get_error(r->nfs));
            r->failed = true;
            return;
        }
        p.next += n;
        ++r->inFlight;
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: readprobe SERVER EXPORT PATH [IN_FLIGHT...] [--no-copy] [--ports URL] [--out FILE] "
                             "[--connections N] [--chunk KIB] [--lowat KIB]\n");
        return 2;
    }
    std::vector<int> depths;
    bool copy = true;
    const char *portsUrl = nullptr;
    const char *outPath = nullptr;
    int connections = 1;
    uint64_t chunkWanted = 0;
    int lowat = 0;
    for (int i = 4; i < argc; ++i) {
        if (std::string(argv[i]) == "--no-copy")
            copy = false;
        else if (std::string(argv[i]) == "--out" && i + 1 < argc)
            outPath = argv[++i];
        else if (std::string(argv[i]) == "--ports" && i + 1 < argc)
            portsUrl = argv[++i];
        else if (std::string(argv[i]) == "--connections" && i + 1 < argc)
            connections = std::max(1, std::atoi(argv[++i]));
        else if (std::string(argv[i]) == "--lowat" && i + 1 < argc)
            lowat = std::max(1, std::atoi(argv[++i])) * 1024;
        else if (std::string(argv[i]) == "--chunk" && i + 1 < argc)
            chunkWanted = uint64_t(std::max(4, std::atoi(argv[++i]))) * 1024;
        else
            depths.push_back(std::max(1, std::atoi(argv[i])));
    }
    if (depths.empty())
        depths = {1, 2, 4, 8};

    struct Mount
    {
        nfs_context *nfs = nullptr;
        nfsfh *fh = nullptr;
    };
    std::vector<Mount> mounts(static_cast<size_t>(connections));
    nfs_stat_64 st{};
    for (Mount &m : mounts) {
        m.nfs = nfs_init_context();
        if (m.nfs && portsUrl) {
            nfs_url *url = nfs_parse_url_full(m.nfs, portsUrl);
            if (!url) {
                std::fprintf(stderr, "readprobe: %s: %s\n", portsUrl, nfs_get_error(m.nfs));
                return 2;
            }
            nfs_destroy_url(url);
        }
        if (!m.nfs || nfs_mount(m.nfs, argv[1], argv[2]) != 0) {
            std::fprintf(stderr, "readprobe: mount %s:%s failed: %s\n", argv[1], argv[2],
                         m.nfs ? nfs_get_error(m.nfs) : "no context");
            return 1;
        }
        if (nfs_open(m.nfs, argv[3], 0, &m.fh) != 0 || nfs_fstat64(m.nfs, m.fh, &st) != 0) {
            std::fprintf(stderr, "readprobe: open %s failed: %s\n", argv[3], nfs_get_error(m.nfs));
            return 1;
        }
    }
    nfs_context *first = mounts.front().nfs;
    uint64_t chunk = std::min<uint64_t>(nfs_get_readmax(first) ? nfs_get_readmax(first) : 1 << 20, 1 << 20);
    if (chunkWanted)
        chunk = std::min(chunk, chunkWanted);
    std::printf("readprobe: %s (%llu MiB), READs of %llu KiB, %s%s\n", argv[3],
                static_cast<unsigned long long>(st.nfs_size >> 20), static_cast<unsigned long long>(chunk >> 10),
                outPath ? "each reply written to a local file" : copy ? "each reply copied once" : "replies not copied",
                connections > 1 ? (", on " + std::to_string(connections) + " connections").c_str() : "");
    for (int depth : depths) {
        Progress progress;
        std::vector<Reader> readers(mounts.size());
        std::vector<char> buffer(chunk);
        int out = -1;
        if (outPath) {
            out = ::open(outPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
            if (out < 0) {
                std::fprintf(stderr, "readprobe: cannot create %s\n", outPath);
                return 1;
            }
        }
        const auto start = std::chrono::steady_clock::now();
        for (size_t i = 0; i < mounts.size(); ++i) {
            Reader &r = readers[i];
            r.nfs = mounts[i].nfs;
            r.fh = mounts[i].fh;
            r.size = st.nfs_size;
            r.chunk = chunk;
            r.progress = &progress;
            r.maxInFlight = depth;
            r.copy = copy;
            r.out = out;
            r.buffer = &buffer;
            issue(&r);
        }
        const auto failed = [&] {
            return std::any_of(readers.begin(), readers.end(), [](const Reader &r) { return r.failed; });
        };
        if (lowat)
            for (Mount &m : mounts)
                setsockopt(nfs_get_fd(m.nfs), SOL_SOCKET, SO_RCVLOWAT, &lowat, sizeof lowat);
        std::vector<pollfd> fds(mounts.size());
        while (!failed() && progress.done < st.nfs_size) {
            for (size_t i = 0; i < mounts.size(); ++i)
                fds[i] = pollfd{nfs_get_fd(mounts[i].nfs), short(nfs_which_events(mounts[i].nfs)), 0};
            const int ready = poll(fds.data(), nfds_t(fds.size()), lowat ? 1 : 1000);
            if (ready < 0)
                break;
            // A reply's tail shorter than the low-water mark never wakes poll().
            if (ready == 0 && lowat)
                for (pollfd &f : fds)
                    f.revents = POLLIN;
            for (size_t i = 0; i < mounts.size(); ++i) {
                if (fds[i].revents && nfs_service(mounts[i].nfs, fds[i].revents) < 0) {
                    std::fprintf(stderr, "readprobe: nfs_service failed: %s\n", nfs_get_error(mounts[i].nfs));
                    readers[i].failed = true;
                }
            }
        }
        const bool closeFailed = out >= 0 && ::close(out) != 0;
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (failed() || closeFailed)
            return 1;
        std::printf("  %d in flight%s: %.3f s, %.0f MB/s\n", depth, connections > 1 ? " on each" : "", seconds,
                    double(progress.done) / seconds / 1e6);
    }
    for (Mount &m : mounts) {
        nfs_close(m.nfs, m.fh);
        nfs_destroy_context(m.nfs);
    }
    return 0;
}
