// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// BookmarkStore: named places with their mount options, kept in a settings
// file so the window and `nfsnav @name/...` share them. The URL carries the
// options (version, uid, gid, timeout, ports). Lives on the thread that made
// it; reads the file once (again each time it changes, with followFile()) and
// writes through on every change, on the settings writer's thread
// (SettingsFile). Tests isolate it with a settings file of their own or
// XDG_CONFIG_HOME.
#include "nfsurl.h"
#include "settingsfile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QFileSystemWatcher;
class QTimer;

struct Bookmark
{
    QString name;
    NfsUrl url;
    friend bool operator==(const Bookmark &, const Bookmark &) = default;
};

class BookmarkStore : public QObject
{
    Q_OBJECT
public:
    // Uses ~/.config/nfs-navigator/bookmarks.ini ($XDG_CONFIG_HOME respected).
    explicit BookmarkStore(QObject *parent = nullptr);
    // Uses the settings file at `settingsPath` (INI format).
    explicit BookmarkStore(const QString &settingsPath, QObject *parent = nullptr);

    QList<Bookmark> bookmarks() const { return m_bookmarks; }
    std::optional<Bookmark> find(const QString &name) const;
    // Names must be unique, not empty and free of '/'; returns false otherwise.
    bool add(const Bookmark &bookmark);
    bool update(int index, const Bookmark &bookmark);
    void remove(int index);
    void move(int from, int to);
    // Re-reads the settings file (another process may have changed it);
    // waits for the disk.
    void reload();
    // From now on, follows the file: what another process (a second window,
    // an editor) saves shows here, re-read on the settings writer's thread,
    // with changed() if the bookmarks differ.
    void followFile();
    // "@name/sub/dir" → the bookmark's URL with sub/dir appended (%XX allowed);
    // other text is parsed as a URL. When the result is invalid, `error` says why.
    NfsUrl resolve(const QString &text, QString *error = nullptr) const;
    static bool isValidName(const QString &name);
    // The settings file the bookmarks are kept in.
    QString fileName() const { return m_file.fileName(); }

Q_SIGNALS:
    void changed();

private:
    void load();
    void save();

    void rereadSoon();

    SettingsFile m_file;
    QList<Bookmark> m_bookmarks;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;   // a save is a write and a rename: one reread for both
};
