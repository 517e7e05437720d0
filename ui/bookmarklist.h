// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BookmarkList: the bookmarks in the side pane, mirroring a BookmarkStore:
// click opens, middle-click opens in a new tab, drag reorders, the context
// menu edits and removes. GUI thread only.
#include "nfsurl.h"

#include <QListWidget>

class BookmarkStore;

class BookmarkList : public QListWidget
{
    Q_OBJECT
public:
    explicit BookmarkList(BookmarkStore *store, QWidget *parent = nullptr);

public Q_SLOTS:
    void reload();
    void editBookmark(int row);
    void removeBookmark(int row);

Q_SIGNALS:
    void openRequested(const NfsUrl &url);
    void openInNewTabRequested(const NfsUrl &url);

protected:
    void dropEvent(QDropEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    BookmarkStore *m_store;
};
