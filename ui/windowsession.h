// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WindowSession: what a window keeps of itself for the next start — the
// folders of its tabs, the current tab, and the split view (open or not, its
// local folder, the splitter's sizes) — as AppSettings::SessionState, and how
// a window comes back from it. GUI thread only.
#include "appsettings.h"
#include "nfsurl.h"

#include <functional>

class LocalPane;
class QTabWidget;

class WindowSession
{
public:
    // What `tabs` (FolderViews; an empty tab is left out) and the split view `pane` show now.
    static AppSettings::SessionState capture(const QTabWidget *tabs, const LocalPane *pane);
    // Opens the tabs of `state` through `openTab`, makes the saved tab current when
    // all of them opened, and opens or closes `pane` as saved. Returns how many tabs opened.
    static int restore(const AppSettings::SessionState &state, QTabWidget *tabs, LocalPane *pane,
                       const std::function<void(const NfsUrl &)> &openTab);
};
