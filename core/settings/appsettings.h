// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AppSettings: every setting of the window, typed, with its default and its
// valid range, in one QSettings file (~/.config/nfs-navigator/window.ini,
// $XDG_CONFIG_HOME respected). Each key is named once, in appsettings.cpp; the
// rest of the code asks this class. Enums are stored by name, so the file stays
// readable and a renamed value falls back to its default instead of meaning
// something else. A missing, unreadable or out-of-range value reads as the default.
//
// Two kinds of setting: the user's preferences (the Settings dialog) and the
// window's remembered state (view mode, columns, geometry, recent places, the
// open tabs). Setting a preference emits preferencesChanged() on the object it was
// set on: whoever applies preferences live listens to application(), and the
// Settings dialog writes through application(). Reading through any instance sees
// every write in this process at once, and no call waits for the disk but
// sync() (settingsfile.h). GUI (main) thread only.
#include "nfsurl.h"
#include "previewlimits.h"
#include "settingsfile.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <optional>

class AppSettings : public QObject
{
    Q_OBJECT
public:
    // What dropping files onto a folder does when no modifier key says.
    enum class DropAction { Ask, Copy, Move };
    Q_ENUM(DropAction)
    // The window's colours: the desktop's, or an explicit light or dark palette.
    enum class ColourScheme { System, Light, Dark };
    Q_ENUM(ColourScheme)

    // How many recent places are kept.
    static constexpr int MaxRecent = 20;
    // Parallel transfers allowed in the dialog (the queue allows more, for scripts).
    static constexpr int MostParallelTransfers = 8;
    // The tabs open when the window last changed them; `current` indexes `tabs`.
    struct SessionState
    {
        QStringList tabs;        // canonical nfs:// URLs, empty text for an empty tab
        int current = 0;
        QByteArray splitView;    // the split view's own saved state; empty while there is none
    };

    explicit AppSettings(QObject *parent = nullptr);
    // Over another file (tests; an empty one reads as the defaults).
    explicit AppSettings(const QString &fileName, QObject *parent = nullptr);
    // The application's instance (a child of the QCoreApplication), whose
    // preferencesChanged() the window applies live.
    static AppSettings *application();

    // --- Preferences ---
    // New connections: what a typed URL gets when it does not say.
    int defaultVersion() const;                 // 3 or 4
    void setDefaultVersion(int version);
    std::optional<quint32> defaultUid() const;  // none: libnfs uses the process's own
    void setDefaultUid(std::optional<quint32> uid);
    std::optional<quint32> defaultGid() const;
    void setDefaultGid(std::optional<quint32> gid);
    int timeoutSeconds() const;                 // 1..3600
    void setTimeoutSeconds(int seconds);
    // `url` as parsed from `typed` (what the user wrote: a URL or @bookmark),
    // with the default version, uid, gid and timeout for each that an nfs:// URL
    // typed does not name. A bookmark keeps its own options.
    NfsUrl withConnectionDefaults(const QString &typed, const NfsUrl &url) const;

    int parallelTransfers() const;              // 1..MostParallelTransfers
    void setParallelTransfers(int n);
    PreviewLimits previewLimits() const;
    void setPreviewLimits(const PreviewLimits &limits);
    bool thumbnails() const;
    void setThumbnails(bool on);
    DropAction dropAction() const;
    void setDropAction(DropAction action);
    ColourScheme colourScheme() const;
    void setColourScheme(ColourScheme scheme);
    bool restoreSession() const;
    void setRestoreSession(bool on);

    // --- The window's remembered state ---
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    void setSort(int column, Qt::SortOrder order);
    bool iconsView() const;
    void setIconsView(bool icons);
    bool showHidden() const;
    void setShowHidden(bool show);
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);
    QByteArray geometry() const;
    void setGeometry(const QByteArray &geometry);
    QStringList recentPlaces() const;
    // Puts `url` first among the recent places, once.
    void addRecentPlace(const QString &url);
    bool previewVisible() const;
    void setPreviewVisible(bool visible);
    SessionState sessionState() const;
    void setSessionState(const SessionState &state);

    // Returns once every change is on the disk (tests, and before another
    // process reads the file; changes are saved by themselves, off this thread).
    void sync();
    QString fileName() const;

Q_SIGNALS:
    void preferencesChanged();

private:
    void writePreference(const char *key, const QVariant &value);

    SettingsFile m_settings;
};
