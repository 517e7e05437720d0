// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingformat.h"

#include <QDateTime>

#include <ctime>

namespace ListingFormat {

namespace {

// `value` right-aligned in at least `width` characters, written at `out`;
// returns the end.
char *putNumber(char *out, unsigned long long value, int width)
{
    char digits[20];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    for (int i = n; i < width; ++i)
        *out++ = ' ';
    while (n)
        *out++ = digits[--n];
    return out;
}

char *putTwoDigits(char *out, int value)
{
    *out++ = char('0' + value / 10);
    *out++ = char('0' + value % 10);
    return out;
}

// The local time of `nanoseconds` as localtime_r gives it, when its year has
// four digits (nanoseconds reach only 1677 to 2262).
bool brokenDown(qint64 nanoseconds, tm *local)
{
    const qint64 ms = nanoseconds / 1000000;
    const time_t seconds = time_t(ms / 1000 - (ms % 1000 < 0 ? 1 : 0));
    return ::localtime_r(&seconds, local) && local->tm_year + 1900 >= 1000 && local->tm_year + 1900 <= 9999;
}

// YYYY-MM-DD HH:MM[:SS]
char *putTime(char *out, const tm &local, bool withSeconds)
{
    const int year = local.tm_year + 1900;
    out = putTwoDigits(out, year / 100);
    out = putTwoDigits(out, year % 100);
    *out++ = '-';
    out = putTwoDigits(out, local.tm_mon + 1);
    *out++ = '-';
    out = putTwoDigits(out, local.tm_mday);
    *out++ = ' ';
    out = putTwoDigits(out, local.tm_hour);
    *out++ = ':';
    out = putTwoDigits(out, local.tm_min);
    if (withSeconds) {
        *out++ = ':';
        out = putTwoDigits(out, local.tm_sec);
    }
    return out;
}

} // namespace

QByteArray localTime(qint64 nanoseconds, bool withSeconds)
{
    // localtime_r and digits written by hand: a long listing formats a time
    // per line, and QDateTime's formatter costs several times as much. Should
    // localtime_r fail, QDateTime says it.
    tm local {};
    if (brokenDown(nanoseconds, &local)) {
        char text[32];
        return QByteArray(text, putTime(text, local, withSeconds) - text);
    }
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(nanoseconds / 1000000);
    return t.toString(withSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"))
        .toUtf8();
}

QByteArray longLine(const FileInfo &info, const QByteArray &shownName)
{
    // Written into one buffer, one allocation per line: `ls -l` makes 100,000.
    char head[128];
    char *p = head;
    info.writeModeString(p);
    p += 10;
    *p++ = ' ';
    p = putNumber(p, info.links, 3);
    *p++ = ' ';
    p = putNumber(p, info.uid, 5);
    *p++ = ' ';
    p = putNumber(p, info.gid, 5);
    *p++ = ' ';
    p = putNumber(p, info.size, 10);
    *p++ = ' ';
    tm local {};
    QByteArray line;
    if (brokenDown(info.mtimeNs, &local)) {
        p = putTime(p, local, false);
        *p++ = ' ';
        line.reserve((p - head) + shownName.size());
        line.append(head, p - head);
    } else {
        line.append(head, p - head);
        line += localTime(info.mtimeNs, false);
        line += ' ';
    }
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
