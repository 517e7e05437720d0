// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ImagePreview: an image decoded by PreviewLoader (already at most the view's
// size, EXIF orientation applied), with fit, zoom and rotate, and the facts
// the file carries. GUI thread only.
#include "previewresult.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

class ImagePreview : public QWidget
{
    Q_OBJECT
public:
    explicit ImagePreview(QWidget *parent = nullptr);

    void setResult(const PreviewResult &result);
    void clear();

    const QImage &image() const { return m_image; }
    bool isFitting() const { return m_fit; }
    double zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; }
    QLabel *factsLabel() const { return m_facts; }

public Q_SLOTS:
    void fit();
    void zoomIn();
    void zoomOut();
    void rotate();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();

    QScrollArea *m_scroll;
    QLabel *m_canvas;
    QLabel *m_facts;
    QImage m_image;
    bool m_fit = true;
    double m_zoom = 1.0;
    int m_rotation = 0;   // degrees, a multiple of 90
};
