// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlist.h"

namespace ExportResolution {

bool isAtOrBelow(const QByteArray &path, const QByteArray &root)
{
    if (root == "/" || root.isEmpty())
        return path.startsWith('/');
    if (!path.startsWith(root))
        return false;
    return path.size() == root.size() || path.at(root.size()) == '/';
}

QByteArray pathInside(const QByteArray &path, const QByteArray &root)
{
    if (root == "/" || root.isEmpty())
        return path.isEmpty() ? QByteArray("/") : path;
    const QByteArray rest = path.mid(root.size());
    return rest.isEmpty() ? QByteArray("/") : rest;
}

QByteArray longestExportFor(const ExportList &exports, const QByteArray &path)
{
    QByteArray best;
    for (const ExportEntry &e : exports) {
        QByteArray root = e.path;
        while (root.size() > 1 && root.endsWith('/'))
            root.chop(1);
        if (isAtOrBelow(path, root) && (best.isEmpty() || root.size() > best.size()))
            best = root;
    }
    return best;
}

QList<QByteArray> pathAndParents(const QByteArray &path)
{
    QList<QByteArray> out;
    QByteArray p = path.isEmpty() ? QByteArray("/") : path;
    while (true) {
        out.append(p);
        if (p == "/")
            break;
        p = parentPath(p);
    }
    return out;
}

QByteArray parentPath(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArray("/") : path.left(slash);
}

QByteArray childPath(const QByteArray &folder, const QByteArray &name)
{
    return folder.endsWith('/') ? folder + name : folder + '/' + name;
}

} // namespace ExportResolution
