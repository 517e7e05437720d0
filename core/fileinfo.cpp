// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileinfo.h"

#include <sys/stat.h>

#include <cstring>

char FileInfo::typeLetter() const
{
    switch (type) {
    case Type::File: return '-';
    case Type::Directory: return 'd';
    case Type::Symlink: return 'l';
    case Type::BlockDevice: return 'b';
    case Type::CharDevice: return 'c';
    case Type::Fifo: return 'p';
    case Type::Socket: return 's';
    case Type::Unknown: break;
    }
    return '?';
}

QByteArray FileInfo::modeString() const
{
    QByteArray s(10, '-');
    writeModeString(s.data());
    return s;
}

void FileInfo::writeModeString(char *s) const
{
    std::memset(s, '-', 10);
    s[0] = typeLetter();
    const char rwx[] = "rwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i))
            s[i + 1] = rwx[i % 3];
    }
    auto special = [&](int pos, quint32 bit, char withExec, char withoutExec) {
        if (mode & bit)
            s[pos] = (s[pos] == 'x') ? withExec : withoutExec;
    };
    special(3, S_ISUID, 's', 'S');
    special(6, S_ISGID, 's', 'S');
    special(9, S_ISVTX, 't', 'T');
}

FileInfo::Type FileInfo::typeFromMode(quint64 mode)
{
    switch (mode & S_IFMT) {
    case S_IFREG: return Type::File;
    case S_IFDIR: return Type::Directory;
    case S_IFLNK: return Type::Symlink;
    case S_IFBLK: return Type::BlockDevice;
    case S_IFCHR: return Type::CharDevice;
    case S_IFIFO: return Type::Fifo;
    case S_IFSOCK: return Type::Socket;
    default: return Type::Unknown;
    }
}
