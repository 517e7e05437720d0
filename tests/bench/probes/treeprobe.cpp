// SPDX-License-Identifier: GPL-3.0-or-later
// treeprobe: how fast libnfs 4.0's raw API itself uploads a folder of small
// files over NFSv3 the durable way, with no code of ours: every request on
// handles (no path looked up from the export's root), FILES files in flight
// at once on one context, driven by poll() + nfs_service(). Each file takes
// the five requests a durable upload that never replaces a file and never
// leaves a half-written one under its name cannot do without:
//   LOOKUP   the name is free;
//   CREATE   a temporary name beside it, GUARDED, with the file's mode;
//   WRITE    the bytes, FILE_SYNC (on the server's disk when acknowledged);
//   SETATTR  the modification time (after the WRITE, which changes it);
//   RENAME   the temporary name to the real one.
// It gives the ceiling for `nfsnav put -r` of many small files on the machine
// at hand. The folder must exist and hold none of the names.
//
//   treeprobe SERVER EXPORT FOLDER LOCAL_FOLDER [FILES_IN_FLIGHT]
//   e.g. treeprobe 127.0.0.1 /srv/test /scratch/tree /tmp/tree 16
//
// Built by CMake, never run by ctest (a figure, not a test).
#include <sys/time.h>

#include <nfsc/libnfs.h>
#include <nfsc/libnfs-raw.h>
#include <nfsc/libnfs-raw-nfs.h>

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Upload;

struct Probe
{
    nfs_context *nfs = nullptr;
    nfs_fh3 dir{};
    std::string localFolder;
    std::vector<std::string> names;
    size_t next = 0;
    size_t done = 0;
    bool failed = false;
};

struct Upload
{
    Probe *probe = nullptr;
    std::string name;
    std::string temporary;
    std::vector<char> data;
    struct stat local {};
    std::vector<char> handle;   // the temporary file's, from CREATE

    nfs_fh3 fileHandle()
    {
        nfs_fh3 fh{};
        fh.data.data_len = u_int(handle.size());
        fh.data.data_val = handle.data();
        return fh;
    }
};

rpc_context *rpcOf(Probe *p)
{
    return nfs_get_rpc_context(p->nfs);
}

void fail(Upload *u, const char *step, int status, int nfsStatus)
{
    std::fprintf(stderr, "treeprobe: %s of %s failed (rpc %d, nfs %d)\n", step, u->name.c_str(), status, nfsStatus);
    u->probe->failed = true;
}

void startNext(Probe *p);

void onRename(rpc_context *, int status, void *data, void *priv)
{
    auto *u = static_cast<Upload *>(priv);
    auto *res = static_cast<RENAME3res *>(data);
    if (status != RPC_STATUS_SUCCESS || res->status != NFS3_OK)
        return fail(u, "RENAME", status, status == RPC_STATUS_SUCCESS ? int(res->status) : 0);
    Probe *p = u->probe;
    ++p->done;
    delete u;
    startNext(p);
}

void onSetattr(rpc_context *, int status, void *data, void *priv)
{
    auto *u = static_cast<Upload *>(priv);
    auto *res = static_cast<SETATTR3res *>(data);
    if (status != RPC_STATUS_SUCCESS || res->status != NFS3_OK)
        return fail(u, "SETATTR", status, status == RPC_STATUS_SUCCESS ? int(res->status) : 0);
    RENAME3args args{};
    args.from.dir = u->probe->dir;
    args.from.name = u->temporary.data();
    args.to.dir = u->probe->dir;
    args.to.name = u->name.data();
    if (rpc_nfs3_rename_async(rpcOf(u->probe), onRename, &args, u) != 0)
        fail(u, "RENAME", -1, 0);
}

void onWrite(rpc_context *, int status, void *data, void *priv)
{
    auto *u = static_cast<Upload *>(priv);
    auto *res = static_cast<WRITE3res *>(data);
    if (status != RPC_STATUS_SUCCESS || res->status != NFS3_OK)
        return fail(u, "WRITE", status, status == RPC_STATUS_SUCCESS ? int(res->status) : 0);
    if (res->WRITE3res_u.resok.count != u->data.size() || res->WRITE3res_u.resok.committed != FILE_SYNC)
        return fail(u, "WRITE (short or not on disk)", 0, 0);
    SETATTR3args args{};
    args.object = u->fileHandle();
    args.new_attributes.atime.set_it = SET_TO_CLIENT_TIME;
    args.new_attributes.atime.set_atime_u.atime.seconds = uint32_t(u->local.st_atim.tv_sec);
    args.new_attributes.atime.set_atime_u.atime.nseconds = uint32_t(u->local.st_atim.tv_nsec);
    args.new_attributes.mtime.set_it = SET_TO_CLIENT_TIME;
    args.new_attributes.mtime.set_mtime_u.mtime.seconds = uint32_t(u->local.st_mtim.tv_sec);
    args.new_attributes.mtime.set_mtime_u.mtime.nseconds = uint32_t(u->local.st_mtim.tv_nsec);
    if (rpc_nfs3_setattr_async(rpcOf(u->probe), onSetattr, &args, u) != 0)
        fail(u, "SETATTR", -1, 0);
}

