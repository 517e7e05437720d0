// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the window suites share: whether a folder view has settled (its folder
// listed, no listing running), and a tab opened on a URL once it has.
#include "folderview.h"
#include "mainwindow.h"
#include "remotefsmodel.h"

#include <QTest>

inline bool settled(FolderView *view)
{
    return view->model()->isRootListed() && !view->model()->isListing();
}

// A tab on `url` in `window`, once listed and its access known; null if it
// does not settle within `timeoutMs`.
inline FolderView *openSettledTab(MainWindow *window, const NfsUrl &url, int timeoutMs = 60000)
{
    FolderView *view = window->openTab(url);
    if (!QTest::qWaitFor([view] { return settled(view) && view->accessMask() >= 0; }, timeoutMs))
        return nullptr;
    return view;
}
