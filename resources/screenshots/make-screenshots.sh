#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's screenshots, made again from the real program: the demo NFS server of
# ./run.sh (tests/rig/demo-server.sh), the window under Xvfb with settings of its own
# (a temporary XDG_CONFIG_HOME, so the user's tabs and colours stay out of the picture),
# and ImageMagick's `import` of each window once its picture stops changing.
#
#   resources/screenshots/make-screenshots.sh [BUILD_DIR]     as root (the server's namespace)
#
# Writes main-window.png, settings-dialog.png and viewer.png beside this script. Needs xvfb, xdotool
# and imagemagick (packages.txt).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
readonly HERE ROOT

die() {
    echo "make-screenshots.sh: $*" >&2
    exit 1
}

# Inside Xvfb: NFS_URL OUT_DIR
shoot() {
    local url=$1 out=$2 wid settings viewer
    "$BIN" --new-window "$url" &
    APP=$!
    trap 'kill "$APP" 2>/dev/null || true' EXIT
    wid=$(timeout 30 xdotool search --sync --onlyvisible --name 'NFS Navigator$' | head -n1) \
        || die "the window did not appear in 30 s"
    # Named after the folder once it is shown.
    wait_until 30 "the folder to be shown" title_is "$wid" "demo — NFS Navigator"
    xdotool windowfocus --sync "$wid"
    # The first file selected, so the preview pane shows something.
    xdotool key --window "$wid" End
    settle "$wid" "$out/main-window.png"

    xdotool key --window "$wid" ctrl+comma
    settings=$(timeout 15 xdotool search --sync --onlyvisible --name '^Settings$' | head -n1) \
        || die "Ctrl+, opened no Settings dialog in 15 s"
    settle "$settings" "$out/settings-dialog.png"
    kill "$APP"
    wait "$APP" 2>/dev/null || true

    # The full-window viewer (Space) on the demo's PDF, the last file but one of previews/.
    # The folder goes before the URL's options (?nfsport=...).
    "$BIN" --new-window "${url%%\?*}/previews${url#"${url%%\?*}"}" &
    APP=$!
    wid=$(timeout 30 xdotool search --sync --onlyvisible --name 'NFS Navigator$' | head -n1) \
        || die "the second window did not appear in 30 s"
    wait_until 30 "the previews folder to be shown" title_is "$wid" "previews — NFS Navigator"
    xdotool windowfocus --sync "$wid"
    xdotool key --window "$wid" End Up
    sleep 1
    xdotool key --window "$wid" space
    viewer=$(timeout 15 xdotool search --sync --onlyvisible --name '^sample\.pdf' | head -n1) \
        || die "Space opened no viewer on sample.pdf in 15 s"
    # It opens maximized; Xvfb has no window manager to do that.
    xdotool windowsize --sync "$viewer" 900 600
    settle "$viewer" "$out/viewer.png"
}

title_is() {   # WINDOW TITLE
    [[ $(xdotool getwindowname "$1" 2>/dev/null) == "$2" ]]
}

wait_until() {   # SECONDS DESCRIPTION COMMAND...
    local deadline=$((SECONDS + $1)) what=$2
    shift 2
    until "$@"; do
        ((SECONDS < deadline)) || die "waited $deadline s for $what"
        sleep 0.2
    done
}

# Saves WINDOW to FILE once two pictures a moment apart are the same (listing, icons and the
# preview have arrived), within 30 s.
settle() {   # WINDOW FILE
    local previous='' current deadline=$((SECONDS + 30))
    while ((SECONDS < deadline)); do
        import -window "$1" "$2.tmp.png"
        current=$(md5sum < "$2.tmp.png")
        if [[ $current == "$previous" ]]; then
            mv "$2.tmp.png" "$2"
            echo "wrote $2"
            return 0
        fi
        previous=$current
        sleep 0.5
    done
    rm -f "$2.tmp.png"
    die "the picture of $2 kept changing for 30 s"
}

if [[ ${1:-} == --inside ]]; then
    BIN=$2
    shoot "$3" "$4"
    exit 0
fi

[[ $EUID -eq 0 ]] || die "run as root: the demo server runs in a network namespace of its own"
BIN=${1:-$ROOT/build}/bin/nfs-navigator
[[ -x $BIN ]] || die "$BIN is not built (ninja -C build nfs-navigator)"
for tool in xvfb-run xdotool import; do
    command -v "$tool" > /dev/null || die "$tool is missing (apt-get install xvfb xdotool imagemagick)"
done

WORK=$(mktemp -d)
STATE=$(mktemp -d /var/tmp/nfsnav-screenshots.XXXXXX)
cleanup() {
    "$ROOT/tests/rig/demo-server.sh" stop "$STATE" > /dev/null 2>&1 || true
    rm -rf "$WORK" "$STATE"
}
trap cleanup EXIT
url=$("$ROOT/tests/rig/demo-server.sh" start "$STATE" "$(id -u)" "$(id -g)")
mkdir -m 0700 "$WORK/config" "$WORK/run"
XDG_CONFIG_HOME=$WORK/config XDG_RUNTIME_DIR=$WORK/run LANG=C.UTF-8 LANGUAGE= LC_ALL= \
    xvfb-run -a -s '-screen 0 1280x800x24' "$0" --inside "$BIN" "$url" "$HERE"
