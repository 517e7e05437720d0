// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopapplications.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace {
// The lines of one group of an ini-style file (desktop entries, mimeapps.list) as key -> value.
// QSettings is not used: it reads ';' and ',' lists and escapes its own way.
QHash<QString, QString> readGroup(const QString &path, const QString &group)
{
    QHash<QString, QString> values;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    bool inGroup = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inGroup = line == QLatin1Char('[') + group + QLatin1Char(']');
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inGroup && eq > 0) {
            const QString key = line.left(eq).trimmed();
            if (!values.contains(key))
                values.insert(key, line.mid(eq + 1).trimmed());
        }
    }
    return values;
}

QStringList splitList(const QString &value)
{
    QStringList out = value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString &s : out)
        s = s.trimmed();
    return out;
}

// The folders holding applications/, most important first.
QStringList applicationDirs()
{
    QStringList dirs;
    const QString home = qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + QStringLiteral("/.local/share"));
    dirs << home + QStringLiteral("/applications");
    const QString system = qEnvironmentVariable("XDG_DATA_DIRS", QStringLiteral("/usr/local/share:/usr/share"));
    for (const QString &d : system.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        dirs << d + QStringLiteral("/applications");
    return dirs;
}

// The mimeapps.list files, most important first (the specification's order, desktop-specific ones left out).
QStringList mimeappsLists()
{
    QStringList files;
    const QString config = qEnvironmentVariable("XDG_CONFIG_HOME", QDir::homePath() + QStringLiteral("/.config"));
    files << config + QStringLiteral("/mimeapps.list");
    const QString configDirs = qEnvironmentVariable("XDG_CONFIG_DIRS", QStringLiteral("/etc/xdg"));
    for (const QString &d : configDirs.split(QLatin1Char(':'), Qt::SkipEmptyParts))
        files << d + QStringLiteral("/mimeapps.list");
    for (const QString &d : applicationDirs())
        files << d + QStringLiteral("/mimeapps.list");
    return files;
}

// Every application entry, by desktop file ID; the first found wins.
QHash<QString, DesktopApplication> allApplications(QStringList *order)
{
    QHash<QString, DesktopApplication> apps;
    for (const QString &dir : applicationDirs()) {
        QDirIterator it(dir, {QStringLiteral("*.desktop")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The ID: the path below applications/ with '/' as '-'.
            QString id = path.mid(dir.size() + 1);
            id.replace(QLatin1Char('/'), QLatin1Char('-'));
            if (apps.contains(id))
                continue;
            const QHash<QString, QString> e = readGroup(path, QStringLiteral("Desktop Entry"));
            DesktopApplication app{id, e.value(QStringLiteral("Name")), e.value(QStringLiteral("Exec")),
                                   e.value(QStringLiteral("Icon")), splitList(e.value(QStringLiteral("MimeType")))};
            const bool usable = e.value(QStringLiteral("Type")) == QLatin1String("Application") && !app.exec.isEmpty()
                && e.value(QStringLiteral("Hidden")) != QLatin1String("true");
            // A hidden entry still shadows the same ID further down the path.
            apps.insert(id, usable ? app : DesktopApplication{});
            if (usable && order)
                order->append(id);
        }
    }
    return apps;
}
}

QList<DesktopApplication> DesktopApplications::forMimeType(const QString &mimeType)
{
    QStringList order;
    const QHash<QString, DesktopApplication> apps = allApplications(&order);
    const auto usable = [&apps](const QString &id) { return apps.value(id).id == id; };
    // The defaults of the most important list first, then the associations added; an
    // association removed in a list hides it from the less important lists after it.
    QStringList result;
    QStringList removed;
    QStringList added;
    for (const QString &list : mimeappsLists()) {
        for (const QString &id : splitList(readGroup(list, QStringLiteral("Default Applications")).value(mimeType))) {
            if (usable(id) && !removed.contains(id) && !result.contains(id))
                result << id;
        }
        for (const QString &id : splitList(readGroup(list, QStringLiteral("Added Associations")).value(mimeType))) {
            if (usable(id) && !removed.contains(id) && !added.contains(id))
                added << id;
        }
        removed << splitList(readGroup(list, QStringLiteral("Removed Associations")).value(mimeType));
    }
    for (const QString &id : std::as_const(added)) {
        if (!result.contains(id))
            result << id;
    }
    for (const QString &id : std::as_const(order)) {
        if (!result.contains(id) && !removed.contains(id) && apps.value(id).mimeTypes.contains(mimeType))
            result << id;
    }
    QList<DesktopApplication> out;
    for (const QString &id : std::as_const(result))
        out << apps.value(id);
    return out;
}

DesktopApplication DesktopApplications::byId(const QString &id)
{
    return allApplications(nullptr).value(id);
}

QStringList DesktopApplications::commandLine(const DesktopApplication &app, const QString &localPath)
{
    QStringList args = QProcess::splitCommand(app.exec);
    QStringList out;
    bool gotFile = false;
    for (QString arg : std::as_const(args)) {
        if (arg == QLatin1String("%f") || arg == QLatin1String("%F")) {
            out << localPath;
            gotFile = true;
            continue;
        }
        if (arg == QLatin1String("%u") || arg == QLatin1String("%U")) {
            out << QUrl::fromLocalFile(localPath).toString(QUrl::FullyEncoded);
            gotFile = true;
            continue;
        }
        // Field codes for icons, names and the entry itself are dropped; "%%" is a percent sign.
        if (arg == QLatin1String("%i") || arg == QLatin1String("%c") || arg == QLatin1String("%k"))
            continue;
        arg.replace(QLatin1String("%%"), QLatin1String("\x01"));
        for (const char *code : {"%f", "%F", "%u", "%U", "%d", "%D", "%n", "%N", "%v", "%m", "%i", "%c", "%k"})
            arg.remove(QLatin1String(code));
        arg.replace(QLatin1Char('\x01'), QLatin1Char('%'));
        out << arg;
    }
    if (out.isEmpty())
        return {};
    if (!gotFile)
        out << localPath;   // an entry without a field code gets the file appended, as launchers do
    return out;
}

bool DesktopApplications::launch(const DesktopApplication &app, const QString &localPath)
{
    const QStringList cmd = commandLine(app, localPath);
    if (cmd.isEmpty())
        return false;
    return QProcess::startDetached(cmd.first(), cmd.mid(1), QFileInfo(localPath).absolutePath());
}
