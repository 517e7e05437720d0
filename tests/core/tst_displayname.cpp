// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayname.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Undoes displayName's escapes, to show that no two byte strings share a
// display text (the escaping loses nothing).
QByteArray unescape(const QString &display)
{
    const QByteArray utf8 = display.toUtf8();
    QByteArray bytes;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '\\') {
            bytes += utf8[i];
            continue;
        }
        const char kind = utf8.at(++i);
        switch (kind) {
        case 'n': bytes += '\n'; break;
        case 't': bytes += '\t'; break;
        case 'e': bytes += '\x1b'; break;
        case '\\': bytes += '\\'; break;
        case 'x':
            bytes += char(utf8.mid(i + 1, 2).toUInt(nullptr, 16));
            i += 2;
            break;
        default: bytes += "<bad escape>"; break;
        }
    }
    return bytes;
}

} // namespace

class TestDisplayName : public QObject
{
    Q_OBJECT

private slots:
    void displayName_data();
    void displayName();
    void displayNameRandomBytes();
    void percentEncodePath_data();
    void percentEncodePath();
};

void TestDisplayName::displayName_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("ascii") << QByteArray("plain.txt") << text("plain.txt");
    QTest::newRow("path") << QByteArray("/export/dir/file") << text("/export/dir/file");
    QTest::newRow("space") << QByteArray("a b") << text("a b");
    QTest::newRow("utf-8 e acute") << QByteArray("caf\xc3\xa9") << text("caf\xc3\xa9");
    QTest::newRow("utf-8 euro") << QByteArray("\xe2\x82\xac") << text("\xe2\x82\xac");
    QTest::newRow("utf-8 emoji") << QByteArray("\xf0\x9f\x98\x80") << text("\xf0\x9f\x98\x80");
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << text("\xf4\x8f\xbf\xbf");
    QTest::newRow("U+D7FF below surrogates") << QByteArray("\xed\x9f\xbf") << text("\xed\x9f\xbf");
    QTest::newRow("U+E000 above surrogates") << QByteArray("\xee\x80\x80") << text("\xee\x80\x80");
    QTest::newRow("U+FFFD itself") << QByteArray("\xef\xbf\xbd") << text("\xef\xbf\xbd");
    // QString::fromUtf8 would drop a leading U+FEFF: the name must still show it.
    QTest::newRow("byte order mark first") << QByteArray("\xef\xbb\xbf" "bom") << QString(QChar(0xfeff)) + text("bom");
    QTest::newRow("byte order mark after a byte escape")
        << QByteArray("\xff\xef\xbb\xbf") << text("\\xff") + QString(QChar(0xfeff));
    QTest::newRow("no-break space") << QByteArray("a\xc2\xa0" "b") << text("a\xc2\xa0" "b");
    QTest::newRow("newline") << QByteArray("a\nb") << text("a\\nb");
    QTest::newRow("tab") << QByteArray("a\tb") << text("a\\tb");
    QTest::newRow("escape sequence") << QByteArray("\x1b[31mred") << text("\\e[31mred");
    QTest::newRow("backslash") << QByteArray("a\\b") << text("a\\\\b");
    QTest::newRow("backslash x literal") << QByteArray("\\x41") << text("\\\\x41");
    QTest::newRow("carriage return") << QByteArray("a\rb") << text("a\\x0db");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << text("a\\x00b");
    QTest::newRow("0x01 and 0x1f") << QByteArray("\x01\x1f") << text("\\x01\\x1f");
    QTest::newRow("DEL") << QByteArray("a\x7f") << text("a\\x7f");
    QTest::newRow("C1 CSI") << QByteArray("\xc2\x9b" "2J") << text("\\xc2\\x9b2J");
    QTest::newRow("C1 NEL") << QByteArray("\xc2\x85") << text("\\xc2\\x85");
    QTest::newRow("latin-1 e acute") << QByteArray("caf\xe9") << text("caf\\xe9");
    QTest::newRow("0xff") << QByteArray("\xff") << text("\\xff");
    QTest::newRow("0xfe 0xff") << QByteArray("\xfe\xff") << text("\\xfe\\xff");
    QTest::newRow("stray continuation") << QByteArray("a\x80z") << text("a\\x80z");
    QTest::newRow("truncated 2-byte") << QByteArray("\xc3") << text("\\xc3");
    QTest::newRow("2-byte bad continuation") << QByteArray("\xc3(") << text("\\xc3(");
    QTest::newRow("truncated 3-byte") << QByteArray("\xe2\x82x") << text("\\xe2\\x82x");
    QTest::newRow("truncated 4-byte") << QByteArray("\xf0\x9f\x98") << text("\\xf0\\x9f\\x98");
    QTest::newRow("overlong slash 2-byte") << QByteArray("\xc0\xaf") << text("\\xc0\\xaf");
    QTest::newRow("overlong NUL 2-byte") << QByteArray("\xc0\x80") << text("\\xc0\\x80");
    QTest::newRow("overlong 2-byte c1") << QByteArray("\xc1\xbf") << text("\\xc1\\xbf");
    QTest::newRow("overlong slash 3-byte") << QByteArray("\xe0\x80\xaf") << text("\\xe0\\x80\\xaf");
    QTest::newRow("overlong 4-byte") << QByteArray("\xf0\x80\x80\xaf")
                                     << text("\\xf0\\x80\\x80\\xaf");
    QTest::newRow("surrogate D800") << QByteArray("\xed\xa0\x80") << text("\\xed\\xa0\\x80");
    QTest::newRow("surrogate DFFF") << QByteArray("\xed\xbf\xbf") << text("\\xed\\xbf\\xbf");
    QTest::newRow("surrogate pair CESU-8")
        << QByteArray("\xed\xa0\xbd\xed\xb8\x80") << text("\\xed\\xa0\\xbd\\xed\\xb8\\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80")
                                    << text("\\xf4\\x90\\x80\\x80");
    QTest::newRow("0xf5 lead") << QByteArray("\xf5\x80\x80\x80") << text("\\xf5\\x80\\x80\\x80");
    QTest::newRow("invalid then valid") << QByteArray("\xff\xc3\xa9") << text("\\xff\xc3\xa9");
    QTest::newRow("valid then invalid") << QByteArray("\xc3\xa9\xff") << text("\xc3\xa9\\xff");
    QTest::newRow("path with newline") << QByteArray("/dir/a\nb") << text("/dir/a\\nb");
}

