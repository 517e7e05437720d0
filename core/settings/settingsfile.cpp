// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QSettings>
#include <QThread>

#include <functional>
#include <map>
#include <utility>

struct SettingsFile::Shared
{
    QString fileName;
    QMutex mutex;
    QHash<QString, QVariant> values;
    int queued = 0;   // writes posted and not yet made (under `mutex`)
};

namespace {

// Every value `s` holds, by key.
QHash<QString, QVariant> valuesOf(const QSettings &s)
{
    QHash<QString, QVariant> values;
    const QStringList keys = s.allKeys();
    for (const QString &key : keys)
        values.insert(key, s.value(key));
    return values;
}

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
        if (!s_writer && QCoreApplication::instance() && !QCoreApplication::closingDown()) {
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

    // Queues `op` on the file's QSettings (the caller counted it in `queued`).
    void post(std::shared_ptr<SettingsFile::Shared> shared, std::function<void(QSettings &)> op)
    {
        QMetaObject::invokeMethod(m_context, [this, shared = std::move(shared), op = std::move(op)] {
            op(settings(shared->fileName));
            {
                QMutexLocker lock(&shared->mutex);
                --shared->queued;
            }
            // Saved once the queue is idle, with what other processes wrote meanwhile.
            if (m_toSave.isEmpty())
                QMetaObject::invokeMethod(m_context, [this] { saveAll(); }, Qt::QueuedConnection);
            m_toSave.insert(shared->fileName, shared);
        }, Qt::QueuedConnection);
    }
    // Reads the file's values on the writing thread, whose QSettings may hold
    // changes not yet saved (a QSettings made elsewhere would save them there).
    // Saving them first also reads what changed on the disk since (another
    // process, or the file removed): a QSettings keeps what it read until then.
    QHash<QString, QVariant> load(const QString &file)
    {
        QHash<QString, QVariant> values;
        QMetaObject::invokeMethod(m_context, [this, &file, &values] {
            QSettings &s = settings(file);
            s.sync();
            values = valuesOf(s);
        }, Qt::BlockingQueuedConnection);
        return values;
    }
    // As load(), without waiting: `done` runs on the writing thread with the values.
    void loadLater(const QString &file, std::function<void(QHash<QString, QVariant>)> done)
    {
        QMetaObject::invokeMethod(m_context, [this, file, done = std::move(done)] {
            QSettings &s = settings(file);
            s.sync();
            done(valuesOf(s));
        }, Qt::QueuedConnection);
    }
    // Returns once the writes queued so far are on the disk.
    void sync(const QString &file)
    {
        QMetaObject::invokeMethod(m_context, [this, file] { settings(file).sync(); }, Qt::BlockingQueuedConnection);
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
            m_toSave.clear();
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
    // Saves each file written to; QSettings merges what another process saved
    // meanwhile, and the table takes the result unless more writes are queued.
    void saveAll()
    {
        const auto files = std::exchange(m_toSave, {});
        for (const auto &shared : files) {
            QSettings &s = settings(shared->fileName);
            s.sync();
            QHash<QString, QVariant> values = valuesOf(s);
            QMutexLocker lock(&shared->mutex);
            if (shared->queued == 0)
                shared->values = std::move(values);
        }
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
    // The writer's thread only: a QSettings per file, and the files to save.
    std::map<QString, std::unique_ptr<QSettings>> m_files;
    QHash<QString, std::shared_ptr<SettingsFile::Shared>> m_toSave;
};

QMutex registryMutex;
// The shared tables of the files open in this process.
QHash<QString, std::weak_ptr<SettingsFile::Shared>> registry;

std::shared_ptr<SettingsFile::Shared> open(const QString &name)
{
    // One table per file, however its path is spelt (as QSettings shares its own).
    const QString fileName = QDir::cleanPath(QFileInfo(name).absoluteFilePath());
    QMutexLocker lock(&registryMutex);
    if (auto shared = registry.value(fileName).lock())
        return shared;
    auto shared = std::make_shared<SettingsFile::Shared>();
    shared->fileName = fileName;
    if (Writer *writer = Writer::get()) {
        // After the writes of an earlier table of this file, queued before.
        shared->values = writer->load(fileName);
    } else {
        shared->values = valuesOf(QSettings(fileName, QSettings::IniFormat));
    }
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
    write([key, value](QHash<QString, QVariant> &values) { values.insert(key, value); },
          [key, value](QSettings &s) { s.setValue(key, value); });
}

void SettingsFile::remove(const QString &key)
{
    write([key](QHash<QString, QVariant> &values) { values.removeIf([&key](const auto &e) { return isUnder(e.key(), key); }); },
          [key](QSettings &s) { s.remove(key); });
}

void SettingsFile::write(const std::function<void(QHash<QString, QVariant> &)> &table,
                         std::function<void(QSettings &)> file)
{
    Writer *writer = Writer::get();
    {
        QMutexLocker lock(&m_shared->mutex);
        table(m_shared->values);
        if (writer)
            ++m_shared->queued;
    }
    if (writer) {
        writer->post(m_shared, std::move(file));
    } else {
        QSettings direct(m_shared->fileName, QSettings::IniFormat);
        file(direct);
    }
}

void SettingsFile::reread()
{
    if (Writer *writer = Writer::existing()) {
        QHash<QString, QVariant> values = writer->load(m_shared->fileName);
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->queued == 0)
            m_shared->values = std::move(values);
        return;
    }
    QHash<QString, QVariant> values = valuesOf(QSettings(m_shared->fileName, QSettings::IniFormat));
    QMutexLocker lock(&m_shared->mutex);
    m_shared->values = std::move(values);
}

QFuture<void> SettingsFile::rereadLater()
{
    auto promise = std::make_shared<QPromise<void>>();
    QFuture<void> future = promise->future();
    promise->start();
    Writer *writer = Writer::get();
    if (!writer) {
        reread();
        promise->finish();
        return future;
    }
    writer->loadLater(m_shared->fileName, [shared = m_shared, promise](QHash<QString, QVariant> values) {
        {
            QMutexLocker lock(&shared->mutex);
            if (shared->queued == 0)
                shared->values = std::move(values);
        }
        promise->finish();
    });
    return future;
}

void SettingsFile::sync()
{
    if (Writer *writer = Writer::existing())
        writer->sync(m_shared->fileName);
}

QString SettingsFile::fileName() const
{
    return m_shared->fileName;
}
