// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The names a copy gives files beside its target: the hidden temporary name
// it writes under (".NAME.nfsnav-XXXXXX") and, with the "keep both" policy,
// "name (n).ext"; and which temporary files on servers are being written.
#include <QByteArray>
#include <QString>

namespace CopyNames {
// Tries at a temporary name before giving up (each is random).
constexpr int TempAttempts = 16;
// Names tried after "name (1).ext" before giving up.
constexpr int MostNumberedNames = 1000;

QByteArray temporaryFor(const QByteArray &name);
// Whether `candidate` is a name temporaryFor(name) can give: a copy's
// temporary file, or the partial copy a stopped copy left.
bool isTemporaryFor(const QByteArray &candidate, const QByteArray &name);
// "name (n).ext" for n >= 1.
QByteArray numbered(const QByteArray &name, int n);

// A temporary file on a server that a copy of this process writes: while a
// token names it, a resumer in this process does not claim it as a partial
// (a server file has no lock to tell a running copy's file from a killed
// one's; within one process, this tells). Moves only; released when emptied
// or destroyed.
class TemporaryInUse
{
public:
    TemporaryInUse() = default;
    TemporaryInUse(const TemporaryInUse &) = delete;
    TemporaryInUse &operator=(const TemporaryInUse &) = delete;
    ~TemporaryInUse() { set({}); }

    // Names `url` (empty: none); false when another token names it already.
    bool set(const QString &url);
    static bool isInUse(const QString &url);

private:
    QString m_url;
};
}
