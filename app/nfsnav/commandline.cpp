// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "bookmarkstore.h"
#include "sessioncache.h"
#include "transferqueue.h"

#include <QCommandLineParser>
#include <QLoggingCategory>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <optional>

namespace {

// The signal that ended the command (SIGINT, SIGTERM, SIGHUP), 0 while none.
std::atomic<int> g_interrupted{0};
// Why writing to stdout first failed, 0 while it has not (main thread only).
int g_outputErrno = 0;

// Thrown by await() on Ctrl+C and caught in run(): it unwinds the command,
// whose jobs and sessions are then cancelled and closed by their destructors.
struct InterruptedError
{
};

// Thrown by parseOptions() once a command's --help is printed; caught in run().
struct HelpShown
{
};

// The command run() is running (its --help names it).
const CliCommand *g_current = nullptr;

// "Usage: nfsnav SYNOPSIS", the summary, and the options' lines when there are any.
QString commandHelp(const CliCommand &c, const QString &options)
{
    QString text = CommandLine::tr("Usage: nfsnav %1\n\n%2\n").arg(c.synopsis, c.summary);
    if (!options.isEmpty())
        text += QLatin1Char('\n') + options;
    return text;
}

// Whether the arguments ask for help: "--help" before any "--".
bool asksHelp(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--help"))
            return true;
    }
    return false;
}

} // namespace

void CommandLine::interrupt(int signal)
{
    g_interrupted.store(signal);
}

bool CommandLine::interrupted()
{
    return g_interrupted.load() != 0;
}

CommandLine::CommandLine(QStringList arguments)
    : m_commands(browseCommands() + transferCommands() + treeCommands()), m_args(std::move(arguments))
{
}

CommandLine::~CommandLine() = default;

BookmarkStore &CommandLine::bookmarks()
{
    if (!m_bookmarks)
        m_bookmarks = std::make_unique<BookmarkStore>();
    return *m_bookmarks;
}

TransferQueue &CommandLine::transfers()
{
    if (!m_transfers)
        m_transfers = std::make_unique<TransferQueue>();
    return *m_transfers;
}

QString CommandLine::help() const
{
    QString commands;
    for (const CliCommand &c : m_commands)
        commands += QStringLiteral("  %1 %2\n").arg(c.synopsis.leftJustified(36), c.summary);
    return tr("Usage: nfsnav [-v] COMMAND [OPTIONS] ARGS...\n"
              "\n"
              "Browse and manage files on NFS servers.\n"
              "\n"
              "Commands:\n"
              "%1"
              "\n"
              "Options:\n"
              "  -v, --verbose    log what the tool does (to stderr)\n"
              "  -h, --help       this help; 'nfsnav help COMMAND' or 'nfsnav COMMAND --help'\n"
              "                   tells a command's own options\n"
              "  --version        the version\n"
              "\n"
              "URLs: nfs://host[:port]/export/path?version=3|4&uid=N&gid=N&nfsport=N&mountport=N\n"
              "      &timeout=SECONDS&autoreconnect=N&readahead=BYTES&dircache=0|1\n"
              "      &auto-traverse-mounts=0|1&tcp-syncnt=N\n"
              "Write special characters in names as %XX (a space is %20, '#' is %23).\n"
              "@NAME/sub/path stands for the URL of the bookmark NAME (as kept by the window).\n"
              "NFSNAV_UID, NFSNAV_GID and NFSNAV_VERSION in the environment apply to every URL\n"
              "that does not set uid, gid or version itself.\n"
              "\n"
              "Names from the server are printed escaped: \\n, \\t, \\e, \\\\ and \\xNN for bytes\n"
              "that are not valid UTF-8; `ls --url` prints URLs that address the exact bytes.\n"
              "\n"
              "Exit status: 0 success, 1 failure, 2 bad usage, 130 interrupted (Ctrl+C),\n"
              "143 terminated (SIGTERM), 129 hung up (SIGHUP); a copy cut short removes its\n"
              "temporary file first.\n")
        .arg(commands);
}

void CommandLine::outputIsClosed()
{
    g_outputErrno = EBADF;
}

void CommandLine::out(const QByteArray &bytes)
{
    if (g_outputErrno == EBADF)
        return;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()) && !g_outputErrno)
        g_outputErrno = errno;
}

int CommandLine::flushOutput()
{
    if (std::fflush(stdout) != 0 && !g_outputErrno)
        g_outputErrno = errno;
    return g_outputErrno;
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

bool CommandLine::parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args,
                               QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringLiteral("help"), tr("show this help"));
    parser.addOption(help);
    if (!parser.parse(QStringList{command} + args)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        // Qt's own text, less its first line (a usage line of its own making);
        // Qt words its "Options:" in the user's language.
        const QString text = parser.helpText();
        const QString header = QLatin1Char('\n') + QCoreApplication::translate("QCommandLineParser", "Options:")
                             + QLatin1Char('\n');
        const qsizetype start = text.indexOf(header);
        showHelp(start < 0 ? QString() : text.mid(start + 1));
    }
    return true;
}

