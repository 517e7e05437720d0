// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewPane: the preview pane — what the selected entry holds, read from the
// server without downloading it: text, hex, images, archives' entries, a
// folder's count and size, a symlink's target, a special file's properties
// (never opened), or "No preview: <why>". A file refused only for being above
// its kind's cap offers "Show Anyway" (an archive's list "List All"): loaded
// again within PreviewLoader::anywayLimits — no cap on what streams, a fixed
// one on what is held whole.
//
// Files are read on worker threads of its own (PreviewLoader through a
// BlockingRemoteReader), never on the GUI thread, each kind within its cap
// (AppSettings::previewLimits). A new selection cancels the old preview's reads at once.
// It gets its Session for a URL through `SessionLookup` (the window's session
// cache), and when a session closes it cancels and lets go of it first.
// The preview pane (PreviewDock) and the full-window viewer (PreviewViewer)
// each hold one.
// GUI thread only.
#include "previewitem.h"
#include "previewresult.h"
#include "appsettings.h"

#include <QWidget>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class ArchivePreview;
class FolderSummary;
class HexView;
class ImagePreview;
class MediaPreview;
class PdfPreview;
class QLabel;
class QPushButton;
class QStackedWidget;
class Session;
class TextPreview;

class PreviewPane : public QWidget
{
    Q_OBJECT
public:
    using SessionLookup = std::function<Session *(const NfsUrl &url)>;
    enum class Page { Message, Text, Hex, Image, Info, Archive, Pdf, Media };
    Q_ENUM(Page)

    explicit PreviewPane(SessionLookup sessions, QWidget *parent = nullptr);
    ~PreviewPane() override;

    void showItem(const PreviewItem &item);
    void clearPreview();
    void showMessage(const QString &text);
    // The current file again, past its kind's cap (see above); only after a
    // preview said it was above the cap.
    void showAnyway();

    PreviewItem item() const { return m_item; }
    Page page() const;
    bool isLoading() const;
    QString messageText() const;
    QString infoText() const;
    TextPreview *textPreview() const { return m_text; }
    ImagePreview *imagePreview() const { return m_image; }
    HexView *hexView() const { return m_hex; }
    ArchivePreview *archivePreview() const { return m_archive; }
    PdfPreview *pdfPreview() const { return m_pdf; }
    MediaPreview *mediaPreview() const { return m_media; }
    QPushButton *showAnywayButton() const { return m_showAnyway; }
    // The current preview was asked for past its cap.
    bool isShownAnyway() const { return m_anyway; }
    // The last finished load (what the page shows), for tests and the status line.
    const PreviewResult &result() const { return m_result; }
    // The cancel flag and byte count of the current load, shared with its reader.
    std::shared_ptr<std::atomic<bool>> currentCancelFlag() const { return m_cancelled; }
    std::shared_ptr<std::atomic<qint64>> currentByteCount() const { return m_bytes; }
    // Loads still running on the workers (cancelled ones included).
    int runningLoads() const { return m_running.load(); }

Q_SIGNALS:
    // A preview ended (shown or "No preview").
    void previewReady();

private:
    // Shows "Loading…" and reads m_item through the session for `url` (or says there is none).
    void startLoad(const NfsUrl &url);
    void onLoaded(const PreviewResult &result);
    void requestHexPage(qint64 offset);
    void requestEntry(int index, const QString &name);
    void showInfo(const QString &text);
    void cancelReads();
    void watchSession(Session *session);
    void onSessionClosing();
    void updateFolderSummary();

    SessionLookup m_sessions;
    AppSettings m_settings;
    QThreadPool m_workers;
    PreviewItem m_item;
    PreviewResult m_result;
    quint64 m_generation = 0;
    bool m_anyway = false;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<qint64>> m_bytes;
    std::atomic<int> m_running{0};
    QFutureWatcher<PreviewResult> *m_watcher = nullptr;
    FolderSummary *m_summary = nullptr;
    QList<QPointer<Session>> m_watchedSessions;

    QLabel *m_title;
    QStackedWidget *m_stack;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_showAnyway;
    TextPreview *m_text;
    HexView *m_hex;
    ImagePreview *m_image;
    QLabel *m_info;
    ArchivePreview *m_archive;
    PdfPreview *m_pdf;
    MediaPreview *m_media;
    // The archive entry being extracted: cancelled by the next one or a new selection.
    std::shared_ptr<std::atomic<bool>> m_entryCancelled;
    quint64 m_entryGeneration = 0;
};
