// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfsurl.h"

#include "displayname.h"
#include "urlchecks.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <array>

using namespace UrlChecks;

namespace {

constexpr quint64 MaxId = 4294967295u;
constexpr quint64 MaxPort = 65535;
constexpr int MinTimeoutSeconds = 1;
constexpr int MaxTimeoutSeconds = 3600;
constexpr int MaxAutoReconnect = 100;
constexpr quint64 MaxReadAhead = 64u * 1024 * 1024;
constexpr int MaxTcpSyncnt = 255;

QString number(quint64 n)
{
    return QString::number(n);
}

enum class Argument {
    Version,
    Uid,
    Gid,
    NfsPort,
    MountPort,
    Timeout,
    AutoReconnect,
    ReadAhead,
    DirCache,
    AutoTraverseMounts,
    TcpSyncnt,
};

struct KnownArgument
{
    QLatin1StringView name;
    Argument argument;
};

// libnfs's spelling, which is also the canonical one.
constexpr std::array knownArguments = {
    KnownArgument{QLatin1StringView("version"), Argument::Version},
    KnownArgument{QLatin1StringView("uid"), Argument::Uid},
    KnownArgument{QLatin1StringView("gid"), Argument::Gid},
    KnownArgument{QLatin1StringView("nfsport"), Argument::NfsPort},
    KnownArgument{QLatin1StringView("mountport"), Argument::MountPort},
    KnownArgument{QLatin1StringView("timeout"), Argument::Timeout},
    KnownArgument{QLatin1StringView("autoreconnect"), Argument::AutoReconnect},
    KnownArgument{QLatin1StringView("readahead"), Argument::ReadAhead},
    KnownArgument{QLatin1StringView("dircache"), Argument::DirCache},
    KnownArgument{QLatin1StringView("auto-traverse-mounts"), Argument::AutoTraverseMounts},
    KnownArgument{QLatin1StringView("tcp-syncnt"), Argument::TcpSyncnt},
};

bool isUnreservedAscii(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || c == u'-' || c == u'.' || c == u'_' || c == u'~';
}

} // namespace

QString NfsUrl::errorString() const
{
    if (m_valid)
        return {};
    // Translated when asked for, not when the NfsUrl was made, and kept out
    // of the default constructor so that NfsUrl() stays cheap.
    return m_error.isEmpty() ? tr("empty URL") : m_error;
}

NfsUrl NfsUrl::failure(const QString &message)
{
    NfsUrl url;
    url.m_error = message;
    return url;
}

