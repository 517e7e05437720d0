#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a user gets it: built with cpack from BUILD_DIR (which must be
# built), its contents and control fields checked, installed by apt in simulation,
# unpacked into a temporary root whose programs must answer --version, registered there
# as the handler of nfs:// links, and its desktop entry, metainfo and manual pages valid.
#
#   check-deb.sh BUILD_DIR
set -euo pipefail

BUILD=$(realpath -- "${1:?usage: check-deb.sh BUILD_DIR}")
readonly BUILD
WORK=$(mktemp -d)
readonly WORK
trap 'rm -rf "$WORK"' EXIT

FAILED=0
fail() {
    echo "FAIL: $*" >&2
    FAILED=1
}
pass() {
    echo "ok: $*"
}

# --- build it (into BUILD_DIR, like ./run.sh package) ---
rm -f "$BUILD"/nfs-navigator_*.deb
cpack --config "$BUILD/CPackConfig.cmake" -B "$BUILD" >"$WORK/cpack.log" 2>&1 || {
    cat "$WORK/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
}
debs=("$BUILD"/nfs-navigator_*.deb)
[[ -f ${debs[0]} ]] || { echo "FAIL: cpack made no nfs-navigator_*.deb in $BUILD" >&2; exit 1; }
DEB=${debs[0]}
readonly DEB
pass "built $(basename "$DEB")"

# --- contents ---
dpkg-deb --contents "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$WORK/contents"
for path in /usr/bin/nfs-navigator /usr/bin/nfsnav \
    /usr/share/applications/nfs-navigator.desktop \
    /usr/share/metainfo/io.github.nfsnavigator.NfsNavigator.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/nfs-navigator.svg \
    /usr/share/man/man1/nfsnav.1.gz /usr/share/man/man1/nfs-navigator.1.gz \
    /usr/share/doc/nfs-navigator/copyright; do
    if grep -qxF "$path" "$WORK/contents"; then
        pass "holds $path"
    else
        fail "the package lacks $path"
    fi
done
if grep -E '^/usr/(bin|lib)/(tst_|lib.*\.a$)' "$WORK/contents"; then
    fail "the package holds test programs or static libraries"
fi

# --- control fields ---
depends=$(dpkg-deb --field "$DEB" Depends)
echo "Depends: $depends"
for dep in libnfs13 libqt6widgets6 qt6-qpa-plugins libqt6svg6 qt6-image-formats-plugins \
    breeze-icon-theme qt6-translations-l10n xdg-utils; do
    if [[ ",$depends," =~ [,\ ]$dep[\ ,\(] ]]; then
        pass "depends on $dep"
    else
        fail "Depends does not name $dep"
    fi
done
recommends=$(dpkg-deb --field "$DEB" Recommends)
[[ $recommends == *qt6-wayland* ]] && pass "recommends qt6-wayland" || fail "Recommends lacks qt6-wayland: $recommends"
[[ $(dpkg-deb --field "$DEB" Package) == nfs-navigator ]] || fail "the package is not named nfs-navigator"

# --- apt can install it (simulated) ---
if apt-get install --simulate --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1; then
    pass "apt-get install --simulate"
else
    cat "$WORK/apt.log" >&2
    fail "apt-get install --simulate $DEB failed"
fi

# --- unpacked into a temporary root, the programs run ---
ROOTFS=$WORK/root
dpkg-deb --extract "$DEB" "$ROOTFS"
for prog in nfsnav nfs-navigator; do
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen HOME="$WORK/home" \
          timeout 30 "$ROOTFS/usr/bin/$prog" --version 2>&1) || fail "$prog --version exited $?: $out"
    if [[ $out == *0.1.0* || $out == *"$(dpkg-deb --field "$DEB" Version)"* ]]; then
        pass "$prog --version: $out"
    else
        fail "$prog --version did not print the version: $out"
    fi
done
# Stripped, so the package is not four times its size in debug information.
if file "$ROOTFS/usr/bin/nfs-navigator" | grep -q 'not stripped'; then
    fail "/usr/bin/nfs-navigator is not stripped"
fi

