// SPDX-License-Identifier: GPL-3.0-or-later
// What the session's libnfs does with a reply: decode it with libnfs 4.0's
// XDR decoders, then walk the values as the session walks them (names, entry
// lists, export lists). Shared by the fuzz target and the decoder suite.
#include "xdrreplies.h"

#include <sys/time.h> // libnfs.h needs struct timeval first
#include <nfsc/libnfs-zdr.h>
#include <nfsc/libnfs-raw-mount.h>
#include <nfsc/libnfs-raw-nfs.h>
#include <nfsc/libnfs-raw-nfs4.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

// Bounds the walks: a decoded list is never longer than its reply allows,
// so a longer one would itself be a defect worth a crash report.
constexpr std::size_t MaxWalk = 1 << 20;

volatile std::size_t g_sink; // keeps the walks from being optimised away

// libnfs 4.0's decoder may place list nodes at 4-byte alignment: read each as
// the session does, by copying it out.
template<typename T>
T load(const void *p)
{
    T value;
    std::memcpy(&value, p, sizeof value);
    return value;
}

// A status as the wire sent it: a server may send a value outside the enum,
// which C++ may not load as the enum type.
template<typename Enum>
bool isOk(const Enum &status)
{
    static_assert(sizeof(Enum) == sizeof(std::uint32_t));
    return load<std::uint32_t>(&status) == 0;
}

void touch(const char *text)
{
    if (text)
        g_sink = g_sink + std::strlen(text);
}

void touchBytes(const char *data, u_int length)
{
    std::size_t sum = 0;
    for (u_int i = 0; i < length; ++i)
        sum += static_cast<unsigned char>(data[i]);
    g_sink = g_sink + sum;
}

template<typename Reply, typename Decoder, typename Walk>
void decode(char *reply, std::uint32_t size, Decoder decoder, Walk walk)
{
    ZDR zdr;
    zdrmem_create(&zdr, reply, size, ZDR_DECODE);
    Reply value;
    std::memset(&value, 0, sizeof value);
    if (decoder(&zdr, &value))
        walk(value);
    zdr_destroy(&zdr);
}

void walkEntriesPlus(const READDIRPLUS3res &r)
{
    if (!isOk(r.status))
        return;
    std::size_t n = 0;
    for (const entryplus3 *p = r.READDIRPLUS3res_u.resok.reply.entries; p && n < MaxWalk; ++n) {
        const auto e = load<entryplus3>(p);
        touch(e.name);
        if (e.name_handle.handle_follows)
            touchBytes(e.name_handle.post_op_fh3_u.handle.data.data_val, e.name_handle.post_op_fh3_u.handle.data.data_len);
        p = e.nextentry;
    }
    if (n == MaxWalk)
        std::abort();
}

void walkEntries(const READDIR3res &r)
{
    if (!isOk(r.status))
        return;
    std::size_t n = 0;
    for (const entry3 *p = r.READDIR3res_u.resok.reply.entries; p && n < MaxWalk; ++n) {
        const auto e = load<entry3>(p);
        touch(e.name);
        p = e.nextentry;
    }
    if (n == MaxWalk)
        std::abort();
}

void walkExports(const exports &list)
{
    std::size_t n = 0;
    for (const exportnode *p = list; p && n < MaxWalk; ++n) {
        const auto e = load<exportnode>(p);
        touch(e.ex_dir);
        for (const groupnode *q = e.ex_groups; q && n < MaxWalk; ++n) {
            const auto g = load<groupnode>(q);
            touch(g.gr_name);
            q = g.gr_next;
        }
        p = e.ex_next;
    }
    if (n == MaxWalk)
        std::abort();
}

} // namespace

void decodeReply(unsigned kind, char *reply, std::uint32_t size)
{
    switch (kind % ReplyKinds) {
    case 0:
        decode<READDIRPLUS3res>(reply, size, zdr_READDIRPLUS3res, walkEntriesPlus);
        break;
    case 1:
        decode<READDIR3res>(reply, size, zdr_READDIR3res, walkEntries);
        break;
    case 2:
        decode<GETATTR3res>(reply, size, zdr_GETATTR3res, [](const GETATTR3res &) {});
        break;
    case 3:
        decode<LOOKUP3res>(reply, size, zdr_LOOKUP3res, [](const LOOKUP3res &r) {
            if (isOk(r.status))
                touchBytes(r.LOOKUP3res_u.resok.object.data.data_val, r.LOOKUP3res_u.resok.object.data.data_len);
        });
        break;
    case 4:
        // libnfs 4.0 leaves READ data to its receive path (zero copy): the decoder
        // only fills the header, and data_len is the wire's claim, not checked here.
        decode<READ3res>(reply, size, zdr_READ3res, [](const READ3res &) {});
        break;
    case 5:
        decode<WRITE3res>(reply, size, zdr_WRITE3res, [](const WRITE3res &) {});
        break;
    case 6:
        decode<READLINK3res>(reply, size, zdr_READLINK3res, [](const READLINK3res &r) {
            if (isOk(r.status))
                touch(r.READLINK3res_u.resok.data);
        });
        break;
    case 7:
        decode<FSINFO3res>(reply, size, zdr_FSINFO3res, [](const FSINFO3res &) {});
        break;
    case 8:
        decode<exports>(reply, size, zdr_exports, walkExports);
        break;
    case 9:
        decode<mountres3>(reply, size, zdr_mountres3, [](const mountres3 &r) {
            if (isOk(r.fhs_status))
                touchBytes(r.mountres3_u.mountinfo.fhandle.fhandle3_val, r.mountres3_u.mountinfo.fhandle.fhandle3_len);
        });
        break;
    default:
        decode<COMMIT3res>(reply, size, zdr_COMMIT3res, [](const COMMIT3res &) {});
        break;
    }
}
