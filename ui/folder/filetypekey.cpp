// SPDX-License-Identifier: GPL-3.0-or-later
#include "filetypekey.h"

#include "remotefsnode.h"

#include <QCoreApplication>
#include <QHash>
#include <QMimeDatabase>
#include <QMutex>

#include <memory>

namespace {

// The texts are the model's, in its translation context.
QString describe(FileInfo::Type type, QByteArrayView lowerSuffix)
{
    if (type == FileInfo::Type::Symlink)
        return QCoreApplication::translate("RemoteFsModel", "Link");
    if (type != FileInfo::Type::File) {
        FileInfo fi;
        fi.type = type;
        return QCoreApplication::translate("RemoteFsModel", "Special file (%1)").arg(QLatin1Char(fi.typeLetter()));
    }
    // By the suffix alone, so every name with it shows the same type (no read per row).
    static const QMimeDatabase db;
    const QString probe = lowerSuffix.isEmpty() ? QStringLiteral("file")
                                                : QStringLiteral("file.") + QString::fromUtf8(lowerSuffix);
    return db.mimeTypeForFile(probe, QMimeDatabase::MatchExtension).comment();
}

// Entries by type letter and lower-case suffix; never removed, so their addresses stay valid.
struct Registry
{
    QMutex mutex;
    QHash<QByteArray, std::shared_ptr<const FileTypeKey>> entries;
};

} // namespace

const FileTypeKey *FileTypeKey::of(FileInfo::Type type, const QByteArray &name)
{
    QByteArray id(1, char('0' + int(type)));
    if (type == FileInfo::Type::File)
        id += ModelNodes::suffixOf(name).toByteArray().toLower();
    // Most rows of a listing share a few kinds: each thread remembers those it met, without a lock.
    thread_local QHash<QByteArray, const FileTypeKey *> seen;
    if (const FileTypeKey *known = seen.value(id))
        return known;
    static Registry registry;
    QMutexLocker lock(&registry.mutex);
    auto &entry = registry.entries[id];
    if (!entry) {
        const QString description = describe(type, QByteArrayView(id).sliced(1));
        entry = std::make_shared<const FileTypeKey>(FileTypeKey{description, ModelNodes::naturalCollator().sortKey(description)});
    }
    seen.insert(id, entry.get());
    return entry.get();
}
