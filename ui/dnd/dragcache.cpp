// SPDX-License-Identifier: GPL-3.0-or-later
#include "dragcache.h"

#include "settingsfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <memory>
#include <sys/stat.h>
#include <utime.h>

namespace {
const QString MaxBytesKey = QStringLiteral("dragCache/maxBytes");

// The window's settings file (window.ini), where the other window settings live.
SettingsFile windowSettings()
{
    return SettingsFile(SettingsFile::userFile(QStringLiteral("window")));
}
}

DragCache &DragCache::instance()
{
    static DragCache cache;
    return cache;
}

QString DragCache::root() const
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        return {};
    const QString dir = base + QStringLiteral("/nfs-navigator");
    const QByteArray native = QFile::encodeName(dir);
    QDir().mkpath(base);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return {};
    // An older folder made with a looser mode is tightened: copies of server files may be private.
    struct stat st {};
    if (::stat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return {};
    if ((st.st_mode & 07777) != 0700 && ::chmod(native.constData(), 0700) != 0)
        return {};
    return dir;
}

QString DragCache::localPathFor(const NfsUrl &url) const
{
    const QString base = root();
    if (base.isEmpty() || !url.isValid())
        return {};
    const QByteArray key = QCryptographicHash::hash(url.toString().toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    QByteArray name = url.path().mid(url.path().lastIndexOf('/') + 1);
    if (name.isEmpty())
        name = url.host().toUtf8();
    // A local name must be valid text; a server name that is not UTF-8 keeps an escaped form.
    QString local = QString::fromUtf8(name);
    if (local.toUtf8() != name)
        local = QString::fromLatin1(name.toPercentEncoding());
    return base + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1Char('/') + local;
}

bool DragCache::ensureFolderFor(const QString &localPath) const
{
    return QDir().mkpath(entryOf(localPath));
}

bool DragCache::isCurrent(const QString &localPath, qint64 size, qint64 mtimeNs)
{
    struct stat st {};
    if (::stat(QFile::encodeName(localPath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    const qint64 mtime = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return st.st_size == size && mtime == mtimeNs;
}

void DragCache::touch(const QString &localPath) const
{
    // The entry folder's own mtime is the LRU stamp: the copy's mtime is the server's.
    ::utime(QFile::encodeName(entryOf(localPath)).constData(), nullptr);
}

QString DragCache::entryOf(const QString &localPath) const
{
    const QString base = root();
    const QString rel = localPath.mid(base.size() + 1);
    return base + QLatin1Char('/') + rel.section(QLatin1Char('/'), 0, 0);
}

void DragCache::pin(const QString &localPath)
{
    ++m_pins[entryOf(localPath)];
}

void DragCache::unpin(const QString &localPath)
{
    const QString entry = entryOf(localPath);
    if (--m_pins[entry] <= 0)
        m_pins.remove(entry);
}

qint64 DragCache::maxBytes() const
{
    return windowSettings().value(MaxBytesKey, DefaultMaxBytes).toLongLong();
}

void DragCache::setMaxBytes(qint64 bytes)
{
    windowSettings().setValue(MaxBytesKey, bytes);
}

void DragCache::evict()
{
    const QString base = root();
    if (base.isEmpty())
        return;
    struct Entry
    {
        QString path;
        qint64 bytes = 0;
        qint64 used = 0;
    };
    std::vector<Entry> entries;
    qint64 total = 0;
    const QFileInfoList folders = QDir(base).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &fi : folders) {
        Entry e{fi.absoluteFilePath(), 0, fi.lastModified().toMSecsSinceEpoch()};
        QDirIterator it(e.path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            e.bytes += it.fileInfo().size();
        }
        total += e.bytes;
        entries.push_back(std::move(e));
    }
    const qint64 cap = maxBytes();
    if (total <= cap)
        return;
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.used < b.used; });
    for (const Entry &e : entries) {
        if (total <= cap)
            break;
        if (m_pins.contains(e.path))
            continue;
        if (QDir(e.path).removeRecursively())
            total -= e.bytes;
    }
}
