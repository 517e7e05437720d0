// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepreview.h"
#include "previewtoolbutton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>

namespace {
constexpr double ZoomStep = 1.25;
constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 16.0;
}

ImagePreview::ImagePreview(QWidget *parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_canvas(new QLabel), m_facts(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    const auto button = [this, tools](const QString &name, const QString &text, const QString &tip, auto slot) {
        connect(addPreviewToolButton(this, tools, name, text, tip), &QToolButton::clicked, this, slot);
    };
    button(QStringLiteral("imageFit"), tr("Fit"), tr("Fit the image to the pane"), &ImagePreview::fit);
    button(QStringLiteral("imageZoomIn"), tr("+"), tr("Zoom in"), &ImagePreview::zoomIn);
    button(QStringLiteral("imageZoomOut"), tr("−"), tr("Zoom out"), &ImagePreview::zoomOut);
    button(QStringLiteral("imageRotate"), tr("Rotate"), tr("Turn a quarter clockwise"), &ImagePreview::rotate);
    tools->addStretch(1);
    layout->addLayout(tools);
    m_canvas->setObjectName(QStringLiteral("imageCanvas"));
    m_canvas->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(false);
    layout->addWidget(m_scroll, 1);
    m_facts->setObjectName(QStringLiteral("imageFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);
}

void ImagePreview::setResult(const PreviewResult &result)
{
    m_image = result.image;
    m_fit = true;
    m_zoom = 1.0;
    m_rotation = 0;
    QStringList facts;
    facts << tr("%1 image, %2×%3 pixels").arg(result.imageFormat).arg(result.imageSize.width()).arg(result.imageSize.height());
    facts += result.imageFacts;
    m_facts->setText(facts.join(QLatin1Char('\n')));
    render();
}

void ImagePreview::clear()
{
    m_image = QImage();
    m_canvas->clear();
    m_facts->clear();
}

void ImagePreview::fit()
{
    m_fit = true;
    render();
}

void ImagePreview::zoomIn()
{
    m_zoom = std::min(MaxZoom, (m_fit ? m_canvas->width() / double(std::max(1, m_image.width())) : m_zoom) * ZoomStep);
    m_fit = false;
    render();
}

void ImagePreview::zoomOut()
{
    m_zoom = std::max(MinZoom, (m_fit ? m_canvas->width() / double(std::max(1, m_image.width())) : m_zoom) / ZoomStep);
    m_fit = false;
    render();
}

void ImagePreview::rotate()
{
    m_rotation = (m_rotation + 90) % 360;
    render();
}

void ImagePreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        render();
}

void ImagePreview::render()
{
    if (m_image.isNull()) {
        m_canvas->clear();
        return;
    }
    const QImage turned = m_rotation ? m_image.transformed(QTransform().rotate(m_rotation)) : m_image;
    QSize target = turned.size() * m_zoom;
    if (m_fit) {
        const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
        target = turned.size();
        if (target.width() > room.width() || target.height() > room.height())
            target = target.scaled(room.expandedTo(QSize(1, 1)), Qt::KeepAspectRatio);
    }
    m_canvas->setPixmap(QPixmap::fromImage(
        turned.scaled(target.expandedTo(QSize(1, 1)), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_canvas->resize(m_canvas->pixmap().size());
}
