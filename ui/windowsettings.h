// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// WindowSettings: the window's remembered choices (sort, view mode, hidden
// files, columns, recent places) in ~/.config/nfs-navigator/window.conf
// ($XDG_CONFIG_HOME respected), typed, with defaults. Reads and writes
// through one QSettings; GUI thread only.
#include <QByteArray>
#include <QSettings>
#include <QStringList>

class WindowSettings
{
public:
    // How many recent places are kept.
    static constexpr int MaxRecent = 20;

    WindowSettings();

    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    void setSort(int column, Qt::SortOrder order);
    bool iconsView() const;
    void setIconsView(bool icons);
    bool showHidden() const;
    void setShowHidden(bool show);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);
    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QStringList recentPlaces() const;
    // Puts `url` first among the recent places.
    void addRecentPlace(const QString &url);

private:
    mutable QSettings m_settings;
};
