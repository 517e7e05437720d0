// SPDX-License-Identifier: GPL-3.0-or-later
// listprobe: how fast libnfs 4.0 itself lists a folder, with no code of ours:
// nfs_opendir (READDIRPLUS over NFSv3, READDIR with attributes over NFSv4),
// each entry's name and attributes read once, as `nfsnav ls -l` needs them.
// It gives the ceiling for `nfsnav ls` on the machine at hand, for the
// version whose listing our code cannot stream around (NFSv4: libnfs 4.0
// offers no raw READDIR for it).
//
//   listprobe SERVER EXPORT PATH [3|4] [RUNS]
//   e.g. listprobe 127.0.0.1 /pa /huge 4 3
//
// Built by CMake, never run by ctest (a figure, not a test).
#include <sys/time.h>

#include <nfsc/libnfs.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: listprobe SERVER EXPORT PATH [3|4] [RUNS]\n");
        return 2;
    }
    const int version = argc > 4 ? std::atoi(argv[4]) : 3;
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
