// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AppPalette: the window's colours as Settings chooses them. Qt 6.4 follows a
// dark desktop only on KDE, so Light and Dark are explicit palettes on the
// Fusion style (which draws from the palette alone); System gives back the
// style and palette the application started with. GUI thread only.
#include "appsettings.h"

#include <QPalette>

class AppPalette
{
public:
    static void apply(AppSettings::ColourScheme scheme);
    static QPalette light();
    static QPalette dark();
};
