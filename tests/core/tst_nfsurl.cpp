// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfsurl.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <optional>

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// What a good URL must parse to; fields left out keep the defaults a URL
// without arguments has.
struct Expected
{
    QString host;
    QByteArray path;
    QString canonical;
    quint16 nfsPort = 0;
    quint16 mountPort = 0;
    int version = 3;
    std::optional<quint32> uid = std::nullopt;
    std::optional<quint32> gid = std::nullopt;
    int timeout = 10;
    int autoReconnect = 3;
    std::optional<quint32> readAhead = std::nullopt;
    std::optional<bool> dirCache = std::nullopt;
    std::optional<bool> autoTraverseMounts = std::nullopt;
    std::optional<int> tcpSyncnt = std::nullopt;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestNfsUrl : public QObject
{
    Q_OBJECT

private slots:
    void good_data();
    void good();
    void bad_data();
    void bad();
    void defaultIsInvalid();
    void parseQUrl();
    void child();
    void childRejects_data();
    void childRejects();
    void parent();
    void withPath_data();
    void withPath();
    void withSetters();
    void invalidStaysInvalid();
    void equalityAndHash();
    void sameServer();
    void displayPath();
    void randomPathsRoundTrip();
};

void TestNfsUrl::good_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Expected>("expected");

    const auto row = [](const char *name, const char *input, const Expected &expected) {
        QTest::newRow(name) << text(input) << expected;
    };

