// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the URL parser. Whatever the text, parse() must not crash, an
// invalid result must say why, and a valid one must round-trip through its
// canonical text and through QUrl to an equal NfsUrl (the session cache and
// the bookmarks rely on that).
#include "nfsurl.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &detail)
{
    std::fprintf(stderr, "fuzz_nfsurl: %s\n  input:  %s\n  detail: %s\n", what, qPrintable(input),
                 qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const NfsUrl url = NfsUrl::parse(text);
    if (!url.isValid()) {
        if (url.errorString().isEmpty())
            fail("an invalid URL without a message", text, QString());
        return 0;
    }
    const QString canonical = url.toString();
    const NfsUrl again = NfsUrl::parse(canonical);
    if (!again.isValid())
        fail("the canonical text does not parse", text, canonical + QLatin1String(" -> ") + again.errorString());
    if (!(again == url) || again.toString() != canonical)
        fail("the canonical text parses to another URL", text, canonical + QLatin1String(" -> ") + again.toString());
    const NfsUrl viaQUrl = NfsUrl::parse(url.toQUrl());
    if (!(viaQUrl == url))
        fail("the QUrl form parses to another URL", text, viaQUrl.toString() + viaQUrl.errorString());
    if (url.path().isEmpty() || url.path().front() != '/')
        fail("a valid URL with a relative path", text, QString::fromLatin1(url.path().toPercentEncoding()));
    const NfsUrl parent = url.parent();
    if (!parent.isValid() || !url.path().startsWith(parent.path()))
        fail("the parent is not a prefix", text, parent.toString());
    return 0;
}
