// SPDX-License-Identifier: GPL-3.0-or-later
#include "writeplan.h"

#include "nfserror.h"

#include <algorithm>

namespace {
// libnfs 4.0 reads replies of at most its NFS_MAX_XFER_SIZE (1 MiB) plus headers.
constexpr quint64 MaxChunk = 1024 * 1024;
// What the NFSv4 RPC and COMPOUND headers, the credentials and the file
// handle leave of libnfs 4.0's 4096-byte request buffer: we start here and
// step down when encoding fails.
constexpr quint64 FirstNfs4WriteChunk = 3072;
constexpr quint64 Nfs4WriteStep = 512;
constexpr quint64 SmallestWriteChunk = 512;
// Below this chunk size more WRITEs go out at once (each is still one RPC
// with its own time-out): NFSv4's small ones keep the link busy.
constexpr quint64 SmallChunk = 64 * 1024;
constexpr int SmallChunkInFlight = 16;
}

namespace WritePlan {

quint64 firstChunk(int version, quint64 writeMax)
{
    return version == 4 ? FirstNfs4WriteChunk : std::min(writeMax ? writeMax : MaxChunk, MaxChunk);
}

std::optional<FileCore::Write> next(FileCore &core, int inFlight)
{
    const int limit = core.writeChunk < SmallChunk ? std::max(core.maxInFlight, SmallChunkInFlight) : core.maxInFlight;
    if (inFlight >= limit || core.failed() || core.phase != FileCore::Phase::Open || core.pending.empty())
        return std::nullopt;
    FileCore::Write piece;
    FileCore::Write &front = core.pending.front();
    if (front.offset < 0) {
        // Appending: the end is known once the file is open.
        front.offset = core.appendAt;
        core.appendAt += front.data.size();
    }
    const qint64 chunk = qint64(core.writeChunk);
    if (front.data.size() > chunk) {
        piece.offset = front.offset;
        piece.data = front.data.left(chunk);
        front.offset += chunk;
        front.data = front.data.mid(chunk);
    } else {
        piece = std::move(front);
        core.pending.pop_front();
    }
    core.pendingBytes -= piece.data.size();
    core.inFlightWriteBytes += piece.data.size();
    core.mostWritesInFlight = std::max(core.mostWritesInFlight, inFlight + 1);
    return piece;
}

qint64 landed(FileCore &core, const FileCore::Write &piece, int status)
{
    const qint64 done = std::clamp<qint64>(status, 0, piece.data.size());
    core.inFlightWriteBytes -= piece.data.size();
    core.written += done;
    if (done < piece.data.size()) {
        // A short write: the rest goes again, first.
        core.pending.push_front({piece.offset + done, piece.data.mid(done)});
        core.pendingBytes += piece.data.size() - done;
    }
    return done;
}

bool retrySmaller(FileCore &core, const FileCore::Write &piece, int version, const NfsError &error)
{
    core.inFlightWriteBytes -= piece.data.size();
    if (version != 4 || !error.detail().contains(QLatin1String("encode")) || core.writeChunk <= SmallestWriteChunk)
        return false;
    core.writeChunk -= Nfs4WriteStep;
    core.pending.push_front(piece);
    core.pendingBytes += piece.data.size();
    return true;
}

}
