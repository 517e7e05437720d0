// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "archivepreview.h"
#include "displayname.h"
#include "foldersummary.h"
#include "hexview.h"
#include "imagepreview.h"
#include "mediapreview.h"
#include "pdfpreview.h"
#include "previewloader.h"
#include "session.h"
#include "textpreview.h"

#include <QAction>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QString sizeText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes));
}

// Two workers: a file's preview, and the hex view's pages beside it.
constexpr int Workers = 2;
}

PreviewPane::PreviewPane(SessionLookup sessions, QWidget *parent)
    : QWidget(parent),
      m_sessions(std::move(sessions)),
      m_title(new QLabel),
      m_stack(new QStackedWidget),
      m_messagePage(new QWidget),
      m_message(new QLabel),
      m_showAnyway(new QPushButton),
      m_text(new TextPreview),
      m_hex(new HexView),
      m_image(new ImagePreview),
      m_info(new QLabel),
      m_archive(new ArchivePreview),
      m_pdf(new PdfPreview),
      m_media(new MediaPreview)
{
    setObjectName(QStringLiteral("previewPane"));
    m_workers.setMaxThreadCount(Workers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    for (QLabel *label : {m_message, m_info}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_showAnyway->setObjectName(QStringLiteral("previewShowAnyway"));
    m_showAnyway->setText(tr("Show &Anyway"));
    m_showAnyway->setToolTip(tr("Preview it past the limit: what streams is read only as far as it is shown; "
                                "a PDF is read whole into memory, %1 at most")
                                 .arg(sizeText(PreviewLoader::AnywayWholeFileBytes)));
    m_showAnyway->hide();
    connect(m_showAnyway, &QPushButton::clicked, this, &PreviewPane::showAnyway);
    {
        auto *messageLayout = new QVBoxLayout(m_messagePage);
        messageLayout->setContentsMargins(0, 0, 0, 0);
        messageLayout->addWidget(m_message);
        messageLayout->addWidget(m_showAnyway, 0, Qt::AlignLeft);
        messageLayout->addStretch(1);
    }
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_hex->setObjectName(QStringLiteral("hexView"));
    // In Page's order.
    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_hex);
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_info);
    m_stack->addWidget(m_archive);
    m_stack->addWidget(m_pdf);
    m_stack->addWidget(m_media);
    connect(m_media, &MediaPreview::failed, this, [this](const QString &why) {
        showMessage(PreviewLoader::noPreview(why));
        Q_EMIT previewReady();
    });
    connect(m_archive, &ArchivePreview::entryRequested, this, &PreviewPane::requestEntry);
    connect(m_archive, &ArchivePreview::listAllRequested, this, &PreviewPane::showAnyway);
    layout->addWidget(m_stack, 1);
    connect(m_hex, &HexView::pageNeeded, this, &PreviewPane::requestHexPage);

    clearPreview();
}

PreviewPane::~PreviewPane()
{
    cancelReads();
    m_workers.waitForDone();
}

void PreviewPane::showItem(const PreviewItem &item)
{
    cancelReads();
    m_item = item;
    m_anyway = false;
    m_result = PreviewResult();
    m_title->setText(item.name);
    if (!item.isValid()) {
        clearPreview();
        return;
    }
    const QString modified = item.mtimeNs
        ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(item.mtimeNs / 1000000), QLocale::ShortFormat)
        : QString();
    switch (item.type) {
    case FileInfo::Type::Directory: {
        Session *session = m_sessions(item.url);
        watchSession(session);
        m_summary = new FolderSummary(session, item.path, this);
        connect(m_summary, &FolderSummary::progress, this, &PreviewPane::updateFolderSummary);
        connect(m_summary, &FolderSummary::finished, this, [this] {
            updateFolderSummary();
            Q_EMIT previewReady();
        });
        m_summary->start();
        updateFolderSummary();
        return;
    }
    case FileInfo::Type::Symlink:
        showInfo(item.linkTarget.isEmpty()
                     ? tr("Symbolic link (its target is not known yet)")
                     : (item.brokenLink ? tr("Symbolic link to %1 (which does not exist)")
                                        : tr("Symbolic link to %1"))
                           .arg(displayName(item.linkTarget)));
        Q_EMIT previewReady();
        return;
    case FileInfo::Type::BlockDevice:
    case FileInfo::Type::CharDevice:
    case FileInfo::Type::Fifo:
    case FileInfo::Type::Socket: {
        // Opening a FIFO or a device may block or have effects: properties only.
        const QString kind = item.type == FileInfo::Type::Fifo       ? tr("Named pipe (FIFO)")
                             : item.type == FileInfo::Type::Socket   ? tr("Socket")
                             : item.type == FileInfo::Type::CharDevice ? tr("Character device")
                                                                       : tr("Block device");
        showInfo(tr("%1\nPermissions: %2\nModified: %3\nSpecial files are not opened for a preview.")
                     .arg(kind, QString::number(item.mode, 8), modified));
        Q_EMIT previewReady();
        return;
    }
    case FileInfo::Type::File:
    case FileInfo::Type::Unknown:
        break;
    }
    startLoad(item.url);
}