void onCreate(rpc_context *, int status, void *data, void *priv)
{
    auto *u = static_cast<Upload *>(priv);
    auto *res = static_cast<CREATE3res *>(data);
    if (status != RPC_STATUS_SUCCESS || res->status != NFS3_OK)
        return fail(u, "CREATE", status, status == RPC_STATUS_SUCCESS ? int(res->status) : 0);
    const post_op_fh3 &obj = res->CREATE3res_u.resok.obj;
    if (!obj.handle_follows)
        return fail(u, "CREATE (no handle)", 0, 0);
    const nfs_fh3 &fh = obj.post_op_fh3_u.handle;
    u->handle.assign(fh.data.data_val, fh.data.data_val + fh.data.data_len);
    WRITE3args args{};
    args.file = u->fileHandle();
    args.offset = 0;
    args.count = count3(u->data.size());
    args.stable = FILE_SYNC;
    args.data.data_len = u_int(u->data.size());
    args.data.data_val = u->data.data();
    if (rpc_nfs3_write_async(rpcOf(u->probe), onWrite, &args, u) != 0)
        fail(u, "WRITE", -1, 0);
}

void onLookup(rpc_context *, int status, void *data, void *priv)
{
    auto *u = static_cast<Upload *>(priv);
    auto *res = static_cast<LOOKUP3res *>(data);
    if (status != RPC_STATUS_SUCCESS)
        return fail(u, "LOOKUP", status, 0);
    if (res->status != NFS3ERR_NOENT)
        return fail(u, "LOOKUP (the name is taken)", status, int(res->status));
    CREATE3args args{};
    args.where.dir = u->probe->dir;
    args.where.name = u->temporary.data();
    args.how.mode = GUARDED;
    args.how.createhow3_u.obj_attributes.mode.set_it = 1;
    args.how.createhow3_u.obj_attributes.mode.set_mode3_u.mode = u->local.st_mode & 07777;
    if (rpc_nfs3_create_async(rpcOf(u->probe), onCreate, &args, u) != 0)
        fail(u, "CREATE", -1, 0);
}

void startNext(Probe *p)
{
    if (p->failed || p->next >= p->names.size())
        return;
    auto *u = new Upload;
    u->probe = p;
    u->name = p->names[p->next++];
    u->temporary = ".treeprobe-" + u->name;
    const std::string local = p->localFolder + "/" + u->name;
    const int fd = ::open(local.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fstat(fd, &u->local) != 0) {
        std::fprintf(stderr, "treeprobe: cannot read %s\n", local.c_str());
        p->failed = true;
        return;
    }
    u->data.resize(size_t(u->local.st_size));
    const ssize_t n = ::read(fd, u->data.data(), u->data.size());
    ::close(fd);
    if (n != ssize_t(u->data.size())) {
        std::fprintf(stderr, "treeprobe: short read of %s\n", local.c_str());
        p->failed = true;
        return;
    }
    LOOKUP3args args{};
    args.what.dir = p->dir;
    args.what.name = u->name.data();
    if (rpc_nfs3_lookup_async(rpcOf(p), onLookup, &args, u) != 0)
        fail(u, "LOOKUP", -1, 0);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: treeprobe SERVER EXPORT FOLDER LOCAL_FOLDER [FILES_IN_FLIGHT]\n");
        return 2;
    }
    const int inFlight = argc > 5 ? std::max(1, std::atoi(argv[5])) : 16;
    Probe probe;
    probe.localFolder = argv[4];
    if (DIR *d = ::opendir(argv[4])) {
        while (dirent *e = ::readdir(d)) {
            if (e->d_type == DT_REG)
                probe.names.emplace_back(e->d_name);
        }
        ::closedir(d);
    } else {
        std::fprintf(stderr, "treeprobe: cannot list %s\n", argv[4]);
        return 1;
    }
    std::sort(probe.names.begin(), probe.names.end());

    const auto start = std::chrono::steady_clock::now();
    probe.nfs = nfs_init_context();
    if (!probe.nfs || nfs_mount(probe.nfs, argv[1], argv[2]) != 0) {
        std::fprintf(stderr, "treeprobe: mount %s:%s failed: %s\n", argv[1], argv[2],
                     probe.nfs ? nfs_get_error(probe.nfs) : "no context");
        return 1;
    }
    // The folder's handle, in libnfs 4.0's private layout (lib/libnfs-private.h).
    nfsfh *folder = nullptr;
    if (nfs_open(probe.nfs, argv[3], O_RDONLY, &folder) != 0) {
        std::fprintf(stderr, "treeprobe: open %s failed: %s\n", argv[3], nfs_get_error(probe.nfs));
        return 1;
    }
    struct PrivateFh
    {
        int len;
        char *val;
    };
    const auto *own = reinterpret_cast<const PrivateFh *>(nfs_get_fh(folder));
    probe.dir.data.data_len = u_int(own->len);
    probe.dir.data.data_val = own->val;

    for (int i = 0; i < inFlight; ++i)
        startNext(&probe);
    while (!probe.failed && probe.done < probe.names.size()) {
        pollfd p{nfs_get_fd(probe.nfs), short(nfs_which_events(probe.nfs)), 0};
        if (poll(&p, 1, 1000) < 0 || nfs_service(probe.nfs, p.revents) < 0) {
            std::fprintf(stderr, "treeprobe: %s\n", nfs_get_error(probe.nfs));
            return 1;
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    nfs_close(probe.nfs, folder);
    nfs_destroy_context(probe.nfs);
    if (probe.failed)
        return 1;
    std::printf("treeprobe: %zu files into %s:%s%s in %.3f s, %d in flight (mount included)\n", probe.done, argv[1],
                argv[2], argv[3], seconds, inFlight);
    return 0;
}
