// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "transferqueue.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

namespace {
constexpr qint64 MiB = 1024 * 1024;

// A setting: its key in the file and its default.
template<typename T>
struct Key
{
    const char *name;
    T fallback;
};
// A number with the range it must lie in.
struct Range
{
    const char *name;
    qint64 fallback;
    qint64 least;
    qint64 most;
};

// Every key of the file, once.
const Key<int> VersionKey{"connection/version", NfsUrl::DefaultVersion};
const char *const UidKey = "connection/uid";   // a number, or absent
const char *const GidKey = "connection/gid";
const Range TimeoutKey{"connection/timeoutSeconds", NfsUrl::DefaultTimeoutSeconds, 1, 3600};
const Range ParallelKey{"transfers/maxRunning", TransferQueue::DefaultMaxRunning, 1, AppSettings::MostParallelTransfers};
const Key<bool> ThumbnailsKey{"view/thumbnails", true};
const Key<AppSettings::DropAction> DropKey{"dnd/dropAction", AppSettings::DropAction::Ask};
const Key<AppSettings::ColourScheme> ColoursKey{"appearance/colours", AppSettings::ColourScheme::System};
const Key<bool> RestoreKey{"session/restore", true};
const Range SortColumnKey{"view/sortColumn", 0, 0, 64};
const Key<bool> SortDescendingKey{"view/sortDescending", false};
const Key<bool> IconsKey{"view/icons", false};
const Key<bool> HiddenKey{"view/showHidden", false};
const char *const HeaderKey = "view/header";
const char *const GeometryKey = "window/geometry";
const char *const RecentKey = "places/recent";
const Key<bool> PreviewVisibleKey{"preview/visible", true};
const char *const SessionTabsKey = "session/tabs";
const Range SessionCurrentKey{"session/current", 0, 0, 1000};
const char *const SessionSplitKey = "session/splitView";
// The preview caps, in MiB where they are sizes.
const PreviewLimits DefaultLimits;
const Range TextKey{"preview/textMiB", DefaultLimits.textBytes / MiB, 1, 1024};
const Range LineKey{"preview/lineChars", DefaultLimits.lineChars, 80, 1000000};
const Range ImageKey{"preview/imageAllocationMiB", DefaultLimits.imageAllocationMiB, 1, 4096};
const Range ImageFileKey{"preview/imageFileMiB", DefaultLimits.imageFileBytes / MiB, 1, 4096};
const Range PdfKey{"preview/pdfMiB", DefaultLimits.pdfBytes / MiB, 1, 4096};
const Range EntriesKey{"preview/archiveEntries", DefaultLimits.archiveEntries, 1, 10000000};
const Range ArchiveKey{"preview/archiveMiB", DefaultLimits.archiveBytes / MiB, 1, 65536};
const Range SecondsKey{"preview/archiveSeconds", DefaultLimits.archiveSeconds, 1, 3600};
const Range EntryKey{"preview/archiveEntryMiB", DefaultLimits.archiveEntryBytes / MiB, 1, 4096};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

bool read(const SettingsFile &s, const Key<bool> &k)
{
    const QVariant v = s.value(key(k.name));
    return v.isValid() ? v.toBool() : k.fallback;
}

qint64 read(const SettingsFile &s, const Range &r)
{
    bool ok = false;
    const qint64 v = s.value(key(r.name)).toLongLong(&ok);
    return ok && v >= r.least && v <= r.most ? v : r.fallback;
}

template<typename E>
E readEnum(const SettingsFile &s, const Key<E> &k)
{
    const QByteArray name = s.value(key(k.name)).toString().toLatin1();
    bool ok = false;
    const int v = QMetaEnum::fromType<E>().keyToValue(name.constData(), &ok);
    return ok ? E(v) : k.fallback;
}

template<typename E>
QString enumName(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(value)));
}

std::optional<quint32> readId(const SettingsFile &s, const char *name)
{
    bool ok = false;
    const uint v = s.value(key(name)).toString().toUInt(&ok);
    return ok ? std::optional<quint32>(v) : std::nullopt;
}

