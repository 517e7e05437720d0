// SPDX-License-Identifier: GPL-3.0-or-later
// The browsing commands of nfsnav: ls, stat, mkdir, rmdir, rm [-r], df, exports
// (mv is with the transfer commands: between servers it is a copy).
#include "commandline.h"

#include "displayname.h"
#include "listingformat.h"
#include "sortedlines.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace {

struct ListOptions
{
    bool longFormat = false;
    bool all = false;
    bool recursive = false;
    bool asUrls = false;
    bool unsorted = false;   // -U: each batch printed as it arrives, in the server's order
};

// " -> target" for a long line, once `job` (a READLINK) ends; " -> ?" if it failed.
QByteArray linkTarget(CommandLine &cli, ReadlinkJob *job)
{
    return " -> " + (cli.await(job) ? QByteArray("?") : displayNameUtf8(job->result()));
}

// The server's NFSv3 export list; nothing, after saying why as `shownAs`, if it cannot be had.
std::optional<QList<ExportEntry>> exportsOf(CommandLine &cli, const NfsUrl &url, const QString &shownAs)
{
    auto job = owned(cli.sessionFor(url)->exports());
    if (const NfsError e = cli.await(job.get())) {
        cli.fail(shownAs, e);
        return std::nullopt;
    }
    return job->result();
}

bool listOne(CommandLine &cli, const NfsUrl &url, const QString &shownAs, const ListOptions &options, bool header,
             bool &first);
bool makePath(CommandLine &cli, const NfsUrl &url, bool parents);

} // namespace

// In treecommands.cpp.
bool removeTreeCommand(CommandLine &cli, const NfsUrl &url, const QString &shownAs, bool force);