void TestDisplayName::displayName()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString shown = ::displayName(bytes);
    QCOMPARE(shown, expected);
    QCOMPARE(unescape(shown), bytes);
    // The CLI's shortcut gives the same bytes.
    QCOMPARE(displayNameUtf8(bytes), expected.toUtf8());
}

void TestDisplayName::displayNameRandomBytes()
{
    // Fixed seed: a failure must be reproducible.
    QRandomGenerator random(20240601);
    for (int round = 0; round < 5000; ++round) {
        QByteArray bytes(random.bounded(0, 24), Qt::Uninitialized);
        for (char &byte : bytes) {
            // Bias towards the interesting ranges: controls, ASCII, UTF-8 leads and continuations.
            const int pick = random.bounded(4);
            byte = char(pick == 0 ? random.bounded(0x00, 0x20)
                        : pick == 1 ? random.bounded(0x20, 0x80)
                        : pick == 2 ? random.bounded(0x80, 0xc0)
                                    : random.bounded(0xc0, 0x100));
        }
        const QString shown = ::displayName(bytes);
        QCOMPARE(unescape(shown), bytes);
        QCOMPARE(displayNameUtf8(bytes), shown.toUtf8());
        for (const QChar c : shown) {
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f
                         && (c.unicode() < 0x80 || c.unicode() > 0x9f),
                     qPrintable(shown));
            QVERIFY(c != QChar::ReplacementCharacter || bytes.contains("\xef\xbf\xbd"));
        }
    }
}

void TestDisplayName::percentEncodePath_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("root") << QByteArray("/") << QByteArray("/");
    QTest::newRow("plain") << QByteArray("/export/dir") << QByteArray("/export/dir");
    QTest::newRow("unreserved") << QByteArray("/AZaz09-._~") << QByteArray("/AZaz09-._~");
    QTest::newRow("sub-delims kept") << QByteArray("/!$&'()*+,;=:@") << QByteArray("/!$&'()*+,;=:@");
    QTest::newRow("space") << QByteArray("/a b") << QByteArray("/a%20b");
    QTest::newRow("percent") << QByteArray("/100%") << QByteArray("/100%25");
    QTest::newRow("question mark") << QByteArray("/what?") << QByteArray("/what%3F");
    QTest::newRow("hash") << QByteArray("/a#b") << QByteArray("/a%23b");
    QTest::newRow("brackets") << QByteArray("/[1]") << QByteArray("/%5B1%5D");
    QTest::newRow("delimiters") << QByteArray("/\"<>\\^`{|}") << QByteArray("/%22%3C%3E%5C%5E%60%7B%7C%7D");
    QTest::newRow("utf-8 upper-case hex") << QByteArray("/caf\xc3\xa9") << QByteArray("/caf%C3%A9");
    QTest::newRow("0xff") << QByteArray("/\xff") << QByteArray("/%FF");
    QTest::newRow("newline") << QByteArray("/a\nb") << QByteArray("/a%0Ab");
    QTest::newRow("DEL") << QByteArray("/\x7f") << QByteArray("/%7F");
}

void TestDisplayName::percentEncodePath()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    QCOMPARE(::percentEncodePath(path), expected);
    QCOMPARE(QByteArray::fromPercentEncoding(expected), path);
}

QTEST_GUILESS_MAIN(TestDisplayName)
#include "tst_displayname.moc"