    // Host and path basics
    row("export", "nfs://server/export",
        {.host = text("server"), .path = "/export", .canonical = text("nfs://server/export")});
    row("no path", "nfs://server",
        {.host = text("server"), .path = "/", .canonical = text("nfs://server/")});
    row("root", "nfs://server/", {.host = text("server"), .path = "/", .canonical = text("nfs://server/")});
    row("upper-case scheme and host", "NFS://Server.Example.COM/Export",
        {.host = text("server.example.com"), .path = "/Export",
         .canonical = text("nfs://server.example.com/Export")});
    row("surrounding whitespace", "  \tnfs://server/x \n",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x")});
    row("hyphen and digits", "nfs://nas-01.lan/x",
        {.host = text("nas-01.lan"), .path = "/x", .canonical = text("nfs://nas-01.lan/x")});
    row("trailing dot host", "nfs://server.lan./x",
        {.host = text("server.lan."), .path = "/x", .canonical = text("nfs://server.lan./x")});
    row("ipv4", "nfs://192.168.1.10/x",
        {.host = text("192.168.1.10"), .path = "/x", .canonical = text("nfs://192.168.1.10/x")});
    row("ipv4 short form", "nfs://127.1/x",
        {.host = text("127.0.0.1"), .path = "/x", .canonical = text("nfs://127.0.0.1/x")});
    row("international host", "nfs://b\xc3\xbc" "cher.example/x",
        {.host = text("xn--bcher-kva.example"), .path = "/x",
         .canonical = text("nfs://xn--bcher-kva.example/x")});

    // IPv6
    row("ipv6", "nfs://[::1]/x", {.host = text("::1"), .path = "/x", .canonical = text("nfs://[::1]/x")});
    row("ipv6 with port", "nfs://[::1]:2049/x",
        {.host = text("::1"), .path = "/x", .canonical = text("nfs://[::1]:2049/x"), .nfsPort = 2049});
    row("ipv6 normalised", "nfs://[FE80:0:0::1]/",
        {.host = text("fe80::1"), .path = "/", .canonical = text("nfs://[fe80::1]/")});
    row("ipv6 zone", "nfs://[fe80::1%25eth0]/x",
        {.host = text("fe80::1%eth0"), .path = "/x", .canonical = text("nfs://[fe80::1%25eth0]/x")});
    row("ipv6 mapped ipv4", "nfs://[::ffff:10.0.0.5]/",
        {.host = text("::ffff:10.0.0.5"), .path = "/", .canonical = text("nfs://[::ffff:10.0.0.5]/")});

    // Ports
    row("port", "nfs://server:2049/x",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server:2049/x"), .nfsPort = 2049});
    row("port leading zero", "nfs://server:02049/x",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server:2049/x"), .nfsPort = 2049});
    row("empty port", "nfs://server:/x",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x")});
    row("port 1 and 65535", "nfs://server:65535/x?mountport=1",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server:65535/x?mountport=1"),
         .nfsPort = 65535, .mountPort = 1});
    row("nfsport argument", "nfs://server/x?nfsport=2049",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server:2049/x"), .nfsPort = 2049});
    row("both port forms equal", "nfs://server:2049/x?nfsport=2049",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server:2049/x"), .nfsPort = 2049});
    row("mountport", "nfs://server/x?mountport=20048",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?mountport=20048"),
         .mountPort = 20048});
    row("no portmapper", "nfs://127.0.0.1/x?nfsport=2049&mountport=20048",
        {.host = text("127.0.0.1"), .path = "/x",
         .canonical = text("nfs://127.0.0.1:2049/x?mountport=20048"), .nfsPort = 2049,
         .mountPort = 20048});

    // Arguments
    row("version 4", "nfs://server/x?version=4",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?version=4"), .version = 4});
    row("version 3 is default", "nfs://server/x?version=3",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x")});
    row("uid and gid", "nfs://server/x?uid=1000&gid=100",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?uid=1000&gid=100"),
         .uid = 1000u, .gid = 100u});
    row("uid and gid 0", "nfs://server/x?gid=0&uid=0",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?uid=0&gid=0"),
         .uid = 0u, .gid = 0u});
    row("uid max", "nfs://server/x?uid=4294967295",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?uid=4294967295"),
         .uid = 4294967295u});
    row("uid leading zeros", "nfs://server/x?uid=007",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?uid=7"), .uid = 7u});
    row("timeout", "nfs://server/x?timeout=30",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?timeout=30"), .timeout = 30});
    row("timeout default", "nfs://server/x?timeout=10",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x")});
    row("timeout bounds", "nfs://server/x?timeout=3600",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?timeout=3600"),
         .timeout = 3600});
    row("timeout 1", "nfs://server/x?timeout=1",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?timeout=1"), .timeout = 1});
    row("autoreconnect 0", "nfs://server/x?autoreconnect=0",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?autoreconnect=0"),
         .autoReconnect = 0});
    row("autoreconnect 100", "nfs://server/x?autoreconnect=100",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?autoreconnect=100"),
         .autoReconnect = 100});
    row("readahead", "nfs://server/x?readahead=1048576",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?readahead=1048576"),
         .readAhead = 1048576u});
    row("readahead 0", "nfs://server/x?readahead=0",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?readahead=0"),
         .readAhead = 0u});
    row("readahead max", "nfs://server/x?readahead=67108864",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?readahead=67108864"),
         .readAhead = 67108864u});
    row("dircache 0", "nfs://server/x?dircache=0",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?dircache=0"),
         .dirCache = false});
    row("dircache 1", "nfs://server/x?dircache=1",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?dircache=1"),
         .dirCache = true});
    row("auto-traverse-mounts 0", "nfs://server/x?auto-traverse-mounts=0",
        {.host = text("server"), .path = "/x",
         .canonical = text("nfs://server/x?auto-traverse-mounts=0"), .autoTraverseMounts = false});
    row("auto-traverse-mounts 1", "nfs://server/x?auto-traverse-mounts=1",
        {.host = text("server"), .path = "/x",
         .canonical = text("nfs://server/x?auto-traverse-mounts=1"), .autoTraverseMounts = true});
    row("tcp-syncnt 1", "nfs://server/x?tcp-syncnt=1",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?tcp-syncnt=1"),
         .tcpSyncnt = 1});
    row("tcp-syncnt 255", "nfs://server/x?tcp-syncnt=255",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?tcp-syncnt=255"),
         .tcpSyncnt = 255});
    row("argument names case-insensitive", "nfs://server/x?VERSION=4&Uid=5",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?version=4&uid=5"),
         .version = 4, .uid = 5u});
    row("every argument, reversed", "nfs://server/x?tcp-syncnt=3&auto-traverse-mounts=0&dircache=0"
                                    "&readahead=65536&autoreconnect=5&timeout=20&mountport=635"
                                    "&nfsport=2049&gid=20&uid=10&version=4",
        {.host = text("server"), .path = "/x",
         .canonical = text("nfs://server:2049/x?version=4&uid=10&gid=20&mountport=635&timeout=20"
                           "&autoreconnect=5&readahead=65536&dircache=0&auto-traverse-mounts=0"
                           "&tcp-syncnt=3"),
         .nfsPort = 2049, .mountPort = 635, .version = 4, .uid = 10u, .gid = 20u, .timeout = 20,
         .autoReconnect = 5, .readAhead = 65536u, .dirCache = false, .autoTraverseMounts = false,
         .tcpSyncnt = 3});
    row("empty query", "nfs://server/x?",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x")});
    row("stray ampersands", "nfs://server/x?&version=4&&",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?version=4"), .version = 4});
    row("query without path", "nfs://server?version=4",
        {.host = text("server"), .path = "/", .canonical = text("nfs://server/?version=4"), .version = 4});
    row("encoded argument value", "nfs://server/x?uid=%31%32",
        {.host = text("server"), .path = "/x", .canonical = text("nfs://server/x?uid=12"), .uid = 12u});

    // Path bytes and their encoding
    row("space as %20", "nfs://server/a%20b",
        {.host = text("server"), .path = "/a b", .canonical = text("nfs://server/a%20b")});
    row("percent as %25", "nfs://server/100%25",
        {.host = text("server"), .path = "/100%", .canonical = text("nfs://server/100%25")});
    row("question mark as %3F", "nfs://server/what%3F",
        {.host = text("server"), .path = "/what?", .canonical = text("nfs://server/what%3F")});
    row("hash as %23", "nfs://server/a%23b",
        {.host = text("server"), .path = "/a#b", .canonical = text("nfs://server/a%23b")});
    row("%FF stays a byte", "nfs://server/%FF",
        {.host = text("server"), .path = "/\xff", .canonical = text("nfs://server/%FF")});
    row("lower-case hex", "nfs://server/%ff%c3%a9",
        {.host = text("server"), .path = "/\xff\xc3\xa9", .canonical = text("nfs://server/%FF%C3%A9")});
    row("utf-8 %C3%A9", "nfs://server/caf%C3%A9",
        {.host = text("server"), .path = "/caf\xc3\xa9", .canonical = text("nfs://server/caf%C3%A9")});
    row("raw unicode", "nfs://server/caf\xc3\xa9",
        {.host = text("server"), .path = "/caf\xc3\xa9", .canonical = text("nfs://server/caf%C3%A9")});
    row("encoded newline", "nfs://server/a%0Ab",
        {.host = text("server"), .path = "/a\nb", .canonical = text("nfs://server/a%0Ab")});
    row("encoded unreserved", "nfs://server/%7E%41",
        {.host = text("server"), .path = "/~A", .canonical = text("nfs://server/~A")});
    row("sub-delims kept", "nfs://server/a:b@c!$&'()*+,;=",
        {.host = text("server"), .path = "/a:b@c!$&'()*+,;=",
         .canonical = text("nfs://server/a:b@c!$&'()*+,;=")});
    row("raw brackets in path", "nfs://server/a[1]",
        {.host = text("server"), .path = "/a[1]", .canonical = text("nfs://server/a%5B1%5D")});
    row("backslash as %5C", "nfs://server/a%5Cb",
        {.host = text("server"), .path = "/a\\b", .canonical = text("nfs://server/a%5Cb")});
    row("trailing slash", "nfs://server/a/",
        {.host = text("server"), .path = "/a", .canonical = text("nfs://server/a")});
    row("double slashes", "nfs://server//a//b///",
        {.host = text("server"), .path = "/a/b", .canonical = text("nfs://server/a/b")});
    row("dot segments", "nfs://server/a/./b/../c",
        {.host = text("server"), .path = "/a/c", .canonical = text("nfs://server/a/c")});
    row("dot-dot to root", "nfs://server/a/..",
        {.host = text("server"), .path = "/", .canonical = text("nfs://server/")});
    row("encoded dot-dot", "nfs://server/a/%2E%2E/b",
        {.host = text("server"), .path = "/b", .canonical = text("nfs://server/b")});
    row("dots in names", "nfs://server/.hidden/...",
        {.host = text("server"), .path = "/.hidden/...", .canonical = text("nfs://server/.hidden/...")});
}

void TestNfsUrl::good()
{
    QFETCH(QString, input);
    QFETCH(Expected, expected);

    const NfsUrl url = NfsUrl::parse(input);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.errorString(), QString());
    QCOMPARE(url.host(), expected.host);
    QCOMPARE(url.nfsPort(), expected.nfsPort);
    QCOMPARE(url.mountPort(), expected.mountPort);
    QCOMPARE(url.version(), expected.version);
    QCOMPARE(url.uid(), expected.uid);
    QCOMPARE(url.gid(), expected.gid);
    QCOMPARE(url.timeoutSeconds(), expected.timeout);
    QCOMPARE(url.autoReconnect(), expected.autoReconnect);
    QCOMPARE(url.readAhead(), expected.readAhead);
    QCOMPARE(url.dirCache(), expected.dirCache);
    QCOMPARE(url.autoTraverseMounts(), expected.autoTraverseMounts);
    QCOMPARE(url.tcpSyncnt(), expected.tcpSyncnt);
    QCOMPARE(url.path(), expected.path);
    QCOMPARE(url.isRoot(), expected.path == "/");
    QCOMPARE(url.toString(), expected.canonical);

    // Round trips: through the canonical text and through QUrl.
    const NfsUrl again = NfsUrl::parse(url.toString());
    QVERIFY2(again.isValid(), qPrintable(again.errorString()));
    QVERIFY(again == url);
    QCOMPARE(again.toString(), url.toString());
    const QUrl qurl = url.toQUrl();
    QVERIFY2(qurl.isValid(), qPrintable(qurl.errorString()));
    QCOMPARE(QString::fromLatin1(qurl.toEncoded()), url.toString());
    QVERIFY(NfsUrl::parse(qurl) == url);
    QCOMPARE(qHash(again), qHash(url));
}

