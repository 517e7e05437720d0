// nfs-navigator [URL]: the browser window, opened at URL (or empty, ready to connect).
#include "bookmarkstore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nfs-navigator"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "NFS Navigator"));
    QApplication::setApplicationVersion(QStringLiteral(NFSNAV_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "A file browser for NFS servers. URL is nfs://host[:port]/path?version=3|4&uid=N&gid=N&... "
                "or @bookmark/sub/folder."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("URL"), QApplication::translate("main", "The place to open."),
                                 QStringLiteral("[URL]"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        std::fprintf(stderr, "nfs-navigator: %s\n",
                     qPrintable(QApplication::translate("main", "one URL at most; see --help")));
        return 2;
    }

    MainWindow window;
    if (!args.isEmpty()) {
        QString error;
        const NfsUrl url = window.bookmarks()->resolve(args.first(), &error);
        if (!url.isValid()) {
            std::fprintf(stderr, "nfs-navigator: %s: %s\n", qPrintable(args.first()),
                         qPrintable(error.isEmpty() ? url.errorString() : error));
            return 2;
        }
        window.openTab(url);
    } else {
        window.openTab(NfsUrl());
    }
    window.show();
    return app.exec();
}
