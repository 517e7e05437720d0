// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayname.h"

namespace {

void appendHexEscape(QString &out, unsigned char byte)
{
    static constexpr char digits[] = "0123456789abcdef";
    out += QLatin1StringView("\\x");
    out += QLatin1Char(digits[byte >> 4]);
    out += QLatin1Char(digits[byte & 0xf]);
}

bool isContinuation(unsigned char byte)
{
    return (byte & 0xc0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting at data[i], or 0 if none.
// Hand-written rather than QStringDecoder so that exactly the bytes of an
// ill-formed sequence are escaped, each on its own, and so that overlong
// forms, surrogates and code points above U+10FFFF are refused by the
// table in Unicode's "Well-Formed UTF-8 Byte Sequences" (Table 3-7).
qsizetype wellFormedLength(const unsigned char *data, qsizetype size, qsizetype i)
{
    const unsigned char lead = data[i];
    qsizetype length = 0;
    unsigned char secondMin = 0x80;
    unsigned char secondMax = 0xbf;
    if (lead < 0x80) {
        return 1;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead == 0xe0) {
        length = 3;
        secondMin = 0xa0; // below is overlong
    } else if ((lead >= 0xe1 && lead <= 0xec) || lead == 0xee || lead == 0xef) {
        length = 3;
    } else if (lead == 0xed) {
        length = 3;
        secondMax = 0x9f; // above are the UTF-16 surrogates
    } else if (lead == 0xf0) {
        length = 4;
        secondMin = 0x90; // below is overlong
    } else if (lead >= 0xf1 && lead <= 0xf3) {
        length = 4;
    } else if (lead == 0xf4) {
        length = 4;
        secondMax = 0x8f; // above is beyond U+10FFFF
    } else {
        return 0; // 0x80..0xc1 (stray continuation, overlong lead) and 0xf5..0xff
    }
    if (i + length > size)
        return 0;
    if (data[i + 1] < secondMin || data[i + 1] > secondMax)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (!isContinuation(data[i + k]))
            return 0;
    }
    return length;
}

} // namespace

QString displayName(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    QString out;
    out.reserve(size);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char byte = data[i];
        const qsizetype length = wellFormedLength(data, size, i);
        if (length == 0) {
            appendHexEscape(out, byte);
            ++i;
        } else if (length == 1) {
            switch (byte) {
            case '\n': out += QLatin1StringView("\\n"); break;
            case '\t': out += QLatin1StringView("\\t"); break;
            case 0x1b: out += QLatin1StringView("\\e"); break;
            case '\\': out += QLatin1StringView("\\\\"); break;
            default:
                if (byte < 0x20 || byte == 0x7f)
                    appendHexEscape(out, byte);
                else
                    out += QLatin1Char(char(byte));
            }
            ++i;
        } else if (byte == 0xc2 && data[i + 1] <= 0x9f) {
            // C1 controls: U+009B is CSI to many terminals, so a name holding
            // it could rewrite the CLI's screen just as ESC could.
            appendHexEscape(out, data[i]);
            appendHexEscape(out, data[i + 1]);
            i += 2;
        } else {
            // Decoded here rather than by QString::fromUtf8, which drops a
            // U+FEFF (byte order mark) at the start of what it is given: two
            // different names would then show alike.
            char32_t code = byte & (0xff >> (length + 1));
            for (qsizetype k = 1; k < length; ++k)
                code = (code << 6) | (data[i + k] & 0x3f);
            if (QChar::requiresSurrogates(code)) {
                out += QChar(QChar::highSurrogate(code));
                out += QChar(QChar::lowSurrogate(code));
            } else {
                out += QChar(char16_t(code));
            }
            i += length;
        }
    }
    return out;
}

QByteArray displayNameUtf8(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c < 0x20 || c > 0x7e || c == '\\')
            return displayName(bytes).toUtf8();
    }
    return bytes;
}

QByteArray percentEncodePath(const QByteArray &path)
{
    // toPercentEncoding never encodes the unreserved set and writes
    // upper-case hex, which is what the canonical form asks for.
    return path.toPercentEncoding(QByteArrayLiteral("/!$&'()*+,;=:@"));
}
