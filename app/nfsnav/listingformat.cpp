// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingformat.h"

#include <QDateTime>

#include <cstdio>
#include <ctime>

namespace ListingFormat {

QByteArray localTime(qint64 nanoseconds, bool withSeconds)
{
    // localtime_r and one snprintf: a long listing formats a time per line,
    // and QDateTime's formatter costs several times as much. Nanoseconds
    // reach only 1677 to 2262; should localtime_r fail, QDateTime says it.
    const qint64 ms = nanoseconds / 1000000;
    const time_t seconds = time_t(ms / 1000 - (ms % 1000 < 0 ? 1 : 0));
    tm local {};
    if (::localtime_r(&seconds, &local) && local.tm_year + 1900 >= 1 && local.tm_year + 1900 <= 9999) {
        char text[32];
        const int n = withSeconds ? std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", local.tm_year + 1900,
                                                  local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec)
                                  : std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", local.tm_year + 1900,
                                                  local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min);
        return QByteArray(text, n);
    }
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return t.toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"))
        .toUtf8();
}

QByteArray longLine(const FileInfo &info, const QByteArray &shownName)
{
    char numbers[64];
    const int n = std::snprintf(numbers, sizeof numbers, " %3u %5u %5u %10llu ", info.links, info.uid, info.gid,
                                static_cast<unsigned long long>(info.size));
    QByteArray line = info.modeString();
    line.reserve(line.size() + n + 17 + shownName.size() + 1);
    line.append(numbers, n);
    line += localTime(info.mtimeNs, false);
    line += ' ';
    line += shownName;
    return line;
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
