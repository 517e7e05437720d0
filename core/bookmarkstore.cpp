// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarkstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace {

const QString GroupKey = QStringLiteral("bookmarks");

QString fileOf(const QString &path)
{
    // One store for the window and the command line, whatever the running
    // program calls itself: ~/.config/nfs-navigator/bookmarks.ini.
    return path.isEmpty() ? SettingsFile::userFile(QStringLiteral("bookmarks")) : path;
}

// The keys of QSettings' arrays: "bookmarks/size", "bookmarks/1/name", ...
QString entryKey(int index, const char *field)
{
    return GroupKey + u'/' + QString::number(index + 1) + u'/' + QLatin1String(field);
}

} // namespace

BookmarkStore::BookmarkStore(QObject *parent)
    : BookmarkStore(QString(), parent)
{
}

BookmarkStore::BookmarkStore(const QString &settingsPath, QObject *parent)
    : QObject(parent), m_file(fileOf(settingsPath))
{
    load();
}

void BookmarkStore::reload()
{
    m_file.reread();
    load();
}

void BookmarkStore::followFile()
{
    if (m_watcher)
        return;
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(200);
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_file.rereadLater().then(this, [this] { load(); });
    });
    // QSettings saves by renaming a new file over the old one: the folder is
    // watched for that, the file for writes in place (an editor, an older version).
    m_watcher = new QFileSystemWatcher(this);
    const QString dir = QFileInfo(m_file.fileName()).absolutePath();
    QDir().mkpath(dir);
    m_watcher->addPath(dir);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &BookmarkStore::rereadSoon);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &BookmarkStore::rereadSoon);
    rereadSoon();
}

void BookmarkStore::rereadSoon()
{
    // A file replaced by a rename is no longer watched: watch the new one.
    if (!m_watcher->files().contains(m_file.fileName()) && QFileInfo::exists(m_file.fileName()))
        m_watcher->addPath(m_file.fileName());
    m_settle->start();
}

void BookmarkStore::load()
{
    QList<Bookmark> loaded;
    const int n = m_file.value(GroupKey + QStringLiteral("/size")).toInt();
    for (int i = 0; i < n; ++i) {
        Bookmark b{m_file.value(entryKey(i, "name")).toString(),
                   NfsUrl::parse(m_file.value(entryKey(i, "url")).toString())};
        // A hand-edited entry that no longer parses is skipped, not fatal.
        if (isValidName(b.name) && b.url.isValid())
            loaded.append(b);
    }
    if (loaded != m_bookmarks) {
        m_bookmarks = loaded;
        Q_EMIT changed();
    }
}

void BookmarkStore::save()
{
    // The file is written on the settings writer's thread (SettingsFile): a
    // home folder on NFS or a busy disk never holds up the window.
    m_file.remove(GroupKey);
    m_file.setValue(GroupKey + QStringLiteral("/size"), int(m_bookmarks.size()));
    for (int i = 0; i < m_bookmarks.size(); ++i) {
        m_file.setValue(entryKey(i, "name"), m_bookmarks.at(i).name);
        m_file.setValue(entryKey(i, "url"), m_bookmarks.at(i).url.toString());
    }
    Q_EMIT changed();
}

bool BookmarkStore::isValidName(const QString &name)
{
    return !name.trimmed().isEmpty() && !name.contains(QLatin1Char('/'));
}

std::optional<Bookmark> BookmarkStore::find(const QString &name) const
{
    for (const Bookmark &b : m_bookmarks) {
        if (b.name == name)
            return b;
    }
    return std::nullopt;
}

bool BookmarkStore::add(const Bookmark &bookmark)
{
    if (!isValidName(bookmark.name) || !bookmark.url.isValid() || find(bookmark.name))
        return false;
    m_bookmarks.append(bookmark);
    save();
    return true;
}

bool BookmarkStore::update(int index, const Bookmark &bookmark)
{
    if (index < 0 || index >= m_bookmarks.size() || !isValidName(bookmark.name) || !bookmark.url.isValid())
        return false;
    for (int i = 0; i < m_bookmarks.size(); ++i) {
        if (i != index && m_bookmarks.at(i).name == bookmark.name)
            return false;
    }
    m_bookmarks[index] = bookmark;
    save();
    return true;
}

void BookmarkStore::remove(int index)
{
    if (index < 0 || index >= m_bookmarks.size())
        return;
    m_bookmarks.removeAt(index);
    save();
}

void BookmarkStore::move(int from, int to)
{
    if (from < 0 || from >= m_bookmarks.size() || to < 0 || to >= m_bookmarks.size() || from == to)
        return;
    m_bookmarks.move(from, to);
    save();
}

NfsUrl BookmarkStore::resolve(const QString &text, QString *error) const
{
    auto checked = [error](const NfsUrl &url) {
        if (error)
            *error = url.errorString();
        return url;
    };
    if (!text.startsWith(QLatin1Char('@')))
        return checked(NfsUrl::parse(text));
    const QString rest = text.mid(1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString name = slash < 0 ? rest : rest.left(slash);
    const std::optional<Bookmark> b = find(name);
    if (!b) {
        if (error)
            *error = tr("no bookmark named '%1'").arg(name);
        return NfsUrl();
    }
    if (slash < 0)
        return checked(b->url);
    // The rest is a path written like a URL path: %XX for special bytes.
    const QByteArray sub = QByteArray::fromPercentEncoding(rest.mid(slash + 1).toUtf8());
    QByteArray path = b->url.path();
    if (!path.endsWith('/'))
        path += '/';
    return checked(b->url.withPath(path + sub));
}
