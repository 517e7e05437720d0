// SPDX-License-Identifier: GPL-3.0-or-later
#include "icontheme.h"

#include <QIcon>
#include <QStringList>

void setUpIconTheme()
{
    QStringList paths = QIcon::themeSearchPaths();
    for (const QString &dir : {QStringLiteral("/usr/local/share/icons"), QStringLiteral("/usr/share/icons")}) {
        if (!paths.contains(dir))
            paths.append(dir);
    }
    QIcon::setThemeSearchPaths(paths);
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
    // The fallback only applies behind a named theme.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("breeze"));
}
