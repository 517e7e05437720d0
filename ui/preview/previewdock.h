#pragma once
// PreviewDock: the preview pane — what the selected entry holds, read from the
// server without downloading it: text, hex, images, archives' entries, a
// folder's count and size, a symlink's target, a special file's properties
// (never opened), or "No preview: <why>".
//
// Files are read on worker threads of its own (PreviewLoader through a
// BlockingRemoteReader), never on the GUI thread, each kind within its cap
// (PreviewSettings). A new selection cancels the old preview's reads at once.
// It gets its Session for a URL through `SessionLookup` (the window's session
// cache), and when a session closes it cancels and lets go of it first.
// MainWindow only places it and forwards the folder view (follow()).
// GUI thread only.
#include "previewitem.h"
#include "previewresult.h"
#include "previewsettings.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class ArchivePreview;
class FolderSummary;
class FolderView;
class HexView;
class ImagePreview;
class PdfPreview;
class QLabel;
class QMainWindow;
class QStackedWidget;
class Session;
class TextPreview;

class PreviewDock : public QDockWidget
{
    Q_OBJECT
public:
    using SessionLookup = std::function<Session *(const NfsUrl &url)>;
    enum class Page { Message, Text, Hex, Image, Info, Archive, Pdf };
    Q_ENUM(Page)

    // A new selection waits this long, so arrowing through a folder does not start a read per row.
    static constexpr int SettleMs = 120;

    explicit PreviewDock(SessionLookup sessions, QWidget *parent = nullptr);
    ~PreviewDock() override;

    // Docks itself on the right of `window`, shown or hidden as last time; its
    // toggleViewAction() gets F11 and remembers the choice.
    void placeIn(QMainWindow *window);
    // Previews what `view` selects from now on (nullptr: nothing).
    void follow(FolderView *view);
    void showItem(const PreviewItem &item);
    void clearPreview();

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
    void onSelectionChanged();
    void showCurrentSelection();
    void startLoad(Session *session);
    void onLoaded(const PreviewResult &result);
    void requestHexPage(qint64 offset);
    void requestEntry(int index, const QString &name);
    void showMessage(const QString &text);
    void showInfo(const QString &text);
    void cancelReads();
    void watchSession(Session *session);
    void onSessionClosing();
    void updateFolderSummary();

    SessionLookup m_sessions;
    PreviewSettings m_settings;
    QThreadPool m_workers;
    QPointer<FolderView> m_view;
    QList<QMetaObject::Connection> m_viewConnections;
    QTimer m_settle;
    PreviewItem m_item;
    PreviewResult m_result;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<qint64>> m_bytes;
    std::atomic<int> m_running{0};
    QFutureWatcher<PreviewResult> *m_watcher = nullptr;
    FolderSummary *m_summary = nullptr;
    QList<QPointer<Session>> m_watchedSessions;

    QLabel *m_title;
    QStackedWidget *m_stack;
    QLabel *m_message;
    TextPreview *m_text;
    HexView *m_hex;
    ImagePreview *m_image;
    QLabel *m_info;
    ArchivePreview *m_archive;
    PdfPreview *m_pdf;
    // The archive entry being extracted: cancelled by the next one or a new selection.
    std::shared_ptr<std::atomic<bool>> m_entryCancelled;
    quint64 m_entryGeneration = 0;
};
