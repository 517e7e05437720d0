#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private nfs-ganesha for the tests and the demo, in a network namespace of its own
# (so it never touches the machine's portmapper or NFS server) and a private mount
# namespace (so its rpcbind socket, /var/lib/nfs and the exported /srv stay inside).
#
#   nfs-server.sh start   STATE_DIR [--demo OWNER_UID:OWNER_GID]
#   nfs-server.sh stop    STATE_DIR
#   nfs-server.sh exec    STATE_DIR CMD [ARGS...]
#   nfs-server.sh restart STATE_DIR
#   nfs-server.sh freeze|thaw  STATE_DIR
#   nfs-server.sh drop|undrop  STATE_DIR
#   nfs-server.sh status  STATE_DIR
#   nfs-server.sh reconfigure STATE_DIR [--grace SECONDS] [--lease SECONDS] [--without EXPORT_PATH]
#
# reconfigure restarts the test server with a grace period (NFSv4 OPENs wait it out after
# the restart; the default is Graceless), with a short NFSv4 lease (an idle client's state
# expires), or without one export (its clients' file handles go stale); without options it
# restores the usual configuration.
#
# Inside the namespace the server is 127.0.0.1, on the fixed ports NFS 2049, MOUNT 20048
# and portmapper 111. Test mode exports (NFSv3 path -> NFSv4 pseudo path):
#   /srv/test -> /pseudo/test,  /srv/a -> /pa,  /srv/ab -> /pab,
#   /srv/small -> /psmall (a 16 MiB tmpfs: a server disk that fills up),
#   /srv/ro -> /pro (Access_Type = RO: a read-only export)
# Demo mode exports /srv/demo -> /demo, filled with sample files owned by OWNER_UID:OWNER_GID.
#
# STATE_DIR holds: ns (the namespace's name), ganesha.conf, ganesha.log, server.out,
# ganesha.pid, rpcbind.pid, and srv/ (the exported tree, rebuilt on every start).
# A registry in /run/nfsnav-rig/<namespace>/ keeps a copy of the pids and the STATE_DIR,
# so a later start can clear namespaces left behind by a killed run.
set -euo pipefail

readonly REGISTRY=/run/nfsnav-rig
readonly NS_PREFIX=nfsnav-
readonly NFS_PORT=2049 MOUNT_PORT=20048 PORTMAP_PORT=111
# Total time allowed for the server to answer both NFSv3 and NFSv4 after a (re)start.
readonly START_DEADLINE=${NFSNAV_RIG_START_DEADLINE:-30}
readonly DROP_CHAIN=NFSNAV_DROP

PROG=$(basename "$0")
readonly PROG

usage() {
    cat >&2 <<EOF
usage: $PROG start   STATE_DIR [--demo OWNER_UID:OWNER_GID]
       $PROG stop    STATE_DIR
       $PROG exec    STATE_DIR CMD [ARGS...]
       $PROG restart STATE_DIR
       $PROG freeze|thaw|drop|undrop|status STATE_DIR
       $PROG reconfigure STATE_DIR [--grace SECONDS] [--lease SECONDS] [--without EXPORT_PATH]
EOF
    exit 2
}

die() {
    echo "$PROG: $*" >&2
    exit 1
}

log() {
    echo "$PROG: $*" >&2
}

need_root() {
    [[ $EUID -eq 0 ]] || die "must run as root (network namespaces, mounts, ganesha)"
}

# --- processes --------------------------------------------------------------------------

# The names a recorded pid can have. A pid is recorded as soon as it is started, and the
# command runs through a chain of execs (setsid -> ip netns exec -> unshare -> sh -> ganesha),
# so for a moment it may still carry one of the earlier names.
readonly GANESHA_COMMS='ganesha\.nfsd|setsid|ip|unshare|nsenter|sh'
readonly RPCBIND_COMMS='rpcbind|sh'
readonly SOCAT_COMMS='socat|setsid|ip'

# True if PID runs a program whose name matches the regex COMMS. A zombie counts as dead;
# checking the name guards against a recycled pid after a reboot or a very long pause.
pid_is() {
    local pid=$1 comms=$2 stat comm
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
    [[ $comm =~ ^($comms)$ ]] || return 1
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    stat=${stat##*) }            # the fields after "(comm) "
    [[ ${stat%% *} != Z ]]
}

pid_alive() {
    local pid=$1 stat tasks
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat%% *} != Z ]] && return 0
    # A killed multi-threaded process shows its leader as a zombie while its other
    # threads still exit and hold its files (ganesha's pid-file lock among them).
    tasks=$(ls "/proc/$pid/task" 2>/dev/null | wc -l)
    (( tasks > 1 ))
}

