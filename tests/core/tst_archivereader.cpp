// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveReader over in-memory devices, with archives the test makes with
// libarchive: zip and tar.gz listed and an entry extracted; the caps (an
// entry that inflates past its limit, too many entries, too many archive
// bytes) end in words; names that climb out of a folder or hold control
// characters are only listed, escaped, and nothing is written anywhere.
#include "archivereader.h"

#include <QBuffer>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

namespace {
struct Member
{
    QByteArray name;
    QByteArray data;
    qint64 repeat = 1;   // the data written this many times (bombs)
    bool dir = false;
};

la_ssize_t appendTo(struct archive *, void *out, const void *buffer, size_t n)
{
    static_cast<QByteArray *>(out)->append(static_cast<const char *>(buffer), qsizetype(n));
    return la_ssize_t(n);
}

// "zip" or "tar.gz".
QByteArray makeArchive(const char *kind, const QList<Member> &members)
{
    QByteArray out;
    struct archive *w = archive_write_new();
    if (qstrcmp(kind, "zip") == 0) {
        archive_write_set_format_zip(w);
    } else {
        archive_write_set_format_pax_restricted(w);
        archive_write_add_filter_gzip(w);
    }
    archive_write_open(w, &out, nullptr, appendTo, nullptr);
    for (const Member &m : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.name.constData());
        archive_entry_set_filetype(e, m.dir ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(e, m.dir ? 0755 : 0644);
        archive_entry_set_size(e, m.dir ? 0 : m.data.size() * m.repeat);
        archive_entry_set_mtime(e, 1700000000, 0);
        archive_write_header(w, e);
        for (qint64 i = 0; i < m.repeat && !m.dir; ++i)
            archive_write_data(w, m.data.constData(), size_t(m.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(w);
    archive_write_free(w);
    return out;
}
}

class TestArchiveReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsAndExtracts_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("zip") << QByteArray("zip");
        QTest::newRow("tar.gz") << QByteArray("tar.gz");
    }
    void listsAndExtracts()
    {
        QFETCH(QByteArray, kind);
        const QByteArray archive = makeArchive(kind.constData(), {{"docs", {}, 1, true},
                                                                  {"docs/hello.txt", "hello from the archive\n"},
                                                                  {"data.bin", QByteArray(5000, '\x07')}});
        QBuffer device;
        device.setData(archive);
        QVERIFY(device.open(QIODevice::ReadOnly));
        ArchiveReader reader(&device, ArchiveReader::Limits());
        QList<ArchiveReader::Entry> entries;
        QCOMPARE(reader.list(&entries), ArchiveReader::Outcome::Ok);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].name, QStringLiteral("docs/"));
        QVERIFY(entries[0].isDir);
        QCOMPARE(entries[1].name, QStringLiteral("docs/hello.txt"));
        QCOMPARE(entries[1].size, 23);
        QCOMPARE(entries[1].mtime, 1700000000);
        QCOMPARE(entries[2].size, 5000);
        QVERIFY(!reader.formatName().isEmpty());
        QByteArray data;
        QCOMPARE(reader.extract(1, &data), ArchiveReader::Outcome::Ok);
        QCOMPARE(data, QByteArray("hello from the archive\n"));
        QCOMPARE(reader.extract(2, &data), ArchiveReader::Outcome::Ok);
        QCOMPARE(data, QByteArray(5000, '\x07'));
        QCOMPARE(reader.extract(7, &data), ArchiveReader::Outcome::Failed);
    }

    // 256 MiB of zeros in a few hundred KiB: extracting stops at the entry cap.
    void zipBombIsRefused()
    {
        const QByteArray archive = makeArchive("zip", {{"zeros", QByteArray(1024 * 1024, '\0'), 256}});
        QVERIFY(archive.size() < 2 * 1024 * 1024);
        QBuffer device;
        device.setData(archive);
        QVERIFY(device.open(QIODevice::ReadOnly));
        ArchiveReader reader(&device, ArchiveReader::Limits());
        QList<ArchiveReader::Entry> entries;
        QCOMPARE(reader.list(&entries), ArchiveReader::Outcome::Ok);
        QCOMPARE(entries.value(0).size, 256LL * 1024 * 1024);
        QByteArray data;
        QCOMPARE(reader.extract(0, &data), ArchiveReader::Outcome::LimitReached);
        QVERIFY(data.isEmpty());
        QCOMPARE(reader.errorString(), QStringLiteral("The entry is larger than the preview limit of 16 MiB"));
    }

    void entryCountIsCapped()
    {
        QList<Member> members;
        for (int i = 0; i < 50; ++i)
            members.append({"f" + QByteArray::number(i), "x"});
        QBuffer device;
        device.setData(makeArchive("zip", members));
        QVERIFY(device.open(QIODevice::ReadOnly));
        ArchiveReader::Limits limits;
        limits.maxEntries = 10;
        ArchiveReader reader(&device, limits);
        QList<ArchiveReader::Entry> entries;
        QCOMPARE(reader.list(&entries), ArchiveReader::Outcome::LimitReached);
        QCOMPARE(entries.size(), 10);
        QVERIFY(reader.errorString().contains(QStringLiteral("more than 10 entries")));
    }

    // A tar.gz is read from its start: listing it reads all of it, so its bytes are capped.
    void bytesReadAreCapped()
    {
        QBuffer device;
        device.setData(makeArchive("tar.gz", {{"noise", QByteArray(), 1},
                                              {"more", []{
                                                   QByteArray b(2 * 1024 * 1024, Qt::Uninitialized);
                                                   QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(b.data()), b.size() / 4);
                                                   return b;
                                               }()}}));
        QVERIFY(device.open(QIODevice::ReadOnly));
        ArchiveReader::Limits limits;
        limits.maxBytesRead = 512 * 1024;
        ArchiveReader reader(&device, limits);
        QList<ArchiveReader::Entry> entries;
        QCOMPARE(reader.list(&entries), ArchiveReader::Outcome::LimitReached);
        QVERIFY(reader.bytesRead() <= limits.maxBytesRead);
        QVERIFY2(reader.errorString().endsWith(QStringLiteral("of the archive would have to be read")),
                 qPrintable(reader.errorString()));
    }

    // Names that climb out or hold control characters are listed escaped; nothing lands on disk.
    void hostileNamesAreOnlyListed()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        QDir::setCurrent(work.path() + QStringLiteral("/"));
        QVERIFY(QDir(work.path()).mkpath(QStringLiteral("a/b")));
        QDir::setCurrent(work.path() + QStringLiteral("/a/b"));
        QBuffer device;
        device.setData(makeArchive("zip", {{"../../evil.txt", "escaped"}, {"/tmp/abs-evil.txt", "absolute"},
                                           {"red\x1b[31m\n", "ansi"}, {"tab\there", "tab"}}));
        QVERIFY(device.open(QIODevice::ReadOnly));
        ArchiveReader reader(&device, ArchiveReader::Limits());
        QList<ArchiveReader::Entry> entries;
        QCOMPARE(reader.list(&entries), ArchiveReader::Outcome::Ok);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].name, QStringLiteral("../../evil.txt"));
        QCOMPARE(entries[0].rawName, QByteArray("../../evil.txt"));
        QCOMPARE(entries[2].name, QStringLiteral("red\\e[31m\\n"));
        QCOMPARE(entries[3].name, QStringLiteral("tab\\there"));
        QByteArray data;
        QCOMPARE(reader.extract(0, &data), ArchiveReader::Outcome::Ok);
        QCOMPARE(data, QByteArray("escaped"));
        QVERIFY(!QFile::exists(work.path() + QStringLiteral("/evil.txt")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/abs-evil.txt")));
        QCOMPARE(QDir(work.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("a")});
        QCOMPARE(QDir(work.path() + QStringLiteral("/a/b")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        QDir::setCurrent(QDir::tempPath());
    }

    void notAnArchiveSaysSo()
    {
        QBuffer device;
        device.setData(QByteArray("just some words, not an archive at all\n").repeated(100));
        QVERIFY(device.open(QIODevice::ReadOnly));
        ArchiveReader reader(&device, ArchiveReader::Limits());
        QList<ArchiveReader::Entry> entries;
        QCOMPARE(reader.list(&entries), ArchiveReader::Outcome::Failed);
        QVERIFY2(reader.errorString().startsWith(QStringLiteral("Not an archive that can be read")), qPrintable(reader.errorString()));
    }

    void cancelStopsIt()
    {
        QBuffer device;
        device.setData(makeArchive("zip", {{"a", "x"}}));
        QVERIFY(device.open(QIODevice::ReadOnly));
        ArchiveReader reader(&device, ArchiveReader::Limits());
        reader.cancel();
        QList<ArchiveReader::Entry> entries;
        QCOMPARE(reader.list(&entries), ArchiveReader::Outcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "tst_archivereader.moc"
