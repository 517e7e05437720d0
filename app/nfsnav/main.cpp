// SPDX-License-Identifier: GPL-3.0-or-later
// nfsnav: the command-line face of NFS Navigator.
#include "commandline.h"
#include "uilanguage.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
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
    std::fflush(stdout);
    // Interrupted while a host name was being resolved, Qt's lookup thread may still sit in
    // getaddrinfo (which cannot be cancelled) and its pool would hold up the exit until the
    // resolver gives up: the sessions are closed by now (with `cli`), so nothing is left to wait for.
    if (CommandLine::interrupted()) {
        std::fflush(stderr);
        std::_Exit(rc);
    }
    return rc;
}
