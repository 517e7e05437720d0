// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivereader.h"

#include "displayname.h"

#include <QDeadlineTimer>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>

// What the callbacks share with run(): the device, the caps, and why a read stopped.
struct ArchiveReader::Context
{
    ArchiveReader *reader;
    QDeadlineTimer deadline;
    QByteArray buffer;
    Outcome stop = Outcome::Ok;

    bool overTime()
    {
        if (reader->m_cancelled.load(std::memory_order_acquire)) {
            stop = Outcome::Cancelled;
            return true;
        }
        if (deadline.hasExpired()) {
            stop = Outcome::LimitReached;
            reader->m_error = tr("The archive took longer than %1 s to read").arg(reader->m_limits.maxSeconds);
            return true;
        }
        return false;
    }

    static la_ssize_t read(struct archive *a, void *data, const void **out)
    {
        auto *c = static_cast<Context *>(data);
        if (c->overTime())
            return -1;
        const qint64 room = c->reader->m_limits.maxBytesRead - c->reader->m_bytesRead;
        if (room <= 0) {
            c->stop = Outcome::LimitReached;
            c->reader->m_error = tr("More than %1 of the archive would have to be read")
                                     .arg(QLocale().formattedDataSize(c->reader->m_limits.maxBytesRead));
            archive_set_error(a, EFBIG, "read limit");
            return -1;
        }
        const qint64 n = c->reader->m_device->read(c->buffer.data(), std::min<qint64>(c->buffer.size(), room));
        if (n < 0) {
            c->stop = Outcome::Failed;
            c->reader->m_error = c->reader->m_device->errorString();
            archive_set_error(a, EIO, "read failed");
            return -1;
        }
        c->reader->m_bytesRead += n;
        *out = c->buffer.constData();
        return la_ssize_t(n);
    }

    static la_int64_t skip(struct archive *, void *data, la_int64_t request)
    {
        auto *c = static_cast<Context *>(data);
        QIODevice *d = c->reader->m_device;
        if (d->isSequential() || request <= 0)
            return 0;   // libarchive then reads past the bytes instead
        const qint64 to = std::min<qint64>(d->pos() + request, d->size());
        const qint64 from = d->pos();
        return d->seek(to) ? la_int64_t(to - from) : 0;
    }

    static la_int64_t seek(struct archive *, void *data, la_int64_t offset, int whence)
    {
        auto *c = static_cast<Context *>(data);
        QIODevice *d = c->reader->m_device;
        qint64 to = offset;
        if (whence == SEEK_CUR)
            to = d->pos() + offset;
        else if (whence == SEEK_END)
            to = d->size() + offset;
        if (to < 0 || !d->seek(to))
            return ARCHIVE_FATAL;
        return la_int64_t(to);
    }
};

ArchiveReader::ArchiveReader(QIODevice *device, const Limits &limits) : m_device(device), m_limits(limits)
{
}

ArchiveReader::~ArchiveReader() = default;

ArchiveReader::Outcome ArchiveReader::list(QList<Entry> *entries)
{
    return run(-1, entries, nullptr);
}

ArchiveReader::Outcome ArchiveReader::extract(int index, QByteArray *data)
{
    return run(index, nullptr, data);
}

ArchiveReader::Outcome ArchiveReader::run(int extractIndex, QList<Entry> *entries, QByteArray *data)
{
    m_error.clear();
    m_bytesRead = 0;
    if (!m_device->isSequential() && !m_device->seek(0)) {
        m_error = tr("The archive could not be read from its start: %1").arg(m_device->errorString());
        return Outcome::Failed;
    }
    Context context{this, QDeadlineTimer(qint64(m_limits.maxSeconds) * 1000), QByteArray(64 * 1024, Qt::Uninitialized)};
    std::unique_ptr<struct archive, int (*)(struct archive *)> a(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(a.get());
    archive_read_support_format_all(a.get());
    archive_read_set_read_callback(a.get(), &Context::read);
    archive_read_set_skip_callback(a.get(), &Context::skip);
    if (!m_device->isSequential())
        archive_read_set_seek_callback(a.get(), &Context::seek);
    archive_read_set_callback_data(a.get(), &context);
    const auto failure = [&](const QString &what) {
        if (context.stop != Outcome::Ok)
            return context.stop;   // a cap or the device said why
        const char *why = archive_error_string(a.get());
        m_error = why ? QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(why)) : what;
        return Outcome::Failed;
    };
    if (archive_read_open1(a.get()) != ARCHIVE_OK)
        return failure(tr("Not an archive that can be read"));

    int index = 0;
    for (;; ++index) {
        struct archive_entry *entry = nullptr;
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return failure(index == 0 ? tr("Not an archive that can be read") : tr("The archive is damaged"));
        if (const char *format = archive_format_name(a.get()))
            m_format = QString::fromLatin1(format);
        if (entries) {
            if (index >= m_limits.maxEntries) {
                m_error = tr("The archive holds more than %n entries; only those are listed", nullptr,
                             int(m_limits.maxEntries));
                return Outcome::LimitReached;
            }
            Entry e;
            const char *name = archive_entry_pathname(entry);
            if (!name)
                name = archive_entry_pathname_utf8(entry);
            e.rawName = QByteArray(name ? name : "");
            // A name libarchive could not convert to this locale comes back empty.
            e.name = e.rawName.isEmpty() ? tr("(a name that cannot be read)") : displayName(e.rawName);
            e.size = archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : -1;
            e.mtime = archive_entry_mtime_is_set(entry) ? qint64(archive_entry_mtime(entry)) : 0;
            e.isDir = archive_entry_filetype(entry) == AE_IFDIR;
            e.isSymlink = archive_entry_filetype(entry) == AE_IFLNK;
            entries->append(e);
        }
        if (index != extractIndex)
            continue;
        // The entry wanted: into memory, never past the cap.
        data->clear();
        char buffer[64 * 1024];
        for (;;) {
            if (context.overTime())
                return context.stop;
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n == 0)
                return Outcome::Ok;
            if (n < 0)
                return failure(tr("The entry could not be extracted"));
            if (data->size() + n > m_limits.maxEntryBytes) {
                data->clear();
                m_error = tr("The entry is larger than the preview limit of %1 MiB")
                              .arg(m_limits.maxEntryBytes / (1024 * 1024));
                return Outcome::LimitReached;
            }
            data->append(buffer, qsizetype(n));
        }
    }
    if (extractIndex >= 0) {
        m_error = tr("The archive has no entry %1").arg(extractIndex + 1);
        return Outcome::Failed;
    }
    return Outcome::Ok;
}
