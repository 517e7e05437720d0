#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# NFS Navigator: the one entry point for people and CI.
#
#   ./run.sh             deps, build, start the demo NFS server and open the app on it
#                        (without a display or app: print the URL and example commands,
#                        then wait for Ctrl+C); the demo server stops when this ends
#   ./run.sh deps        install the missing Debian packages named in packages.txt
#   ./run.sh build       deps, then configure and build into build/
#   ./run.sh test        deps, then build and run ctest in build/ and build-asan/
#                        (AddressSanitizer + UndefinedBehaviorSanitizer); fails if either fails
#   ./run.sh package     deps, build, then the Debian package build/nfs-navigator_VERSION_ARCH.deb
#                        (./run.sh test builds and checks it too: ctest's package_deb)
#   ./run.sh bench [--peers] [--size MIB] [--runs N] [--files N]
#                        build, then time nfsnav against libnfs's own tools on the test server
#                        (figures, not pass/fail; --peers adds GVfs and KIO, installed on demand)
#   ./run.sh fuzz [SECONDS]
#                        build the libFuzzer targets (clang) into build-fuzz/ and fuzz each
#                        for SECONDS (default 300) from its committed corpus
#   ./run.sh demo-stop   stop a demo server left running
#
# Root is needed for apt, for the tests' NFS server (network namespaces) and the demo
# server; when not root, those steps go through sudo.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
readonly ROOT

die() {
    echo "run.sh: $*" >&2
    exit 1
}

say() {
    echo "run.sh: $*" >&2
}

as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "this step needs root and sudo is not installed: run it as root"
    fi
}

# --- deps ----------------------------------------------------------------------------------

packages() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$ROOT/packages.txt" | grep -v '^$'
}

cmd_deps() {
    local pkg status
    local -a missing=()
    while read -r pkg; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        [[ $status == "install ok installed" ]] || missing+=("$pkg")
    done < <(packages)
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    say "installing ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# --- build and test ---------------------------------------------------------------------

readonly BUILD_ARGS=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNFSNAV_WERROR=ON)
readonly ASAN_BUILD_ARGS=(-G Ninja -DCMAKE_BUILD_TYPE=Debug -DNFSNAV_WERROR=ON -DNFSNAV_SANITIZE=ON)

configure_and_build() {   # DIR CMAKE_ARGS...
    local dir=$1
    local -a launcher=()
    shift
    # Rebuilds in fresh clones go faster through ccache where it is installed.
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$ROOT" -B "$ROOT/$dir" "${launcher[@]}" "$@" && cmake --build "$ROOT/$dir"
}

cmd_build() {
    cmd_deps
    configure_and_build build "${BUILD_ARGS[@]}"
}

TOTAL_PASSED=0
TOTAL_FAILED=0
declare -a RESULTS=()

# Builds and tests one variant; records its outcome in RESULTS and the totals.
test_variant() {   # DIR CMAKE_ARGS...
    local dir=$1 log line passed failed total rc=0
    shift
    say "=== $dir: configure and build ==="
    if ! configure_and_build "$dir" "$@"; then
        RESULTS+=("$dir: build FAILED")
        TOTAL_FAILED=$((TOTAL_FAILED + 1))
        return 1
    fi
    say "=== $dir: ctest ==="
    log=$ROOT/$dir/ctest-run.log
    # The NFS tests start a server in a network namespace: ctest runs as root.
    as_root env ASAN_OPTIONS="$ASAN_OPTIONS" UBSAN_OPTIONS="$UBSAN_OPTIONS" \
        LSAN_OPTIONS="${LSAN_OPTIONS:-}" QT_QPA_PLATFORM="$QT_QPA_PLATFORM" \
        ctest --test-dir "$ROOT/$dir" --output-on-failure --timeout 600 --no-tests=error \
        2>&1 | tee "$log" || rc=$?
    # ctest's own closing line: "N% tests passed, F tests failed out of T"
    line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1 || true)
    if [[ $line =~ ([0-9]+)\ tests?\ failed\ out\ of\ ([0-9]+) ]]; then
        failed=${BASH_REMATCH[1]}
        total=${BASH_REMATCH[2]}
        passed=$((total - failed))
    else
        passed=0
        failed=0
    fi
    if ((rc != 0 && failed == 0)); then
        failed=1          # ctest failed without a count (no tests, a crash of ctest itself)
    fi
    TOTAL_PASSED=$((TOTAL_PASSED + passed))
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
    if ((rc == 0)); then
        RESULTS+=("$dir: $passed passed")
    else
        RESULTS+=("$dir: $passed passed, $failed failed (ctest exit $rc)")
    fi
    return "$rc"
}

# --- benchmarks ---------------------------------------------------------------------------------