void TestNfsUrl::bad_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("phrase");

    const auto row = [](const char *name, const char *input, const char *phrase) {
        QTest::newRow(name) << text(input) << text(phrase);
    };

    row("empty", "", "empty URL");
    row("only whitespace", "  \n ", "empty URL");
    row("http scheme", "http://server/x", "not an nfs:// URL");
    row("no scheme", "server/export", "not an nfs:// URL");
    row("nfss scheme", "nfss://server/x", "not an nfs:// URL");
    row("single slash", "nfs:/server/x", "not an nfs:// URL");
    row("no slashes", "nfs:server/x", "not an nfs:// URL");
    row("missing host", "nfs:///export", "missing host");
    row("scheme only", "nfs://", "missing host");
    row("port without host", "nfs://:2049/x", "missing host");

    row("raw space", "nfs://server/a b", "invalid character ' ' in the URL (position 15); write it as %20");
    row("raw space in query", "nfs://server/x?uid=1 2", "invalid character ' ' in the URL");
    row("raw percent", "nfs://server/100%", "write a '%' itself as %25");
    row("percent not hex", "nfs://server/a%zz", "invalid character '%' in the URL (position 15)");
    row("percent one digit", "nfs://server/a%4", "write a '%' itself as %25");
    row("raw hash", "nfs://server/a#b", "write a '#' in a name as %23");
    row("empty fragment", "nfs://server/a#", "fragment");
    row("fragment after query", "nfs://server/x?version=4#top", "fragment");
    row("tab inside", "nfs://server/a\tb", "invalid control character U+0009");
    row("DEL inside", "nfs://server/a\x7f", "invalid control character U+007F");
    row("less-than", "nfs://server/a<b", "invalid character '<' in the URL (position 15); write it as %3C");
    row("double quote", "nfs://server/\"x\"", "write it as %22");
    row("pipe", "nfs://server/a|b", "write it as %7C");
    row("backslash", "nfs://server\\export", "write it as %5C");
    row("no-break space", "nfs://server/a\xc2\xa0" "b", "invisible character U+00A0");
    row("zero-width space", "nfs://server/a\xe2\x80\x8b" "b", "write it as %E2%80%8B");

    row("user info", "nfs://alice@server/x", "user names are not supported");
    row("user info suggests uid", "nfs://alice:secret@server/x", "use uid= and gid=");
    row("empty user info", "nfs://@server/x", "user names are not supported");

    row("port too large", "nfs://server:99999/x", "bad port 99999");
    row("port 0", "nfs://server:0/x", "bad port 0");
    row("port not a number", "nfs://server:nfs/x", "bad port 'nfs'");
    row("port huge", "nfs://server:123456789012345678901234/x", "bad port 123456789012345678901234");
    row("ports conflict", "nfs://server:2049/x?nfsport=2050", "conflicting NFS ports");
    row("nfsport too large", "nfs://server/x?nfsport=99999", "bad nfsport '99999'");
    row("nfsport 0", "nfs://server/x?nfsport=0", "bad nfsport '0'");
    row("mountport not a number", "nfs://server/x?mountport=x", "bad mountport 'x'");
    row("mountport too large", "nfs://server/x?mountport=65536", "bad mountport '65536'");

    row("ipv6 without brackets", "nfs://::1/x", "must be in brackets");
    row("ipv6 with port without brackets", "nfs://fe80::1:2049/x", "must be in brackets");
    row("ipv6 missing bracket", "nfs://[::1/x", "missing ']'");
    row("ipv6 text after bracket", "nfs://[::1]x/", "unexpected 'x' after the IPv6 address");
    row("ipv6 bad port", "nfs://[::1]:70000/x", "bad port 70000");
    row("ipv4 in brackets", "nfs://[1.2.3.4]/", "bad IPv6 address '[1.2.3.4]'");
    row("ipvfuture", "nfs://[v1.x]/", "bad IPv6 address");
    row("ipv6 bad", "nfs://[::g]/", "bad IPv6 address");
    row("ipv6 zone with slash", "nfs://[fe80::1%25e%2Fth0]/", "bad IPv6 zone");
    row("ipv6 zone unencoded", "nfs://[fe80::1%eth0]/", "write a '%' itself as %25");
    row("host underscore", "nfs://file_server/x", "bad host name 'file_server'");
    row("host empty label", "nfs://a..b/x", "bad host name 'a..b'");
    row("host leading hyphen", "nfs://-a/x", "bad host name '-a'");
    row("host trailing hyphen", "nfs://a-.lan/x", "bad host name 'a-.lan'");
    row("host long label",
        "nfs://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.lan/x",
        "longer than 63");
    row("ipv4 out of range", "nfs://999.1.1.1/x", "bad IPv4 address '999.1.1.1'");
    row("ipv4 five parts", "nfs://1.2.3.4.5/x", "bad IPv4 address");

    row("version 2", "nfs://server/x?version=2", "bad version '2': must be 3 or 4");
    row("version 4.1", "nfs://server/x?version=4.1", "bad version '4.1': must be 3 or 4");
    row("version empty", "nfs://server/x?version=", "bad version '': must be 3 or 4");
    row("version without =", "nfs://server/x?version", "argument 'version' has no value");
    row("uid not a number", "nfs://server/x?uid=x", "bad uid 'x'");
    row("uid negative", "nfs://server/x?uid=-1", "bad uid '-1'");
    row("uid too large", "nfs://server/x?uid=4294967296", "bad uid '4294967296'");
    row("uid plus sign", "nfs://server/x?uid=+5", "bad uid '+5'");
    row("uid encoded newline", "nfs://server/x?uid=1%0A", "bad uid '1\\n'");
    row("gid not a number", "nfs://server/x?gid=staff", "bad gid 'staff'");
    row("timeout 0", "nfs://server/x?timeout=0", "bad timeout '0'");
    row("timeout too large", "nfs://server/x?timeout=3601", "bad timeout '3601'");
    row("timeout with unit", "nfs://server/x?timeout=10s", "bad timeout '10s'");
    row("autoreconnect too large", "nfs://server/x?autoreconnect=101", "bad autoreconnect '101'");
    row("autoreconnect negative", "nfs://server/x?autoreconnect=-1", "bad autoreconnect '-1'");
    row("readahead too large", "nfs://server/x?readahead=67108865", "bad readahead '67108865'");
    row("readahead with unit", "nfs://server/x?readahead=1M", "bad readahead '1M'");
    row("dircache 2", "nfs://server/x?dircache=2", "bad dircache '2': must be 0 or 1");
    row("dircache yes", "nfs://server/x?dircache=yes", "bad dircache 'yes'");
    row("auto-traverse-mounts 2", "nfs://server/x?auto-traverse-mounts=2",
        "bad auto-traverse-mounts '2': must be 0 or 1");
    row("tcp-syncnt 0", "nfs://server/x?tcp-syncnt=0", "bad tcp-syncnt '0'");
    row("tcp-syncnt 256", "nfs://server/x?tcp-syncnt=256", "bad tcp-syncnt '256'");
    row("unknown argument", "nfs://server/x?foo=1", "unknown argument 'foo'");
    row("unknown argument without value", "nfs://server/x?foo", "unknown argument 'foo'");
    row("libnfs argument not supported", "nfs://server/x?sec=krb5", "unknown argument 'sec'");
    row("duplicated argument", "nfs://server/x?uid=1&uid=1", "argument 'uid' is given twice");
    row("duplicated argument other case", "nfs://server/x?version=4&VERSION=4",
        "argument 'version' is given twice");
    row("nfsport given twice", "nfs://server/x?nfsport=1&nfsport=1", "argument 'nfsport' is given twice");

    row("dot-dot above root", "nfs://server/..", "goes above the root");
    row("dot-dot above root later", "nfs://server/a/../../b", "goes above the root");
    row("encoded dot-dot above root", "nfs://server/%2E%2E/x", "goes above the root");
    row("NUL byte", "nfs://server/a%00b", "NUL byte");
    row("encoded slash", "nfs://server/a%2Fb", "%2F, an encoded '/'");
    row("encoded slash lower-case", "nfs://server/a%2fb", "%2F, an encoded '/'");
}