NfsUrl NfsUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return NfsUrl();

    const qsizetype colon = text.indexOf(u':');
    if (colon < 0 || QStringView(text).left(colon).compare(u"nfs", Qt::CaseInsensitive) != 0
        || !QStringView(text).mid(colon + 1).startsWith(u"//")) {
        return failure(tr("not an nfs:// URL: it must start with nfs://"));
    }

    if (const QString message = scanCharacters(text); !message.isEmpty())
        return failure(message);

    // The authority is split here rather than read back from QUrl because
    // QUrl loses what went wrong in it ("Invalid port or port number out of
    // range" for both "abc" and "99999") and accepts things nfs:// must not.
    const qsizetype authorityStart = colon + 3;
    qsizetype authorityEnd = text.size();
    for (const QChar delimiter : {u'/', u'?', u'#'}) {
        const qsizetype at = text.indexOf(delimiter, authorityStart);
        if (at >= 0)
            authorityEnd = std::min(authorityEnd, at);
    }
    const QString authority = text.mid(authorityStart, authorityEnd - authorityStart);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        return failure(tr("user names are not supported in nfs:// URLs ('%1@'); use uid= and "
                          "gid= instead")
                           .arg(quoted(authority.left(at))));
    }
    QString hostText;
    QString portText;
    bool bracketed = false;
    if (authority.startsWith(u'[')) {
        bracketed = true;
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return failure(tr("bad IPv6 address '%1': missing ']'").arg(quoted(authority)));
        hostText = authority.left(close + 1);
        const QString rest = authority.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':')) {
            return failure(tr("unexpected '%1' after the IPv6 address; write a port as "
                              "[address]:port")
                               .arg(quoted(rest)));
        }
        portText = rest.mid(1);
    } else {
        const qsizetype colons = authority.count(u':');
        if (colons > 1) {
            return failure(tr("an IPv6 address must be in brackets, as in nfs://[%1]/")
                               .arg(quoted(authority)));
        }
        const qsizetype at = authority.indexOf(u':');
        hostText = at < 0 ? authority : authority.left(at);
        portText = at < 0 ? QString() : authority.mid(at + 1);
    }
    if (hostText.isEmpty())
        return failure(tr("missing host: write nfs://server/path"));

    quint16 hostPort = 0; // an empty port ("host:/") means none, as QUrl has it
    if (!portText.isEmpty()) {
        const bool digits = std::all_of(portText.cbegin(), portText.cend(),
                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
        const auto port = parseDecimal(portText, MaxPort);
        if (!port || *port == 0) {
            return failure(tr("bad port %1: must be a number from 1 to 65535")
                               .arg(digits ? portText : u'\'' + quoted(portText) + u'\''));
        }
        hostPort = quint16(*port);
    }

    // QUrl's own refusal of a bad name says only "contains invalid
    // characters"; an international name is left to QUrl to turn into ASCII.
    const bool asciiHost = std::all_of(hostText.cbegin(), hostText.cend(),
                                       [](QChar c) { return c.unicode() < 0x80; });
    if (!bracketed && asciiHost) {
        if (const QString message = checkHostLabels(hostText); !message.isEmpty())
            return failure(message);
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        // Rare after the checks above; what is left is mostly bad host syntax.
        const QString qurlError = url.errorString();
        if (bracketed)
            return failure(tr("bad IPv6 address '%1'").arg(quoted(hostText)));
        if (qurlError.contains(QLatin1StringView("hostname"), Qt::CaseInsensitive)) {
            return failure(tr("bad host name '%1': it may hold only letters, digits, '-' and '.'")
                               .arg(quoted(hostText)));
        }
        return failure(tr("not a valid URL: %1").arg(qurlError));
    }

    NfsUrl result;
    if (bracketed) {
        // FullyDecoded: getaddrinfo wants the zone as "%eth0", not "%25eth0".
        const QString host = url.host(QUrl::FullyDecoded);
        if (!host.contains(u':')) // QUrl also takes RFC 3986's [v1.xyz] "IPvFuture"
            return failure(tr("bad IPv6 address '%1'").arg(quoted(hostText)));
        if (const qsizetype percent = host.indexOf(u'%'); percent >= 0) {
            const QStringView zone = QStringView(host).mid(percent + 1);
            if (zone.isEmpty() || !std::all_of(zone.begin(), zone.end(), isUnreservedAscii)) {
                return failure(tr("bad IPv6 zone in '%1': use an interface name such as %2")
                                   .arg(quoted(hostText), QStringLiteral("[fe80::1%25eth0]")));
            }
        }
        result.m_host = host;
    } else {
        // EncodeUnicode: international names in their ASCII (punycode) form,
        // which is what the resolver takes.
        const QString host = url.host(QUrl::EncodeUnicode).toLower();
        if (const QString message = checkHostLabels(host); !message.isEmpty())
            return failure(message);
        if (const QString message = checkNumericHost(host); !message.isEmpty())
            return failure(message);
        result.m_host = host;
    }

    // The path, as bytes. An encoded '/' or NUL would survive decoding as a
    // byte no NFS name can hold, so they are refused while still visible.
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    if (encodedPath.contains(QLatin1StringView("%2F"), Qt::CaseInsensitive)) {
        return failure(tr("a name in the path contains %1, an encoded '/', which no NFS name can "
                          "hold")
                           .arg(QStringLiteral("%2F")));
    }
    if (encodedPath.contains(QLatin1StringView("%00"))) {
        return failure(tr("the path contains %1, a NUL byte, which no NFS name can hold")
                           .arg(QStringLiteral("%00")));
    }
    QString pathError;
    const auto path =
        normalisePath(QByteArray::fromPercentEncoding(encodedPath.toLatin1()), &pathError);
    if (!path)
        return failure(pathError);
    result.m_path = *path;

    std::optional<quint16> argumentNfsPort;
    QList<Argument> seen;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty()) // "?", "a=1&&b=2" and a trailing '&' are harmless
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray keyBytes =
            QByteArray::fromPercentEncoding(equals < 0 ? item : item.left(equals));
        const QByteArray valueBytes =
            equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(item.mid(equals + 1));
        const QString key = QString::fromUtf8(keyBytes);
        const QString value = QString::fromUtf8(valueBytes);

        const auto known = std::find_if(
            knownArguments.begin(), knownArguments.end(), [&key](const KnownArgument &k) {
                return key.compare(k.name, Qt::CaseInsensitive) == 0;
            });
        if (known == knownArguments.end())
            return failure(tr("unknown argument '%1'").arg(quoted(keyBytes)));
        const QString name = known->name;
        if (seen.contains(known->argument))
            return failure(tr("argument '%1' is given twice").arg(name));
        seen.append(known->argument);
        if (equals < 0)
            return failure(tr("argument '%1' has no value: write %1=VALUE").arg(name));

        const QString shown = quoted(valueBytes);
        switch (known->argument) {
        case Argument::Version: {
            const auto v = parseDecimal(value, 4);
            if (!v || (*v != 3 && *v != 4))
                return failure(tr("bad version '%1': must be 3 or 4").arg(shown));
            result.m_version = int(*v);
            break;
        }
        case Argument::Uid: {
            const auto v = parseDecimal(value, MaxId);
            if (!v)
                return failure(tr("bad uid '%1': must be a number from 0 to %2")
                                   .arg(shown, number(MaxId)));
            result.m_uid = quint32(*v);
            break;
        }
        case Argument::Gid: {
            const auto v = parseDecimal(value, MaxId);
            if (!v)
                return failure(tr("bad gid '%1': must be a number from 0 to %2")
                                   .arg(shown, number(MaxId)));
            result.m_gid = quint32(*v);
            break;
        }
        case Argument::NfsPort: {
            const auto v = parseDecimal(value, MaxPort);
            if (!v || *v == 0)
                return failure(tr("bad nfsport '%1': must be a port number from 1 to 65535")
                                   .arg(shown));
            argumentNfsPort = quint16(*v);
            break;
        }
        case Argument::MountPort: {
            const auto v = parseDecimal(value, MaxPort);
            if (!v || *v == 0)
                return failure(tr("bad mountport '%1': must be a port number from 1 to 65535")
                                   .arg(shown));
            result.m_mountPort = quint16(*v);
            break;
        }
        case Argument::Timeout: {
            const auto v = parseDecimal(value, MaxTimeoutSeconds);
            if (!v || *v < MinTimeoutSeconds)
                return failure(tr("bad timeout '%1': must be a number of seconds from 1 to 3600")
                                   .arg(shown));
            result.m_timeoutSeconds = int(*v);
            break;
        }
        case Argument::AutoReconnect: {
            const auto v = parseDecimal(value, MaxAutoReconnect);
            if (!v)
                return failure(tr("bad autoreconnect '%1': must be a number of attempts from 0 "
                                  "to 100")
                                   .arg(shown));
            result.m_autoReconnect = int(*v);
            break;
        }
        case Argument::ReadAhead: {
            const auto v = parseDecimal(value, MaxReadAhead);
            if (!v)
                return failure(tr("bad readahead '%1': must be a number of bytes from 0 to %2")
                                   .arg(shown, number(MaxReadAhead)));
            result.m_readAhead = quint32(*v);
            break;
        }
        case Argument::DirCache: {
            const auto v = parseDecimal(value, 1);
            if (!v)
                return failure(tr("bad dircache '%1': must be 0 or 1").arg(shown));
            result.m_dirCache = *v == 1;
            break;
        }
        case Argument::AutoTraverseMounts: {
            const auto v = parseDecimal(value, 1);
            if (!v)
                return failure(tr("bad auto-traverse-mounts '%1': must be 0 or 1").arg(shown));
            result.m_autoTraverseMounts = *v == 1;
            break;
        }
        case Argument::TcpSyncnt: {
            const auto v = parseDecimal(value, MaxTcpSyncnt);
            if (!v || *v == 0)
                return failure(tr("bad tcp-syncnt '%1': must be a number from 1 to 255")
                                   .arg(shown));
            result.m_tcpSyncnt = int(*v);
            break;
        }
        }
    }

    if (hostPort != 0 && argumentNfsPort && *argumentNfsPort != hostPort) {
        return failure(tr("conflicting NFS ports: :%1 after the host and nfsport=%2; give "
                          "only one")
                           .arg(QString::number(hostPort), QString::number(*argumentNfsPort)));
    }
    result.m_nfsPort = hostPort != 0 ? hostPort : argumentNfsPort.value_or(0);
    result.m_valid = true;
    return result;
}