QVariant idValue(std::optional<quint32> id)
{
    return id ? QVariant(QString::number(*id)) : QVariant();
}
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent), m_settings(SettingsFile::userFile(QStringLiteral("window")))
{
}

AppSettings::AppSettings(const QString &fileName, QObject *parent)
    : QObject(parent), m_settings(fileName)
{
}

AppSettings *AppSettings::application()
{
    static QPointer<AppSettings> settings;
    if (!settings)
        settings = new AppSettings(QCoreApplication::instance());
    return settings;
}

void AppSettings::writePreference(const char *name, const QVariant &value)
{
    if (m_settings.value(key(name)) == value)
        return;
    if (value.isValid())
        m_settings.setValue(key(name), value);
    else
        m_settings.remove(key(name));
    Q_EMIT preferencesChanged();
}

int AppSettings::defaultVersion() const
{
    const int v = m_settings.value(key(VersionKey.name)).toInt();
    return v == 3 || v == 4 ? v : VersionKey.fallback;
}

void AppSettings::setDefaultVersion(int version)
{
    writePreference(VersionKey.name, version == 4 ? 4 : 3);
}

std::optional<quint32> AppSettings::defaultUid() const
{
    return readId(m_settings, UidKey);
}

void AppSettings::setDefaultUid(std::optional<quint32> uid)
{
    writePreference(UidKey, idValue(uid));
}

std::optional<quint32> AppSettings::defaultGid() const
{
    return readId(m_settings, GidKey);
}

void AppSettings::setDefaultGid(std::optional<quint32> gid)
{
    writePreference(GidKey, idValue(gid));
}

int AppSettings::timeoutSeconds() const
{
    return int(read(m_settings, TimeoutKey));
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    writePreference(TimeoutKey.name, std::clamp<qint64>(seconds, TimeoutKey.least, TimeoutKey.most));
}

