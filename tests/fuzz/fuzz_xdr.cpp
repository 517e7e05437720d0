// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: libnfs 4.0's XDR decoders for the replies the session reads,
// fed the way libnfs feeds them (a memory stream over one reply), and the
// decoded values then walked as the session walks them (xdrreplies.cpp).
// The first byte picks the reply type; the rest is the reply.
// libnfs itself is not instrumented here: a decoder's own overrun shows as a
// crash, or in ASan's interceptors when our walk reads what it produced.
#include "xdrreplies.h"

#include <cstddef>
#include <vector>

namespace {

// libnfs 4.0 copies fixed-length opaques (verifiers, 8 or 16 bytes) without a
// bounds check, so a reply cut short in one reads up to 16 bytes past its end.
// tst_libnfsdecoders shows that defect on its own (a known failure); this slack
// behind each reply keeps it from hiding other defects here.
constexpr std::size_t OpaqueSlack = 64;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // A copy the decoders may read as 32-bit words, as libnfs's own buffers are.
    std::vector<char> buffer(data + 1, data + size);
    buffer.resize(buffer.size() + OpaqueSlack);
    decodeReply(data[0], buffer.data(), std::uint32_t(size - 1));
    return 0;
}
