# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package: `cpack -G DEB` in the build folder (./run.sh package) writes
# nfs-navigator_<version>_<arch>.deb there.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nfs-navigator)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The NFS Navigator authors")
set(CPACK_PACKAGE_CONTACT "The NFS Navigator authors <nfs-navigator@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "file browser and command-line tool for NFS servers")
set(CPACK_PACKAGE_DESCRIPTION
    "NFS Navigator browses NFS servers (NFSv3, and NFSv4 as far as libnfs allows)
from user space through libnfs, without mounting anything and without root.
The window (nfs-navigator) opens nfs:// links in tabs, previews files and
copies files and folders in and out; nfsnav does the same from a terminal.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/nfsnavigator/nfs-navigator)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries linked directly come from dpkg-shlibdeps (needs `file` and `dpkg-dev`).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt loads at run time as plugins or data, which shlibdeps cannot see: the xcb
# platform plugin, the SVG icon engine (libqt6svg6 holds iconengines/libqsvgicon.so on
# Debian 12), image formats for previews, the fallback icon theme, Qt's own
# translations, and xdg-utils for the desktop's link handling.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6svg6, qt6-image-formats-plugins, breeze-icon-theme, qt6-translations-l10n, xdg-utils")
# The Wayland platform plugin: without it the window runs through XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-wayland)

include(CPack)
