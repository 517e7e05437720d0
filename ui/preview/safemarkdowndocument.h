// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SafeMarkdownDocument: a QTextDocument for Markdown from a server that loads
// no resource at all. QTextDocument's own loadResource reads any local path a
// document names (`![x](/dev/zero)` reads until memory runs out) and Qt's image
// handler falls back to loading the path itself when it gets nothing; so every
// image gets a small placeholder and nothing is ever opened. GUI thread only.
#include <QTextDocument>

class SafeMarkdownDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeMarkdownDocument(QObject *parent = nullptr);

    // Markdown without raw HTML (MarkdownNoHTML).
    void setSafeMarkdown(const QString &markdown);
    // How many resources were asked for and refused.
    int refusedCount() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};
