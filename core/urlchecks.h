// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// UrlChecks: the checks NfsUrl::parse makes on what the user typed, each
// giving a message in words (NfsUrl's translations) that names what is wrong,
// where, and how to write it instead. Pure functions, any thread.
#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace UrlChecks {

// Digits only, at most `max`: no sign, no spaces, no hex.
std::optional<quint64> parseDecimal(QStringView text, quint64 max);
// What the user typed, made safe to quote in a message.
QString quoted(const QByteArray &bytes);
QString quoted(const QString &text);
// The first character QUrl's strict mode refuses, or an invisible one it
// would silently encode: a message naming it, or empty.
QString scanCharacters(const QString &text);
// A host name against DNS's rules (RFC 1123 labels): a message, or empty.
QString checkHostLabels(const QString &host);
// A host whose last label is all digits must be a dotted quad: a message, or empty.
QString checkNumericHost(const QString &host);
// Absolute path bytes to their normal form ("." and ".." resolved), or
// nothing with `error` set.
std::optional<QByteArray> normalisePath(const QByteArray &path, QString *error);

} // namespace UrlChecks
