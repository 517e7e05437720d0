// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WritePlan: how one file's WRITEs are cut and how many go out at once.
// Session thread only, with the FileCore's mutex held; private to the core
// (remotefilebackend.h sends the pieces).
//
// Pending writes (filecore.h) go out in pieces of the file's WRITE size, in
// order, appends placed at the end once it is known. A short WRITE puts its
// rest back first. Over NFSv4, libnfs 4.0 encodes a request into a 4096-byte
// buffer: a WRITE carries about 3 KiB, and a piece it cannot encode is tried
// again smaller.
#include "filecore.h"

#include <optional>

class NfsError;

namespace WritePlan {
// The first WRITE size: the server's `writeMax` (0: unknown) up to 1 MiB over
// NFSv3, what the request buffer leaves over NFSv4.
quint64 firstChunk(int version, quint64 writeMax);
// The next piece to send, counted as in flight (`inFlight` WRITEs already
// are); none while the file is not open, has failed or has nothing pending,
// or when as many are in flight as may be.
std::optional<FileCore::Write> next(FileCore &core, int inFlight);
// A WRITE of `piece` wrote `status` bytes: returns how many count as done.
qint64 landed(FileCore &core, const FileCore::Write &piece, int status);
// A WRITE of `piece` failed with `error`: true if it goes again in smaller
// pieces (an NFSv4 request libnfs could not encode), false if the file fails.
bool retrySmaller(FileCore &core, const FileCore::Write &piece, int version, const NfsError &error);
}
