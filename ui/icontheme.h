// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Real icons on a bare system too: where the desktop names no icon theme, or its theme
// lacks an icon, Breeze (breeze-icon-theme, a dependency of the package) stands in, found
// where Debian installs it even when XDG_DATA_DIRS leaves /usr/share out or the
// platform (offscreen, minimal) names no search path at all. Call once, after the
// QApplication exists and before the first icon is looked up.
void setUpIconTheme();
