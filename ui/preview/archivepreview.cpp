// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivepreview.h"

#include "hexview.h"
#include "imagepreview.h"
#include "textpreview.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
}

ArchivePreview::ArchivePreview(QWidget *parent)
    : QWidget(parent),
      m_note(new QLabel(this)),
      m_listAll(new QPushButton(this)),
      m_list(new QTreeWidget),
      m_stack(new QStackedWidget),
      m_message(new QLabel),
      m_text(new TextPreview),
      m_image(new ImagePreview),
      m_hex(new HexView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setObjectName(QStringLiteral("archiveNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    m_listAll->setObjectName(QStringLiteral("archiveListAll"));
    m_listAll->setText(tr("List All"));
    m_listAll->setToolTip(tr("Read the whole archive for its list, past the preview limits"));
    m_listAll->hide();
    connect(m_listAll, &QPushButton::clicked, this, &ArchivePreview::listAllRequested);
    noteRow->addWidget(m_listAll, 0, Qt::AlignTop);
    layout->addLayout(noteRow);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_list->setObjectName(QStringLiteral("archiveEntries"));
    m_list->setAccessibleName(tr("Archive entries"));
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Modified")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    split->addWidget(m_list);
    m_message->setObjectName(QStringLiteral("archiveEntryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_hex);
    split->addWidget(m_stack);
    layout->addWidget(split, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const int index = item->data(0, IndexRole).toInt();
        if (index < 0) {
            setEntryMessage(tr("A folder or link: nothing to preview."));
            return;
        }
        setEntryMessage(tr("Extracting…"));
        Q_EMIT entryRequested(index, item->text(0));
    });
    // An entry's hex pages come from its extracted bytes in memory.
    connect(m_hex, &HexView::pageNeeded, this, [this](qint64 offset) {
        m_hex->setPage(offset, m_entryData.mid(offset, HexView::PageBytes));
    });
}

void ArchivePreview::clear()
{
    m_list->clear();
    m_note->clear();
    m_listAll->hide();
    m_entryData.clear();
    setEntryMessage(QString());
}

void ArchivePreview::setResult(const PreviewResult &result)
{
    clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(result.entries.size());
    for (int i = 0; i < result.entries.size(); ++i) {
        const ArchiveReader::Entry &e = result.entries[i];
        auto *item = new QTreeWidgetItem;
        item->setText(0, e.name);
        item->setText(1, e.size >= 0 && !e.isDir ? QLocale().formattedDataSize(e.size) : QString());
        item->setText(2, e.mtime ? QLocale().toString(QDateTime::fromSecsSinceEpoch(e.mtime), QLocale::ShortFormat)
                                 : QString());
        item->setData(0, IndexRole, e.isDir || e.isSymlink ? -1 : i);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    QString note = tr("%1 · %n entries", nullptr, int(result.entries.size())).arg(result.archiveFormat);
    if (!result.archiveNote.isEmpty())
        note += QLatin1Char('\n') + result.archiveNote;
    m_note->setText(note);
    m_listAll->setVisible(result.aboveCap);
    setEntryMessage(tr("Select an entry to see a preview."));
}

void ArchivePreview::setEntryMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ArchivePreview::setEntryResult(const PreviewResult &result)
{
    m_entryData = result.entryData;
    switch (result.kind) {
    case PreviewResult::Kind::Text:
    case PreviewResult::Kind::Markdown:
        m_text->setResult(result);
        m_stack->setCurrentWidget(m_text);
        break;
    case PreviewResult::Kind::Image:
        m_stack->setCurrentWidget(m_image);
        m_image->setResult(result);
        break;
    case PreviewResult::Kind::Hex:
        m_hex->setFile(result.fileSize, result.head);
        m_stack->setCurrentWidget(m_hex);
        break;
    case PreviewResult::Kind::Archive:
        setEntryMessage(tr("An archive of %n entries (open it from a folder to look inside).", nullptr,
                           int(result.entries.size())));
        break;
    case PreviewResult::Kind::Pdf:
        setEntryMessage(tr("A PDF of %1 (open it from a folder to see its pages).")
                            .arg(QLocale().formattedDataSize(result.fileSize)));
        break;
    case PreviewResult::Kind::Media:
        setEntryMessage(tr("Audio or video (%1): extract it to play it.").arg(result.mimeComment));
        break;
    case PreviewResult::Kind::Message:
        setEntryMessage(result.message);
        break;
    }
}

QWidget *ArchivePreview::entryPage() const
{
    return m_stack->currentWidget();
}

QString ArchivePreview::entryMessage() const
{
    return m_message->text();
}