NfsUrl NfsUrl::parse(const QUrl &url)
{
    if (url.isEmpty())
        return NfsUrl();
    if (!url.isValid())
        return failure(tr("not a valid URL: %1").arg(url.errorString()));
    // Through the text, so a QUrl gets exactly the checks pasted text gets.
    return parse(QString::fromLatin1(url.toEncoded()));
}

QString NfsUrl::displayPath() const
{
    return displayName(m_path);
}

NfsUrl NfsUrl::withPath(const QByteArray &absolutePath) const
{
    if (!m_valid)
        return *this;
    if (!absolutePath.startsWith('/')) {
        return failure(tr("the path '%1' is not absolute: it must start with '/'")
                           .arg(displayName(absolutePath)));
    }
    QString error;
    const auto path = normalisePath(absolutePath, &error);
    if (!path)
        return failure(error);
    NfsUrl copy = *this;
    copy.m_path = *path;
    return copy;
}

NfsUrl NfsUrl::withVersion(int version) const
{
    if (!m_valid)
        return *this;
    if (version != 3 && version != 4)
        return failure(tr("bad version '%1': must be 3 or 4").arg(QString::number(version)));
    NfsUrl copy = *this;
    copy.m_version = version;
    return copy;
}

NfsUrl NfsUrl::withUid(std::optional<quint32> uid) const
{
    if (!m_valid)
        return *this;
    NfsUrl copy = *this;
    copy.m_uid = uid;
    return copy;
}