void PreviewPane::startLoad(const NfsUrl &url)
{
    showMessage(tr("Loading…"));
    Session *session = m_sessions(url);
    if (!session) {
        showMessage(PreviewLoader::noPreview(tr("there is no connection to %1").arg(url.host())));
        Q_EMIT previewReady();
        return;
    }
    watchSession(session);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_bytes = std::make_shared<std::atomic<qint64>>(0);
    const quint64 generation = ++m_generation;
    m_watcher = new QFutureWatcher<PreviewResult>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, generation, watcher = m_watcher] {
        watcher->deleteLater();
        if (generation != m_generation || watcher != m_watcher)
            return;
        m_watcher = nullptr;
        onLoaded(watcher->result());
    });
    const QSize view = m_stack->size().expandedTo(QSize(64, 64));
    m_running.fetch_add(1);
    m_watcher->setFuture(QtConcurrent::run(
        &m_workers, [session, path = m_item.path, limits = m_settings.previewLimits(), view, cancelled = m_cancelled,
                     bytes = m_bytes, running = &m_running, anyway = m_anyway] {
            PreviewResult r = PreviewLoader::load(session, path, limits, view, cancelled, bytes, anyway);
            running->fetch_sub(1);
            return r;
        }));
}

void PreviewPane::onLoaded(const PreviewResult &result)
{
    m_result = result;
    const QString type = result.mimeComment.isEmpty() ? QString() : QStringLiteral(" — %1").arg(result.mimeComment);
    m_title->setText(m_item.name + type);
    switch (result.kind) {
    case PreviewResult::Kind::Message:
        showMessage(result.message);
        m_showAnyway->setVisible(result.aboveCap);
        break;
    case PreviewResult::Kind::Text:
    case PreviewResult::Kind::Markdown:
        m_text->setResult(result);
        m_stack->setCurrentWidget(m_text);
        break;
    case PreviewResult::Kind::Hex:
        m_hex->setFile(result.fileSize, result.head);
        m_stack->setCurrentWidget(m_hex);
        break;
    case PreviewResult::Kind::Image:
        m_stack->setCurrentWidget(m_image);
        m_image->setResult(result);
        break;
    case PreviewResult::Kind::Archive:
        m_archive->setResult(result);
        m_stack->setCurrentWidget(m_archive);
        break;
    case PreviewResult::Kind::Media:
        if (Session *session = m_sessions(m_item.url)) {
            watchSession(session);
            m_media->open(session, m_item.path, m_item.name);
            m_stack->setCurrentWidget(m_media);
        }
        break;
    case PreviewResult::Kind::Pdf:
        if (m_pdf->setResult(result))
            m_stack->setCurrentWidget(m_pdf);
        else
            showMessage(PreviewLoader::noPreview(m_pdf->errorText()));
        // The document holds its own copy now.
        m_result.pdfData.clear();
        break;
    }
    Q_EMIT previewReady();
}

void PreviewPane::showAnyway()
{
    if (!m_item.isValid() || !m_result.aboveCap)
        return;
    const PreviewItem item = m_item;
    cancelReads();
    m_anyway = true;
    m_result = PreviewResult();
    startLoad(item.url);
}

void PreviewPane::requestHexPage(qint64 offset)
{
    Session *session = m_item.isValid() ? m_sessions(m_item.url) : nullptr;
    if (!session || !m_cancelled)
        return;
    watchSession(session);
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, generation, watcher, offset] {
        watcher->deleteLater();
        if (generation == m_generation)
            m_hex->setPage(offset, watcher->result());
    });
    m_running.fetch_add(1);
    watcher->setFuture(QtConcurrent::run(&m_workers, [session, path = m_item.path, offset, cancelled = m_cancelled,
                                                      running = &m_running] {
        QByteArray page = PreviewLoader::readRange(session, path, offset, HexView::PageBytes, cancelled);
        running->fetch_sub(1);
        return page;
    }));
}

