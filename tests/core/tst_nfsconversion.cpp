// SPDX-License-Identifier: GPL-3.0-or-later
// NfsConversion's NFSv4 attribute decoding without a server: the attributes
// a streamed NFSv4 listing asks for, read in the order of their numbers; a
// list cut short or holding an attribute nobody asked for stops the decoding
// without reading past its end; owner strings mapped as libnfs 4.0 maps them.
#include "nfsconversion.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <memory>

#include <nfsc/libnfs-raw-nfs4.h>

namespace {

// An NFSv4 attribute list being written: XDR's big-endian words.
struct Attributes
{
    quint32 mask[2] = {0, 0};
    QByteArray values;

    Attributes &u32(int bit, quint32 v)
    {
        mark(bit);
        word(v);
        return *this;
    }
    Attributes &u64(int bit, quint64 v)
    {
        mark(bit);
        word(quint32(v >> 32));
        word(quint32(v));
        return *this;
    }
    Attributes &time(int bit, qint64 seconds, quint32 nsec)
    {
        mark(bit);
        word(quint32(quint64(seconds) >> 32));
        word(quint32(quint64(seconds)));
        word(nsec);
        return *this;
    }
    Attributes &string(int bit, const QByteArray &s)
    {
        mark(bit);
        word(quint32(s.size()));
        values += s;
        values += QByteArray((4 - (s.size() & 3)) & 3, '\0');
        return *this;
    }
    void mark(int bit) { mask[bit / 32] |= 1u << (bit % 32); }
    void word(quint32 v)
    {
        const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        values.append(bytes, 4);
    }
    bool decode(FileInfo &info, QByteArray *owner, QByteArray *group, qsizetype length = -1) const
    {
        // The values on the heap, exactly as long as said: ASan sees a read past them.
        const qsizetype n = length < 0 ? values.size() : length;
        std::unique_ptr<char[]> copy(new char[size_t(std::max<qsizetype>(n, 1))]);
        std::memcpy(copy.get(), values.constData(), size_t(n));
        return NfsConversion::decodeAttributes4(mask, 2, copy.get(), quint32(n), info, owner, group);
    }
};

Attributes everyAttribute()
{
    Attributes a;
    a.u32(FATTR4_TYPE, NF4REG)
        .u64(FATTR4_SIZE, 5000000000ull)
        .u64(FATTR4_FILEID, 77)
        .u32(FATTR4_MODE, 0104755)
        .u32(FATTR4_NUMLINKS, 3)
        .string(FATTR4_OWNER, "1001")
        .string(FATTR4_OWNER_GROUP, "staff@example.org")
        .u64(FATTR4_SPACE_USED, 4096)
        .time(FATTR4_TIME_ACCESS, 1700000000, 1)
        .time(FATTR4_TIME_METADATA, 1700000001, 2)
        .time(FATTR4_TIME_MODIFY, 1700000002, 3);
    return a;
}

} // namespace

class TestNfsConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyAttributeOfAListing()
    {
        FileInfo info;
        QByteArray owner, group;
        QVERIFY(everyAttribute().decode(info, &owner, &group));
        QCOMPARE(info.type, FileInfo::Type::File);
        QCOMPARE(info.size, 5000000000ull);
        QCOMPARE(info.inode, 77ull);
        QCOMPARE(info.mode, 04755u);
        QCOMPARE(info.links, 3u);
        QCOMPARE(owner, QByteArray("1001"));
        QCOMPARE(group, QByteArray("staff@example.org"));
        QCOMPARE(info.atimeNs, 1700000000ll * 1000000000 + 1);
        QCOMPARE(info.ctimeNs, 1700000001ll * 1000000000 + 2);
        QCOMPARE(info.mtimeNs, 1700000002ll * 1000000000 + 3);
    }

    void cutShortStopsInside()
    {
        const Attributes a = everyAttribute();
        // Every length short of the whole: false, and nothing read past it (ASan).
        for (qsizetype n = 0; n < a.values.size(); ++n) {
            FileInfo info;
            QByteArray owner, group;
            QVERIFY2(!a.decode(info, &owner, &group, n), qPrintable(QString::number(n)));
        }
        // A string whose length runs past the end.
        Attributes s;
        s.mark(FATTR4_OWNER);
        s.word(0xfffffff0u);
        s.values += "root";
        FileInfo info;
        QByteArray owner;
        QVERIFY(!s.decode(info, &owner, nullptr));
        QVERIFY(owner.isNull());
    }

    void unknownAttributeEndsTheDecoding()
    {
        Attributes a;
        a.u32(FATTR4_TYPE, NF4DIR).u32(FATTR4_CHANGE, 9).u64(FATTR4_SIZE, 12);
        FileInfo info;
        QVERIFY(!a.decode(info, nullptr, nullptr));
        QCOMPARE(info.type, FileInfo::Type::Directory);   // read before the unknown one
        QCOMPARE(info.size, 0ull);                        // not after it
    }

    void ownersMapLikeLibnfs()
    {
        QCOMPARE(NfsConversion::idOfOwner4("0", true), 0u);
        QCOMPARE(NfsConversion::idOfOwner4("1234", false), 1234u);
        QCOMPARE(NfsConversion::idOfOwner4("root@localdomain", true), 0u);
        QCOMPARE(NfsConversion::idOfOwner4("root", false), 0u);
        QCOMPARE(NfsConversion::idOfOwner4("no-such-user-here@example.org", true), 65534u);
        QCOMPARE(NfsConversion::idOfOwner4("", true), 65534u);
        QCOMPARE(NfsConversion::idOfOwner4(QByteArray("ro\0ot", 5), true), 65534u);
        QCOMPARE(NfsConversion::idOfOwner4("+12", true), 65534u);
    }
};

QTEST_GUILESS_MAIN(TestNfsConversion)
#include "tst_nfsconversion.moc"
