// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace UiLanguage {

QString install()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &language : languages) {
        const QLocale locale(language);
        // "C" and "POSIX" come back as the C locale: no preference, hence English.
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return {};
        auto *catalogue = new QTranslator(app);
        // load() drops "_AT" from "nfs-navigator_de_AT" when there is no such file.
        if (!catalogue->load(QStringLiteral("nfs-navigator_") + locale.name(), QStringLiteral(":/i18n"))) {
            delete catalogue;
            continue;
        }
        QCoreApplication::installTranslator(catalogue);
        // Qt's own strings; a missing qt6-translations-l10n only leaves them in English.
        auto *qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + locale.name(), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        return locale.name();
    }
    return {};
}

} // namespace UiLanguage
