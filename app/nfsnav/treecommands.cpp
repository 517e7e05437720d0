// SPDX-License-Identifier: GPL-3.0-or-later
// The commands of nfsnav that change attributes and links or walk whole trees:
// chmod, chown, touch, truncate, ln, readlink, du, find (and rm -r, through
// removeTree() below, for browsecommands.cpp).
#include "commandline.h"

#include "displayname.h"
#include "listingformat.h"
#include "processumask.h"
#include "treeoperations.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <algorithm>
#include <limits>
#include <optional>
#include <sys/stat.h>

namespace {

// Parses every URL of `texts` up front, so a bad one is bad usage before
// anything changes; false when one is bad (its reason printed).
bool parseAll(CommandLine &cli, const QStringList &texts, QList<NfsUrl> *urls)
{
    for (const QString &text : texts) {
        bool ok = false;
        urls->append(cli.parseUrl(text, &ok));
        if (!ok)
            return false;
    }
    return true;
}

// "nfsnav: URL: reason" for every failed item of a walk.
void reportFailures(CommandLine &cli, const NfsUrl &url, const QList<TreeFailure> &failures, bool ignoreMissing = false)
{
    for (const TreeFailure &f : failures) {
        if (ignoreMissing && f.error.kind() == NfsError::Kind::NotFound)
            continue;
        cli.fail(url.withPath(f.path).toString(), f.error);
    }
}

// The ending of a walk: its failures one by one when it has any, else its error.
bool walkEnded(CommandLine &cli, const NfsUrl &url, const QString &shownAs, const NfsError &error,
               const QList<TreeFailure> &failures, bool ignoreMissing = false)
{
    if (!error)
        return true;
    if (!failures.isEmpty()) {
        reportFailures(cli, url, failures, ignoreMissing);
        bool onlyMissing = ignoreMissing;
        for (const TreeFailure &f : failures)
            onlyMissing = onlyMissing && f.error.kind() == NfsError::Kind::NotFound;
        return onlyMissing;
    }
    cli.fail(shownAs, error);
    return false;
}

int chmod(CommandLine &cli, const QStringList &args)
{
    if (args.size() < 2)
        return cli.usageError(CommandLine::tr("chmod: needs an octal MODE and at least one URL"));
    bool ok = false;
    const uint mode = args.at(0).toUInt(&ok, 8);
    if (!ok || mode > 07777 || args.at(0).size() > 5)
        return cli.usageError(CommandLine::tr("chmod: bad mode '%1': write it in octal, as 644 or 2755").arg(args.at(0)));
    QList<NfsUrl> urls;
    if (!parseAll(cli, args.mid(1), &urls))
        return CommandLine::Usage;
    bool allOk = true;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        auto job = owned(cli.sessionFor(urls.at(i))->chmod(urls.at(i).path(), mode));
        if (const NfsError e = cli.await(job.get())) {
            cli.fail(args.at(i + 1), e);
            allOk = false;
        }
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

std::optional<quint32> parseId(const QString &text)
{
    bool ok = false;
    const uint id = text.toUInt(&ok, 10);
    return ok ? std::optional<quint32>(id) : std::nullopt;
}

int chown(CommandLine &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption noDeref(QStringList{QStringLiteral("h"), QStringLiteral("no-dereference")},
                                     CommandLine::tr("change a symlink itself"));
    p.addOption(noDeref);
    QString error;
    if (!CommandLine::parseOptions(p, QStringLiteral("chown"), args, &error))
        return cli.usageError(error);
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2)
        return cli.usageError(CommandLine::tr("chown: needs UID[:GID] and at least one URL"));
    // UID, UID:GID or :GID, numeric: the server knows no names.
    const QString owner = pos.at(0);
    const qsizetype colon = owner.indexOf(QLatin1Char(':'));
    std::optional<quint32> uid = colon == 0 ? std::nullopt : parseId(owner.left(colon));
    std::optional<quint32> gid = colon < 0 ? std::nullopt : parseId(owner.mid(colon + 1));
    if ((colon != 0 && !uid) || (colon >= 0 && !gid))
        return cli.usageError(CommandLine::tr("chown: bad owner '%1': write UID, UID:GID or :GID in numbers").arg(owner));
    // Plain values from here: GCC's -O2 flow analysis misreads optionals in the loop below.
    const bool haveUid = uid.has_value();
    const bool haveGid = gid.has_value();
    const quint32 givenUid = haveUid ? *uid : 0;
    const quint32 givenGid = haveGid ? *gid : 0;
    QList<NfsUrl> urls;
    if (!parseAll(cli, pos.mid(1), &urls))
        return CommandLine::Usage;
    const bool follow = !p.isSet(noDeref);
    bool allOk = true;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const NfsUrl &url = urls.at(i);
        Session *session = cli.sessionFor(url);
        if (!follow && url.version() == 4) {
            // libnfs 4.0 changes attributes over NFSv4 by opening the object, which a
            // symlink cannot be: it reports success and changes nothing. Say so instead.
            auto st = owned(session->lstat(url.path()));
            if (!cli.await(st.get()) && st->result().isSymlink()) {
                cli.fail(pos.at(i + 1), CommandLine::tr("libnfs 4.0 cannot change a symlink's owner over NFSv4; "
                                                        "use version=3 for this"));
                allOk = false;
                continue;
            }
        }
        quint32 u = givenUid, g = givenGid;
        if (!haveUid || !haveGid) {
            // The part not given stays as it is.
            auto st = owned(follow ? session->stat(url.path()) : session->lstat(url.path()));
            if (const NfsError e = cli.await(st.get())) {
                cli.fail(pos.at(i + 1), e);
                allOk = false;
                continue;
            }
            if (!haveUid)
                u = st->result().uid;
            if (!haveGid)
                g = st->result().gid;
        }
        auto job = owned(session->chown(url.path(), u, g, follow));
        if (const NfsError e = cli.await(job.get())) {
            cli.fail(pos.at(i + 1), e);
            allOk = false;
        }
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

quint32 creationMode()
{
    // As touch(1) and open(2) do: 0666 less the umask.
    return 0666 & ~quint32(processUmask());
}

// Times to now, creating an empty file first when `create` and it is missing.
NfsError touchOne(CommandLine &cli, Session *session, const QByteArray &path, bool create)
{
    auto st = owned(session->lstat(path));
    NfsError e = cli.await(st.get());
    if (e.kind() == NfsError::Kind::NotFound) {
        if (!create)
            return {};
        // A new file has the current times. Exists: someone made it meanwhile;
        // it is touched as an existing one.
        auto made = owned(session->createFile(path, creationMode(), true));
        e = cli.await(made.get());
        if (e.kind() != NfsError::Kind::Exists)
            return e;
    } else if (e) {
        return e;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    auto times = owned(session->utimes(path, now, now, true));
    return cli.await(times.get());
}

int touch(CommandLine &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption noCreate(QStringList{QStringLiteral("c"), QStringLiteral("no-create")},
                                      CommandLine::tr("do not create missing files"));
    p.addOption(noCreate);
    QString error;
    if (!CommandLine::parseOptions(p, QStringLiteral("touch"), args, &error))
        return cli.usageError(error);
    QList<NfsUrl> urls;
    if (p.positionalArguments().isEmpty())
        return cli.usageError(CommandLine::tr("touch: missing URL"));
    if (!parseAll(cli, p.positionalArguments(), &urls))
        return CommandLine::Usage;
    bool allOk = true;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        if (const NfsError e = touchOne(cli, cli.sessionFor(urls.at(i)), urls.at(i).path(), !p.isSet(noCreate))) {
            cli.fail(p.positionalArguments().at(i), e);
            allOk = false;
        }
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

// "123", "4K", "10M", "2G", "1T": bytes or powers of 1024.
std::optional<quint64> parseSize(const QString &text)
{
    QString digits = text.trimmed();
    quint64 unit = 1;
    if (!digits.isEmpty() && !digits.back().isDigit()) {
        const QChar suffix = digits.back().toUpper();
        digits.chop(1);
        if (suffix == QLatin1Char('K'))
            unit = quint64(1) << 10;
        else if (suffix == QLatin1Char('M'))
            unit = quint64(1) << 20;
        else if (suffix == QLatin1Char('G'))
            unit = quint64(1) << 30;
        else if (suffix == QLatin1Char('T'))
            unit = quint64(1) << 40;
        else
            return std::nullopt;
    }
    bool ok = false;
    const quint64 n = digits.toULongLong(&ok, 10);
    if (!ok || (n && unit > std::numeric_limits<quint64>::max() / n))
        return std::nullopt;
    return n * unit;
}

int truncate(CommandLine &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption sizeOpt(QStringList{QStringLiteral("s"), QStringLiteral("size")},
                                     CommandLine::tr("the new size"), QStringLiteral("SIZE"));
    const QCommandLineOption noCreate(QStringList{QStringLiteral("c"), QStringLiteral("no-create")},
                                      CommandLine::tr("do not create missing files"));
    p.addOptions({sizeOpt, noCreate});
    QString error;
    if (!CommandLine::parseOptions(p, QStringLiteral("truncate"), args, &error))
        return cli.usageError(error);
    if (!p.isSet(sizeOpt))
        return cli.usageError(CommandLine::tr("truncate: missing -s SIZE"));
    const std::optional<quint64> size = parseSize(p.value(sizeOpt));
    if (!size)
        return cli.usageError(CommandLine::tr("truncate: bad size '%1': write bytes, or a number with K, M, G or T")
                                  .arg(p.value(sizeOpt)));
    if (p.positionalArguments().isEmpty())
        return cli.usageError(CommandLine::tr("truncate: missing URL"));
    QList<NfsUrl> urls;
    if (!parseAll(cli, p.positionalArguments(), &urls))
        return CommandLine::Usage;
    bool allOk = true;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const NfsUrl &url = urls.at(i);
        const QString &shown = p.positionalArguments().at(i);
        Session *session = cli.sessionFor(url);
        auto job = owned(session->truncate(url.path(), *size));
        NfsError e = cli.await(job.get());
        if (e.kind() == NfsError::Kind::NotFound) {
            if (p.isSet(noCreate))
                continue;
            // truncate(1) makes a missing file, then sizes it.
            e = touchOne(cli, session, url.path(), true);
            if (!e && *size) {
                auto again = owned(session->truncate(url.path(), *size));
                e = cli.await(again.get());
            }
        }
        if (e) {
            cli.fail(shown, e);
            allOk = false;
        }
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

QByteArray lastComponent(const QByteArray &path)
{
    QByteArray p = path;
    while (p.size() > 1 && p.endsWith('/'))
        p.chop(1);
    return p.mid(p.lastIndexOf('/') + 1);
}

int ln(CommandLine &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption symbolic(QStringList{QStringLiteral("s"), QStringLiteral("symbolic")},
                                      CommandLine::tr("make a symbolic link holding TARGET as text"));
    const QCommandLineOption force(QStringList{QStringLiteral("f"), QStringLiteral("force")},
                                   CommandLine::tr("replace an existing destination (not a folder)"));
    const QCommandLineOption noDeref(QStringList{QStringLiteral("n"), QStringLiteral("no-dereference")},
                                     CommandLine::tr("a destination that is a symlink to a folder is a file"));
    p.addOptions({symbolic, force, noDeref});
    QString error;
    if (!CommandLine::parseOptions(p, QStringLiteral("ln"), args, &error))
        return cli.usageError(error);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return cli.usageError(CommandLine::tr("ln: needs TARGET and a link URL"));
    bool ok = false;
    NfsUrl link = cli.parseUrl(pos.at(1), &ok);
    if (!ok)
        return CommandLine::Usage;
    QByteArray target;
    NfsUrl targetUrl;
    if (p.isSet(symbolic)) {
        // The text as it will be stored, byte for byte (UTF-8 of the argument).
        target = pos.at(0).toUtf8();
        if (target.isEmpty())
            return cli.usageError(CommandLine::tr("ln: the target text is empty"));
    } else {
        targetUrl = cli.parseUrl(pos.at(0), &ok);
        if (!ok)
            return CommandLine::Usage;
        if (!targetUrl.sameServer(link)) {
            cli.fail(pos.at(1), CommandLine::tr("a hard link stays within one server and export; the URLs name different servers or options"));
            return CommandLine::Failure;
        }
        target = targetUrl.path();
    }
    Session *session = cli.sessionFor(link);
    // Like ln(1): an existing folder as the destination receives the link
    // (with -n not one reached through a symlink).
    auto st = owned(p.isSet(noDeref) ? session->lstat(link.path()) : session->stat(link.path()));
    if (!cli.await(st.get()) && st->result().isDir()) {
        const QByteArray name = lastComponent(target);
        if (!name.isEmpty() && name != "/" && name != "." && name != "..")
            link = link.child(name);
    }
    auto make = [&] {
        return owned(p.isSet(symbolic) ? session->symlink(target, link.path()) : session->link(target, link.path()));
    };
    auto job = make();
    NfsError e = cli.await(job.get());
    if (e.kind() == NfsError::Kind::Exists && p.isSet(force)) {
        auto existing = owned(session->lstat(link.path()));
        if (!cli.await(existing.get()) && !existing->result().isDir()) {
            auto removed = owned(session->unlink(link.path()));
            e = cli.await(removed.get());
            if (!e) {
                auto again = make();
                e = cli.await(again.get());
            }
        }
    }
    if (e) {
        cli.fail(link.toString(), e);
        return CommandLine::Failure;
    }
    return CommandLine::Success;
}

int readlink(CommandLine &cli, const QStringList &args)
{
    if (args.isEmpty())
        return cli.usageError(CommandLine::tr("readlink: missing URL"));
    QList<NfsUrl> urls;
    if (!parseAll(cli, args, &urls))
        return CommandLine::Usage;
    bool allOk = true;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        auto job = owned(cli.sessionFor(urls.at(i))->readlink(urls.at(i).path()));
        if (const NfsError e = cli.await(job.get())) {
            cli.fail(args.at(i), e);
            allOk = false;
            continue;
        }
        CommandLine::out(displayName(job->result()).toUtf8() + '\n');
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

struct Measured
{
    bool counted = false;   // something to print (all of it, or what could be read)
    bool ok = true;
    quint64 bytes = 0;
};

// One measure() walk; its failures told on stderr.
Measured measureOne(CommandLine &cli, Session *session, const NfsUrl &url, const QString &shown)
{
    auto job = owned(TreeOperations::measure(session, url.path()));
    const NfsError err = cli.await(job.get());
    if (!err)
        return {true, true, job->result().bytes};
    const QList<TreeFailure> failures = job->failures();
    walkEnded(cli, url, shown, err, failures);
    // What could be read still counts, as du(1) prints it; when the URL itself could not
    // be read there is nothing to print (a "0" would read as an empty folder).
    const bool rootFailed = std::any_of(failures.cbegin(), failures.cend(),
                                        [&url](const TreeFailure &f) { return f.path == url.path(); });
    return {!failures.isEmpty() && !rootFailed, false, failures.isEmpty() ? 0 : job->counted().bytes};
}

int du(CommandLine &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption summary(QStringList{QStringLiteral("s"), QStringLiteral("summarize")},
                                     CommandLine::tr("only the total of each URL"));
    const QCommandLineOption bytes(QStringList{QStringLiteral("b"), QStringLiteral("bytes")},
                                   CommandLine::tr("sizes in bytes"));
    p.addOptions({summary, bytes});
    QString error;
    if (!CommandLine::parseOptions(p, QStringLiteral("du"), args, &error))
        return cli.usageError(error);
    const QStringList texts = p.positionalArguments();
    if (texts.isEmpty())
        return cli.usageError(CommandLine::tr("du: missing URL"));
    QList<NfsUrl> urls;
    if (!parseAll(cli, texts, &urls))
        return CommandLine::Usage;
    const auto line = [&](quint64 size, const QString &shown) {
        CommandLine::out((p.isSet(bytes) ? QByteArray::number(size) : ListingFormat::humanSize(size)) + '\t'
                         + shown.toUtf8() + '\n');
    };
    bool allOk = true;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const NfsUrl &url = urls.at(i);
        Session *session = cli.sessionFor(url);
        NfsError listError(NfsError::Kind::NotADirectory, 0, QString());
        FileInfoList entries;
        if (!p.isSet(summary)) {
            // A symlink given as the URL is the link, as in du(1): never listed through.
            auto st = owned(session->lstat(url.path()));
            if (const NfsError e = cli.await(st.get())) {
                listError = e;
            } else if (st->result().isDir()) {
                auto listing = owned(session->list(url.path(), false));
                listError = cli.await(listing.get());
                entries = listing->takeEntries();
            }
        }
        if (listError.kind() == NfsError::Kind::NotADirectory) {
            // -s, or not a folder: one walk, one line.
            const Measured m = measureOne(cli, session, url, texts.at(i));
            allOk = allOk && m.ok;
            if (m.counted)
                line(m.bytes, texts.at(i));
            continue;
        }
        if (listError) {
            cli.fail(texts.at(i), listError);
            allOk = false;
            continue;
        }
        // Each folder directly inside, then the whole: du --max-depth=1.
        std::sort(entries.begin(), entries.end(), [](const FileInfo &a, const FileInfo &b) { return a.name < b.name; });
        quint64 total = 0;
        for (const FileInfo &e : std::as_const(entries)) {
            if (e.isDir()) {
                const NfsUrl child = url.child(e.name);
                const Measured m = measureOne(cli, session, child, child.toString());
                allOk = allOk && m.ok;
                if (m.counted)
                    line(m.bytes, child.toString());
                total += m.bytes;
            } else if (e.type == FileInfo::Type::File) {
                total += e.size;
            }
        }
        line(total, texts.at(i));
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

int find(CommandLine &cli, const QStringList &args)
{
    // find's own syntax (-name is one word), so no QCommandLineParser here.
    QStringList texts;
    QString pattern;
    Qt::CaseSensitivity cs = Qt::CaseSensitive;
    bool asUrls = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-name") || a == QLatin1String("-iname")) {
            if (i + 1 >= args.size())
                return cli.usageError(CommandLine::tr("find: %1 needs a PATTERN").arg(a));
            if (!pattern.isNull())
                return cli.usageError(CommandLine::tr("find: give one -name or -iname"));
            pattern = args.at(++i);
            cs = a == QLatin1String("-iname") ? Qt::CaseInsensitive : Qt::CaseSensitive;
        } else if (a == QLatin1String("--url")) {
            asUrls = true;
        } else if (a == QLatin1String("--help")) {
            CommandLine::showHelp(CommandLine::tr("Options:\n"
                                                  "  -name PATTERN   names that match PATTERN (* ? [...] as in a shell)\n"
                                                  "  -iname PATTERN  the same, whatever the case of letters\n"
                                                  "  --url           print URLs instead of paths\n"
                                                  "  --help          show this help\n"));
        } else if (a.startsWith(QLatin1Char('-'))) {
            return cli.usageError(CommandLine::tr("find: unknown option '%1'").arg(a));
        } else {
            texts.append(a);
        }
    }
    if (texts.isEmpty())
        return cli.usageError(CommandLine::tr("find: missing URL"));
    if (pattern.isNull())
        pattern = QStringLiteral("*");
    if (!TreeOperations::wildcardExpression(pattern, cs).isValid())
        return cli.usageError(CommandLine::tr("find: bad pattern '%1'").arg(pattern));
    QList<NfsUrl> urls;
    if (!parseAll(cli, texts, &urls))
        return CommandLine::Usage;
    bool allOk = true;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const NfsUrl &url = urls.at(i);
        auto job = owned(TreeOperations::find(cli.sessionFor(url), url.path(), pattern, cs));
        // Hits are printed as they come.
        const auto print = [&] {
            QByteArray text;
            for (const FoundEntry &hit : job->takeFound())
                text += (asUrls ? url.withPath(hit.path).toString().toUtf8() : displayName(hit.path).toUtf8()) + '\n';
            CommandLine::out(text);
        };
        while (!job->wait(100)) {
            print();
            if (CommandLine::interrupted())
                break;
        }
        const NfsError err = cli.await(job.get());
        print();
        if (!walkEnded(cli, url, texts.at(i), err, job->failures()))
            allOk = false;
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

} // namespace

// rm -r of one URL, for browsecommands.cpp: every failed item on stderr; with
// `force` a missing item is no failure.
bool removeTreeCommand(CommandLine &cli, const NfsUrl &url, const QString &shownAs, bool force)
{
    auto job = owned(TreeOperations::removeTree(cli.sessionFor(url), url.path()));
    const NfsError e = cli.await(job.get());
    return walkEnded(cli, url, shownAs, e, job->failures(), force);
}

QList<CliCommand> treeCommands()
{
    return {
        {QStringLiteral("chmod"), QStringLiteral("chmod MODE URL..."), CommandLine::tr("set permission bits (octal MODE)"), &chmod},
        {QStringLiteral("chown"), QStringLiteral("chown [-h] UID[:GID] URL..."), CommandLine::tr("set numeric owner and group (-h: a symlink itself)"), &chown},
        {QStringLiteral("touch"), QStringLiteral("touch [-c] URL..."), CommandLine::tr("set times to now; create missing files (-c: don't)"), &touch},
        {QStringLiteral("truncate"), QStringLiteral("truncate [-c] -s SIZE URL..."), CommandLine::tr("set the size of files (K, M, G, T: powers of 1024)"), &truncate},
        {QStringLiteral("ln"), QStringLiteral("ln [-s] [-f] [-n] TARGET URL"), CommandLine::tr("hard link to the URL TARGET; -s: symbolic link holding the text TARGET"), &ln},
        {QStringLiteral("readlink"), QStringLiteral("readlink URL..."), CommandLine::tr("print the target text of symbolic links"), &readlink},
        {QStringLiteral("du"), QStringLiteral("du [-s] [-b] URL..."), CommandLine::tr("size of trees (never through a symlink)"), &du},
        {QStringLiteral("find"), QStringLiteral("find URL... [-name|-iname PATTERN] [--url]"), CommandLine::tr("entries whose names match (never through a symlink)"), &find},
    };
}
