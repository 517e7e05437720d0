#pragma once
// CommandLine: the `nfsnav` tool. Parses the global options, runs one command
// on the core's Sessions and returns the exit status: 0 success, 1 failure,
// 2 bad usage, 130 interrupted. It runs on the main thread without an event
// loop and waits on jobs, which the core allows for the command line only.
// The commands live in groups (browsecommands.cpp, transfercommands.cpp,
// treecommands.cpp), each a table of CliCommand, and use the helpers below.
#include "nfsurl.h"
#include "session.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>

class BookmarkStore;
class CommandLine;
class QCommandLineParser;

struct CliCommand
{
    QString name;
    QString synopsis;   // "ls [-l] [-a] [-R] [--url] URL..."
    QString summary;    // one line for --help
    int (*run)(CommandLine &cli, const QStringList &args);
};

QList<CliCommand> browseCommands();
QList<CliCommand> transferCommands();
QList<CliCommand> treeCommands();

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2, Interrupted = 130 };

    explicit CommandLine(QStringList arguments);
    ~CommandLine();
    int run();

    // Set from the SIGINT handler.
    static void interrupt();
    static bool interrupted();

    // --- for the commands ---
    // Prints "nfsnav: MESSAGE" and the hint to --help; returns Usage.
    int usageError(const QString &message);
    // Parses a URL or "@bookmark/sub/path"; prints the reason when it is bad.
    NfsUrl parseUrl(const QString &text, bool *ok);
    // One Session per server and options, shared by the command's URLs.
    Session *sessionFor(const NfsUrl &url);
    // Waits for `job` and returns its error; Ctrl+C cancels it and ends the command with 130.
    // `tick`, when given, is called about every 100 ms while waiting (progress lines).
    NfsError await(Job *job, const std::function<void()> &tick = {});
    // "nfsnav: WHAT: REASON" on stderr.
    void fail(const QString &what, const NfsError &error);
    void fail(const QString &what, const QString &reason);
    // Raw bytes to stdout.
    static void out(const QByteArray &bytes);
    // Parses one command's options; false (with *error) on a mistake.
    static bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args,
                             QString *error);
    BookmarkStore &bookmarks();

private:
    QString help() const;
    QList<CliCommand> m_commands;
    QStringList m_args;
    // Per server: its sessions (over NFSv3 one per export used), each with
    // the path it was made for and, once known, the export it mounted.
    struct SessionEntry
    {
        std::shared_ptr<Session> session;
        QByteArray requestedPath;
        QByteArray exportPath;
        bool mountAsked = false;   // its export is asked once; a failed mount is not asked again
    };
    QMap<QString, std::vector<SessionEntry>> m_sessions;
    std::unique_ptr<BookmarkStore> m_bookmarks;
};
