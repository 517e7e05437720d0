// SPDX-License-Identifier: GPL-3.0-or-later
#include "safemarkdowndocument.h"

#include <QImage>
#include <QUrl>

SafeMarkdownDocument::SafeMarkdownDocument(QObject *parent) : QTextDocument(parent)
{
}

void SafeMarkdownDocument::setSafeMarkdown(const QString &markdown)
{
    setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

QVariant SafeMarkdownDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name);
    ++m_refused;
    if (type == QTextDocument::ImageResource) {
        // Not null, so the image handler does not try the path itself.
        QImage placeholder(16, 16, QImage::Format_ARGB32);
        placeholder.fill(Qt::lightGray);
        return placeholder;
    }
    return QVariant();
}