void TestNfsUrl::bad()
{
    QFETCH(QString, input);
    QFETCH(QString, phrase);

    const NfsUrl url = NfsUrl::parse(input);
    QVERIFY(!url.isValid());
    const QString message = url.errorString();
    QVERIFY2(message.contains(phrase), qPrintable(QStringLiteral("got: ") + message));
    // QUrl's own wording must never leak through.
    QVERIFY2(!message.contains(QLatin1StringView("source was")), qPrintable(message));
    QCOMPARE(url.toString(), QString());
    QCOMPARE(url.toQUrl(), QUrl());
    QCOMPARE(url.path(), QByteArray());
    QCOMPARE(url.host(), QString());
}

void TestNfsUrl::defaultIsInvalid()
{
    const NfsUrl url;
    QVERIFY(!url.isValid());
    QCOMPARE(url.errorString(), text("empty URL"));
    QVERIFY(url == NfsUrl::parse(QString()));
    QVERIFY(url == NfsUrl::parse(QUrl()));
    QCOMPARE(url.version(), NfsUrl::DefaultVersion);
    QCOMPARE(url.timeoutSeconds(), NfsUrl::DefaultTimeoutSeconds);
    QCOMPARE(url.autoReconnect(), NfsUrl::DefaultAutoReconnect);
    QVERIFY(!url.isRoot());

    const QVariant variant = QVariant::fromValue(NfsUrl::parse(text("nfs://server/x")));
    QCOMPARE(variant.value<NfsUrl>().toString(), text("nfs://server/x"));
}

