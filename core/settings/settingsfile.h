// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SettingsFile: an INI settings file whose writes reach the disk on a thread
// of their own. QSettings writes on the thread it lives on, and each write to
// the file is a save with two fdatasync() calls: while the disk is busy (a
// large copy just written) or the home folder is itself on NFS, that held the
// GUI thread for up to a second at each navigation.
//
// Every SettingsFile of one file in this process shares one table of values,
// read from the file when the first of them opens it: a value set through one
// is read through all at once, without touching the disk. Writes are queued,
// in order, to a QSettings of that file on the writing thread, which saves
// them together once the queue is idle, merging what another process (a
// second window) saved meanwhile, and the table then takes the merged values.
// sync() waits until they are on the disk, and so does the application's end.
// Any thread while the application runs; the table is guarded by a mutex.
#include <QFuture>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QSettings;

class SettingsFile
{
public:
    // `fileName` is made absolute and clean, as QSettings does.
    explicit SettingsFile(const QString &fileName);
    // The file QSettings(IniFormat, UserScope, "nfs-navigator", name) uses.
    static QString userFile(const QString &name);

    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);
    // Removes `key` and every key under it.
    void remove(const QString &key);
    // Returns once every write made so far is on the disk (waits for the disk).
    void sync();
    // Saves what is queued, then reads the file again: what another process
    // saved since shows here (waits for the disk).
    void reread();
    // As reread(), without waiting: the future finishes once the table holds
    // what the file holds.
    QFuture<void> rereadLater();
    QString fileName() const;

    struct Shared;

private:
    // Changes the table with `table` and the file with `file`.
    void write(const std::function<void(QHash<QString, QVariant> &)> &table, std::function<void(QSettings &)> file);

    std::shared_ptr<Shared> m_shared;
};