# Packages only the benchmark needs (not in packages.txt: tests and the app do without them).
install_missing() {   # PACKAGE...
    local pkg
    local -a missing=()
    for pkg in "$@"; do
        [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true) == "install ok installed" ]] || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0
    say "installing ${missing[*]} for the benchmark"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

cmd_bench() {   # [--peers] [bench.py options]
    cmd_build
    install_missing python3 time
    local arg
    for arg in "$@"; do
        # GNOME's GVfs (gio, through a D-Bus session) and KDE's KIO (kioclient5) on the same files.
        [[ $arg == --peers ]] && install_missing gvfs-backends gvfs-daemons libglib2.0-bin dbus dbus-daemon \
            kio-extras kde-cli-tools
    done
    as_root python3 "$ROOT/tests/bench/bench.py" "$@"
}

# --- fuzzing ----------------------------------------------------------------------------------

readonly FUZZ_TARGETS=(nfsurl displayname xdr)

# Builds the fuzz targets and runs each for SECONDS from its committed corpus (read only:
# new inputs go to build-fuzz/new/<target>); a crash leaves its input in build-fuzz/crashes/,
# which belongs in tests/fuzz/corpus/<target>/ once fixed, so every build replays it.
cmd_fuzz() {   # [SECONDS]
    local seconds=${1:-300} target dir=$ROOT/build-fuzz rc=0
    [[ $seconds =~ ^[0-9]+$ ]] || die "fuzz: SECONDS must be a number, not '$seconds'"
    CC=clang CXX=clang++ configure_and_build build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNFSNAV_FUZZ=ON || return 1
    mkdir -p "$dir/crashes"
    for target in "${FUZZ_TARGETS[@]}"; do
        mkdir -p "$dir/new/$target"
        local -a extra=()
        local status=0 found
        # libnfs 4.0's own decoders crash and over-allocate on hostile replies (known failures in
        # tests/fuzz/tst_libnfsdecoders.cpp), so fuzzing them keeps finding those: such inputs
        # are kept and counted for triage, and the run goes on instead of stopping at the first.
        [[ $target == xdr ]] && extra=(-fork=1 -ignore_crashes=1 -ignore_ooms=1 -malloc_limit_mb=256)
        say "fuzzing $target for ${seconds}s"
        "$dir/bin/fuzz_$target" "${extra[@]}" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
            -rss_limit_mb=2048 -artifact_prefix="$dir/crashes/$target-" -print_final_stats=1 \
            "$dir/new/$target" "$ROOT/tests/fuzz/corpus/$target" > "$dir/fuzz-$target.log" 2>&1 || status=$?
        if [[ $target == xdr ]] && grep -q '^INFO: fuzzed for' "$dir/fuzz-$target.log"; then
            found=$(find "$dir/crashes" -name 'xdr-*' | wc -l)
            say "fuzz_xdr: $(grep -E '^#[0-9]+:' "$dir/fuzz-$target.log" | tail -n 1 | cut -d' ' -f1 | tr -d '#:') inputs run;" \
                "$found in $dir/crashes/ crash or exhaust libnfs 4.0's decoders (its known defects: triage them)"
        elif ((status != 0)); then
            tail -n 40 "$dir/fuzz-$target.log" >&2
            say "fuzz_$target FAILED: the input is in $dir/crashes/"
            rc=1
        else
            say "fuzz_$target: $(grep -E '^stat::(number_of_executed_units|new_units_added)' "$dir/fuzz-$target.log" | tr '\n' ' ')"
        fi
    done
    return "$rc"
}