namespace {

int ls(CommandLine &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption longOpt(QStringLiteral("l"), CommandLine::tr("long format"));
    const QCommandLineOption allOpt(QStringList{QStringLiteral("a"), QStringLiteral("all")}, CommandLine::tr("include names starting with ."));
    const QCommandLineOption recOpt(QStringList{QStringLiteral("R"), QStringLiteral("recursive")}, CommandLine::tr("list subfolders"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), CommandLine::tr("print URLs"));
    const QCommandLineOption unsortedOpt(QStringLiteral("U"), CommandLine::tr("unsorted, printed as the server sends"));
    p.addOptions({longOpt, allOpt, recOpt, urlOpt, unsortedOpt});
    QString error;
    if (!CommandLine::parseOptions(p, QStringLiteral("ls"), args, &error))
        return cli.usageError(error);
    const QStringList urls = p.positionalArguments();
    if (urls.isEmpty())
        return cli.usageError(CommandLine::tr("ls: missing URL"));
    const ListOptions options{p.isSet(longOpt), p.isSet(allOpt), p.isSet(recOpt), p.isSet(urlOpt),
                              p.isSet(unsortedOpt)};
    bool allOk = true;
    bool first = true;
    for (const QString &text : urls) {
        bool ok = false;
        const NfsUrl url = cli.parseUrl(text, &ok);
        if (!ok)
            return CommandLine::Usage;
        if (!listOne(cli, url, text, options, urls.size() > 1 || options.recursive, first))
            allOk = false;
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

// Waits for `listing` while the main thread's events deliver its batches to
// `print` the moment they arrive. Ctrl+C ends the wait as CommandLine::await does.
NfsError streamListing(CommandLine &cli, DirectoryListing *listing, const std::function<void(const FileInfoList &)> &print)
{
    QEventLoop loop;
    QObject::connect(listing, &DirectoryListing::entriesArrived, &loop, print);
    QObject::connect(listing, &Job::finished, &loop, &QEventLoop::quit);
    QTimer interrupt;
    QObject::connect(&interrupt, &QTimer::timeout, &loop, [&loop] {
        if (CommandLine::interrupted())
            loop.quit();
    });
    interrupt.start(100);
    loop.exec();
    return cli.await(listing);
}

bool listOne(CommandLine &cli, const NfsUrl &url, const QString &shownAs, const ListOptions &options, bool header,
             bool &first)
{
    Session *session = cli.sessionFor(url);
    if (url.version() == 3 && url.path() == "/") {
        // An NFSv3 server's root is no folder: its exports are listed, as the window shows them.
        const std::optional<QList<ExportEntry>> list = exportsOf(cli, url, shownAs);
        if (!list)
            return false;
        if (header) {
            CommandLine::out((first ? QByteArray() : QByteArray("\n"))
                             + (options.asUrls ? url.toString().toUtf8() : shownAs.toUtf8()) + ":\n");
        }
        first = false;
        QList<QByteArray> paths;
        for (const ExportEntry &e : *list)
            paths.append(e.path);
        std::sort(paths.begin(), paths.end());
        QByteArray lines;
        for (const QByteArray &p : std::as_const(paths))
            lines += (options.asUrls ? url.withPath(p).toString().toUtf8() : displayNameUtf8(p)) + '\n';
        CommandLine::out(lines);
        return true;
    }
    // Names alone need no attributes: plain READDIR, a fraction of the server's work.
    auto listing = owned(options.longFormat || options.recursive ? session->list(url.path())
                                                                 : session->listNames(url.path()));
    bool headerShown = false;
    const auto showHeader = [&] {
        if (headerShown)
            return;
        headerShown = true;
        if (header) {
            if (!first)
                CommandLine::out("\n");
            CommandLine::out((options.asUrls ? url.toString().toUtf8() : shownAs.toUtf8()) + ":\n");
        }
        first = false;
    };
    const auto lineOf = [&](const FileInfo &e) {
        const QByteArray shown = options.asUrls ? url.child(e.name).toString().toUtf8() : displayNameUtf8(e.name);
        return options.longFormat ? ListingFormat::longLine(e, shown) : shown;
    };
    // Each batch's lines are made (and sorted) as it arrives, while the server
    // reads the next one; sorted, they are printed once the listing is whole.
    SortedLines lines;
    FileInfoList entries;
    // A long line of a symbolic link ends in "-> target", as ls(1)'s: the
    // first links' READLINKs go out as their batch lands, the others at the
    // end, at most ReadlinksInFlight at a time, and the lines wait for the end.
    constexpr std::size_t ReadlinksInFlight = 64;
    std::vector<std::pair<FileInfo, std::unique_ptr<ReadlinkJob>>> links;
    const auto readlinkOf = [&](const FileInfo &e) {
        return std::unique_ptr<ReadlinkJob>(session->readlink(url.child(e.name).path()));
    };
    const NfsError error = streamListing(cli, listing.get(), [&](const FileInfoList &batch) {
        if (options.recursive)
            entries += batch;
        QByteArray text;
        for (const FileInfo &e : batch) {
            if (!options.all && e.name.startsWith('.'))
                continue;
            if (options.longFormat && e.type == FileInfo::Type::Symlink) {
                links.emplace_back(e, links.size() < ReadlinksInFlight ? readlinkOf(e) : nullptr);
                continue;
            }
            if (!options.unsorted) {
                lines.append(e.name, lineOf(e));
                continue;
            }
            text += lineOf(e);
            text += '\n';
        }
        if (options.unsorted) {
            showHeader();
            CommandLine::out(text);
        } else {
            lines.endBatch();
        }
    });
    if (error.kind() == NfsError::Kind::NotADirectory || error.kind() == NfsError::Kind::NotFound) {
        // ls of a file shows the file; of a symbolic link that leads to no
        // folder (nowhere, or out of the export), the link, as ls(1) does.
        auto st = owned(session->lstat(url.path()));
        const NfsError statError = cli.await(st.get());
        if (statError) {
            cli.fail(shownAs, error.kind() == NfsError::Kind::NotFound ? error : statError);
            return false;
        }
        if (st->result().type == FileInfo::Type::Symlink && !options.longFormat) {
            // Without -l a link is followed: where it leads is said, unless nowhere.
            auto target = owned(session->stat(url.path()));
            const NfsError followError = cli.await(target.get());
            if (followError && followError.kind() != NfsError::Kind::NotFound) {
                cli.fail(shownAs, followError);
                return false;
            }
        } else if (error.kind() == NfsError::Kind::NotFound && st->result().type != FileInfo::Type::Symlink) {
            cli.fail(shownAs, error);
            return false;
        }
        const QByteArray shown = options.asUrls ? url.toString().toUtf8() : shownAs.toUtf8();
        QByteArray line = shown;
        if (options.longFormat) {
            line = ListingFormat::longLine(st->result(), shown);
            if (st->result().type == FileInfo::Type::Symlink)
                line += linkTarget(cli, owned(session->readlink(url.path())).get());
        }
        CommandLine::out(line + '\n');
        first = false;
        return true;
    }
    if (error) {
        cli.fail(shownAs, error);
        return false;
    }
    QByteArray linkLines;
    for (std::size_t i = 0; i < links.size(); ++i) {
        for (std::size_t j = i; j < std::min(links.size(), i + ReadlinksInFlight); ++j) {
            if (!links[j].second)
                links[j].second = readlinkOf(links[j].first);
        }
        const FileInfo &e = links[i].first;
        const QByteArray line = lineOf(e) + linkTarget(cli, links[i].second.get());
        links[i].second.reset();
        if (options.unsorted)
            linkLines += line + '\n';
        else
            lines.append(e.name, line);
    }
    showHeader();
    CommandLine::out(options.unsorted ? linkLines : lines.text());
    bool ok = true;
    if (options.recursive) {
        // READDIRPLUS types come from lstat semantics: a symlink to a folder
        // is a symlink here and is never followed. Subfolders in name order
        // unless -U.
        if (!options.unsorted)
            std::sort(entries.begin(), entries.end(), [](const FileInfo &a, const FileInfo &b) { return a.name < b.name; });
        for (const FileInfo &e : std::as_const(entries)) {
            if (!e.isDir() || (!options.all && e.name.startsWith('.')))
                continue;
            const NfsUrl child = url.child(e.name);
            // A subfolder is shown by its canonical URL: appending to the text
            // the user typed would break at its "?arguments".
            if (!listOne(cli, child, child.toString(), options, true, first))
                ok = false;
        }
    }
    return ok;
}

int stat(CommandLine &cli, const QStringList &args)
{
    if (args.isEmpty())
        return cli.usageError(CommandLine::tr("stat: missing URL"));
    bool allOk = true;
    for (const QString &text : args) {
        bool ok = false;
        const NfsUrl url = cli.parseUrl(text, &ok);
        if (!ok)
            return CommandLine::Usage;
        auto job = owned(cli.sessionFor(url)->lstat(url.path()));
        if (const NfsError e = cli.await(job.get())) {
            cli.fail(text, e);
            allOk = false;
            continue;
        }
        CommandLine::out(ListingFormat::statBlock(job->result(), displayName(url.path()).toUtf8()));
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

bool makePath(CommandLine &cli, const NfsUrl &url, bool parents)
{
    Session *session = cli.sessionFor(url);
    auto job = owned(session->mkdir(url.path()));
    NfsError e = cli.await(job.get());
    if (!e)
        return true;
    if (parents && e.kind() == NfsError::Kind::Exists) {
        auto st = owned(session->stat(url.path()));
        if (!cli.await(st.get()) && st->result().isDir())
            return true;
    }
    if (parents && e.kind() == NfsError::Kind::NotFound && !url.isRoot()) {
        if (!makePath(cli, url.parent(), true))
            return false;
        auto again = owned(session->mkdir(url.path()));
        e = cli.await(again.get());
        if (!e || e.kind() == NfsError::Kind::Exists)
            return true;
    }
    cli.fail(url.toString(), e);
    return false;
}

int mkdir(CommandLine &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption parentsOpt(QStringList{QStringLiteral("p"), QStringLiteral("parents")},
                                        CommandLine::tr("create parents; no error if present"));
    p.addOption(parentsOpt);
    QString error;
    if (!CommandLine::parseOptions(p, QStringLiteral("mkdir"), args, &error))
        return cli.usageError(error);
    if (p.positionalArguments().isEmpty())
        return cli.usageError(CommandLine::tr("mkdir: missing URL"));
    bool allOk = true;
    for (const QString &text : p.positionalArguments()) {
        if (const QString problem = CommandLine::newNameProblem(text); !problem.isEmpty() && !text.isEmpty()) {
            cli.fail(text, problem);
            return CommandLine::Usage;
        }
        bool ok = false;
        const NfsUrl url = cli.parseUrl(text, &ok);
        if (!ok)
            return CommandLine::Usage;
        if (!makePath(cli, url, p.isSet(parentsOpt)))
            allOk = false;
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

int rmdir(CommandLine &cli, const QStringList &args)
{
    if (args.isEmpty())
        return cli.usageError(CommandLine::tr("rmdir: missing URL"));
    bool allOk = true;
    for (const QString &text : args) {
        bool ok = false;
        const NfsUrl url = cli.parseUrl(text, &ok);
        if (!ok)
            return CommandLine::Usage;
        auto job = owned(cli.sessionFor(url)->rmdir(url.path()));
        if (const NfsError e = cli.await(job.get())) {
            cli.fail(text, e);
            allOk = false;
        }
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

int rm(CommandLine &cli, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption recursive(QStringList{QStringLiteral("r"), QStringLiteral("R"), QStringLiteral("recursive")},
                                       CommandLine::tr("remove folders and everything in them"));
    const QCommandLineOption force(QStringList{QStringLiteral("f"), QStringLiteral("force")},
                                   CommandLine::tr("a missing entry is no error"));
    p.addOptions({recursive, force});
    QString error;
    if (!CommandLine::parseOptions(p, QStringLiteral("rm"), args, &error))
        return cli.usageError(error);
    const QStringList texts = p.positionalArguments();
    if (texts.isEmpty())
        return p.isSet(force) ? CommandLine::Success : cli.usageError(CommandLine::tr("rm: missing URL"));
    // Every URL is checked before anything is removed.
    QList<NfsUrl> urls;
    for (const QString &text : texts) {
        bool ok = false;
        urls.append(cli.parseUrl(text, &ok));
        if (!ok)
            return CommandLine::Usage;
    }
    bool allOk = true;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const NfsUrl &url = urls.at(i);
        const QString &text = texts.at(i);
        if (p.isSet(recursive)) {
            if (!removeTreeCommand(cli, url, text, p.isSet(force)))
                allOk = false;
            continue;
        }
        Session *session = cli.sessionFor(url);
        // Look first: some servers answer an unlink of a folder with a vague error.
        auto st = owned(session->lstat(url.path()));
        if (const NfsError e = cli.await(st.get())) {
            if (p.isSet(force) && e.kind() == NfsError::Kind::NotFound)
                continue;
            cli.fail(text, e);
            allOk = false;
            continue;
        }
        if (st->result().isDir()) {
            cli.fail(text, CommandLine::tr("Is a folder (use rm -r, or rmdir for an empty folder)"));
            allOk = false;
            continue;
        }
        auto job = owned(session->unlink(url.path()));
        if (const NfsError e = cli.await(job.get())) {
            if (p.isSet(force) && e.kind() == NfsError::Kind::NotFound)
                continue;
            cli.fail(text, e);
            allOk = false;
        }
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

int df(CommandLine &cli, const QStringList &args)
{
    if (args.isEmpty())
        return cli.usageError(CommandLine::tr("df: missing URL"));
    QByteArray text;
    bool allOk = true;
    for (const QString &a : args) {
        bool ok = false;
        const NfsUrl url = cli.parseUrl(a, &ok);
        if (!ok)
            return CommandLine::Usage;
        auto job = owned(cli.sessionFor(url)->statvfs(url.path()));
        if (const NfsError e = cli.await(job.get())) {
            cli.fail(a, e);
            allOk = false;
            continue;
        }
        const FsStats s = job->result();
        const quint64 used = s.totalBytes - s.freeBytes;
        const quint64 pct = (used + s.availableBytes) ? (used * 100 + (used + s.availableBytes) - 1) / (used + s.availableBytes) : 0;
        text += ListingFormat::humanSize(s.totalBytes).leftJustified(10) + ' '
            + ListingFormat::humanSize(used).leftJustified(10) + ' '
            + ListingFormat::humanSize(s.availableBytes).leftJustified(10) + ' '
            + (QByteArray::number(pct) + '%').rightJustified(4) + ' ' + QByteArray::number(s.totalFiles).leftJustified(10)
            + ' ' + QByteArray::number(s.freeFiles).leftJustified(10) + ' ' + a.toUtf8() + '\n';
    }
    // No header above nothing: a df that found no file system prints nothing on stdout.
    if (!text.isEmpty())
        CommandLine::out("Size       Used       Avail      Use% Files      Free files URL\n" + text);
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

int exports(CommandLine &cli, const QStringList &args)
{
    if (args.size() != 1)
        return cli.usageError(CommandLine::tr("exports: needs one HOST or nfs:// URL"));
    const QString &arg = args.at(0);
    const QString text = arg.contains(QLatin1String("://")) ? arg : QStringLiteral("nfs://%1/").arg(arg);
    bool ok = false;
    const NfsUrl url = cli.parseUrl(text, &ok);
    if (!ok)
        return CommandLine::Usage;
    const std::optional<QList<ExportEntry>> list = exportsOf(cli, url, arg);
    if (!list)
        return CommandLine::Failure;
    QByteArray lines;
    for (const ExportEntry &e : *list) {
        QByteArray clients;
        for (const QByteArray &c : e.clients)
            clients += (clients.isEmpty() ? "" : ",") + displayName(c).toUtf8();
        lines += displayName(e.path).toUtf8() + (clients.isEmpty() ? QByteArray() : ' ' + clients) + '\n';
    }
    CommandLine::out(lines);
    return CommandLine::Success;
}

} // namespace

QList<CliCommand> browseCommands()
{
    return {
        {QStringLiteral("ls"), QStringLiteral("ls [-l] [-a] [-R] [-U] [--url] URL..."), CommandLine::tr("list folders (or show files)"), &ls},
        {QStringLiteral("stat"), QStringLiteral("stat URL..."), CommandLine::tr("show the attributes of an entry (not following a symlink)"), &stat},
        {QStringLiteral("mkdir"), QStringLiteral("mkdir [-p] URL..."), CommandLine::tr("create folders (-p: with parents, no error if present)"), &mkdir},
        {QStringLiteral("rmdir"), QStringLiteral("rmdir URL..."), CommandLine::tr("remove empty folders"), &rmdir},
        {QStringLiteral("rm"), QStringLiteral("rm [-r] [-f] URL..."), CommandLine::tr("remove files (-r: folders and all in them; -f: missing is fine)"), &rm},
        {QStringLiteral("df"), QStringLiteral("df URL..."), CommandLine::tr("size and free space of the file system"), &df},
        {QStringLiteral("exports"), QStringLiteral("exports HOST|URL"), CommandLine::tr("the server's NFSv3 export list"), &exports},
    };
}
