// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FileClipboard: Ctrl+C, Ctrl+X and Ctrl+V on a FolderView, between tabs,
// windows and other programs. A copy or cut puts RemoteMimeData on the
// clipboard: text/uri-list (local copies, made when another program pastes)
// with the formats file managers use to mark a cut
// (x-special/gnome-copied-files, application/x-kde-cutselection) and the
// nfs:// places for a paste inside the application. A paste starts
// transfers: places of ours are copied or, after a cut, moved (as a drop
// does); local files from another program are uploaded and, after a cut,
// removed once their upload is complete; a cut of ours that another program
// pasted is followed by CutFollower. GUI thread only.
#include <QObject>

class FolderView;

class FileClipboard : public QObject
{
    Q_OBJECT
public:
    static void copy(FolderView *view, bool cut);
    static void paste(FolderView *view);
};