# Waits up to SECONDS (whole) for PID to be gone. The processes are not our children
# (setsid), so `wait` can't be used.
wait_gone() {
    local pid=$1 tenths=$(( ${2%.*} * 10 ))
    while pid_alive "$pid"; do
        (( tenths-- > 0 )) || return 1
        sleep 0.1
    done
}

# Stops PID if its name matches COMMS: SIGTERM, then SIGKILL after GRACE seconds.
stop_pid() {
    local pid=$1 comm=$2 grace=${3:-5}
    pid_is "$pid" "$comm" || return 0
    kill -TERM "$pid" 2>/dev/null || return 0
    kill -CONT "$pid" 2>/dev/null || true     # a frozen server would sit on the SIGTERM
    wait_gone "$pid" "$grace" && return 0
    log "pid $pid ($(cat "/proc/$pid/comm" 2>/dev/null)) ignored SIGTERM for ${grace}s, killing it"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 5 || log "pid $pid still there after SIGKILL"
}

# True if PID is this script or one of its ancestors.
is_ancestor() {
    local p=$$ stat
    while [[ $p =~ ^[0-9]+$ ]] && (( p > 1 )); do
        [[ $p == "$1" ]] && return 0
        stat=$(cat "/proc/$p/stat" 2>/dev/null) || return 1
        stat=${stat##*) }
        p=$(echo "$stat" | cut -d' ' -f2)
    done
    return 1
}

read_pid() {   # FILE -> pid or nothing
    cat "$1" 2>/dev/null || true
}

# --- namespaces and the registry ---------------------------------------------------------

ns_exists() {
    ip netns list | awk '{print $1}' | grep -qxF -- "$1"
}

# Kills whatever the registry recorded for NS and anything still inside it, deletes the
# namespace (its iptables rules go with it), then the registry entry.
teardown_ns() {
    local ns=$1 reg=$REGISTRY/$1 pid f
    # ganesha first: rpcbind is its child (same shell), killing rpcbind first leaves a zombie.
    stop_pid "$(read_pid "$reg/ganesha.pid")" "$GANESHA_COMMS" 10
    stop_pid "$(read_pid "$reg/rpcbind.pid")" "$RPCBIND_COMMS"
    # socat bridges of the demo server (demo-server.sh) live partly outside the namespace.
    # Each is a session leader whose per-connection children share its process group.
    for f in "$reg"/socat-*.pid; do
        [[ -e $f ]] || continue
        pid=$(read_pid "$f")
        if pid_is "$pid" "$SOCAT_COMMS"; then
            kill -TERM -- "-$pid" 2>/dev/null || true
            wait_gone "$pid" 3 || kill -KILL -- "-$pid" 2>/dev/null || true
        fi
    done
    if ns_exists "$ns"; then
        # Deleting a namespace kills nothing: stop any straggler (a test binary of a killed
        # run), sparing this script and its callers when it was run from inside.
        local -a others=()
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            is_ancestor "$pid" || others+=("$pid")
        done
        for pid in "${others[@]}"; do
            kill -TERM "$pid" 2>/dev/null || true
        done
        for pid in "${others[@]}"; do
            wait_gone "$pid" 3 || kill -KILL "$pid" 2>/dev/null || true
        done
        ip netns delete "$ns" 2>/dev/null || log "could not delete namespace $ns"
    fi
    rm -rf "$reg"
}

# Clears namespaces named nfsnav-* that no live run owns: their recorded ganesha and
# rpcbind are dead, or their STATE_DIR is gone or now names another namespace (an orphan
# nobody can stop any more). A namespace whose start is still in progress is left alone.
sweep_stale() {
    local ns reg state starter live
    mkdir -p "$REGISTRY"
    for ns in $(ip netns list | awk '{print $1}' | grep -E "^${NS_PREFIX}" || true); do
        reg=$REGISTRY/$ns
        if [[ ! -d $reg ]]; then
            # Not from this script's registry (or lost it): only clear it when empty.
            [[ -z $(ip netns pids "$ns" 2>/dev/null) ]] || continue
            log "removing empty stale namespace $ns"
            teardown_ns "$ns"
            continue
        fi
        starter=$(read_pid "$reg/starter.pid")
        if [[ -n $starter ]] && pid_alive "$starter"; then
            continue        # another start is setting it up right now
        fi
        live=0
        pid_is "$(read_pid "$reg/ganesha.pid")" "$GANESHA_COMMS" && live=1
        pid_is "$(read_pid "$reg/rpcbind.pid")" "$RPCBIND_COMMS" && live=1
        state=$(cat "$reg/state" 2>/dev/null || true)
        if (( live )) && [[ -n $state && $(cat "$state/ns" 2>/dev/null || true) == "$ns" ]]; then
            continue        # a running server someone can still stop
        fi
        log "clearing stale namespace $ns (state dir: ${state:-unknown})"
        teardown_ns "$ns"
    done
    # Registry entries whose namespace is gone.
    for reg in "$REGISTRY"/"$NS_PREFIX"*; do
        [[ -d $reg ]] || continue
        ns=${reg##*/}
        ns_exists "$ns" && continue
        starter=$(read_pid "$reg/starter.pid")
        [[ -n $starter ]] && pid_alive "$starter" && continue
        teardown_ns "$ns"
    done
}

# --- state ---------------------------------------------------------------------------------

# Sets STATE (absolute) and checks it can be seen from inside the server's mount namespace,
# where /run, /var/lib/nfs and /srv are replaced.
set_state() {
    [[ -n ${1:-} ]] || usage
    STATE=$(realpath -m -- "$1")
    case $STATE/ in
        / | /run/* | /var/run/* | /var/lib/nfs/* | /srv/*)
            die "STATE_DIR $STATE cannot be under /run, /var/lib/nfs or /srv (hidden inside the server's mount namespace)" ;;
    esac
}

state_ns() {   # prints the namespace of STATE, fails if none is recorded
    local ns
    ns=$(cat "$STATE/ns" 2>/dev/null) || return 1
    [[ $ns == "$NS_PREFIX"* ]] || return 1
    printf '%s\n' "$ns"
}

require_running_ns() {
    NS=$(state_ns) || die "no server recorded in $STATE (run: $PROG start $STATE)"
    ns_exists "$NS" || die "namespace $NS of $STATE is gone (run: $PROG start $STATE)"
}

record_pid() {   # NAME PID: in STATE_DIR for people, in the registry for the stale sweep
    printf '%s\n' "$2" > "$STATE/$1.pid"
    printf '%s\n' "$2" > "$REGISTRY/$NS/$1.pid"
}

# --- the exported tree and the configuration ----------------------------------------------

make_test_fixtures() {
    local srv=$1
    mkdir -p "$srv/test/big" "$srv/test/private" "$srv/test/sub/dir" "$srv/test/scratch" \
             "$srv/a" "$srv/ab" "$srv/small" "$srv/ro/folder"
    printf 'hello\n' > "$srv/test/hello.txt"
    : > "$srv/test/sub/dir/file"
    printf 'secret\n' > "$srv/test/private/secret"
    printf 'a\n' > "$srv/a/marker-a"
    printf 'ab\n' > "$srv/ab/marker-ab"
    printf 'kept\n' > "$srv/ro/kept.txt"
    # exactly 10,000 empty files f00000..f09999
    (cd "$srv/test/big" && printf 'f%05d\0' $(seq 0 9999) | xargs -0 touch)
    # 100,000 empty files h000000..h099999 for the window's large-listing test, in the export /srv/a
    # so that listings and walks of /srv/test stay as they are
    mkdir -p "$srv/a/huge" && (cd "$srv/a/huge" && seq -f 'h%06g' 0 99999 | xargs touch)
    make_hostile_fixtures "$srv/a/hostile"
    chown -R -h root:root "$srv"
    find "$srv" -type d -exec chmod 0755 {} +
    find "$srv" -type f -exec chmod 0644 {} +
    chmod 0000 "$srv/a/hostile/mode000"
    chmod 0700 "$srv/test/private"
    chmod 0600 "$srv/test/private/secret"
    chmod 1777 "$srv/test/scratch"       # tests make their own uniquely named folders here
}

# Names and files a server may hold that a client must handle with care (tests/faults/
# tst_hostilenames.cpp): control characters, bytes that are not UTF-8, a 255-byte name, a
# leading '-', symlinks out of the export and in a loop, a FIFO, a device, a mode-000 file.
# Each regular file holds its own name and a newline.
make_hostile_fixtures() {
    local d=$1 name
    mkdir -p "$d"
    for name in $'esc-\e[31mred' $'new\nline' $'tab\there' $'latin1-caf\xe9' $'invalid-\xff\xfe' \
                '-rf' 'back\slash' "$(printf 'n%.0s' {1..255})" plain.txt mode000; do
        printf '%s\n' "$name" > "$d/$name"
    done
    ln -s /etc/passwd "$d/passwd-link"
    ln -s ../../.. "$d/up-link"
    ln -s loop-b "$d/loop-a"
    ln -s loop-a "$d/loop-b"
    mkfifo "$d/fifo"
    mknod "$d/null-dev" c 1 3
}

# A 32x32 PNG (a blue square with a yellow diagonal), generated once and kept here as text.
DEMO_PNG_BASE64='iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAC/ElEQVR42u3VweawWACG8e/C5iqGiIiIiIiIiIiIiHKcjiNJciRJ0kU81zSbmcUsWk2rmcXwf7z73/L99ed/3K8f4Af4nwG/91g9ds8f/Pb3/J6gJ+yJeuKepCftyXrynqKn7Kl66p6mp+3pekTP0PPPgMAS2AJHvEYgCAWRIBYkglSQCXJBISgFlaAWNIJW0AmEYBAfgMSS2BJH4srXCCWRJJYkklSSSXJJISkllaSWNJJW0kmEZJAfgMJS2ApH4So89RqRIlYkilSRKXJFoSgVlaJWNIpW0SmEYlAfgMbS2BpH42o8ja9fI9YkmlSTaXJNoSk1labWNJpW02mEZtAfwIg1Yo84I+6IN+KPBONrJCPpSDaSjxQj5Ug1Uo80I+1INyJGhvEDmLAm7Alnwp3wJvyJYCKcXiOdyCbyiWKinKgm6olmop3oJsTEMH0AM9aMPePMuDPejD8TzIQz0fwa2Uw+U8yUM9VMPdPMtDPdjJgZ5g9gwVqwF5wFd8Fb8BeChXAhWoiX18gXioVyoVqoF5qFdqFbEAvD8gGsWCv2irPirngr/kqwEq5EK/FKsr5GsVKuVCv1SrPSrnQrYmVYPwCDZbANjsE1eAbfEBhCQ2SIDYkhNa9RGipDbWgMraEzCMNgPoANa8PecDbcDW/D3wg2wo1oI95INtKNbHuNaqPeaDbajW5DbAzbB7Bj7dg7zo674+34O8FOuBPtxDvJTrqT7eT7a9Q7zU670+2InWH/AA6sA/vAOXAPvAP/IDgID6KD+CA5SA+yg/ygOF6jOWgPugNxMBwfwIl1Yp84J+6Jd+KfBCfhSXQSnyQn6Ul2kp8UJ+X5Gu1JdyJOhvMDuLAu7Avnwr3wLvyL4CK8iC7ii+Qivcgu8ovioryortfoLsTFcH0AN9aNfePcuDfejX8T3IQ30U18k9ykN9lNflPclDfVTX2/hrgZ7g/gwXqwH5wH98F78B+Ch/Aheogfkof0IXvIH4qH8qF6qB+a5zWGh5/T/wH+3f4CEvoYnG2HKZ0AAAAASUVORK5CYII='

make_demo_fixtures() {
    local srv=$1 owner=$2 d=$1/demo i
    mkdir -p "$d/docs" "$d/pictures/2024" "$d/projects/hello/src" "$d/inbox" "$d/data"
    cat > "$d/README.md" <<'EOF'
# Welcome to the NFS Navigator demo

This folder is served by a private **nfs-ganesha** started by `./run.sh`.
It belongs to you, so you can try everything:

- browse the folders, preview text, Markdown and pictures;
- drag files in and out, rename, delete, make folders;
- look at the odd names: one has a space, one is not valid UTF-8.

| Folder     | What is in it            |
|------------|--------------------------|
| `docs`     | a guide and a changelog  |
| `pictures` | a small PNG              |
| `projects` | a tiny C++ project       |
| `data`     | a CSV file               |
EOF
    printf 'Things to try\n=============\n\n1. Open pictures/logo.png\n2. Copy this file to your desktop\n3. Make a folder in inbox/\n' > "$d/todo.txt"
    printf 'These are notes.\nThe file name has a space in it.\n' > "$d/notes with space.txt"
    # A Latin-1 name (0xE9 is "é" there, and no valid UTF-8 sequence): the browser must still
    # list, open and rename it.
    printf 'This name is not UTF-8: caf\\xe9 in Latin-1.\n' > "$d/caf"$'\xe9'"-latin1.txt"
    printf 'A hidden file.\n' > "$d/.hidden"
    cat > "$d/docs/guide.md" <<'EOF'
# Guide

## Location bar
Type `nfs://server/export/path`. Add `?version=4` for NFSv4.

## Keyboard
- **Enter** opens, **Backspace** goes up, **F2** renames.
EOF
    printf '0.1.0\n  First demo.\n' > "$d/docs/changelog.txt"
    printf '%s' "$DEMO_PNG_BASE64" | base64 -d > "$d/pictures/logo.png"
    cp "$d/pictures/logo.png" "$d/pictures/2024/logo-copy.png"
    cat > "$d/projects/hello/src/main.cpp" <<'EOF'
#include <iostream>

int main()
{
    std::cout << "Hello from an NFS export\n";
}
EOF
    printf 'cmake_minimum_required(VERSION 3.22)\nproject(hello CXX)\nadd_executable(hello src/main.cpp)\n' \
        > "$d/projects/hello/CMakeLists.txt"
    {
        echo 'id,name,value'
        for ((i = 1; i <= 500; i++)); do echo "$i,item-$i,$((i * 37 % 1000))"; done
    } > "$d/data/numbers.csv"
    ln -s docs/guide.md "$d/guide-link.md"          # a symlink to a file
    ln -s projects/hello "$d/hello-project"         # and one to a folder
    find "$d" -type d -exec chmod 0755 {} +
    find "$d" -type f -exec chmod 0644 {} +
    chown -R -h "$owner" "$d"
    chown root:root "$srv"
    chmod 0755 "$srv"
}

export_block() {   # ID PATH PSEUDO [EXTRA_SETTING...] (Access_Type = RW unless one sets it)
    local extra= access='Access_Type = RW;'
    [[ $2 == "${RIG_WITHOUT:-}" ]] && return 0
    (($# > 3)) && extra=$(printf '    %s\n' "${@:4}")$'\n'
    [[ $extra == *Access_Type* ]] && access=
    cat <<EOF
EXPORT {
    Export_Id = $1;
    Path = $2;
    Pseudo = $3;
${extra}    ${access}
    Squash = No_Root_Squash;
    SecType = sys;
    # No attribute cache: by default ganesha trusts cached attributes for 60 s, so a file
    # changed or deleted behind its back (in STATE_DIR/srv) keeps its old size, or still
    # "exists" and even reads. With 0 every request revalidates; no measurable cost here.
    Attr_Expiration_Time = 0;
    FSAL { Name = VFS; }
}
EOF
}

grace_settings() {
    if [[ -n ${RIG_GRACE:-} ]]; then
        # A short grace period (reconfigure --grace): the lease must not outlast it.
        printf '    Graceless = false;\n    Grace_Period = %s;\n    Lease_Lifetime = %s;\n' "$RIG_GRACE" "$RIG_GRACE"
    else
        printf '    # No 90 s grace period after a (re)start: tests would wait on every OPEN.\n    Graceless = true;\n'
        # A short NFSv4 lease (reconfigure --lease): an idle client's state expires soon.
        if [[ -n ${RIG_LEASE:-} ]]; then
            printf '    Lease_Lifetime = %s;\n' "$RIG_LEASE"
        fi
    fi
}

write_conf() {   # MODE (test|demo)
    {
        cat <<EOF
# Written by tests/rig/nfs-server.sh; paths are as seen inside the server's mount namespace.
NFS_CORE_PARAM {
    Protocols = 3, 4;
    NFS_Port = $NFS_PORT;
    MNT_Port = $MOUNT_PORT;
    Enable_NLM = false;
    Enable_RQUOTA = false;
    # No Bind_addr: inside a namespace with only lo it fails to resolve 127.0.0.1.
}
NFSV4 {
$(grace_settings)
    # Send owners as numbers ("0", "1000"): libnfs 4.0 maps "root@localdomain" to 65534.
    Only_Numeric_Owners = true;
}
# No Kerberos here: without this ganesha looks for /etc/krb5.keytab and logs errors.
NFS_KRB5 { Active_krb5 = false; }
EOF
        if [[ $1 == demo ]]; then
            export_block 1 /srv/demo /demo
        else
            export_block 1 /srv/test /pseudo/test
            export_block 2 /srv/a /pa
            # Only clients on a privileged source port, as Linux's own NFS server ("secure") and
            # many NAS boxes require: root's clients pass, a normal user's are refused.
            export_block 3 /srv/ab /pab 'PrivilegedPort = true;'
            export_block 4 /srv/small /psmall
            export_block 5 /srv/ro /pro 'Access_Type = RO;'
        fi
    } > "$STATE/ganesha.conf"
    # What `ready` polls: the first export, over NFSv3 (path) and NFSv4 (pseudo path).
    if [[ $1 == demo ]]; then
        printf 'nfs://127.0.0.1/srv/demo\nnfs://127.0.0.1/demo?version=4\n' > "$STATE/probe-urls"
    else
        printf 'nfs://127.0.0.1/srv/test\nnfs://127.0.0.1/pseudo/test?version=4\n' > "$STATE/probe-urls"
    fi
}

# --- starting ganesha ------------------------------------------------------------------------

# ganesha's command line, the same for a first start and a restart. Its own pid file (-p)
# stays at the default /run/ganesha.pid inside the private /run; ours is STATE/ganesha.pid.
ganesha_args() {
    GANESHA_ARGS=(ganesha.nfsd -F -f "$STATE/ganesha.conf" -L "$STATE/ganesha.log" -N NIV_EVENT)
}

# First start: a fresh mount namespace inside NS with tmpfs on /run and /var/lib/nfs (so
# rpcbind's socket and ganesha's recovery state are private) and STATE/srv on /srv, then
# rpcbind, then ganesha. setsid: the server must outlive this script and not get the
# terminal's Ctrl+C or CTest's kill of the rig_start process group. All chained with exec,
# so the pid of the background job is ganesha's own.
launch_fresh() {
    mkdir -p /srv /var/lib/nfs     # mount points; both exist on Debian already
    ganesha_args
    # shellcheck disable=SC2016  # expanded by the inner shell
    setsid ip netns exec "$NS" unshare --mount --propagation private sh -c '
        set -e
        state=$1; shift
        mount -t tmpfs tmpfs /run
        mount -t tmpfs tmpfs /var/lib/nfs
        mount --bind "$state/srv" /srv
        # Test mode: a small file system of its own that a test can fill.
        if [ -d /srv/small ]; then mount -t tmpfs -o size=16m,mode=0755 tmpfs /srv/small; fi
        mkdir -p /run/ganesha /run/rpcbind
        rpcbind -f &
        echo $! > "$state/rpcbind.pid"
        i=0
        until [ -S /run/rpcbind.sock ]; do
            i=$((i + 1)); [ $i -le 200 ] || { echo "rpcbind did not start" >&2; exit 1; }
            sleep 0.05
        done
        exec "$@"' sh "$STATE" "${GANESHA_ARGS[@]}" </dev/null >>"$STATE/server.out" 2>&1 &
    record_pid ganesha $!
    # rpcbind's pid is written from inside; copy it to the registry once it is there.
    local i
    for ((i = 0; i < 100; i++)); do
        [[ -s $STATE/rpcbind.pid ]] && break
        pid_alive "$(read_pid "$STATE/ganesha.pid")" || break
        sleep 0.05
    done
    [[ -s $STATE/rpcbind.pid ]] && cp "$STATE/rpcbind.pid" "$REGISTRY/$NS/rpcbind.pid"
    return 0
}

# Restart: a new ganesha in the namespaces of the running rpcbind (the same /run tmpfs with
# rpcbind's socket, the same /srv bind mount and /var/lib/nfs). If rpcbind is gone too (a
# test killed it), its mount namespace went with it: start both afresh in the same network
# namespace.
launch_again() {
    local rpcbind_pid
    rpcbind_pid=$(read_pid "$REGISTRY/$NS/rpcbind.pid")
    if ! pid_is "$rpcbind_pid" rpcbind; then
        rm -f "$STATE/rpcbind.pid" "$REGISTRY/$NS/rpcbind.pid"
        launch_fresh
        return
    fi
    ganesha_args
    setsid nsenter --target "$rpcbind_pid" --mount --net "${GANESHA_ARGS[@]}" \
        </dev/null >>"$STATE/server.out" 2>&1 &
    record_pid ganesha $!
}

# Polls the probe URLs until both answer, within START_DEADLINE seconds in all.
wait_ready() {
    local deadline=$((SECONDS + START_DEADLINE)) url ok
    local -a urls
    mapfile -t urls < "$STATE/probe-urls"
    while :; do
        ok=1
        for url in "${urls[@]}"; do
            if ! timeout 5 ip netns exec "$NS" nfs-ls "$url" >/dev/null 2>&1; then
                ok=0
                break
            fi
        done
        (( ok )) && return 0
        # Alive is enough: right after the start the pid may not have reached ganesha yet.
        pid_alive "$(read_pid "$REGISTRY/$NS/ganesha.pid")" || { log "ganesha exited"; return 1; }
        (( SECONDS < deadline )) || { log "no answer from $url within ${START_DEADLINE}s"; return 1; }
        sleep 0.1
    done
}

show_failure() {
    log "--- server.out ---"
    tail -n 20 "$STATE/server.out" >&2 2>/dev/null || true
    log "--- last lines of $STATE/ganesha.log ---"
    tail -n 40 "$STATE/ganesha.log" >&2 2>/dev/null || true
}

# --- subcommands ----------------------------------------------------------------------------

# EXIT trap of a start that did not finish: show why, take down what was built.
abort_start() {
    local rc=$?
    trap - EXIT INT TERM
    (( rc == 130 )) || show_failure
    teardown_ns "$NS"
    rm -f "$STATE/ns"
    log "start failed"
    exit $(( rc ? rc : 1 ))
}

cmd_start() {
    local mode=test owner=
    set_state "${1:-}"; shift || true
    while (($#)); do
        case $1 in
            --demo)
                [[ ${2:-} =~ ^[0-9]+:[0-9]+$ ]] || die "--demo needs OWNER_UID:OWNER_GID"
                mode=demo owner=$2
                shift 2 ;;
            *) usage ;;
        esac
    done
    need_root
    for tool in ip unshare nsenter setsid rpcbind ganesha.nfsd nfs-ls timeout; do
        command -v "$tool" >/dev/null || die "$tool not found (see packages.txt; ./run.sh deps)"
    done
    mkdir -p "$STATE" "$REGISTRY"
    # A server left by a killed run of this same STATE_DIR: stop it first.
    if [[ -e $STATE/ns ]]; then
        cmd_stop "$STATE" >/dev/null
    fi
    sweep_stale

    NS=$NS_PREFIX$(od -An -N4 -tx4 /dev/urandom | tr -d ' \n')
    mkdir -p "$REGISTRY/$NS"
    printf '%s\n' "$STATE" > "$REGISTRY/$NS/state"
    printf '%s\n' "$$" > "$REGISTRY/$NS/starter.pid"
    # From here on, any failure or interruption takes the half-built server down again.
    trap 'abort_start' EXIT
    trap 'exit 130' INT TERM

    ip netns add "$NS"
    ip netns exec "$NS" ip link set lo up
    printf '%s\n' "$NS" > "$STATE/ns"
    rm -f "$STATE/ganesha.pid" "$STATE/rpcbind.pid" "$STATE/ganesha.log" "$STATE/server.out"

    # The exported tree is made before the server starts: ganesha caches metadata, so
    # changes behind its back may not show over NFS for a while.
    rm -rf "$STATE/srv"
    mkdir -m 0755 "$STATE/srv"
    if [[ $mode == demo ]]; then
        make_demo_fixtures "$STATE/srv" "$owner"
    else
        make_test_fixtures "$STATE/srv"
    fi
    write_conf "$mode"

    launch_fresh
    wait_ready || exit 1            # abort_start shows the log and cleans up
    trap - EXIT INT TERM
    rm -f "$REGISTRY/$NS/starter.pid"
    log "ganesha $(read_pid "$STATE/ganesha.pid") serving in namespace $NS (state: $STATE)"
}

cmd_stop() {
    set_state "${1:-}"
    need_root
    local ns
    ns=$(state_ns) || return 0      # never started, or stopped already
    NS=$ns
    # Pids recorded in STATE_DIR too, in case the registry (/run) was lost.
    if [[ ! -d $REGISTRY/$ns ]]; then
        mkdir -p "$REGISTRY/$ns"
        cp "$STATE"/ganesha.pid "$STATE"/rpcbind.pid "$REGISTRY/$ns/" 2>/dev/null || true
    fi
    teardown_ns "$ns"
    rm -f "$STATE/ns"
}

cmd_exec() {
    set_state "${1:-}"; shift || true
    (($#)) || usage
    require_running_ns
    export NFSNAV_TEST_STATE=$STATE
    exec ip netns exec "$NS" "$@"
}

cmd_restart() {
    set_state "${1:-}"
    need_root
    require_running_ns
    # SIGKILL: a crash, as a fault test wants it, and no wait for a clean shutdown.
    local pid
    pid=$(read_pid "$REGISTRY/$NS/ganesha.pid")
    if pid_is "$pid" "$GANESHA_COMMS"; then
        kill -KILL "$pid"
        wait_gone "$pid" 10 || die "ganesha ($pid) did not die"
    fi
    launch_again
    if ! wait_ready; then
        show_failure
        die "ganesha did not come back"
    fi
    log "ganesha restarted as $(read_pid "$STATE/ganesha.pid")"
}

cmd_reconfigure() {
    set_state "${1:-}"; shift || true
    RIG_GRACE= RIG_WITHOUT= RIG_LEASE=
    while (($#)); do
        case $1 in
            --grace) [[ ${2:-} =~ ^[0-9]+$ ]] || die "--grace needs SECONDS"; RIG_GRACE=$2; shift 2 ;;
            --lease) [[ ${2:-} =~ ^[0-9]+$ ]] || die "--lease needs SECONDS"; RIG_LEASE=$2; shift 2 ;;
            --without) [[ ${2:-} == /srv/* ]] || die "--without needs an export path"; RIG_WITHOUT=$2; shift 2 ;;
            *) usage ;;
        esac
    done
    [[ -e $STATE/probe-urls ]] && grep -q /srv/test "$STATE/probe-urls" || die "reconfigure is for the test server"
    write_conf test
    cmd_restart "$STATE"
}

cmd_signal() {   # STATE SIGNAL
    set_state "${1:-}"
    need_root
    require_running_ns
    local pid
    pid=$(read_pid "$REGISTRY/$NS/ganesha.pid")
    pid_is "$pid" 'ganesha\.nfsd' || die "ganesha of $NS is not running"
    kill "-$2" "$pid"
}

# Drops every TCP/UDP packet to or from the portmapper, NFS and MOUNT ports on lo inside the
# namespace. Matching both ports means established connections go silent as well (a DROP
# in INPUT only; a DROP in OUTPUT would give the sender EPERM at once instead of silence).
cmd_drop() {
    set_state "${1:-}"
    need_root
    require_running_ns
    local ports=$PORTMAP_PORT,$NFS_PORT,$MOUNT_PORT proto
    ipt() { ip netns exec "$NS" iptables -w "$@"; }
    ipt -N "$DROP_CHAIN" 2>/dev/null || ipt -F "$DROP_CHAIN"
    for proto in tcp udp; do
        ipt -A "$DROP_CHAIN" -p "$proto" -m multiport --dports "$ports" -j DROP
        ipt -A "$DROP_CHAIN" -p "$proto" -m multiport --sports "$ports" -j DROP
    done
    ipt -C INPUT -i lo -j "$DROP_CHAIN" 2>/dev/null || ipt -I INPUT -i lo -j "$DROP_CHAIN"
}

cmd_undrop() {
    set_state "${1:-}"
    need_root
    require_running_ns
    ipt() { ip netns exec "$NS" iptables -w "$@"; }
    while ipt -D INPUT -i lo -j "$DROP_CHAIN" 2>/dev/null; do :; done
    ipt -F "$DROP_CHAIN" 2>/dev/null || true
    ipt -X "$DROP_CHAIN" 2>/dev/null || true
}

cmd_status() {
    set_state "${1:-}"
    local ns g r
    ns=$(state_ns) || { echo "stopped"; return 1; }
    g=$(read_pid "$STATE/ganesha.pid")
    r=$(read_pid "$STATE/rpcbind.pid")
    local gs=dead rs=dead
    pid_is "$g" 'ganesha\.nfsd' && gs=running
    pid_is "$r" rpcbind && rs=running
    echo "namespace $ns ($(ns_exists "$ns" && echo present || echo missing)); ganesha $g $gs; rpcbind $r $rs"
    [[ $gs == running ]]
}

main() {
    (($# >= 2)) || usage
    local cmd=$1
    shift
    case $cmd in
        start)   cmd_start "$@" ;;
        stop)    (($# == 1)) || usage; cmd_stop "$1" ;;
        exec)    cmd_exec "$@" ;;
        restart) (($# == 1)) || usage; cmd_restart "$1" ;;
        freeze)  (($# == 1)) || usage; cmd_signal "$1" STOP ;;
        thaw)    (($# == 1)) || usage; cmd_signal "$1" CONT ;;
        drop)    (($# == 1)) || usage; cmd_drop "$1" ;;
        undrop)  (($# == 1)) || usage; cmd_undrop "$1" ;;
        status)  (($# == 1)) || usage; cmd_status "$1" ;;
        reconfigure) cmd_reconfigure "$@" ;;
        *)       usage ;;
    esac
}

main "$@"
