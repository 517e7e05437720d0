// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlchecks.h"

#include "displayname.h"
#include "nfsurl.h"

#include <QList>

#include <algorithm>

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

QString percentEncodedUtf8(char32_t codePoint)
{
    const QByteArray utf8 = QString::fromUcs4(&codePoint, 1).toUtf8();
    return QString::fromLatin1(utf8.toPercentEncoding());
}

QString codePointName(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

namespace UrlChecks {

// Digits only: no sign, no spaces, no hex, so "uid=+1" or "uid= 1" are
// mistakes rather than guesses. Leading zeros are harmless and accepted.
std::optional<quint64> parseDecimal(QStringView text, quint64 max)
{
    if (text.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + quint64(c.unicode() - u'0');
        if (value > max) // stops long before quint64 could overflow
            return std::nullopt;
    }
    return value;
}

// What the user typed, made safe to quote in a message: a percent-decoded
// value may hold newlines or bytes that are not UTF-8.
QString quoted(const QByteArray &bytes)
{
    return displayName(bytes);
}

QString quoted(const QString &text)
{
    return displayName(text.toUtf8());
}

// Characters that QUrl's StrictMode refuses get a message that names the
// character, where it is and how to write it instead; QUrl's own message
// ("Invalid path (character ' ' not permitted)") says none of the last.
// Also refuses invisible characters that QUrl would silently encode: a
// no-break space pasted from a web page would otherwise name a file that
// does not exist.
QString scanCharacters(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QString position = QString::number(i + 1);
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f) {
            return NfsUrl::tr("invalid control character %1 in the URL (position %2)")
                .arg(codePointName(u), position);
        }
        if (u == u'#') {
            return NfsUrl::tr("the URL has a fragment ('#' at position %1), which nfs:// URLs "
                              "do not use; write a '#' in a name as %2")
                .arg(position, QStringLiteral("%23"));
        }
        if (u == u'%') {
            if (i + 2 < text.size() && isHexDigit(text.at(i + 1)) && isHexDigit(text.at(i + 2)))
                continue;
            return NfsUrl::tr("invalid character '%' in the URL (position %1): it must start an "
                              "escape such as %2; write a '%' itself as %3")
                .arg(position, QStringLiteral("%20"), QStringLiteral("%25"));
        }
        if (QStringView(u"\"<>\\^`{|} ").contains(c)) {
            return NfsUrl::tr("invalid character '%1' in the URL (position %2); write it as %3")
                .arg(QString(c), position, percentEncodedUtf8(u));
        }
        if (u < 0x80)
            continue;

        char32_t codePoint = u;
        if (c.isSurrogate()) {
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
                ++i;
            } else {
                return NfsUrl::tr("invalid character %1 in the URL (position %2): a lone UTF-16 "
                                  "surrogate")
                    .arg(codePointName(u), position);
            }
        }
        const QChar::Category category = QChar::category(codePoint);
        if (QChar::isSpace(codePoint) || category == QChar::Other_Format
            || category == QChar::Other_Control) {
            return NfsUrl::tr("invisible character %1 in the URL (position %2); if it belongs "
                              "there, write it as %3")
                .arg(codePointName(codePoint), position, percentEncodedUtf8(codePoint));
        }
    }
    return {};
}

// Host names as DNS has them (RFC 1123 labels); QUrl lets '_' and the like
// through, which getaddrinfo would then fail on with a vaguer message.
QString checkHostLabels(const QString &host)
{
    const auto bad = [&host](const QString &why) {
        return NfsUrl::tr("bad host name '%1': %2").arg(quoted(host), why);
    };
    QStringView name = host;
    if (name.endsWith(u'.')) // a fully qualified name's root dot is fine
        name.chop(1);
    if (name.size() > 253)
        return bad(NfsUrl::tr("longer than 253 characters"));
    for (const QStringView label : name.split(u'.')) {
        if (label.isEmpty())
            return bad(NfsUrl::tr("empty part between dots"));
        if (label.size() > 63)
            return bad(NfsUrl::tr("a part is longer than 63 characters"));
        for (const QChar c : label) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                || (c >= u'0' && c <= u'9') || c == u'-';
            if (!ok)
                return bad(NfsUrl::tr("it may hold only letters, digits, '-' and '.'"));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return bad(NfsUrl::tr("a part may not begin or end with '-'"));
    }
    return {};
}

// Only meaningful on QUrl's result: QUrl has already turned every IPv4 form
// it accepts (even "127.1") into a dotted quad, so an all-digit last label
// left over means a mistyped address rather than a name.
QString checkNumericHost(const QString &host)
{
    QStringView name = host;
    if (name.endsWith(u'.'))
        name.chop(1);
    const QList<QStringView> labels = name.split(u'.');
    const QStringView last = labels.constLast();
    const bool numericLast =
        std::all_of(last.begin(), last.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!numericLast)
        return {};
    bool quad = labels.size() == 4;
    for (const QStringView label : labels)
        quad = quad && parseDecimal(label, 255).has_value();
    return quad ? QString() : NfsUrl::tr("bad IPv4 address '%1'").arg(quoted(host));
}

// Absolute path bytes to their normal form; "." and ".." are resolved here
// because servers do not resolve them in LOOKUP the way a shell would.
std::optional<QByteArray> normalisePath(const QByteArray &path, QString *error)
{
    if (path.contains('\0')) {
        *error = NfsUrl::tr("the path '%1' contains a NUL byte, which no NFS name can hold")
                     .arg(displayName(path));
        return std::nullopt;
    }
    QList<QByteArray> kept;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (kept.isEmpty()) {
                *error = NfsUrl::tr("the path '%1' goes above the root with '..'")
                             .arg(displayName(path));
                return std::nullopt;
            }
            kept.removeLast();
            continue;
        }
        kept.append(segment);
    }
    QByteArray normal;
    for (const QByteArray &segment : std::as_const(kept)) {
        normal += '/';
        normal += segment;
    }
    if (normal.isEmpty())
        normal = "/";
    return normal;
}

} // namespace UrlChecks
