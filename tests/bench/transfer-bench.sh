#!/usr/bin/env bash
# Figures, not pass/fail: nfsnav side by side with libnfs's own tools (nfs-cp,
# nfs-ls) on a private test server, over NFSv3 and NFSv4. Run as root from the
# top of the tree after ./run.sh build:
#   tests/bench/transfer-bench.sh [SIZE_MIB]
# Prints one line per measurement: what, tool, seconds, MiB/s.
set -euo pipefail
cd "$(dirname "$0")/../.."
readonly SIZE_MIB=${1:-256}
readonly STATE=$(mktemp -d /var/tmp/nfsnav-bench.XXXXXX)
readonly RIG=tests/rig/nfs-server.sh
readonly NFSNAV=$PWD/build/bin/nfsnav
[[ -x $NFSNAV ]] || { echo "build first: ./run.sh build" >&2; exit 1; }
command -v nfs-cp >/dev/null || { echo "needs libnfs-utils (nfs-cp)" >&2; exit 1; }

cleanup() { bash "$RIG" stop "$STATE" >/dev/null 2>&1 || true; rm -rf "$STATE"; }
trap cleanup EXIT
bash "$RIG" start "$STATE" >/dev/null

inns() { bash "$RIG" exec "$STATE" "$@"; }
# seconds COMMAND...: wall time of one run, to the millisecond
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || return 1
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}
line() { printf '%-34s %-8s %8.3f s %9.1f MiB/s\n' "$1" "$2" "$3" "$(awk -v s="$SIZE_MIB" -v t="$3" 'BEGIN { print s / t }')"; }

local_file=$STATE/payload
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom > "$local_file"
echo "payload: $SIZE_MIB MiB; server: nfs-ganesha (VFS) on loopback in its own namespace"

for v in 3 4; do
    if [[ $v == 3 ]]; then base=nfs://127.0.0.1/srv/test/scratch; q=; else base=nfs://127.0.0.1/pseudo/test/scratch; q='?version=4'; fi
    t=$(seconds inns "$NFSNAV" put "$local_file" "$base/nfsnav-up.bin$q")
    line "upload v$v (durable, FILE_SYNC)" nfsnav "$t"
    # nfs-cp has no way to name the version but the URL; it writes UNSTABLE.
    if t=$(seconds inns nfs-cp "$local_file" "$base/nfscp-up-$v.bin$q"); then
        line "upload v$v (unstable)" nfs-cp "$t"
    else
        printf '%-34s %-8s %s\n' "upload v$v (unstable)" nfs-cp "failed (libnfs 4.0 nfs-cp)"
    fi
    t=$(seconds inns "$NFSNAV" get "$base/nfsnav-up.bin$q" "$STATE/down-$v")
    line "download v$v" nfsnav "$t"
    if t=$(seconds inns nfs-cp "$base/nfsnav-up.bin$q" "$STATE/nfscp-down-$v"); then
        line "download v$v" nfs-cp "$t"
    else
        printf '%-34s %-8s %s\n' "download v$v" nfs-cp "failed"
    fi
    cmp -s "$local_file" "$STATE/down-$v" || echo "MISMATCH in the v$v download"
done

# Listing the 10,000-entry fixture folder.
for v in 3 4; do
    if [[ $v == 3 ]]; then url=nfs://127.0.0.1/srv/test/big; else url='nfs://127.0.0.1/pseudo/test/big?version=4'; fi
    t=$(seconds inns "$NFSNAV" ls -l "$url")
    printf '%-34s %-8s %8.3f s\n' "ls -l of 10,000 entries v$v" nfsnav "$t"
    t=$(seconds inns nfs-ls "$url")
    printf '%-34s %-8s %8.3f s\n' "ls of 10,000 entries v$v" nfs-ls "$t"
done
