// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsession.h"

#include "folderview.h"
#include "localpane.h"

#include <QTabWidget>

#include <algorithm>

AppSettings::SessionState WindowSession::capture(const QTabWidget *tabs, const LocalPane *pane)
{
    AppSettings::SessionState state;
    for (int i = 0; i < tabs->count(); ++i) {
        auto *view = qobject_cast<FolderView *>(tabs->widget(i));
        if (view && view->url().isValid())
            state.tabs.append(view->url().toString());
        if (i == tabs->currentIndex())
            state.current = std::max(int(state.tabs.size()) - 1, 0);
    }
    state.splitView = pane->saveState();
    return state;
}

int WindowSession::restore(const AppSettings::SessionState &state, QTabWidget *tabs, LocalPane *pane,
                           const std::function<void(const NfsUrl &)> &openTab)
{
    int opened = 0;
    for (const QString &text : state.tabs) {
        const NfsUrl url = NfsUrl::parse(text);
        if (url.isValid()) {
            openTab(url);
            ++opened;
        }
    }
    if (opened == state.tabs.size())
        tabs->setCurrentIndex(state.current);
    // The split view (ui/split/): open or not, its folder, the splitter's sizes.
    pane->restoreState(state.splitView);
    return opened;
}
