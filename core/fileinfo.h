// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FileInfo: the attributes of one server-side entry, as READDIRPLUS or GETATTR
// report them. A plain value that crosses threads in queued signals.
#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QtGlobal>

struct FileInfo
{
    enum class Type : quint8 { Unknown, File, Directory, Symlink, BlockDevice, CharDevice, Fifo, Socket };

    QByteArray name;      // bytes as the server sent them; not necessarily UTF-8
    Type type = Type::Unknown;
    quint32 mode = 0;     // permission bits (07777)
    quint32 uid = 0;
    quint32 gid = 0;
    quint32 links = 0;
    quint64 size = 0;
    quint64 inode = 0;
    qint64 atimeNs = 0;   // nanoseconds since the epoch
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;

    bool isDir() const { return type == Type::Directory; }
    bool isSymlink() const { return type == Type::Symlink; }
    // Type letter as ls prints it: d, -, l, b, c, p, s, ?
    char typeLetter() const;
    // "drwxr-xr-x" including setuid/setgid/sticky letters.
    QByteArray modeString() const;
    // The same ten characters written at `out`.
    void writeModeString(char *out) const;
    static Type typeFromMode(quint64 mode);
};
Q_DECLARE_METATYPE(FileInfo)

using FileInfoList = QList<FileInfo>;