void CommandLine::showHelp(const QString &options)
{
    if (g_current)
        out(commandHelp(*g_current, options).toUtf8());
    throw HelpShown();
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
            out(help().toUtf8());
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
    QString command = m_args.at(i);
    QStringList args = m_args.mid(i + 1);
    if (command == QLatin1String("help")) {
        // "nfsnav help COMMAND" is "nfsnav COMMAND --help".
        if (args.isEmpty()) {
            out(help().toUtf8());
            return Success;
        }
        command = args.takeFirst();
        args = QStringList{QStringLiteral("--help")};
    }
    for (const CliCommand &c : std::as_const(m_commands)) {
        if (c.name != command)
            continue;
        // A command that takes options prints them through parseOptions(); the others have none.
        if (asksHelp(args) && !c.synopsis.contains(QLatin1String("[-"))) {
            out(commandHelp(c, QString()).toUtf8());
            return Success;
        }
        g_current = &c;
        try {
            return c.run(*this, args);
        } catch (const HelpShown &) {
            return Success;
        } catch (const InterruptedError &) {
            std::fflush(stdout);
            std::fprintf(stderr, "nfsnav: %s\n",
                         tr("interrupted; what was under way was cancelled").toLocal8Bit().constData());
            // As a shell reports a command a signal ended: 128 + the signal.
            return 128 + g_interrupted.load();
        }
    }
    return usageError(tr("unknown command '%1'").arg(command));
}

namespace {

// Whether the URL itself chose a version. A bookmark's canonical text names
// the version only when it is not the default, so a bookmark of version 3
// takes NFSNAV_VERSION like a URL that says nothing.
bool choosesVersion(const QString &text, const NfsUrl &url)
{
    if (text.startsWith(QLatin1Char('@')))
        return url.version() != NfsUrl::DefaultVersion;
    const qsizetype query = text.indexOf(QLatin1Char('?'));
    if (query < 0)
        return false;
    const QStringList items = text.mid(query + 1).split(QLatin1Char('&'));
    for (const QString &item : items) {
        if (item.section(QLatin1Char('='), 0, 0).trimmed() == QLatin1String("version"))
            return true;
    }
    return false;
}

// NFSNAV_UID, NFSNAV_GID and NFSNAV_VERSION fill in what a URL leaves out.
NfsUrl withEnvironmentDefaults(const NfsUrl &parsed, const QString &text, QString *error)
{
    const auto read = [error](const char *name, std::optional<quint32> *value) {
        const QByteArray raw = qgetenv(name).trimmed();
        if (raw.isEmpty())
            return true;
        bool ok = false;
        *value = raw.toUInt(&ok);
        if (!ok)
            *error = CommandLine::tr("bad %1 '%2' in the environment: must be a number")
                         .arg(QLatin1String(name), QString::fromLocal8Bit(raw));
        return ok;
    };
    std::optional<quint32> uid, gid, version;
    if (!read("NFSNAV_UID", &uid) || !read("NFSNAV_GID", &gid) || !read("NFSNAV_VERSION", &version))
        return NfsUrl();
    NfsUrl url = parsed;
    if (uid && !url.uid())
        url = url.withUid(uid);
    if (gid && !url.gid())
        url = url.withGid(gid);
    if (version && !choosesVersion(text, url)) {
        url = url.withVersion(int(std::min<quint32>(*version, 1000)));
        if (!url.isValid())
            *error = QStringLiteral("NFSNAV_VERSION: ") + url.errorString();
    }
    return url;
}

} // namespace

QString CommandLine::newNameProblem(const QString &argument)
{
    // Names are limited to 255 bytes by NFS servers' file systems (NAME_MAX).
    constexpr int MaxNameBytes = 255;
    if (argument.isEmpty())
        return tr("the new name is empty");
    const QString beforeQuery = argument.left(argument.indexOf(QLatin1Char('?')));
    const qsizetype start = beforeQuery.startsWith(QLatin1String("nfs://"), Qt::CaseInsensitive) ? 6 : 0;
    const qsizetype slash = beforeQuery.lastIndexOf(QLatin1Char('/'));
    if (slash < start)
        return {};
    const QByteArray name = QByteArray::fromPercentEncoding(beforeQuery.mid(slash + 1).toUtf8());
    if (name == "." || name == "..")
        return tr("'%1' cannot be a new name: '.' and '..' are not names (to put something into a folder, "
                  "give the folder's URL)")
            .arg(QString::fromLatin1(name));
    if (name.size() > MaxNameBytes)
        return tr("the new name is %1 bytes long; a name holds at most %2").arg(name.size()).arg(MaxNameBytes);
    return {};
}

NfsUrl CommandLine::parseUrl(const QString &text, bool *ok)
{
    QString error;
    NfsUrl url = text.startsWith(QLatin1Char('@')) ? bookmarks().resolve(text, &error) : NfsUrl::parse(text);
    if (url.isValid())
        url = withEnvironmentDefaults(url, text, &error);
    *ok = url.isValid();
    if (!*ok)
        fail(text, error.isEmpty() ? url.errorString() : error);
    return url;
}

Session *CommandLine::sessionFor(const NfsUrl &url)
{
    if (!m_sessions)
        m_sessions = std::make_unique<SessionCache>();
    return m_sessions->sessionFor(url, [this](Job *mount) { return await(mount); });
}

NfsError CommandLine::await(Job *job, const std::function<void()> &tick)
{
    const auto cancel = [this, job] {
        // A transfer's cancel also reaches it while it waits in the queue.
        if (auto *transfer = qobject_cast<TransferJob *>(job); transfer && m_transfers)
            m_transfers->cancel(transfer);
        job->cancel();
        // A job that cleans up after itself (a transfer's temporary file) is given the time to.
        job->wait(60000);
    };
    // A job asked for after Ctrl+C is cancelled at once.
    const bool askedAfterSignal = g_interrupted.load() != 0;
    if (askedAfterSignal)
        cancel();
    // Short waits, so Ctrl+C is noticed while the server is silent.
    while (!askedAfterSignal && !job->wait(100)) {
        if (g_interrupted.load()) {
            cancel();
            break;
        }
        if (tick)
            tick();
    }
    if (g_interrupted.load()) {
        // The signal came as the job ended, too late to stop it: what was under
        // way is done (a download in place, say), and not called cancelled.
        if (!askedAfterSignal && job->isFinished() && !job->error())
            return {};
        throw InterruptedError{};
    }
    return job->error();
}
