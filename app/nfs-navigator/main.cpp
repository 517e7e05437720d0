// SPDX-License-Identifier: GPL-3.0-or-later
// nfs-navigator [URL]: the browser window, opened at URL (or empty, ready to connect).
// One window per user: while one runs, a later launch hands its URL to it (a new tab
// there) and exits, so nfs:// links clicked anywhere land in the running window.
#include "appsettings.h"
#include "bookmarkstore.h"
#include "folderview.h"
#include "icontheme.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTabWidget>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    UiLanguage::install();
    QApplication::setApplicationName(QStringLiteral("nfs-navigator"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "NFS Navigator"));
    QApplication::setApplicationVersion(QStringLiteral(NFSNAV_VERSION));
    // Ties the window to nfs-navigator.desktop (its icon and name in docks and task bars).
    QGuiApplication::setDesktopFileName(QStringLiteral("nfs-navigator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "A file browser for NFS servers. URL is nfs://host[:port]/path?version=3|4&uid=N&gid=N&... "
                "or @bookmark/sub/folder. While NFS Navigator runs, a later launch opens URL in a new tab "
                "of its window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption newWindow(
        QStringLiteral("new-window"),
        QApplication::translate("main", "Open a window of its own even when NFS Navigator runs already "
                                        "(it then receives no links opened later)."));
    parser.addOption(newWindow);
    parser.addPositionalArgument(QStringLiteral("URL"), QApplication::translate("main", "The place to open."),
                                 QStringLiteral("[URL]"));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() > 1) {
        std::fprintf(stderr, "nfs-navigator: %s\n",
                     qPrintable(QApplication::translate("main", "one URL at most; see --help")));
        return 2;
    }

    NfsUrl url;
    if (!args.isEmpty()) {
        // Resolved here, so a bookmark means what this user's bookmarks say and a bad
        // URL is reported where it was typed, not in the running window.
        QString error;
        url = BookmarkStore().resolve(args.first(), &error);
        // What the URL does not say (version, uid, gid, timeout) comes from Settings.
        url = AppSettings::application()->withConnectionDefaults(args.first(), url);
        if (!url.isValid()) {
            std::fprintf(stderr, "nfs-navigator: %s: %s\n", qPrintable(args.first()),
                         qPrintable(error.isEmpty() ? url.errorString() : error));
            return 2;
        }
    }

    SingleInstance instance;
    if (!parser.isSet(newWindow)) {
        QString error;
        switch (instance.handOver(url.toString(), &error)) {
        case SingleInstance::HandOver::Delivered:
            return 0;
        case SingleInstance::HandOver::Failed:
            // A hung instance must not keep the user from a window: this one runs on its own.
            std::fprintf(stderr, "nfs-navigator: %s\n", qPrintable(error));
            break;
        case SingleInstance::HandOver::NoInstance:
            if (!instance.listen(&error))
                std::fprintf(stderr, "nfs-navigator: %s\n", qPrintable(error));
            break;
        }
    }

    setUpIconTheme();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nfs-navigator.svg")));
    MainWindow window;
    QObject::connect(&instance, &SingleInstance::urlReceived, &window, [&window](const QString &text) {
        const NfsUrl received = NfsUrl::parse(text);
        window.openLinkInNewTab(received);
        if (received.isValid())
            qCInfo(lcInstance).noquote() << "opened tab" << window.tabCount() << received.toString();
    });
    const bool restored = AppSettings::application()->restoreSession() && window.restoreSession();
    // The URL given opens beside the tabs restored, unless one of them shows it already.
    const auto showsAlready = [&window](const NfsUrl &wanted) {
        for (int i = 0; i < window.tabCount(); ++i) {
            if (auto *view = qobject_cast<FolderView *>(window.tabs()->widget(i)); view && view->url() == wanted) {
                window.tabs()->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    };
    if (!restored || (url.isValid() && !showsAlready(url)))
        window.openTab(url);
    window.show();
    return app.exec();
}
