// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

namespace {
const QString SortColumnKey = QStringLiteral("view/sortColumn");
const QString SortOrderKey = QStringLiteral("view/sortDescending");
const QString IconsKey = QStringLiteral("view/icons");
const QString HiddenKey = QStringLiteral("view/showHidden");
const QString HeaderKey = QStringLiteral("view/header");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString RecentKey = QStringLiteral("places/recent");
}

WindowSettings::WindowSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("nfs-navigator"), QStringLiteral("window"))
{
}

int WindowSettings::sortColumn() const
{
    return m_settings.value(SortColumnKey, 0).toInt();
}

Qt::SortOrder WindowSettings::sortOrder() const
{
    return m_settings.value(SortOrderKey, false).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void WindowSettings::setSort(int column, Qt::SortOrder order)
{
    m_settings.setValue(SortColumnKey, column);
    m_settings.setValue(SortOrderKey, order == Qt::DescendingOrder);
}

bool WindowSettings::iconsView() const
{
    return m_settings.value(IconsKey, false).toBool();
}

void WindowSettings::setIconsView(bool icons)
{
    m_settings.setValue(IconsKey, icons);
}

bool WindowSettings::showHidden() const
{
    return m_settings.value(HiddenKey, false).toBool();
}

void WindowSettings::setShowHidden(bool show)
{
    m_settings.setValue(HiddenKey, show);
}

QByteArray WindowSettings::headerState() const
{
    return m_settings.value(HeaderKey).toByteArray();
}

void WindowSettings::setHeaderState(const QByteArray &state)
{
    m_settings.setValue(HeaderKey, state);
}

QByteArray WindowSettings::geometry() const
{
    return m_settings.value(GeometryKey).toByteArray();
}

void WindowSettings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(GeometryKey, geometry);
}

QStringList WindowSettings::recentPlaces() const
{
    return m_settings.value(RecentKey).toStringList();
}

void WindowSettings::addRecentPlace(const QString &url)
{
    QStringList recent = recentPlaces();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_settings.setValue(RecentKey, recent);
}
