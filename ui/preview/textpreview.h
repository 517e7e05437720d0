// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TextPreview: the start of a text file in the preview pane — monospace with
// line numbers (CodeView), or Markdown rendered safely (SafeMarkdownDocument)
// with a toggle to its source — under a line that says how much is shown
// ("First 2.0 MiB of 300 MiB shown") and how many lines were cut. Ctrl+F finds
// in the shown text. GUI thread only.
#include "previewresult.h"

#include <QTimer>
#include <QWidget>

class CodeView;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTextEdit;
class QToolButton;
class SafeMarkdownDocument;

class TextPreview : public QWidget
{
    Q_OBJECT
public:
    explicit TextPreview(QWidget *parent = nullptr);

    void setResult(const PreviewResult &result);
    void clear();

    CodeView *codeView() const { return m_code; }
    QTextEdit *markdownView() const { return m_rendered; }
    SafeMarkdownDocument *markdownDocument() const { return m_document; }
    QLabel *noteLabel() const { return m_note; }
    QToolButton *sourceToggle() const { return m_toggle; }
    bool showsRendered() const;
    QLineEdit *findEdit() const;
    // The whole shown text is in the view (it goes in by parts: see FeedChars).
    bool isComplete() const { return m_pending.isEmpty(); }

    // Text goes into the view this much per turn of the event loop: 2 MiB at
    // once would stop the window for half a second.
    static constexpr qsizetype FeedChars = 64 * 1024;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backwards);
    void feed();

    QString m_pending;

    QLabel *m_note;
    QToolButton *m_toggle;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QStackedWidget *m_stack;
    CodeView *m_code;
    QTextEdit *m_rendered;
    SafeMarkdownDocument *m_document;
    QTimer m_feed;
};