# --- nfs:// links open nfs-navigator there ---
mkdir -p "$WORK/home/.local/share" "$WORK/config"
update-desktop-database "$ROOTFS/usr/share/applications"
handler=$(env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION -u GNOME_DESKTOP_SESSION_ID \
          HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" XDG_DATA_DIRS="$ROOTFS/usr/share" \
          XDG_CONFIG_HOME="$WORK/config" XDG_CONFIG_DIRS="$WORK/config" \
          xdg-mime query default x-scheme-handler/nfs 2>&1) || true
if [[ $handler == nfs-navigator.desktop ]]; then
    pass "xdg-mime: nfs:// links open $handler"
else
    fail "xdg-mime query default x-scheme-handler/nfs answered '$handler', not nfs-navigator.desktop"
fi

# --- validators ---
if out=$(desktop-file-validate "$ROOTFS/usr/share/applications/nfs-navigator.desktop" 2>&1); then
    pass "desktop-file-validate${out:+ ($out)}"
else
    fail "desktop-file-validate: $out"
fi
if out=$(appstreamcli validate --no-net "$ROOTFS/usr/share/metainfo/io.github.nfsnavigator.NfsNavigator.metainfo.xml" 2>&1); then
    pass "appstreamcli validate --no-net"
else
    fail "appstreamcli validate --no-net: $out"
fi
# Pedantic: only the component id's capitals remain (a published id, kept), and the
# software centres find who makes it and where to report problems.
metainfo=$ROOTFS/usr/share/metainfo/io.github.nfsnavigator.NfsNavigator.metainfo.xml
out=$({ appstreamcli validate --no-net --pedantic "$metainfo" 2>&1 || true; } \
      | { grep -E '^[EWIP]: ' || true; } | { grep -v 'cid-contains-uppercase-letter' || true; })
if [[ -z $out ]]; then
    pass "appstreamcli validate --pedantic finds no more than the id's capitals"
else
    fail "appstreamcli validate --no-net --pedantic: $out"
fi
for tag in '<developer_name>' '<url type="homepage">' '<url type="bugtracker">'; do
    grep -qF "$tag" "$metainfo" || fail "the metainfo has no $tag"
done
# The pieces name each other: the desktop entry's icon is the one installed, and the
# metainfo launches this desktop entry.
icon=$(sed -n 's/^Icon=//p' "$ROOTFS/usr/share/applications/nfs-navigator.desktop")
[[ -f $ROOTFS/usr/share/icons/hicolor/scalable/apps/$icon.svg ]] \
    || fail "the desktop entry's Icon=$icon is not an installed hicolor icon"
grep -q '<launchable type="desktop-id">nfs-navigator.desktop</launchable>' \
    "$ROOTFS/usr/share/metainfo/io.github.nfsnavigator.NfsNavigator.metainfo.xml" \
    || fail "the metainfo does not launch nfs-navigator.desktop"
grep -q '^Exec=nfs-navigator %u$' "$ROOTFS/usr/share/applications/nfs-navigator.desktop" \
    || fail "the desktop entry does not pass the link to nfs-navigator (Exec=nfs-navigator %u)"
grep -q '<project_license>GPL-3.0-or-later</project_license>' \
    "$ROOTFS/usr/share/metainfo/io.github.nfsnavigator.NfsNavigator.metainfo.xml" \
    || fail "the metainfo does not say GPL-3.0-or-later"
grep -q '^License: GPL-3.0-or-later' "$ROOTFS/usr/share/doc/nfs-navigator/copyright" \
    || fail "the copyright file does not say GPL-3.0-or-later"
for page in nfsnav nfs-navigator; do
    # groff's warnings (-ww) on stderr mean a broken page.
    if out=$(zcat "$ROOTFS/usr/share/man/man1/$page.1.gz" | LC_ALL=C.UTF-8 groff -man -ww -Tutf8 -z 2>&1) && [[ -z $out ]]; then
        pass "man page $page.1 formats without warnings"
    else
        fail "man page $page.1: $out"
    fi
done

if ((FAILED)); then
    echo "the package $DEB has problems (see FAIL above)" >&2
    exit 1
fi
echo "the package $DEB is good"