void TestNfsUrl::parseQUrl()
{
    // A QUrl made in tolerant mode has already fixed the space.
    const NfsUrl spaced = NfsUrl::parse(QUrl(text("nfs://Server/a b")));
    QVERIFY2(spaced.isValid(), qPrintable(spaced.errorString()));
    QCOMPARE(spaced.path(), QByteArray("/a b"));
    QCOMPARE(spaced.host(), text("server"));

    const NfsUrl strictBad = NfsUrl::parse(QUrl(text("nfs://server/a b"), QUrl::StrictMode));
    QVERIFY(!strictBad.isValid());
    QVERIFY(strictBad.errorString().contains(text("not a valid URL")));

    QUrl withUser(text("nfs://server/x"));
    withUser.setUserName(text("bob"));
    QVERIFY(NfsUrl::parse(withUser).errorString().contains(text("user names are not supported")));

    QUrl withFragment(text("nfs://server/x"));
    withFragment.setFragment(text("top"));
    QVERIFY(NfsUrl::parse(withFragment).errorString().contains(text("%23")));

    QVERIFY(NfsUrl::parse(QUrl(text("https://server/x"))).errorString().contains(
        text("not an nfs:// URL")));
    QVERIFY(NfsUrl::parse(QUrl::fromLocalFile(text("/tmp/x"))).errorString().contains(
        text("not an nfs:// URL")));
}

