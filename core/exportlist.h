// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ExportList: a server's NFSv3 export list and the rule that picks which export
// holds a path. Pure functions; no I/O.
#include <QByteArray>
#include <QList>
#include <QMetaType>

struct ExportEntry
{
    QByteArray path;              // as the server names it, e.g. "/srv/data"
    QList<QByteArray> clients;    // the groups/hosts allowed, as the server sent them
};
Q_DECLARE_METATYPE(ExportEntry)

using ExportList = QList<ExportEntry>;

namespace ExportResolution {
// The longest export that is a prefix of `path` on whole path components
// ("/data" holds "/data/x" but not "/database"); empty if none.
QByteArray longestExportFor(const ExportList &exports, const QByteArray &path);
// `path` and each of its parents up to "/", longest first: what to try to
// mount when the server gives no export list.
QList<QByteArray> pathAndParents(const QByteArray &path);
// True when `path` is `root` or lies below it on whole components.
bool isAtOrBelow(const QByteArray &path, const QByteArray &root);
// `path` relative to the mount at `root`, as libnfs wants it ("/" for the root itself).
QByteArray pathInside(const QByteArray &path, const QByteArray &root);
// The folder holding an absolute path ("/" for "/x" and for "/"), and a name in a folder.
QByteArray parentPath(const QByteArray &path);
QByteArray childPath(const QByteArray &folder, const QByteArray &name);
}
