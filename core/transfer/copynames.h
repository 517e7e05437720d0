// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The names a copy gives files beside its target: the hidden temporary name
// it writes under (".NAME.nfsnav-XXXXXX") and, with the "keep both" policy,
// "name (n).ext".
#include <QByteArray>

namespace CopyNames {
// Tries at a temporary name before giving up (each is random).
constexpr int TempAttempts = 16;
// Names tried after "name (1).ext" before giving up.
constexpr int MostNumberedNames = 1000;

QByteArray temporaryFor(const QByteArray &name);
// "name (n).ext" for n >= 1.
QByteArray numbered(const QByteArray &name, int n);
}
