#include "commandline.h"

#include "displayname.h"
#include "listingformat.h"

#include <QCommandLineParser>
#include <QLoggingCategory>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>

namespace {

std::atomic<bool> g_interrupted{false};

struct InterruptedError
{
};

template<typename J>
std::unique_ptr<J> owned(J *job)
{
    return std::unique_ptr<J>(job);
}

QString commandHelp()
{
    return CommandLine::tr(
        "Usage: nfsnav [-v] COMMAND [OPTIONS] ARGS...\n"
        "\n"
        "Browse and manage files on NFS servers.\n"
        "\n"
        "Commands:\n"
        "  ls [-l] [-a] [-R] [--url] URL...   list folders (or show files)\n"
        "  stat URL...                        show the attributes of an entry (not following a symlink)\n"
        "  mkdir [-p] URL...                  create folders (-p: with parents, no error if present)\n"
        "  rmdir URL...                       remove empty folders\n"
        "  rm URL...                          remove files\n"
        "  mv URL URL                         rename or move within one export\n"
        "  df URL                             size and free space of the file system\n"
        "  exports HOST|URL                   the server's NFSv3 export list\n"
        "\n"
        "Options:\n"
        "  -v, --verbose    log what the tool does (to stderr)\n"
        "  -h, --help       this help\n"
        "  --version        the version\n"
        "\n"
        "URLs: nfs://host[:port]/export/path?version=3|4&uid=N&gid=N&nfsport=N&mountport=N\n"
        "      &timeout=SECONDS&autoreconnect=N&readahead=BYTES&dircache=0|1\n"
        "      &auto-traverse-mounts=0|1&tcp-syncnt=N\n"
        "Write special characters in names as %XX (a space is %20, '#' is %23).\n"
        "\n"
        "Names from the server are printed escaped: \\n, \\t, \\e, \\\\ and \\xNN for bytes\n"
        "that are not valid UTF-8; `ls --url` prints URLs that address the exact bytes.\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 bad usage, 130 interrupted.\n");
}

} // namespace

void CommandLine::interrupt()
{
    g_interrupted.store(true);
}

CommandLine::CommandLine(QStringList arguments)
    : m_args(std::move(arguments))
{
}

CommandLine::~CommandLine() = default;

void CommandLine::out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int CommandLine::usageError(const QString &message)
{
    std::fprintf(stderr, "nfsnav: %s\n%s\n", message.toLocal8Bit().constData(),
                 tr("Try 'nfsnav --help'.").toLocal8Bit().constData());
    return Usage;
}

void CommandLine::fail(const QString &what, const NfsError &error)
{
    fail(what, error.message());
}

void CommandLine::fail(const QString &what, const QString &reason)
{
    std::fprintf(stderr, "nfsnav: %s: %s\n", what.toLocal8Bit().constData(), reason.toLocal8Bit().constData());
}

int CommandLine::run()
{
    // Global options come before the command word.
    int i = 1;
    for (; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a == QLatin1String("-v") || a == QLatin1String("--verbose")) {
            QLoggingCategory::setFilterRules(QStringLiteral("nfsnav.*=true"));
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(commandHelp().toUtf8());
            return Success;
        } else if (a == QLatin1String("--version")) {
            out(QByteArray("nfsnav " NFSNAV_VERSION "\n"));
            return Success;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(tr("unknown option '%1'").arg(a));
        } else {
            break;
        }
    }
    if (i >= m_args.size())
        return usageError(tr("missing command"));
    const QString command = m_args.at(i);
    try {
        return runCommand(command, m_args.mid(i + 1));
    } catch (const InterruptedError &) {
        std::fflush(stdout);
        return Interrupted;
    }
}

int CommandLine::runCommand(const QString &command, const QStringList &args)
{
    using Handler = int (CommandLine::*)(const QStringList &);
    static const QMap<QString, Handler> commands = {
        {QStringLiteral("ls"), &CommandLine::ls},       {QStringLiteral("stat"), &CommandLine::stat},
        {QStringLiteral("mkdir"), &CommandLine::mkdir}, {QStringLiteral("rmdir"), &CommandLine::rmdir},
        {QStringLiteral("rm"), &CommandLine::rm},       {QStringLiteral("mv"), &CommandLine::mv},
        {QStringLiteral("df"), &CommandLine::df},       {QStringLiteral("exports"), &CommandLine::exports},
    };
    const auto it = commands.find(command);
    if (it == commands.end())
        return usageError(tr("unknown command '%1'").arg(command));
    return (this->*it.value())(args);
}

NfsUrl CommandLine::parseUrl(const QString &text, bool *ok)
{
    const NfsUrl url = NfsUrl::parse(text);
    *ok = url.isValid();
    if (!*ok)
        fail(text, url.errorString());
    return url;
}

Session *CommandLine::sessionFor(const NfsUrl &url)
{
    const QString key = url.withPath("/").toString();
    auto &s = m_sessions[key];
    if (!s)
        s = std::make_shared<Session>(url);
    return s.get();
}

