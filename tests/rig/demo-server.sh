#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The demo server of ./run.sh: the tests' private ganesha (nfs-server.sh, demo mode) with an
# export of sample files owned by the desktop user, made reachable from the machine's own
# network namespace without touching its portmapper or any NFS server already running:
#
#   127.0.0.1:NFS_PORT   (socat, outside) -> unix socket -> (socat, inside) 127.0.0.1:2049
#   127.0.0.1:MOUNT_PORT (socat, outside) -> unix socket -> (socat, inside) 127.0.0.1:20048
#
# Clients skip the portmapper by naming both ports in the URL. libnfs 4.0 rejects a port
# in the host part (nfs://127.0.0.1:PORT/...: "Invalid address"), hence the query form.
#
#   demo-server.sh start STATE_DIR OWNER_UID OWNER_GID   prints the demo URL on stdout
#   demo-server.sh stop  STATE_DIR [OWNER_UID OWNER_GID]
#   demo-server.sh url   STATE_DIR                       prints the URL of a running demo
#
# Files in STATE_DIR besides nfs-server.sh's: url, nfs.port, mount.port, socat.log. The two
# port files outlive a stop: the next start takes the same ports again when they are free, so
# a bookmark of the demo stays good from one run to the next.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
readonly HERE RIG=$HERE/nfs-server.sh REGISTRY=/run/nfsnav-rig
PROG=$(basename "$0")
readonly PROG

usage() {
    echo "usage: $PROG start STATE_DIR OWNER_UID OWNER_GID | stop STATE_DIR | url STATE_DIR" >&2
    exit 2
}

die() {
    echo "$PROG: $*" >&2
    exit 1
}

# A TCP port on 127.0.0.1 that nothing listens on, below the kernel's ephemeral range
# (32768+ here) so outgoing connections never hold it.
random_free_port() {
    local port
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % 12000))
        if [[ -z $(ss -Hltn "sport = :$port") ]]; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

record() {   # NAME PID, beside nfs-server.sh's pids so its stop and stale sweep end them too
    printf '%s\n' "$2" > "$STATE/$1.pid"
    printf '%s\n' "$2" > "$REGISTRY/$NS/$1.pid"
}

wait_for() {   # DESCRIPTION COMMAND...: up to 5 s
    local what=$1 i
    shift
    for ((i = 0; i < 100; i++)); do
        "$@" && return 0
        sleep 0.05
    done
    die "$what did not come up (see $STATE/socat.log)"
}

# One bridge: the inside half listens on a unix socket in the registry (short path, below
# the 108-byte limit of socket names) and connects to INSIDE_PORT in the namespace; the
# outside half listens on a free port of 127.0.0.1 in the root namespace. Both are session
# leaders (setsid), so their forked per-connection children share their process group.
bridge() {   # NAME INSIDE_PORT [PREFERRED_PORT] -> prints the outside port
    local name=$1 inside_port=$2 preferred=${3:-} sock=$REGISTRY/$NS/$1.sock port pid attempt i
    rm -f "$sock"
    setsid ip netns exec "$NS" socat "UNIX-LISTEN:$sock,fork,unlink-early,mode=600" \
        "TCP:127.0.0.1:$inside_port" </dev/null >>"$STATE/socat.log" 2>&1 &
    record "socat-$name-in" $!
    wait_for "the $name bridge's unix socket" test -S "$sock"
    for attempt in 1 2 3 4 5; do
        if [[ $attempt == 1 && $preferred =~ ^[0-9]+$ && -z $(ss -Hltn "sport = :$preferred") ]]; then
            port=$preferred
        else
            port=$(random_free_port) || die "no free port on 127.0.0.1"
        fi
        setsid socat "TCP-LISTEN:$port,bind=127.0.0.1,reuseaddr,fork" "UNIX-CONNECT:$sock" \
            </dev/null >>"$STATE/socat.log" 2>&1 &
        pid=$!
        # Listening, or gone because someone took the port in between: then try another.
        for ((i = 0; i < 100; i++)); do
            [[ -n $(ss -Hltn "sport = :$port") ]] && break
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        if [[ -n $(ss -Hltn "sport = :$port") ]] && kill -0 "$pid" 2>/dev/null; then
            record "socat-$name-out" "$pid"
            echo "$port"
            return 0
        fi
        kill "$pid" 2>/dev/null || true
        echo "$PROG: port $port was taken (attempt $attempt), trying another" >&2
    done
    die "could not listen on 127.0.0.1 for the $name bridge"
}

