// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: name escaping. For any bytes a server may send as a name,
// displayName() must give text with no control character left (a terminal or
// a one-line label would be corrupted), text that maps back to exactly those
// bytes, and percentEncodePath() must give ASCII that decodes back to them.
#include "displayname.h"

#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &input, const QString &detail)
{
    std::fprintf(stderr, "fuzz_displayname: %s\n  input (hex): %s\n  detail: %s\n", what,
                 input.toHex().constData(), qPrintable(detail));
    std::abort();
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    return -1;
}

// The inverse of displayName()'s escaping, as its header documents it.
bool unescape(const QString &text, QByteArray *out)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'\\') {
            plain.append(text.at(i));
            continue;
        }
        out->append(plain.toUtf8());
        plain.clear();
        if (++i >= text.size())
            return false;
        switch (text.at(i).unicode()) {
        case u'n': out->append('\n'); break;
        case u't': out->append('\t'); break;
        case u'e': out->append('\x1b'); break;
        case u'\\': out->append('\\'); break;
        case u'x': {
            if (i + 2 >= text.size())
                return false;
            const int high = hexValue(text.at(i + 1));
            const int low = hexValue(text.at(i + 2));
            if (high < 0 || low < 0)
                return false;
            out->append(char(high * 16 + low));
            i += 2;
            break;
        }
        default:
            return false;
        }
    }
    out->append(plain.toUtf8());
    return true;
}

bool isControl(uint c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString shown = displayName(bytes);
    for (const uint c : shown.toUcs4()) {
        if (isControl(c))
            fail("a control character survived escaping", bytes, shown);
    }
    QByteArray back;
    if (!unescape(shown, &back) || back != bytes)
        fail("the escaped text does not map back to the bytes", bytes, shown);

    const QByteArray path = '/' + bytes;
    const QByteArray encoded = percentEncodePath(path);
    for (const char c : encoded) {
        if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
            fail("percent-encoding left a byte that is not printable ASCII", bytes, QString::fromLatin1(encoded));
    }
    if (QByteArray::fromPercentEncoding(encoded) != path)
        fail("percent-encoding does not decode back", bytes, QString::fromLatin1(encoded));
    return 0;
}
