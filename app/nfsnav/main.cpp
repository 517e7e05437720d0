// SPDX-License-Identifier: GPL-3.0-or-later
// nfsnav: the command-line face of NFS Navigator.
#include "commandline.h"
#include "uilanguage.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cerrno>
#include <fcntl.h>

int main(int argc, char **argv)
{
    // Started with stdin, stdout or stderr closed (`>&-`): /dev/null holds the
    // number, or the first file or socket opened would take it and receive
    // what is printed. A closed stdout still fails the command, as with coreutils.
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            if (::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) != fd)
                return CommandLine::Failure;
            if (fd == 1)
                CommandLine::outputIsClosed();
        }
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nfsnav"));
    QCoreApplication::setOrganizationName(QStringLiteral("nfs-navigator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NFSNAV_VERSION));
    // Messages and --help in the user's language; what goes to stdout for scripts
    // (ls -l, --url, find, du and df numbers) is never translated.
    UiLanguage::install();
    // Ctrl+C, SIGTERM (`timeout`, a service stop) and SIGHUP (a closed
    // terminal) cancel the job being waited on, which removes its temporary
    // file, and end with 128 + the signal; the handler only sets a flag.
    for (const int sig : {SIGINT, SIGTERM, SIGHUP})
        std::signal(sig, [](int signal) { CommandLine::interrupt(signal); });
    // A closed stdout (`| head`) ends the program quietly, as with coreutils.
    std::signal(SIGPIPE, SIG_DFL);
    int rc = 0;
    {
        CommandLine cli(app.arguments());
        rc = cli.run();
    }
    // What could not be written to stdout (a full disk, a closed descriptor) is
    // a failure, as with coreutils, not a quiet success.
    if (const int why = CommandLine::flushOutput(); why && rc == CommandLine::Success) {
        std::fprintf(stderr, "nfsnav: %s\n",
                     CommandLine::tr("cannot write the output: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(why)))
                         .toLocal8Bit()
                         .constData());
        rc = CommandLine::Failure;
    }
    // Interrupted while a host name was being resolved, Qt's lookup thread may still sit in
    // getaddrinfo (which cannot be cancelled) and its pool would hold up the exit until the
    // resolver gives up: the sessions are closed by now (with `cli`), so nothing is left to wait for.
    if (CommandLine::interrupted()) {
        std::fflush(stderr);
        std::_Exit(rc);
    }
    return rc;
}
