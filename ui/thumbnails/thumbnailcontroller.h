// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ThumbnailController: thumbnails for one folder view. It finds the rows the
// icons view shows (only those, in their order), asks the application's
// ThumbnailProvider for the images and PDFs among them, lets go of rows
// scrolled away (their pending thumbnails are cancelled), and hands the made
// thumbnails to the model as the rows' decoration (RemoteFsModel's decoration
// hook; the details view shows those already made). The setting
// AppSettings::thumbnails() switches it on and off live; on, the icons view
// draws larger icons. The type of a file comes from its name alone.
// GUI thread only.
#include "thumbnailprovider.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QSize>
#include <QTimer>

#include <optional>

class QListView;
class RemoteFsModel;

class ThumbnailController : public QObject
{
    Q_OBJECT
public:
    // Icons in the icons view while thumbnails are on.
    static constexpr int ThumbnailIconPixels = 64;
    // Rows looked at in one pass at most (a very large window).
    static constexpr int MaxVisibleRows = 1000;
    // Scrolling, resizing and rows arriving are gathered for this long before the visible rows are looked at.
    static constexpr int CoalesceMs = 50;

    ThumbnailController(QListView *iconsView, RemoteFsModel *model, QObject *parent = nullptr);
    ~ThumbnailController() override;

    bool isEnabled() const { return m_enabled; }
    // The keys (ThumbnailProvider::keyOf) this view waits for.
    QStringList wantedKeys() const { return m_wanted.keys(); }
    // Source rows of the model the icons view shows now (tests).
    QList<int> visibleRows() const;
    // Looks at the visible rows now (what the coalescing timer does).
    void update();
    // The kind of thumbnail a file named `name` gets, by its name alone; none for other types.
    static std::optional<ThumbnailLoader::Kind> kindOf(const QString &name);

private:
    void schedule();
    void applySettings();
    QIcon iconFor(const QModelIndex &sourceIndex) const;
    // The key and item of a source row that may have a thumbnail.
    bool describe(const QModelIndex &sourceIndex, QString *key, ThumbnailProvider::Item *item) const;
    void unwantAll();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<QListView> m_view;
    QPointer<RemoteFsModel> m_model;
    ThumbnailProvider *m_provider;
    bool m_enabled = false;
    QSize m_plainIconSize;
    QSize m_plainGridSize;
    QHash<QString, QPersistentModelIndex> m_wanted;   // key -> source row
    QTimer m_timer;
};