NfsUrl AppSettings::withConnectionDefaults(const QString &typed, const NfsUrl &url) const
{
    const QString text = typed.trimmed();
    if (!url.isValid() || text.startsWith(QLatin1Char('@')))
        return url;
    // NfsUrl's own parser has accepted the text: its query keys are known ones, in any case.
    const QUrlQuery query(QUrl(text).query(QUrl::FullyDecoded));
    const auto names = [&query](const char *argument) {
        for (const auto &item : query.queryItems())
            if (item.first.compare(QLatin1StringView(argument), Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    NfsUrl result = url;
    if (!names("version"))
        result = result.withVersion(defaultVersion());
    if (!names("uid") && defaultUid())
        result = result.withUid(defaultUid());
    if (!names("gid") && defaultGid())
        result = result.withGid(defaultGid());
    if (!names("timeout"))
        result = result.withTimeoutSeconds(timeoutSeconds());
    // A default that does not fit (it cannot: each is checked when read) leaves the URL as typed.
    return result.isValid() ? result : url;
}

int AppSettings::parallelTransfers() const
{
    return int(read(m_settings, ParallelKey));
}

void AppSettings::setParallelTransfers(int n)
{
    writePreference(ParallelKey.name, std::clamp<qint64>(n, ParallelKey.least, ParallelKey.most));
}

PreviewLimits AppSettings::previewLimits() const
{
    PreviewLimits l;
    l.textBytes = read(m_settings, TextKey) * MiB;
    l.lineChars = int(read(m_settings, LineKey));
    l.imageAllocationMiB = int(read(m_settings, ImageKey));
    l.imageFileBytes = read(m_settings, ImageFileKey) * MiB;
    l.pdfBytes = read(m_settings, PdfKey) * MiB;
    l.archiveEntries = read(m_settings, EntriesKey);
    l.archiveBytes = read(m_settings, ArchiveKey) * MiB;
    l.archiveSeconds = int(read(m_settings, SecondsKey));
    l.archiveEntryBytes = read(m_settings, EntryKey) * MiB;
    return l;
}

void AppSettings::setPreviewLimits(const PreviewLimits &l)
{
    const auto put = [this](const Range &r, qint64 v) {
        writePreference(r.name, std::clamp(v, r.least, r.most));
    };
    put(TextKey, l.textBytes / MiB);
    put(LineKey, l.lineChars);
    put(ImageKey, l.imageAllocationMiB);
    put(ImageFileKey, l.imageFileBytes / MiB);
    put(PdfKey, l.pdfBytes / MiB);
    put(EntriesKey, l.archiveEntries);
    put(ArchiveKey, l.archiveBytes / MiB);
    put(SecondsKey, l.archiveSeconds);
    put(EntryKey, l.archiveEntryBytes / MiB);
}

bool AppSettings::thumbnails() const
{
    return read(m_settings, ThumbnailsKey);
}

void AppSettings::setThumbnails(bool on)
{
    writePreference(ThumbnailsKey.name, on);
}

AppSettings::DropAction AppSettings::dropAction() const
{
    return readEnum(m_settings, DropKey);
}

void AppSettings::setDropAction(DropAction action)
{
    writePreference(DropKey.name, enumName(action));
}

AppSettings::ColourScheme AppSettings::colourScheme() const
{
    return readEnum(m_settings, ColoursKey);
}

void AppSettings::setColourScheme(ColourScheme scheme)
{
    writePreference(ColoursKey.name, enumName(scheme));
}

bool AppSettings::restoreSession() const
{
    return read(m_settings, RestoreKey);
}

void AppSettings::setRestoreSession(bool on)
{
    writePreference(RestoreKey.name, on);
}

int AppSettings::sortColumn() const
{
    return int(read(m_settings, SortColumnKey));
}

Qt::SortOrder AppSettings::sortOrder() const
{
    return read(m_settings, SortDescendingKey) ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void AppSettings::setSort(int column, Qt::SortOrder order)
{
    m_settings.setValue(key(SortColumnKey.name), column);
    m_settings.setValue(key(SortDescendingKey.name), order == Qt::DescendingOrder);
}

bool AppSettings::iconsView() const
{
    return read(m_settings, IconsKey);
}

void AppSettings::setIconsView(bool icons)
{
    m_settings.setValue(key(IconsKey.name), icons);
}

bool AppSettings::showHidden() const
{
    return read(m_settings, HiddenKey);
}

void AppSettings::setShowHidden(bool show)
{
    m_settings.setValue(key(HiddenKey.name), show);
}

QByteArray AppSettings::headerState() const
{
    return m_settings.value(key(HeaderKey)).toByteArray();
}

void AppSettings::setHeaderState(const QByteArray &state)
{
    m_settings.setValue(key(HeaderKey), state);
}

QByteArray AppSettings::geometry() const
{
    return m_settings.value(key(GeometryKey)).toByteArray();
}

void AppSettings::setGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key(GeometryKey), geometry);
}

QStringList AppSettings::recentPlaces() const
{
    return m_settings.value(key(RecentKey)).toStringList();
}

void AppSettings::addRecentPlace(const QString &url)
{
    QStringList recent = recentPlaces();
    recent.removeAll(url);
    recent.prepend(url);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_settings.setValue(key(RecentKey), recent);
}

bool AppSettings::previewVisible() const
{
    return read(m_settings, PreviewVisibleKey);
}

void AppSettings::setPreviewVisible(bool visible)
{
    m_settings.setValue(key(PreviewVisibleKey.name), visible);
}

AppSettings::SessionState AppSettings::sessionState() const
{
    SessionState state;
    state.tabs = m_settings.value(key(SessionTabsKey)).toStringList();
    state.current = std::min(int(read(m_settings, SessionCurrentKey)), std::max(int(state.tabs.size()) - 1, 0));
    state.splitView = m_settings.value(key(SessionSplitKey)).toByteArray();
    return state;
}

void AppSettings::setSessionState(const SessionState &state)
{
    m_settings.setValue(key(SessionTabsKey), state.tabs);
    m_settings.setValue(key(SessionCurrentKey.name), state.current);
    if (state.splitView.isEmpty())
        m_settings.remove(key(SessionSplitKey));
    else
        m_settings.setValue(key(SessionSplitKey), state.splitView);
}

QString AppSettings::fileName() const
{
    return m_settings.fileName();
}

void AppSettings::sync()
{
    m_settings.sync();
}
