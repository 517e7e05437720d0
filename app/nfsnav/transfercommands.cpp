// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer commands of nfsnav: cat, get, put, cp, mv. Each copy goes through
// the core's TransferQueue; this file only picks the places and shows progress.
#include "commandline.h"

#include "displayname.h"
#include "listingformat.h"
#include "transferqueue.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace {

bool isStream(const QString &arg)
{
    return arg == QLatin1String("-");
}

QByteArray baseName(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

// Runs one transfer on the queue; progress on stderr when it is a terminal.
// A tree's failed items are each reported, and the command fails at the end.
bool runTransfer(CommandLine &cli, const TransferRequest &request, const QString &what)
{
    TransferJob *job = cli.transfers().add(request);
    const bool showProgress = ::isatty(STDERR_FILENO) && request.to.kind != TransferPlace::Kind::StandardStream;
    bool shown = false;
    const auto tick = [&] {
        if (!showProgress)
            return;
        const qint64 done = job->bytesDone();
        const qint64 total = job->bytesTotal();
        QByteArray line = "\r";
        if (request.recursive)
            line += QByteArray::number(job->itemsDone()) + " items, ";
        line += ListingFormat::humanSize(quint64(done));
        if (total > 0)
            line += " / " + ListingFormat::humanSize(quint64(total)) + "  " + QByteArray::number(done * 100 / total) + '%';
        line += "  " + ListingFormat::humanSize(quint64(job->bytesPerSecond())) + "/s   ";
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        shown = true;
    };
    const NfsError error = cli.await(job, tick);
    if (shown)
        std::fputs("\n", stderr);
    const QList<TreeFailure> failures = job->failures();
    for (const TreeFailure &f : failures)
        cli.fail(f.shown.isEmpty() ? displayName(f.path) : f.shown, f.error);
    if (error && failures.isEmpty())
        cli.fail(what, error);
    return !error;
}

TransferRequest request(const TransferPlace &from, const TransferPlace &to, const TransferOptions &options,
                        bool recursive)
{
    TransferRequest r;
    r.from = from;
    r.to = to;
    r.options = options;
    r.recursive = recursive;
    return r;
}

// The remote folder case: a target URL naming an existing folder receives the source inside it.
NfsUrl intoFolder(CommandLine &cli, const NfsUrl &target, const QByteArray &name)
{
    auto st = owned(cli.sessionFor(target)->stat(target.path()));
    if (!cli.await(st.get()) && st->result().isDir() && !name.isEmpty())
        return target.child(name);
    return target;
}

// Like cp(1): a symbolic link at the target is written through to the file it
// leads to, not replaced; one that leads nowhere is refused (a copy through it
// would make a file where the user may not expect one). False after saying why.
bool throughLinks(CommandLine &cli, NfsUrl *target, const QString &shownAs)
{
    bool viaLink = false;
    for (int hop = 0; hop < 16; ++hop) {
        auto st = owned(cli.sessionFor(*target)->lstat(target->path()));
        const NfsError e = cli.await(st.get());
        if (e.kind() == NfsError::Kind::NotFound && viaLink) {
            cli.fail(shownAs, CommandLine::tr("not writing through a symbolic link that leads nowhere (%1)")
                                  .arg(target->toString()));
            return false;
        }
        if (e || st->result().type != FileInfo::Type::Symlink)
            return true;
        auto link = owned(cli.sessionFor(*target)->readlink(target->path()));
        if (const NfsError le = cli.await(link.get())) {
            cli.fail(shownAs, le);
            return false;
        }
        const QByteArray text = link->result();
        const NfsUrl next = text.startsWith('/') ? target->withPath(text)
                                                : target->withPath(target->parent().path() + '/' + text);
        if (text.isEmpty() || !next.isValid()) {
            cli.fail(shownAs, CommandLine::tr("not writing through a symbolic link that cannot be followed (%1)")
                                  .arg(target->toString()));
            return false;
        }
        *target = next;
        viaLink = true;
    }
    cli.fail(shownAs, CommandLine::tr("too many levels of symbolic links"));
    return false;
}

// The same for a local target.
bool throughLocalLinks(CommandLine &cli, QString *target)
{
    const QFileInfo fi(*target);
    if (!fi.isSymLink())
        return true;
    const QString resolved = fi.canonicalFilePath();
    if (resolved.isEmpty()) {
        cli.fail(*target, CommandLine::tr("not writing through a symbolic link that leads nowhere (%1)")
                              .arg(fi.symLinkTarget()));
        return false;
    }
    *target = resolved;
    return true;
}

// The options get, put and cp share.
struct CopyArguments
{
    TransferOptions options;
    bool recursive = false;
    QStringList positional;
    QString error;

    // A file copied onto a symbolic link goes to the file it leads to; what
    // --skip and --rename keep is the name the user gave, link or not.
    bool writesThroughLinks() const { return !recursive && !options.noClobber && !options.keepBoth; }

    bool parse(const QString &command, const QStringList &args)
    {
        QCommandLineParser p;
        const QCommandLineOption noClobber(QStringList{QStringLiteral("n"), QStringLiteral("skip"), QStringLiteral("no-clobber")},
                                           CommandLine::tr("never replace an existing file"));
        const QCommandLineOption overwrite(QStringLiteral("overwrite"), CommandLine::tr("replace an existing file (the default)"));
        const QCommandLineOption rename(QStringLiteral("rename"),
                                        CommandLine::tr("keep an existing file; the copy becomes \"name (1).ext\""));
        const QCommandLineOption tree(QStringList{QStringLiteral("r"), QStringLiteral("recursive")},
                                      CommandLine::tr("copy folders with everything in them"));
        const QCommandLineOption force(QStringLiteral("force"),
                                       CommandLine::tr("copy even when the target's free space looks too small"));
        const QCommandLineOption resume(QStringLiteral("resume"),
                                        CommandLine::tr("go on from a partial copy left beside the target"));
        p.addOptions({noClobber, overwrite, rename, tree, force, resume});
        if (!CommandLine::parseOptions(p, command, args, &error))
            return false;
        if (int(p.isSet(noClobber)) + int(p.isSet(overwrite)) + int(p.isSet(rename)) > 1) {
            error = CommandLine::tr("%1: choose one of --overwrite, --skip (-n) and --rename").arg(command);
            return false;
        }
        options.noClobber = p.isSet(noClobber);
        options.keepBoth = p.isSet(rename);
        options.resume = p.isSet(resume);

        options.force = p.isSet(force);
        recursive = p.isSet(tree);
        positional = p.positionalArguments();
        return true;
    }
};

int cat(CommandLine &cli, const QStringList &args)
{
    if (args.isEmpty())
        return cli.usageError(CommandLine::tr("cat: missing URL"));
    bool allOk = true;
    for (const QString &text : args) {
        bool ok = false;
        const NfsUrl url = cli.parseUrl(text, &ok);
        if (!ok)
            return CommandLine::Usage;
        std::fflush(stdout);
        if (!runTransfer(cli, request(TransferPlace::remote(url), TransferPlace::standardStream(), {}, false), text))
            allOk = false;
    }
    return allOk ? CommandLine::Success : CommandLine::Failure;
}

int get(CommandLine &cli, const QStringList &args)
{
    CopyArguments a;
    if (!a.parse(QStringLiteral("get"), args))
        return cli.usageError(a.error);
    const QStringList &pos = a.positional;
    if (pos.size() != 2)
        return cli.usageError(CommandLine::tr("get: needs a URL and a local path (or -)"));
    bool ok = false;
    const NfsUrl url = cli.parseUrl(pos.at(0), &ok);
    if (!ok)
        return CommandLine::Usage;
    TransferPlace to = TransferPlace::standardStream();
    if (!isStream(pos.at(1))) {
        QString local = pos.at(1);
        if (QFileInfo(local).isDir())
            local = QFileInfo(local).absoluteFilePath() + QLatin1Char('/') + QFile::decodeName(baseName(url.path()));
        if (a.writesThroughLinks() && !throughLocalLinks(cli, &local))
            return CommandLine::Failure;
        to = TransferPlace::local(local);
    } else if (a.recursive) {
        return cli.usageError(CommandLine::tr("get -r: needs a local folder, not -"));
    }
    std::fflush(stdout);
    return runTransfer(cli, request(TransferPlace::remote(url), to, a.options, a.recursive), pos.at(0))
        ? CommandLine::Success
        : CommandLine::Failure;
}

int put(CommandLine &cli, const QStringList &args)
{
    CopyArguments a;
    if (!a.parse(QStringLiteral("put"), args))
        return cli.usageError(a.error);
    const QStringList &pos = a.positional;
    if (pos.size() != 2)
        return cli.usageError(CommandLine::tr("put: needs a local path (or -) and a URL"));
    bool ok = false;
    NfsUrl url = cli.parseUrl(pos.at(1), &ok);
    if (!ok)
        return CommandLine::Usage;
    const bool fromStdin = isStream(pos.at(0));
    url = intoFolder(cli, url, fromStdin ? QByteArray() : QFile::encodeName(QFileInfo(pos.at(0)).fileName()));
    if (a.writesThroughLinks() && !throughLinks(cli, &url, pos.at(1)))
        return CommandLine::Failure;
    const TransferPlace from = fromStdin ? TransferPlace::standardStream() : TransferPlace::local(pos.at(0));
    if (a.recursive && fromStdin)
        return cli.usageError(CommandLine::tr("put -r: needs a local folder, not -"));
    return runTransfer(cli, request(from, TransferPlace::remote(url), a.options, a.recursive),
                       fromStdin ? pos.at(1) : pos.at(0))
        ? CommandLine::Success
        : CommandLine::Failure;
}

int cp(CommandLine &cli, const QStringList &args)
{
    CopyArguments a;
    if (!a.parse(QStringLiteral("cp"), args))
        return cli.usageError(a.error);
    const QStringList &pos = a.positional;
    if (pos.size() != 2)
        return cli.usageError(CommandLine::tr("cp: needs a source URL and a destination URL"));
    bool ok = false;
    const NfsUrl from = cli.parseUrl(pos.at(0), &ok);
    if (!ok)
        return CommandLine::Usage;
    NfsUrl to = cli.parseUrl(pos.at(1), &ok);
    if (!ok)
        return CommandLine::Usage;
    to = intoFolder(cli, to, baseName(from.path()));
    if (a.writesThroughLinks() && !throughLinks(cli, &to, pos.at(1)))
        return CommandLine::Failure;
    return runTransfer(cli, request(TransferPlace::remote(from), TransferPlace::remote(to), a.options, a.recursive),
                       pos.at(0))
        ? CommandLine::Success
        : CommandLine::Failure;
}

// A place on the command line: "nfs://..." or "@bookmark/..." is remote, anything else a local path.
bool isRemoteArgument(const QString &arg)
{
    return arg.startsWith(QLatin1String("nfs://"), Qt::CaseInsensitive) || arg.startsWith(QLatin1Char('@'));
}

// mv: within one server and options a rename (as before); otherwise a move
// through the queue: copied, verified, then the source deleted.
int mv(CommandLine &cli, const QStringList &args)
{
    CopyArguments a;
    if (!a.parse(QStringLiteral("mv"), args))
        return cli.usageError(a.error);
    const QStringList &pos = a.positional;
    if (pos.size() != 2)
        return cli.usageError(CommandLine::tr("mv: needs a source and a destination (URLs or local paths)"));
    const bool fromRemote = isRemoteArgument(pos.at(0));
    const bool toRemote = isRemoteArgument(pos.at(1));
    if (!fromRemote && !toRemote)
        return cli.usageError(CommandLine::tr("mv: at least one side must be a URL"));
    if (pos.at(1).isEmpty() || toRemote) {
        if (const QString problem = CommandLine::newNameProblem(pos.at(1)); !problem.isEmpty()) {
            cli.fail(pos.at(1), problem);
            return CommandLine::Usage;
        }
    }
    bool ok = true;
    const NfsUrl fromUrl = fromRemote ? cli.parseUrl(pos.at(0), &ok) : NfsUrl();
    if (!ok)
        return CommandLine::Usage;
    NfsUrl toUrl = toRemote ? cli.parseUrl(pos.at(1), &ok) : NfsUrl();
    if (!ok)
        return CommandLine::Usage;
    const QByteArray name = fromRemote ? baseName(fromUrl.path()) : QFile::encodeName(QFileInfo(pos.at(0)).fileName());
    bool isFolder = false;
    if (fromRemote) {
        auto st = owned(cli.sessionFor(fromUrl)->lstat(fromUrl.path()));
        if (const NfsError e = cli.await(st.get())) {
            cli.fail(pos.at(0), e);
            return CommandLine::Failure;
        }
        isFolder = st->result().isDir();
    } else {
        const QFileInfo fi(pos.at(0));
        if (!fi.exists() && !fi.isSymLink()) {
            cli.fail(pos.at(0), CommandLine::tr("No such file or folder"));
            return CommandLine::Failure;
        }
        isFolder = fi.isDir() && !fi.isSymLink();
    }
    TransferPlace to;
    if (toRemote) {
        // Like mv(1): an existing folder as the destination receives the source.
        if (!(fromRemote && fromUrl.isRoot()))
            toUrl = intoFolder(cli, toUrl, name);
        to = TransferPlace::remote(toUrl);
    } else {
        QString local = pos.at(1);
        if (QFileInfo(local).isDir())
            local = QFileInfo(local).absoluteFilePath() + QLatin1Char('/') + QFile::decodeName(name);
        to = TransferPlace::local(local);
    }
    TransferRequest r = request(fromRemote ? TransferPlace::remote(fromUrl) : TransferPlace::local(pos.at(0)), to,
                                a.options, isFolder);
    r.move = true;
    return runTransfer(cli, r, pos.at(0)) ? CommandLine::Success : CommandLine::Failure;
}

} // namespace

QList<CliCommand> transferCommands()
{
    return {
        {QStringLiteral("cat"), QStringLiteral("cat URL..."), CommandLine::tr("write files to standard output"), &cat},
        {QStringLiteral("get"), QStringLiteral("get [-n|--skip|--overwrite|--rename] [-r] [--force] [--resume] URL LOCAL|-"), CommandLine::tr("download a file or, with -r, a tree (- for standard output)"), &get},
        {QStringLiteral("put"), QStringLiteral("put [-n|--skip|--overwrite|--rename] [-r] [--force] [--resume] LOCAL|- URL"), CommandLine::tr("upload a file or, with -r, a tree (- for standard input)"), &put},
        {QStringLiteral("cp"), QStringLiteral("cp [-n|--skip|--overwrite|--rename] [-r] [--force] [--resume] URL URL"), CommandLine::tr("copy a file or, with -r, a tree, also between servers"), &cp},
        {QStringLiteral("mv"), QStringLiteral("mv [-n|--skip|--overwrite|--rename] [--force] [--resume] URL|LOCAL URL|LOCAL"), CommandLine::tr("move or rename: a rename within one export, else copied, verified and the source deleted"), &mv},
    };
}