# Sample files for the preview pane, one of each kind it shows: a long text (past the 2 MiB
# text cap), a PDF, an archive, binary bytes (the hex view), a picture (beside the
# README's), a sound and a video. Written on the export's disk before any client asks (the export caches no
# attributes, so they show at once).
make_preview_samples() {   # DEMO_DIR OWNER
    local d=$1/previews
    mkdir -p "$d"
    seq -f 'Line %g of a long text file: the preview shows its first 2 MiB.' 1 60000 > "$d/long.txt"
    head -c 65536 /dev/urandom > "$d/random.bin"
    cp "$1/pictures/logo.png" "$d/picture.png"
    # A one-page PDF by hand: QtPdf (pdfium) rebuilds the cross-reference table when its
    # offsets are off, so none is written.
    printf '%s\n' '%PDF-1.4' \
        '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj' \
        '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj' \
        '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R' \
        '   /Resources << /Font << /F1 5 0 R >> >> >> endobj' \
        '4 0 obj << /Length 55 >> stream' \
        'BT /F1 18 Tf 40 70 Td (A PDF on an NFS server) Tj ET' \
        'endstream endobj' \
        '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj' \
        'trailer << /Root 1 0 R >>' '%%EOF' > "$d/sample.pdf"
    tar -czf "$d/project.tar.gz" -C "$1/projects" hello
    # Two seconds of video (VP8 in WebM, 8 KiB): the tests' own clip.
    cp "$HERE/../data/clip.webm" "$d/clip.webm"
    # Three seconds of a soft 400 Hz square wave: 8 kHz mono 16-bit PCM, 10 samples high, 10 low.
    {
        printf 'RIFF\xa4\xbb\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00'
        printf '\x80\x3e\x00\x00\x02\x00\x10\x00data\x80\xbb\x00\x00'
        for ((i = 0; i < 1200; i++)); do
            printf '\x00\x08\x00\x08\x00\x08\x00\x08\x00\x08\x00\x08\x00\x08\x00\x08\x00\x08\x00\x08'
            printf '\x00\xf8\x00\xf8\x00\xf8\x00\xf8\x00\xf8\x00\xf8\x00\xf8\x00\xf8\x00\xf8\x00\xf8'
        done
    } > "$d/tone.wav"
    chmod 0755 "$d"
    chmod 0644 "$d"/*
    chown -R "$2" "$d"
}

remembered_port() {   # NAME: the port of the last run, if any
    cat "$STATE/$1.port" 2>/dev/null || true
}

cmd_start() {
    (($# == 3)) || usage
    local uid=$2 gid=$3 nfs_port mount_port url
    [[ $uid =~ ^[0-9]+$ && $gid =~ ^[0-9]+$ ]] || die "OWNER_UID and OWNER_GID must be numbers"
    [[ $EUID -eq 0 ]] || die "must run as root"
    command -v socat >/dev/null || die "socat not found (see packages.txt; ./run.sh deps)"
    STATE=$(realpath -m -- "$1")
    # Stops an earlier demo of this STATE_DIR (bridges included), then starts afresh.
    "$RIG" start "$STATE" --demo "$uid:$gid"
    make_preview_samples "$STATE/srv/demo" "$uid:$gid"
    NS=$(cat "$STATE/ns")
    trap '"$RIG" stop "$STATE"' EXIT
    : > "$STATE/socat.log"
    nfs_port=$(bridge nfs 2049 "$(remembered_port nfs)")
    mount_port=$(bridge mount 20048 "$(remembered_port mount)")
    url="nfs://127.0.0.1/srv/demo?nfsport=$nfs_port&mountport=$mount_port"
    # Through the bridges from this (the root) namespace, as the owner: the way the app goes.
    if ! setpriv --reuid="$uid" --regid="$gid" --clear-groups \
            timeout 10 nfs-ls "$url" >/dev/null 2>>"$STATE/socat.log"; then
        die "the demo export does not answer through the bridges (see $STATE/socat.log)"
    fi
    trap - EXIT
    echo "$nfs_port" > "$STATE/nfs.port"
    echo "$mount_port" > "$STATE/mount.port"
    echo "$url" > "$STATE/url"
    echo "$url"
}

cmd_stop() {
    (($# == 1 || $# == 3)) || usage
    "$RIG" stop "$1"
    rm -f "$(realpath -m -- "$1")/url"
}

cmd_url() {
    (($# == 1)) || usage
    STATE=$(realpath -m -- "$1")
    if ! "$RIG" status "$STATE" >/dev/null 2>&1 || [[ ! -s $STATE/url ]]; then
        die "no demo running in $STATE"
    fi
    cat "$STATE/url"
}

(($# >= 1)) || usage
cmd=$1
shift
case $cmd in
    start) cmd_start "$@" ;;
    stop)  cmd_stop "$@" ;;
    url)   cmd_url "$@" ;;
    *)     usage ;;
esac
