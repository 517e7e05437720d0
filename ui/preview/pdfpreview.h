// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PdfPreview: a PDF from its capped in-memory copy (QtPdf reads synchronously
// and takes a short read for a damaged file, so it never reads the remote
// file itself): pages, zoom, the page count. GUI thread only.
#include "previewresult.h"

#include <QBuffer>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;

class PdfPreview : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPreview(QWidget *parent = nullptr);
    ~PdfPreview() override;

    // False, with the reason in errorText(), when QtPdf cannot read it.
    bool setResult(const PreviewResult &result);
    void clear();

    int pageCount() const;
    int currentPage() const;
    QString errorText() const { return m_error; }
    QPdfView *view() const { return m_view; }
    QLabel *pageLabel() const { return m_pages; }

public Q_SLOTS:
    void nextPage();
    void previousPage();
    void zoomIn();
    void zoomOut();
    void fitWidth();

private:
    void updatePageLabel();

    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_pages;
    QBuffer m_buffer;
    QString m_error;
};
