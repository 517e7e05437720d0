// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CutFollower: the second half of a cut that another program pasted. A cut of
// server files hands other programs local copies (text/uri-list with the cut
// formats, from DragCache); a file manager's paste moves those copies away,
// but cannot touch the server's files. The follower watches the copies a cut
// handed out; once they are gone it offers, in the banner of the folder view
// the cut was made in, to remove the originals from the server, each only if
// it is unchanged since the cut (a file's size and modification time, a
// folder still a folder). Nothing is removed without the user's word: a copy
// may vanish for other reasons. One cut is followed at a time, for at most
// FollowMs. GUI thread only.
#include "remotemimedata.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class FolderView;

class CutFollower : public QObject
{
    Q_OBJECT
public:
    static constexpr int PollMs = 500;
    // A paste later than this after the cut is not followed.
    static constexpr int FollowMs = 30 * 60 * 1000;

    static CutFollower *instance();

    // Follows the cut `mime` (on the clipboard) made in `view`; ends following an earlier one.
    void follow(RemoteMimeData *mime, FolderView *view);
    bool isFollowing() const { return m_timer.isActive(); }
    // The cut was pasted inside the application (a move of its own): no more following.
    void forget();

Q_SIGNALS:
    // The copies went and the originals were looked at: `offered` of them
    // unchanged, offered for removal in the banner (0: no offer).
    void checked(int offered);
    // The removals the user agreed to have ended; `error` empty when all went.
    void removed(const QString &error);

private:
    explicit CutFollower(QObject *parent);
    void stop();
    void poll();
    // Stats the items whose copies went, then offers those unchanged.
    void checkAndOffer();
    void removeOnServer(const QList<RemoteMimeData::Item> &items, FolderView *view);

    struct Entry
    {
        RemoteMimeData::Item item;
        QString local;
        bool gone = false;
    };
    QList<Entry> m_entries;
    QPointer<FolderView> m_view;
    QTimer m_timer;
    QElapsedTimer m_age;
    bool m_handedOut = false;
    int m_quietPolls = 0;   // polls since the last copy went
    quint64 m_cuts = 0;     // cuts followed so far: tells the current one
};
