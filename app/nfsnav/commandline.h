#pragma once
// CommandLine: the `nfsnav` tool. Parses the arguments, runs one command on the
// core's Sessions and returns the exit status: 0 success, 1 failure, 2 bad
// usage, 130 interrupted. It runs on the main thread without an event loop and
// waits on jobs, which the core allows for the command line only.
#include "nfsurl.h"
#include "session.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <memory>

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

private:
    struct Options;
    int usageError(const QString &message);
    int runCommand(const QString &command, const QStringList &args);
    int ls(const QStringList &args);
    int stat(const QStringList &args);
    int mkdir(const QStringList &args);
    int rmdir(const QStringList &args);
    int rm(const QStringList &args);
    int mv(const QStringList &args);
    int df(const QStringList &args);
    int exports(const QStringList &args);

    bool listOne(const NfsUrl &url, const QString &shownAs, bool longFormat, bool all, bool recursive,
                 bool asUrls, bool header, bool &first);
    bool makePath(const NfsUrl &url, bool parents);
    NfsUrl parseUrl(const QString &text, bool *ok);
    Session *sessionFor(const NfsUrl &url);
    // Waits for `job` and returns its error; an interrupt cancels it and throws.
    NfsError await(Job *job);
    void fail(const QString &what, const NfsError &error);
    void fail(const QString &what, const QString &reason);
    static void out(const QByteArray &bytes);

    QStringList m_args;
    QMap<QString, std::shared_ptr<Session>> m_sessions;
};
