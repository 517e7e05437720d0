// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FileTypeKey: what RemoteFsModel's Type column shows for a file ("PNG image",
// "Link", "Special file (p)") and that text's collation key. One is made per
// kind of file (a regular file's kind is its suffix, ignoring case) and kept
// for the process's life, shared by every row of every model: a row looks its
// key up once when it is made, so a sort by type of 100,000 rows compares keys
// made ahead of time. Folders have none (they sort first, by name). Any thread.
#include "fileinfo.h"

#include <QByteArray>
#include <QCollatorSortKey>
#include <QString>

struct FileTypeKey
{
    QString description;
    QCollatorSortKey key;

    // The entry for an entry that is not a folder, of type `type`, named `name`.
    static const FileTypeKey *of(FileInfo::Type type, const QByteArray &name);
};
