// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UiLanguage: puts both programs in the user's language. The user's list of
// languages (LANGUAGE, else LC_ALL, LC_MESSAGES, LANG: QLocale::system()'s
// uiLanguages) is walked in order; the first that is English, or for which the
// compiled-in catalogue (:/i18n/nfs-navigator_xx.qm) exists, wins, so
// LANGUAGE=en:de stays English. With a catalogue, Qt's own qtbase_xx (dialog
// buttons, QCommandLineParser's --help) is loaded too.
//
// Call once, on the GUI (main) thread, after the QCoreApplication is made and
// before any translated string is built. The translators are children of the
// application object.
#include <QString>

namespace UiLanguage {
// Returns the language chosen ("de", "fr_CA", ...), or an empty string for English.
QString install();
} // namespace UiLanguage