NfsError CommandLine::await(Job *job)
{
    // Short waits, so Ctrl+C is noticed while the server is silent.
    while (!job->wait(100)) {
        if (g_interrupted.load()) {
            job->cancel();
            throw InterruptedError{};
        }
    }
    if (g_interrupted.load())
        throw InterruptedError{};
    return job->error();
}

namespace {

// Parses the options of one command; returns false (and prints) on a mistake.
bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args,
                  QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(QStringList{command} + args)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

} // namespace

int CommandLine::ls(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption longOpt(QStringLiteral("l"), tr("long format"));
    const QCommandLineOption allOpt(QStringList{QStringLiteral("a"), QStringLiteral("all")}, tr("include names starting with ."));
    const QCommandLineOption recOpt(QStringList{QStringLiteral("R"), QStringLiteral("recursive")}, tr("list subfolders"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), tr("print URLs"));
    p.addOptions({longOpt, allOpt, recOpt, urlOpt});
    QString error;
    if (!parseOptions(p, QStringLiteral("ls"), args, &error))
        return usageError(error);
    const QStringList urls = p.positionalArguments();
    if (urls.isEmpty())
        return usageError(tr("ls: missing URL"));
    bool allOk = true;
    bool first = true;
    for (const QString &text : urls) {
        bool ok = false;
        const NfsUrl url = parseUrl(text, &ok);
        if (!ok)
            return Usage;
        if (!listOne(url, text, p.isSet(longOpt), p.isSet(allOpt), p.isSet(recOpt), p.isSet(urlOpt),
                     urls.size() > 1 || p.isSet(recOpt), first))
            allOk = false;
    }
    return allOk ? Success : Failure;
}

bool CommandLine::listOne(const NfsUrl &url, const QString &shownAs, bool longFormat, bool all, bool recursive,
                          bool asUrls, bool header, bool &first)
{
    Session *session = sessionFor(url);
    auto listing = owned(session->list(url.path()));
    NfsError error = await(listing.get());
    FileInfoList entries = listing->takeEntries();
    if (error.kind() == NfsError::Kind::NotADirectory) {
        // ls of a file shows the file.
        auto st = owned(session->lstat(url.path()));
        error = await(st.get());
        if (!error) {
            const QByteArray shown = asUrls ? url.toString().toUtf8() : shownAs.toUtf8();
            out((longFormat ? ListingFormat::longLine(st->result(), shown) : shown) + '\n');
            first = false;
            return true;
        }
    }
    if (error) {
        fail(shownAs, error);
        return false;
    }
    std::sort(entries.begin(), entries.end(), [](const FileInfo &a, const FileInfo &b) { return a.name < b.name; });
    if (header) {
        if (!first)
            out("\n");
        out((asUrls ? url.toString().toUtf8() : shownAs.toUtf8()) + ":\n");
    }
    first = false;
    QByteArray text;
    for (const FileInfo &e : std::as_const(entries)) {
        if (!all && e.name.startsWith('.'))
            continue;
        const QByteArray shown = asUrls ? url.child(e.name).toString().toUtf8() : displayName(e.name).toUtf8();
        text += (longFormat ? ListingFormat::longLine(e, shown) : shown) + '\n';
    }
    out(text);
    bool ok = true;
    if (recursive) {
        // READDIRPLUS types come from lstat semantics: a symlink to a folder
        // is a symlink here and is never followed.
        for (const FileInfo &e : std::as_const(entries)) {
            if (!e.isDir() || (!all && e.name.startsWith('.')))
                continue;
            const NfsUrl child = url.child(e.name);
            // A subfolder is shown by its canonical URL: appending to the text
            // the user typed would break at its "?arguments".
            if (!listOne(child, child.toString(), longFormat, all, recursive, asUrls, true, first))
                ok = false;
        }
    }
    return ok;
}

int CommandLine::stat(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("stat: missing URL"));
    bool allOk = true;
    for (const QString &text : args) {
        bool ok = false;
        const NfsUrl url = parseUrl(text, &ok);
        if (!ok)
            return Usage;
        auto job = owned(sessionFor(url)->lstat(url.path()));
        if (const NfsError e = await(job.get())) {
            fail(text, e);
            allOk = false;
            continue;
        }
        out(ListingFormat::statBlock(job->result(), displayName(url.path()).toUtf8()));
    }
    return allOk ? Success : Failure;
}

bool CommandLine::makePath(const NfsUrl &url, bool parents)
{
    Session *session = sessionFor(url);
    auto job = owned(session->mkdir(url.path()));
    NfsError e = await(job.get());
    if (!e)
        return true;
    if (parents && e.kind() == NfsError::Kind::Exists) {
        auto st = owned(session->stat(url.path()));
        if (!await(st.get()) && st->result().isDir())
            return true;
    }
    if (parents && e.kind() == NfsError::Kind::NotFound && !url.isRoot()) {
        if (!makePath(url.parent(), true))
            return false;
        auto again = owned(session->mkdir(url.path()));
        e = await(again.get());
        if (!e || e.kind() == NfsError::Kind::Exists)
            return true;
    }
    fail(url.toString(), e);
    return false;
}