void TestNfsUrl::child()
{
    const NfsUrl root = NfsUrl::parse(text("nfs://server/?version=4"));
    QVERIFY(root.isRoot());
    const NfsUrl a = root.child("a");
    QVERIFY(a.isValid());
    QCOMPARE(a.path(), QByteArray("/a"));
    QCOMPARE(a.version(), 4);
    const NfsUrl b = a.child("b c\xff");
    QCOMPARE(b.path(), QByteArray("/a/b c\xff"));
    QCOMPARE(b.toString(), text("nfs://server/a/b%20c%FF?version=4"));
    QVERIFY(NfsUrl::parse(b.toString()) == b);
    QCOMPARE(root.child("...").path(), QByteArray("/..."));
    QCOMPARE(root.child("#?%").toString(), text("nfs://server/%23%3F%25?version=4"));
}

void TestNfsUrl::childRejects_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("empty") << QByteArray() << text("cannot be empty");
    QTest::newRow("slash") << QByteArray("a/b") << text("cannot contain '/'");
    QTest::newRow("only slash") << QByteArray("/") << text("cannot contain '/'");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << text("NUL byte");
    QTest::newRow("dot") << QByteArray(".") << text("'.' and '..' are not names");
    QTest::newRow("dot-dot") << QByteArray("..") << text("'.' and '..' are not names");
}

