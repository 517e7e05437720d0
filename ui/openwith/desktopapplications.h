// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DesktopApplications: the desktop's applications for a MIME type, as the
// freedesktop.org specifications define them: desktop entries
// (applications/*.desktop under $XDG_DATA_HOME and $XDG_DATA_DIRS) whose
// MimeType= names the type, ordered by mimeapps.list (the default first, then
// added associations; removed ones left out), and how to launch one on a
// local file (the Exec= line with its field codes). Reads local files only.
#include <QList>
#include <QString>
#include <QStringList>

struct DesktopApplication
{
    QString id;     // the desktop file ID ("org.gnome.gedit.desktop")
    QString name;   // Name=
    QString exec;   // Exec=
    QString icon;   // Icon=
    QStringList mimeTypes;
};

class DesktopApplications
{
public:
    // The applications for `mimeType`, the default one first (when there is one).
    static QList<DesktopApplication> forMimeType(const QString &mimeType);
    // The desktop entry with this ID, or one with an empty id.
    static DesktopApplication byId(const QString &id);
    // The program and arguments that open `localPath` with `app`; empty when its Exec= is unusable.
    static QStringList commandLine(const DesktopApplication &app, const QString &localPath);
    // Starts it detached; false with nothing started when it could not be.
    static bool launch(const DesktopApplication &app, const QString &localPath);
};
