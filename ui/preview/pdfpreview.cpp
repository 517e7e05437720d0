// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpreview.h"
#include "previewtoolbutton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr qreal ZoomStep = 1.25;

QString pdfError(QPdfDocument::Error e)
{
    switch (e) {
    case QPdfDocument::Error::None:
        return {};
    case QPdfDocument::Error::DataNotYetAvailable:
        return PdfPreview::tr("the file ended early");
    case QPdfDocument::Error::FileNotFound:
        return PdfPreview::tr("the file was not found");
    case QPdfDocument::Error::InvalidFileFormat:
        return PdfPreview::tr("it is not a PDF QtPdf can read, or it is damaged");
    case QPdfDocument::Error::IncorrectPassword:
        return PdfPreview::tr("it is protected by a password");
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return PdfPreview::tr("its encryption is not supported");
    case QPdfDocument::Error::Unknown:
        break;
    }
    return PdfPreview::tr("QtPdf could not read it");
}
}

PdfPreview::PdfPreview(QWidget *parent)
    : QWidget(parent), m_document(new QPdfDocument(this)), m_view(new QPdfView(this)), m_pages(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    const auto button = [this, tools](const QString &name, const QString &text, const QString &tip, auto slot) {
        connect(addPreviewToolButton(this, tools, name, text, tip), &QToolButton::clicked, this, slot);
    };
    button(QStringLiteral("pdfPrevious"), tr("◀"), tr("Previous page"), &PdfPreview::previousPage);
    button(QStringLiteral("pdfNext"), tr("▶"), tr("Next page"), &PdfPreview::nextPage);
    m_pages->setObjectName(QStringLiteral("pdfPages"));
    tools->addWidget(m_pages);
    tools->addStretch(1);
    button(QStringLiteral("pdfFit"), tr("Fit"), tr("Fit the page width to the pane"), &PdfPreview::fitWidth);
    button(QStringLiteral("pdfZoomIn"), tr("+"), tr("Zoom in"), &PdfPreview::zoomIn);
    button(QStringLiteral("pdfZoomOut"), tr("−"), tr("Zoom out"), &PdfPreview::zoomOut);
    layout->addLayout(tools);
    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    layout->addWidget(m_view, 1);
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &PdfPreview::updatePageLabel);
}

PdfPreview::~PdfPreview()
{
    // The document reads from the buffer until it is closed.
    m_view->setDocument(nullptr);
    m_document->close();
}

bool PdfPreview::setResult(const PreviewResult &result)
{
    clear();
    m_buffer.setData(result.pdfData);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    if (m_document->status() != QPdfDocument::Status::Ready || m_document->pageCount() <= 0) {
        m_error = pdfError(m_document->error());
        clear();
        return false;
    }
    m_view->setDocument(m_document);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    updatePageLabel();
    return true;
}

void PdfPreview::clear()
{
    m_view->setDocument(nullptr);
    m_document->close();
    m_buffer.close();
    m_buffer.setData(QByteArray());
    m_pages->clear();
}

int PdfPreview::pageCount() const
{
    return m_view->document() ? m_document->pageCount() : 0;
}

int PdfPreview::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void PdfPreview::nextPage()
{
    if (currentPage() + 1 < pageCount())
        m_view->pageNavigator()->jump(currentPage() + 1, {}, m_view->zoomFactor());
}

void PdfPreview::previousPage()
{
    if (currentPage() > 0)
        m_view->pageNavigator()->jump(currentPage() - 1, {}, m_view->zoomFactor());
}

void PdfPreview::zoomIn()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(m_view->zoomFactor() * ZoomStep);
}

void PdfPreview::zoomOut()
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(m_view->zoomFactor() / ZoomStep);
}

void PdfPreview::fitWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void PdfPreview::updatePageLabel()
{
    m_pages->setText(pageCount() > 0 ? tr("Page %1 of %2").arg(currentPage() + 1).arg(pageCount()) : QString());
}
