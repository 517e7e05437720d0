// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RemoteMimeData: what a drag out of the window carries.
//
// Other programs get text/uri-list with file:// URLs of complete local copies
// in the DragCache; drops inside the application read the nfs:// URLs under
// NfsUrlsMimeType and fetch nothing. The copies are made by transfers on the
// application's TransferQueue (so they show in the transfers pane), started by
// startFetching() when the drag leaves the window, or else when a target first
// asks for the URLs.
//
// Drop targets give up on data that is slow to come (Qt programs on X11 after
// 5 s with their window frozen meanwhile, on Wayland after 1 s), so
// retrieveData() waits at most ReadyWaitMs for the copies, blocking on the
// transfers' ends without an event loop or a dialog, and hands out the URLs
// only when every copy is complete: a drop never gets a partial file. Else it
// gives nothing and calls the notReady callback (the window says so; the next
// drag of the same unchanged files finds them in the cache at once).
// GUI thread only.
#include "nfsurl.h"

#include <QMimeData>
#include <QPointer>

#include <functional>

class TransferJob;

class RemoteMimeData : public QMimeData
{
    Q_OBJECT
public:
    static constexpr int ReadyWaitMs = 800;
    static const QString NfsUrlsMimeType;
    static const QString UriListMimeType;
    // What file managers put beside text/uri-list to tell a cut from a copy.
    static const QString GnomeCopiedFilesMimeType;   // "cut\n" or "copy\n", then the URLs a line each
    static const QString KdeCutSelectionMimeType;    // "1" for a cut, "0" for a copy

    struct Item
    {
        NfsUrl url;
        qint64 size = 0;
        qint64 mtimeNs = 0;
        bool isDir = false;
    };

    explicit RemoteMimeData(const QList<Item> &items);
    ~RemoteMimeData() override;

    QList<Item> items() const { return m_items; }
    // The places of a drag from inside the application (empty when `mime` is
    // not one): URL and folder or not; sizes and times are not carried.
    static QList<Item> internalItems(const QMimeData *mime);

    // On the clipboard: the cut formats come along, saying whether it is a cut.
    void setClipboardCut(bool cut);
    bool isClipboard() const { return m_clipboard; }
    // Whether `mime` (ours or another program's) marks a cut.
    static bool isCut(const QMimeData *mime);

    // Starts the copies the cache lacks (once).
    void startFetching() const;
    bool isFetching() const { return m_fetching; }
    // Every copy is complete.
    bool isReady() const;
    // Called (later, from the event loop) with the number of copies not ready
    // when a drop target asked for them in vain.
    void setNotReadyCallback(std::function<void(int pending)> callback) { m_notReady = std::move(callback); }
    // Called each time another program is handed the local copies (their
    // file:// URLs), right then.
    void setHandedOutCallback(std::function<void()> callback) { m_handedOut = std::move(callback); }
    // Where each item's local copy lives (empty where the cache has no place).
    QStringList localPaths() const { return m_localPaths; }

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    bool itemReady(int i) const;
    // The local copies' URLs once all are complete, waiting at most ReadyWaitMs; else empty.
    QList<QUrl> readyUrls() const;
    QList<Item> m_items;
    QStringList m_localPaths;
    // Mutable: the copies start from retrieveData(), which is const.
    mutable QList<QPointer<TransferJob>> m_jobs;
    mutable bool m_fetching = false;
    mutable bool m_notReadyPosted = false;
    bool m_clipboard = false;
    bool m_cut = false;
    std::function<void(int)> m_notReady;
    std::function<void()> m_handedOut;
};