void PreviewPane::requestEntry(int index, const QString &name)
{
    Session *session = m_item.isValid() ? m_sessions(m_item.url) : nullptr;
    if (!session)
        return;
    watchSession(session);
    if (m_entryCancelled)
        m_entryCancelled->store(true, std::memory_order_release);
    m_entryCancelled = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_entryGeneration;
    const quint64 fileGeneration = m_generation;
    auto *watcher = new QFutureWatcher<PreviewResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, generation, fileGeneration, watcher] {
        watcher->deleteLater();
        if (generation == m_entryGeneration && fileGeneration == m_generation)
            m_archive->setEntryResult(watcher->result());
    });
    // The entry's own view size: the lower half of the pane, roughly.
    const QSize view = (m_stack->size() / 2).expandedTo(QSize(64, 64));
    m_running.fetch_add(1);
    watcher->setFuture(QtConcurrent::run(
        &m_workers, [session, path = m_item.path, index, name, limits = m_settings.previewLimits(), view,
                     cancelled = m_entryCancelled, running = &m_running] {
            PreviewResult r = PreviewLoader::loadEntry(session, path, index, name, limits, view, cancelled);
            running->fetch_sub(1);
            return r;
        }));
}

void PreviewPane::cancelReads()
{
    ++m_generation;
    if (m_entryCancelled)
        m_entryCancelled->store(true, std::memory_order_release);
    if (m_cancelled)
        m_cancelled->store(true, std::memory_order_release);
    if (m_watcher) {
        // Its result is of no use any more; the worker ends at its next wait.
        m_watcher->disconnect(this);
        connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
        m_watcher = nullptr;
    }
    delete m_summary;
    m_summary = nullptr;
    m_media->clear();
}

void PreviewPane::watchSession(Session *session)
{
    for (const QPointer<Session> &s : std::as_const(m_watchedSessions)) {
        if (s == session)
            return;
    }
    m_watchedSessions.removeAll(QPointer<Session>());
    m_watchedSessions.append(session);
    connect(session, &Session::aboutToClose, this, &PreviewPane::onSessionClosing, Qt::DirectConnection);
}

void PreviewPane::onSessionClosing()
{
    // The workers hold the session by a plain pointer: they must be done with
    // it before it goes. Cancelled, each ends at its next wait (SliceMs).
    cancelReads();
    m_workers.waitForDone();
    m_media->release();
    if (m_item.isValid())
        showMessage(PreviewLoader::noPreview(tr("the connection to %1 was closed").arg(m_item.url.host())));
}

void PreviewPane::clearPreview()
{
    cancelReads();
    m_item = PreviewItem();
    m_title->clear();
    m_text->clear();
    m_image->clear();
    m_hex->clear();
    m_archive->clear();
    m_pdf->clear();
    showMessage(tr("Select a file to see a preview."));
}

void PreviewPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_showAnyway->hide();
    m_stack->setCurrentWidget(m_messagePage);
}

void PreviewPane::showInfo(const QString &text)
{
    m_info->setText(text);
    m_stack->setCurrentWidget(m_info);
}

void PreviewPane::updateFolderSummary()
{
    if (!m_summary)
        return;
    QString text = tr("Folder: %n item(s), %1", nullptr, int(std::min<qint64>(m_summary->items(), INT_MAX)))
                       .arg(sizeText(m_summary->bytes()));
    if (!m_summary->isDone())
        text += tr(" (counting…)");
    if (m_summary->unreadable() > 0)
        text += QLatin1Char('\n') + tr("%n folder(s) could not be read and are not counted", nullptr, m_summary->unreadable());
    showInfo(text);
}

PreviewPane::Page PreviewPane::page() const
{
    return Page(m_stack->currentIndex());
}

bool PreviewPane::isLoading() const
{
    return m_watcher != nullptr || (m_summary && !m_summary->isDone());
}

QString PreviewPane::messageText() const
{
    return m_message->text();
}

QString PreviewPane::infoText() const
{
    return m_info->text();
}