NfsUrl NfsUrl::withGid(std::optional<quint32> gid) const
{
    if (!m_valid)
        return *this;
    NfsUrl copy = *this;
    copy.m_gid = gid;
    return copy;
}

NfsUrl NfsUrl::withTimeoutSeconds(int seconds) const
{
    if (!m_valid)
        return *this;
    if (seconds < MinTimeoutSeconds || seconds > MaxTimeoutSeconds) {
        return failure(tr("bad timeout '%1': must be a number of seconds from 1 to 3600")
                           .arg(QString::number(seconds)));
    }
    NfsUrl copy = *this;
    copy.m_timeoutSeconds = seconds;
    return copy;
}

NfsUrl NfsUrl::child(const QByteArray &name) const
{
    if (!m_valid)
        return *this;
    if (name.isEmpty())
        return failure(tr("bad name: a name cannot be empty"));
    if (name.contains('/'))
        return failure(tr("bad name '%1': a name cannot contain '/'").arg(displayName(name)));
    if (name.contains('\0'))
        return failure(
            tr("bad name '%1': a name cannot contain a NUL byte").arg(displayName(name)));
    if (name == "." || name == "..")
        return failure(tr("bad name '%1': '.' and '..' are not names").arg(displayName(name)));
    NfsUrl copy = *this;
    if (!isRoot())
        copy.m_path += '/';
    copy.m_path += name;
    return copy;
}

NfsUrl NfsUrl::parent() const
{
    if (!m_valid || isRoot())
        return *this;
    NfsUrl copy = *this;
    const qsizetype slash = m_path.lastIndexOf('/');
    copy.m_path = slash <= 0 ? QByteArray("/") : m_path.left(slash);
    return copy;
}

QString NfsUrl::toString() const
{
    if (!m_valid)
        return {};
    QString text = QStringLiteral("nfs://");
    if (m_host.contains(u':')) {
        text += u'[';
        text += QString(m_host).replace(u'%', QLatin1StringView("%25"));
        text += u']';
    } else {
        text += m_host;
    }
    if (m_nfsPort != 0)
        text += u':' + QString::number(m_nfsPort);
    text += QString::fromLatin1(percentEncodePath(m_path));

    QStringList arguments;
    const auto add = [&arguments](QLatin1StringView name, const QString &value) {
        arguments.append(name + u'=' + value);
    };
    if (m_version != DefaultVersion)
        add(QLatin1StringView("version"), QString::number(m_version));
    if (m_uid)
        add(QLatin1StringView("uid"), QString::number(*m_uid));
    if (m_gid)
        add(QLatin1StringView("gid"), QString::number(*m_gid));
    if (m_mountPort != 0)
        add(QLatin1StringView("mountport"), QString::number(m_mountPort));
    if (m_timeoutSeconds != DefaultTimeoutSeconds)
        add(QLatin1StringView("timeout"), QString::number(m_timeoutSeconds));
    if (m_autoReconnect != DefaultAutoReconnect)
        add(QLatin1StringView("autoreconnect"), QString::number(m_autoReconnect));
    if (m_readAhead)
        add(QLatin1StringView("readahead"), QString::number(*m_readAhead));
    if (m_dirCache)
        add(QLatin1StringView("dircache"), QString::number(int(*m_dirCache)));
    if (m_autoTraverseMounts)
        add(QLatin1StringView("auto-traverse-mounts"), QString::number(int(*m_autoTraverseMounts)));
    if (m_tcpSyncnt)
        add(QLatin1StringView("tcp-syncnt"), QString::number(*m_tcpSyncnt));
    if (!arguments.isEmpty())
        text += u'?' + arguments.join(u'&');
    return text;
}

QUrl NfsUrl::toQUrl() const
{
    if (!m_valid)
        return QUrl();
    return QUrl::fromEncoded(toString().toLatin1(), QUrl::StrictMode);
}

size_t qHash(const NfsUrl &url, size_t seed)
{
    // The canonical text holds every field of a valid NfsUrl, so equal URLs
    // give equal texts.
    return url.isValid() ? qHash(url.toString(), seed) : qHash(url.errorString(), seed);
}
