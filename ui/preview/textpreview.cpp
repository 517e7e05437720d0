// SPDX-License-Identifier: GPL-3.0-or-later
#include "textpreview.h"

#include "codeview.h"
#include "safemarkdowndocument.h"

#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}
}

TextPreview::TextPreview(QWidget *parent)
    : QWidget(parent),
      m_note(new QLabel(this)),
      m_toggle(new QToolButton(this)),
      m_findBar(new QWidget(this)),
      m_findEdit(new QLineEdit(m_findBar)),
      m_stack(new QStackedWidget(this)),
      m_code(new CodeView(m_stack)),
      m_rendered(new QTextEdit(m_stack)),
      m_document(new SafeMarkdownDocument(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_note->setObjectName(QStringLiteral("textNote"));
    m_note->setWordWrap(true);
    top->addWidget(m_note, 1);
    m_toggle->setObjectName(QStringLiteral("markdownSource"));
    m_toggle->setText(tr("Source"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Show the Markdown source instead of the rendered text"));
    connect(m_toggle, &QToolButton::toggled, this, [this](bool source) {
        m_stack->setCurrentWidget(source ? static_cast<QWidget *>(m_code) : m_rendered);
    });
    top->addWidget(m_toggle);
    layout->addLayout(top);

    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_findEdit->setObjectName(QStringLiteral("textFind"));
    m_findEdit->setPlaceholderText(tr("Find in the shown text"));
    m_findEdit->setAccessibleName(m_findEdit->placeholderText());
    m_findEdit->setClearButtonEnabled(true);
    findLayout->addWidget(m_findEdit);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(false); });
    m_findBar->hide();
    layout->addWidget(m_findBar);

    m_rendered->setObjectName(QStringLiteral("markdownView"));
    m_rendered->setReadOnly(true);
    m_rendered->setDocument(m_document);
    m_code->setObjectName(QStringLiteral("codeView"));
    m_code->setUndoRedoEnabled(false);
    m_feed.setInterval(0);
    connect(&m_feed, &QTimer::timeout, this, &TextPreview::feed);
    m_stack->addWidget(m_code);
    m_stack->addWidget(m_rendered);
    layout->addWidget(m_stack, 1);

    // Ctrl+F here finds in the text; the window's own Ctrl+F (find files) would
    // make a shortcut of ours ambiguous, so the views claim the key first.
    m_code->installEventFilter(this);
    m_rendered->installEventFilter(this);
    m_findEdit->installEventFilter(this);
}

bool TextPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_findEdit) {
        if (key->key() == Qt::Key_Escape && event->type() == QEvent::KeyPress) {
            m_findBar->hide();
            (showsRendered() ? static_cast<QWidget *>(m_rendered) : m_code)->setFocus();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (key->matches(QKeySequence::Find)) {
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QLineEdit *TextPreview::findEdit() const
{
    return m_findEdit;
}

bool TextPreview::showsRendered() const
{
    return m_stack->currentWidget() == m_rendered;
}

void TextPreview::clear()
{
    m_feed.stop();
    m_pending.clear();
    m_code->clear();
    m_document->clear();
    m_note->clear();
}

void TextPreview::setResult(const PreviewResult &result)
{
    QStringList notes;
    if (result.shownBytes < result.fileSize)
        notes << tr("First %1 of %2 shown").arg(sizeText(result.shownBytes), sizeText(result.fileSize));
    else
        notes << tr("%1, all shown").arg(sizeText(result.fileSize));
    if (result.cutLines > 0)
        notes << tr("%n long line(s) cut", nullptr, result.cutLines);
    notes << result.encoding;
    m_note->setText(notes.join(QStringLiteral(" · ")));
    m_code->clear();
    m_pending = result.text;
    feed();
    const bool markdown = result.kind == PreviewResult::Kind::Markdown;
    m_toggle->setVisible(markdown);
    if (markdown) {
        m_document->setSafeMarkdown(result.text);
        m_toggle->setChecked(false);
        m_stack->setCurrentWidget(m_rendered);
    } else {
        m_document->clear();
        m_stack->setCurrentWidget(m_code);
    }
}

void TextPreview::feed()
{
    // Whole lines per part, so no line is laid out twice.
    qsizetype n = std::min(FeedChars, m_pending.size());
    if (n < m_pending.size()) {
        const qsizetype newline = m_pending.lastIndexOf(QLatin1Char('\n'), n);
        if (newline > 0)
            n = newline + 1;
    }
    QTextCursor cursor(m_code->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending.left(n));
    m_pending.remove(0, n);
    if (m_pending.isEmpty()) {
        m_feed.stop();
        m_pending.squeeze();
    } else if (!m_feed.isActive()) {
        m_feed.start();
    }
}

void TextPreview::find(bool backwards)
{
    const QString what = m_findEdit->text();
    if (what.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (showsRendered()) {
        if (!m_rendered->find(what, flags)) {
            m_rendered->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
            m_rendered->find(what, flags);
        }
    } else if (!m_code->find(what, flags)) {
        m_code->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
        m_code->find(what, flags);
    }
}