void TestNfsUrl::childRejects()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, phrase);
    const NfsUrl url = NfsUrl::parse(text("nfs://server/dir")).child(name);
    QVERIFY(!url.isValid());
    QVERIFY2(url.errorString().contains(phrase), qPrintable(url.errorString()));
}

void TestNfsUrl::parent()
{
    const NfsUrl deep = NfsUrl::parse(text("nfs://server:2049/a/b/c?uid=5"));
    QCOMPARE(deep.parent().path(), QByteArray("/a/b"));
    QCOMPARE(deep.parent().toString(), text("nfs://server:2049/a/b?uid=5"));
    QCOMPARE(deep.parent().parent().parent().path(), QByteArray("/"));
    QVERIFY(deep.parent().parent().parent().isRoot());
    const NfsUrl root = NfsUrl::parse(text("nfs://server/"));
    QVERIFY(root.parent() == root);
    QVERIFY(deep.child("d").parent() == deep);
}

void TestNfsUrl::withPath_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected"); // empty: must fail
    QTest::addColumn<QString>("phrase");

    QTest::newRow("plain") << QByteArray("/a/b") << QByteArray("/a/b") << QString();
    QTest::newRow("root") << QByteArray("/") << QByteArray("/") << QString();
    QTest::newRow("normalised") << QByteArray("//a/./b/../c/") << QByteArray("/a/c") << QString();
    QTest::newRow("any bytes") << QByteArray("/\xff\n?#%") << QByteArray("/\xff\n?#%") << QString();
    QTest::newRow("relative") << QByteArray("a/b") << QByteArray() << text("not absolute");
    QTest::newRow("empty") << QByteArray() << QByteArray() << text("not absolute");
    QTest::newRow("above root") << QByteArray("/a/../..") << QByteArray() << text("goes above the root");
    QTest::newRow("NUL") << QByteArray("/a\0b", 4) << QByteArray() << text("NUL byte");
}

void TestNfsUrl::withPath()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);
    QFETCH(QString, phrase);
    const NfsUrl base = NfsUrl::parse(text("nfs://[::1]:2049/old?version=4&uid=1"));
    const NfsUrl url = base.withPath(path);
    if (expected.isEmpty()) {
        QVERIFY(!url.isValid());
        QVERIFY2(url.errorString().contains(phrase), qPrintable(url.errorString()));
        return;
    }
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.path(), expected);
    QCOMPARE(url.host(), text("::1"));
    QCOMPARE(url.nfsPort(), quint16(2049));
    QCOMPARE(url.version(), 4);
    QCOMPARE(url.uid(), std::optional<quint32>(1));
    QVERIFY(NfsUrl::parse(url.toString()) == url);
}

void TestNfsUrl::withSetters()
{
    const NfsUrl url = NfsUrl::parse(text("nfs://server/x"));

    QCOMPARE(url.withVersion(4).version(), 4);
    QCOMPARE(url.withVersion(4).toString(), text("nfs://server/x?version=4"));
    QCOMPARE(url.withVersion(4).withVersion(3).toString(), text("nfs://server/x"));
    QVERIFY(url.withVersion(2).errorString().contains(text("bad version '2': must be 3 or 4")));
    QVERIFY(!url.withVersion(5).isValid());

    QCOMPARE(url.withUid(0).uid(), std::optional<quint32>(0));
    QCOMPARE(url.withUid(1000).withGid(100).toString(), text("nfs://server/x?uid=1000&gid=100"));
    QVERIFY(url.withUid(7).withUid(std::nullopt) == url);
    QVERIFY(url.withGid(7).withGid(std::nullopt) == url);
    QCOMPARE(url.withGid(4294967295u).gid(), std::optional<quint32>(4294967295u));

    QCOMPARE(url.withTimeoutSeconds(60).timeoutSeconds(), 60);
    QCOMPARE(url.withTimeoutSeconds(60).toString(), text("nfs://server/x?timeout=60"));
    QVERIFY(url.withTimeoutSeconds(0).errorString().contains(text("bad timeout '0'")));
    QVERIFY(url.withTimeoutSeconds(3601).errorString().contains(text("bad timeout '3601'")));
    QVERIFY(url.withTimeoutSeconds(-5).errorString().contains(text("bad timeout '-5'")));

    // Setters leave every other field alone.
    const NfsUrl full = NfsUrl::parse(text("nfs://server:1/x?version=4&readahead=4096&dircache=1"));
    const NfsUrl changed = full.withUid(3).withTimeoutSeconds(5);
    QCOMPARE(changed.toString(),
             text("nfs://server:1/x?version=4&uid=3&timeout=5&readahead=4096&dircache=1"));
}

