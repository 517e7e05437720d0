// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QThread>

#include <functional>
#include <map>

struct SettingsFile::Shared
{
    QString fileName;
    QMutex mutex;
    QHash<QString, QVariant> values;
};

namespace {

// The thread the files are written on, with a QSettings per file living there
// (so QSettings' own deferred save runs there too). Started on first use with
// an application; ended, after the last save, as the application ends.
class Writer
{
public:
    // The running writer, started if needed; null without an application.
    static Writer *get()
    {
        QMutexLocker lock(&s_mutex);
        if (!s_writer && QCoreApplication::instance()) {
            s_writer = new Writer;
            qAddPostRoutine(&Writer::end);
        }
        return s_writer;
    }
    // The running writer, if there is one.
    static Writer *existing()
    {
        QMutexLocker lock(&s_mutex);
        return s_writer;
    }

    // Queues `op` on the file's QSettings.
    void post(const QString &file, std::function<void(QSettings &)> op)
    {
        {
            QMutexLocker lock(&m_pendingMutex);
            ++m_pending[file];
        }
        QMetaObject::invokeMethod(m_context, [this, file, op = std::move(op)] {
            op(settings(file));
            QMutexLocker lock(&m_pendingMutex);
            if (--m_pending[file] == 0)
                m_pending.remove(file);
        }, Qt::QueuedConnection);
    }
    // Waits until the writes queued so far are made (and, with `save`, on the disk).
    void wait(const QString &file, bool save)
    {
        if (!save) {
            QMutexLocker lock(&m_pendingMutex);
            if (!m_pending.contains(file))
                return;
        }
        QMetaObject::invokeMethod(m_context, [this, file, save] {
            if (save)
                settings(file).sync();
        }, Qt::BlockingQueuedConnection);
    }

private:
    Writer()
    {
        m_thread.setObjectName(QStringLiteral("settings writer"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }
    ~Writer()
    {
        // Each QSettings saves what it still holds as it goes, on its thread.
        QMetaObject::invokeMethod(m_context, [this] {
            m_files.clear();
            delete m_context;
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    static void end()
    {
        QMutexLocker lock(&s_mutex);
        delete s_writer;
        s_writer = nullptr;
    }
    QSettings &settings(const QString &file)
    {
        auto &s = m_files[file];
        if (!s)
            s = std::make_unique<QSettings>(file, QSettings::IniFormat);
        return *s;
    }

    static inline QMutex s_mutex;
    static inline Writer *s_writer = nullptr;
    QThread m_thread;
    QObject *m_context;
    std::map<QString, std::unique_ptr<QSettings>> m_files;   // the writer's thread only
    QMutex m_pendingMutex;
    QHash<QString, int> m_pending;   // writes queued and not yet made, per file
};

QMutex registryMutex;
// The shared tables of the files open in this process.
QHash<QString, std::weak_ptr<SettingsFile::Shared>> registry;

std::shared_ptr<SettingsFile::Shared> open(const QString &fileName)
{
    QMutexLocker lock(&registryMutex);
    if (auto shared = registry.value(fileName).lock())
        return shared;
    // Writes of an earlier table of this file are made first, so they are read.
    if (Writer *writer = Writer::existing())
        writer->wait(fileName, false);
    auto shared = std::make_shared<SettingsFile::Shared>();
    shared->fileName = fileName;
    const QSettings file(fileName, QSettings::IniFormat);
    const QStringList keys = file.allKeys();
    for (const QString &key : keys)
        shared->values.insert(key, file.value(key));
    registry.insert(fileName, shared);
    return shared;
}

bool isUnder(const QString &key, const QString &group)
{
    return key == group || (key.size() > group.size() && key.startsWith(group) && key.at(group.size()) == u'/');
}
}

SettingsFile::SettingsFile(const QString &fileName) : m_shared(open(fileName)) {}

QString SettingsFile::userFile(const QString &name)
{
    // Qt reads the user path once per process: so may this.
    static QMutex mutex;
    static QHash<QString, QString> files;
    QMutexLocker lock(&mutex);
    auto it = files.find(name);
    if (it == files.end())
        it = files.insert(name, QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("nfs-navigator"), name)
                                    .fileName());
    return *it;
}

QVariant SettingsFile::value(const QString &key, const QVariant &fallback) const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->values.value(key, fallback);
}

void SettingsFile::setValue(const QString &key, const QVariant &value)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->values.insert(key, value);
    }
    if (Writer *writer = Writer::get())
        writer->post(m_shared->fileName, [key, value](QSettings &s) { s.setValue(key, value); });
    else
        QSettings(m_shared->fileName, QSettings::IniFormat).setValue(key, value);
}

void SettingsFile::remove(const QString &key)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->values.removeIf([&key](const auto &entry) { return isUnder(entry.key(), key); });
    }
    if (Writer *writer = Writer::get())
        writer->post(m_shared->fileName, [key](QSettings &s) { s.remove(key); });
    else
        QSettings(m_shared->fileName, QSettings::IniFormat).remove(key);
}

void SettingsFile::sync()
{
    if (Writer *writer = Writer::existing())
        writer->wait(m_shared->fileName, true);
}

QString SettingsFile::fileName() const
{
    return m_shared->fileName;
}