int CommandLine::mkdir(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption parentsOpt(QStringList{QStringLiteral("p"), QStringLiteral("parents")},
                                        tr("create parents; no error if present"));
    p.addOption(parentsOpt);
    QString error;
    if (!parseOptions(p, QStringLiteral("mkdir"), args, &error))
        return usageError(error);
    if (p.positionalArguments().isEmpty())
        return usageError(tr("mkdir: missing URL"));
    bool allOk = true;
    for (const QString &text : p.positionalArguments()) {
        bool ok = false;
        const NfsUrl url = parseUrl(text, &ok);
        if (!ok)
            return Usage;
        if (!makePath(url, p.isSet(parentsOpt)))
            allOk = false;
    }
    return allOk ? Success : Failure;
}

int CommandLine::rmdir(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("rmdir: missing URL"));
    bool allOk = true;
    for (const QString &text : args) {
        bool ok = false;
        const NfsUrl url = parseUrl(text, &ok);
        if (!ok)
            return Usage;
        auto job = owned(sessionFor(url)->rmdir(url.path()));
        if (const NfsError e = await(job.get())) {
            fail(text, e);
            allOk = false;
        }
    }
    return allOk ? Success : Failure;
}

int CommandLine::rm(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("rm: missing URL"));
    bool allOk = true;
    for (const QString &text : args) {
        bool ok = false;
        const NfsUrl url = parseUrl(text, &ok);
        if (!ok)
            return Usage;
        Session *session = sessionFor(url);
        // Look first: some servers answer an unlink of a folder with a vague error.
        auto st = owned(session->lstat(url.path()));
        if (const NfsError e = await(st.get())) {
            fail(text, e);
            allOk = false;
            continue;
        }
        if (st->result().isDir()) {
            fail(text, tr("Is a folder (use rmdir for an empty folder)"));
            allOk = false;
            continue;
        }
        auto job = owned(session->unlink(url.path()));
        if (const NfsError e = await(job.get())) {
            fail(text, e);
            allOk = false;
        }
    }
    return allOk ? Success : Failure;
}

int CommandLine::mv(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(tr("mv: needs a source URL and a destination URL"));
    bool ok = false;
    const NfsUrl from = parseUrl(args.at(0), &ok);
    if (!ok)
        return Usage;
    NfsUrl to = parseUrl(args.at(1), &ok);
    if (!ok)
        return Usage;
    if (from.withPath("/") != to.withPath("/")) {
        fail(args.at(1), tr("mv works within one server and export; the URLs name different servers or options"));
        return Failure;
    }
    Session *session = sessionFor(from);
    // Like mv(1): an existing folder as the destination receives the source.
    auto st = owned(session->stat(to.path()));
    if (!await(st.get()) && st->result().isDir() && !from.isRoot()) {
        const QByteArray name = from.path().mid(from.path().lastIndexOf('/') + 1);
        to = to.child(name);
    }
    auto job = owned(session->rename(from.path(), to.path()));
    if (const NfsError e = await(job.get())) {
        fail(args.at(0), e);
        return Failure;
    }
    return Success;
}

int CommandLine::df(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("df: missing URL"));
    QByteArray text = "Size       Used       Avail      Use% Files      Free files URL\n";
    bool allOk = true;
    for (const QString &a : args) {
        bool ok = false;
        const NfsUrl url = parseUrl(a, &ok);
        if (!ok)
            return Usage;
        auto job = owned(sessionFor(url)->statvfs(url.path()));
        if (const NfsError e = await(job.get())) {
            fail(a, e);
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
    out(text);
    return allOk ? Success : Failure;
}

int CommandLine::exports(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("exports: needs one HOST or nfs:// URL"));
    const QString &arg = args.at(0);
    const QString text = arg.contains(QLatin1String("://")) ? arg : QStringLiteral("nfs://%1/").arg(arg);
    bool ok = false;
    const NfsUrl url = parseUrl(text, &ok);
    if (!ok)
        return Usage;
    auto job = owned(sessionFor(url)->exports());
    if (const NfsError e = await(job.get())) {
        fail(arg, e);
        return Failure;
    }
    QByteArray lines;
    for (const ExportEntry &e : job->result()) {
        QByteArray clients;
        for (const QByteArray &c : e.clients)
            clients += (clients.isEmpty() ? "" : ",") + displayName(c).toUtf8();
        lines += displayName(e.path).toUtf8() + (clients.isEmpty() ? QByteArray() : ' ' + clients) + '\n';
    }
    out(lines);
    return Success;
}
