// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Decodes one reply the way the session's libnfs does, and walks the result.
#include <cstdint>

// The reply types decodeReply() knows: kind % ReplyKinds picks one
// (READDIRPLUS3, READDIR3, GETATTR3, LOOKUP3, READ3, WRITE3, READLINK3,
// FSINFO3, MOUNT EXPORT, MOUNT MNT, COMMIT3).
constexpr unsigned ReplyKinds = 11;

// Decodes the `size` bytes at `reply` as a reply of type `kind` and walks
// what was decoded. Reads only inside [reply, reply + size) if libnfs does.
void decodeReply(unsigned kind, char *reply, std::uint32_t size);