cmd_test() {
    cmd_deps
    # Sanitizer settings for build-asan (harmless for build/); a caller's own settings win.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:print_stacktrace=1:check_initialization_order=1:strict_init_order=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
    if [[ -z ${LSAN_OPTIONS:-} && -f $ROOT/tests/lsan.supp ]]; then
        export LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0
    fi
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    local ok=1 r
    test_variant build "${BUILD_ARGS[@]}" || ok=0
    test_variant build-asan "${ASAN_BUILD_ARGS[@]}" || ok=0
    # The corpora are replayed in both builds above; here 30 s of new inputs per target.
    say "=== build-fuzz: libFuzzer, 30 s per target ==="
    if cmd_fuzz 30; then
        RESULTS+=("build-fuzz: ${#FUZZ_TARGETS[@]} passed")
        TOTAL_PASSED=$((TOTAL_PASSED + ${#FUZZ_TARGETS[@]}))
    else
        RESULTS+=("build-fuzz: FAILED")
        TOTAL_FAILED=$((TOTAL_FAILED + 1))
        ok=0
    fi
    echo
    for r in "${RESULTS[@]}"; do
        echo "run.sh test: $r"
    done
    # The plain closing line CI reads: both variants' counts together.
    echo "summary: $TOTAL_PASSED passed, $TOTAL_FAILED failed"
    ((ok))
}

# --- the Debian package (installer/) -----------------------------------------------------

cmd_package() {
    cmd_build
    local deb
    cpack --config "$ROOT/build/CPackConfig.cmake" -B "$ROOT/build"
    deb=$(cd "$ROOT/build" && ls -t nfs-navigator_*.deb | head -n 1)
    say "built build/$deb; install it with: sudo apt install ./build/$deb"
}

# --- the demo ---------------------------------------------------------------------------------

# The desktop user: the one who called sudo, else whoever runs this.
desktop_user() {
    if [[ $EUID -eq 0 && -n ${SUDO_UID:-} ]]; then
        OWNER_UID=$SUDO_UID
        OWNER_GID=${SUDO_GID:-$SUDO_UID}
    else
        OWNER_UID=$(id -u)
        OWNER_GID=$(id -g)
    fi
    # Root-owned and outside the work tree, so `rm -rf build` never trips over it; the
    # tests' rule "not under /run" applies here too (see tests/rig/nfs-server.sh).
    DEMO_STATE=/var/tmp/nfsnav-demo-$OWNER_UID
}

# Runs a program as the desktop user with the desktop's display, never as root unless the
# desktop user is root.
run_as_desktop_user() {
    if [[ $EUID -ne 0 || $OWNER_UID -eq 0 ]]; then
        "$@"
        return
    fi
    local home user groups=--clear-groups
    home=$(getent passwd "$OWNER_UID" | cut -d: -f6 || true)
    user=$(getent passwd "$OWNER_UID" | cut -d: -f1 || true)
    [[ -n $user ]] && groups=--init-groups
    # root's runtime dir is not the user's (sudo drops it anyway); env's -u must come first
    local -a env=(-u XDG_RUNTIME_DIR)
    [[ -d /run/user/$OWNER_UID ]] && env=(XDG_RUNTIME_DIR="/run/user/$OWNER_UID")
    env+=(HOME="${home:-/}" USER="${user:-$OWNER_UID}" LOGNAME="${user:-$OWNER_UID}")
    setpriv --reuid="$OWNER_UID" --regid="$OWNER_GID" "$groups" env "${env[@]}" "$@"
}

SLEEP_PID=

stop_demo() {
    [[ -z $SLEEP_PID ]] || kill "$SLEEP_PID" 2>/dev/null || true
    as_root "$ROOT/tests/rig/demo-server.sh" stop "$DEMO_STATE" || true
}

cmd_demo() {
    cmd_build
    desktop_user
    local url nfs_port mount_port
    url=$(as_root "$ROOT/tests/rig/demo-server.sh" start "$DEMO_STATE" "$OWNER_UID" "$OWNER_GID")
    trap stop_demo EXIT
    trap 'exit 130' INT TERM
    nfs_port=${url#*nfsport=}
    nfs_port=${nfs_port%%&*}
    mount_port=${url##*mountport=}

    if [[ -x $ROOT/build/bin/nfs-navigator && -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
        say "opening $url"
        # A window of its own, not a tab in one already open: closing it ends the demo.
        run_as_desktop_user "$ROOT/build/bin/nfs-navigator" --new-window "$url" || true
        return
    fi
    cat <<EOF

The demo NFS server is running (a private nfs-ganesha, reached through 127.0.0.1):

    $url
    NFSv4: nfs://127.0.0.1/demo?version=4&nfsport=$nfs_port

Try:
    build/bin/nfsnav ls -l '$url'
    build/bin/nfsnav stat '${url%%\?*}/README.md?${url#*\?}'
    build/bin/nfsnav df '$url'
    build/bin/nfsnav exports 'nfs://127.0.0.1/?mountport=$mount_port'
    nfs-ls '$url'

EOF
    if [[ ! -x $ROOT/build/bin/nfs-navigator ]]; then
        echo "(build/bin/nfs-navigator is not built yet, so no window.)"
    else
        echo "(No display: set DISPLAY, or run under xvfb-run, to open the window.)"
    fi
    echo "Press Ctrl+C to stop the demo server."
    # A background sleep and `wait`, so Ctrl+C runs the traps at once.
    while :; do
        sleep 3600 &
        SLEEP_PID=$!
        wait "$SLEEP_PID" || true
    done
}

cmd_demo_stop() {
    desktop_user
    stop_demo
}

case ${1:-} in
    "")        cmd_demo ;;
    deps)      cmd_deps ;;
    build)     cmd_build ;;
    test)      cmd_test ;;
    package)   cmd_package ;;
    bench)     shift; cmd_bench "$@" ;;
    fuzz)      cmd_deps; cmd_fuzz "${2:-}" ;;
    demo-stop) cmd_demo_stop ;;
    *)         echo "usage: ./run.sh [deps|build|test|package|bench [--peers]|fuzz [SECONDS]|demo-stop]" >&2; exit 2 ;;
esac