void TestNfsUrl::invalidStaysInvalid()
{
    const NfsUrl bad = NfsUrl::parse(text("nfs://server/x?foo=1"));
    QVERIFY(!bad.isValid());
    for (const NfsUrl &derived : {bad.withPath("/a"), bad.withVersion(4), bad.withUid(1), bad.withGid(1),
                                  bad.withTimeoutSeconds(5), bad.child("a"), bad.parent()}) {
        QVERIFY(!derived.isValid());
        QCOMPARE(derived.errorString(), bad.errorString());
    }
}

void TestNfsUrl::equalityAndHash()
{
    const NfsUrl a = NfsUrl::parse(text("nfs://SERVER:2049/x/?version=3&nfsport=2049"));
    const NfsUrl b = NfsUrl::parse(text("nfs://server/x?nfsport=2049"));
    QVERIFY(a == b);
    QCOMPARE(qHash(a), qHash(b));
    QVERIFY(a != b.withUid(0));
    QVERIFY(a != b.child("y"));
    QVERIFY(NfsUrl::parse(text("nfs://server/x?dircache=0")) != NfsUrl::parse(text("nfs://server/x")));
    QVERIFY(NfsUrl::parse(text("nfs://server/x?uid=x")) == NfsUrl::parse(text("nfs://server/x?uid=x")));
    QVERIFY(NfsUrl::parse(text("nfs://server/x?uid=x")) != NfsUrl::parse(text("nfs://server/x?gid=x")));

    QHash<NfsUrl, int> sessions;
    sessions.insert(a, 1);
    QCOMPARE(sessions.value(b), 1);
}

// Paths do not matter; the host, ports, version and options do.
void TestNfsUrl::sameServer()
{
    const NfsUrl a = NfsUrl::parse(text("nfs://server/x/y"));
    QVERIFY(a.sameServer(NfsUrl::parse(text("nfs://SERVER/z"))));
    QVERIFY(a.sameServer(a.withPath("/")));
    QVERIFY(!a.sameServer(NfsUrl::parse(text("nfs://other/x/y"))));
    QVERIFY(!a.sameServer(NfsUrl::parse(text("nfs://server:2050/x/y"))));
    QVERIFY(!a.sameServer(a.withVersion(4)));
    QVERIFY(!a.sameServer(a.withUid(0)));
    QVERIFY(!a.sameServer(NfsUrl()));
}

void TestNfsUrl::displayPath()
{
    QCOMPARE(NfsUrl::parse(text("nfs://server/")).displayPath(), text("/"));
    QCOMPARE(NfsUrl::parse(text("nfs://server/caf%C3%A9/a%0Ab/%FF")).displayPath(),
             text("/caf\xc3\xa9/a\\nb/\\xff"));
}

void TestNfsUrl::randomPathsRoundTrip()
{
    // Every byte but '/' and NUL can be in a name; all must survive the text.
    QRandomGenerator random(424242);
    const NfsUrl base = NfsUrl::parse(text("nfs://[fe80::1%25eth0]:2049/?version=4&tcp-syncnt=2"));
    QVERIFY(base.isValid());
    for (int round = 0; round < 2000; ++round) {
        NfsUrl url = base;
        const int depth = random.bounded(1, 4);
        for (int level = 0; level < depth; ++level) {
            QByteArray name;
            do {
                name.resize(random.bounded(1, 12));
                for (char &byte : name)
                    byte = char(random.bounded(1, 256));
                name.replace('/', "_");
            } while (name == "." || name == "..");
            url = url.child(name);
            QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        }
        const NfsUrl again = NfsUrl::parse(url.toString());
        QVERIFY2(again == url, qPrintable(url.toString() + QStringLiteral(" / ") + again.errorString()));
        QCOMPARE(again.toString(), url.toString());
        QVERIFY(NfsUrl::parse(url.toQUrl()) == url);
    }
}

QTEST_GUILESS_MAIN(TestNfsUrl)
#include "tst_nfsurl.moc"
