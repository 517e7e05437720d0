// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CommandLine: the `nfsnav` tool. Parses the global options, runs one command
// on the core's Sessions and returns the exit status: 0 success, 1 failure,
// 2 bad usage, 128 + the signal when interrupted (130 Ctrl+C, 143 SIGTERM,
// 129 SIGHUP). It runs on the main thread without an event
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
class SessionCache;
class TransferQueue;
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

    // Set from the SIGINT, SIGTERM and SIGHUP handler: the command ends as
    // with Ctrl+C, and nfsnav exits with 128 + `signal`.
    static void interrupt(int signal);
    static bool interrupted();

    // --- for the commands ---
    // Prints "nfsnav: MESSAGE" and the hint to --help; returns Usage.
    int usageError(const QString &message);
    // Parses a URL or "@bookmark/sub/path"; prints the reason when it is bad.
    NfsUrl parseUrl(const QString &text, bool *ok);
    // What is wrong with the last name of `argument` (a URL or @bookmark/...)
    // as the name of something new (mkdir, the destination of mv), or empty.
    // The URL parser resolves "." and ".." and refuses '/' and NUL already.
    static QString newNameProblem(const QString &argument);
    // One Session per server and options, shared by the command's URLs.
    Session *sessionFor(const NfsUrl &url);
    // Waits for `job` and returns its error; Ctrl+C cancels it and ends the command with 130
    // (unless the job ended whole before the cancel reached it: then it returns no error, and
    // the next job asked for is cancelled).
    // `tick`, when given, is called about every 100 ms while waiting (progress lines).
    NfsError await(Job *job, const std::function<void()> &tick = {});
    // "nfsnav: WHAT: REASON" on stderr.
    void fail(const QString &what, const NfsError &error);
    void fail(const QString &what, const QString &reason);
    // Raw bytes to stdout.
    static void out(const QByteArray &bytes);
    // Flushes stdout; why writing to it failed (an errno), 0 if it did not.
    static int flushOutput();
    // The program started with stdout closed: nothing is written to it, and it fails with EBADF.
    static void outputIsClosed();
    // Parses one command's options; false (with *error) on a mistake.
    static bool parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &args,
                             QString *error);
    // Prints the running command's usage, summary and `options` (the lines
    // under "Options:"), then ends the command with exit status 0.
    [[noreturn]] static void showHelp(const QString &options);
    BookmarkStore &bookmarks();
    // The transfer engine; its transfers get sessions of their own.
    TransferQueue &transfers();

private:
    QString help() const;
    QList<CliCommand> m_commands;
    QStringList m_args;
    std::unique_ptr<SessionCache> m_sessions;
    std::unique_ptr<TransferQueue> m_transfers;
    std::unique_ptr<BookmarkStore> m_bookmarks;
};
