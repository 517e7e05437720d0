// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingformat.h"

#include <QDateTime>

namespace ListingFormat {

QByteArray localTime(qint64 nanoseconds, bool withSeconds)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(nanoseconds / 1000000);
    return t.toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"))
        .toUtf8();
}

QByteArray longLine(const FileInfo &info, const QByteArray &shownName)
{
    return info.modeString() + ' ' + QByteArray::number(info.links).rightJustified(3) + ' '
        + QByteArray::number(info.uid).rightJustified(5) + ' ' + QByteArray::number(info.gid).rightJustified(5) + ' '
        + QByteArray::number(info.size).rightJustified(10) + ' ' + localTime(info.mtimeNs, false) + ' ' + shownName;
}

QByteArray humanSize(quint64 bytes)
{
    static const char units[] = "KMGTPE";
    if (bytes < 1024)
        return QByteArray::number(bytes);
    double v = double(bytes);
    int u = -1;
    while (v >= 1024 && u < 5) {
        v /= 1024;
        ++u;
    }
    return QByteArray::number(v, 'f', v < 10 ? 1 : 0) + units[u];
}

QByteArray statBlock(const FileInfo &info, const QByteArray &shownName)
{
    static const char *const typeNames[] = {"unknown", "regular file", "folder", "symbolic link",
                                            "block device", "character device", "fifo", "socket"};
    QByteArray out;
    out += "  File: " + shownName + '\n';
    out += "  Type: " + QByteArray(typeNames[int(info.type)]) + '\n';
    out += "  Size: " + QByteArray::number(info.size) + '\n';
    out += "  Mode: 0" + QByteArray::number(info.mode, 8).rightJustified(3, '0') + " (" + info.modeString() + ")\n";
    out += " Owner: " + QByteArray::number(info.uid) + ':' + QByteArray::number(info.gid) + '\n';
    out += " Links: " + QByteArray::number(info.links) + '\n';
    out += " Inode: " + QByteArray::number(info.inode) + '\n';
    out += "Access: " + localTime(info.atimeNs, true) + '\n';
    out += "Modify: " + localTime(info.mtimeNs, true) + '\n';
    out += "Change: " + localTime(info.ctimeNs, true) + '\n';
    return out;
}

} // namespace ListingFormat
