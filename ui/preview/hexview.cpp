// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview.h"

#include <QFontDatabase>
#include <QPainter>
#include <QScrollBar>

HexView::HexView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), [this] { viewport()->update(); });
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(), [this] { viewport()->update(); });
}

int HexView::offsetDigits() const
{
    int digits = 8;
    while (digits < 16 && (quint64(std::max<qint64>(m_size - 1, 0)) >> (4 * digits)) != 0)
        ++digits;
    return digits;
}

int HexView::rowWidth() const
{
    // Offset and 2 spaces, 16 bytes of 3 characters, the middle gap, a space, 16 characters.
    const int characters = offsetDigits() + 2 + BytesPerRow * 3 + 1 + 1 + BytesPerRow;
    return 2 * LeftMargin + fontMetrics().horizontalAdvance(QString(characters, QLatin1Char('0')));
}

void HexView::setFile(qint64 size, const QByteArray &head)
{
    clear();
    m_size = size;
    if (!head.isEmpty())
        m_pages.insert(0, head.left(PageBytes));
    updateScrollBar();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void HexView::clear()
{
    m_size = 0;
    m_pages.clear();
    m_asked.clear();
    updateScrollBar();
    viewport()->update();
}

void HexView::setPage(qint64 offset, const QByteArray &bytes)
{
    if (offset < 0 || offset >= m_size)
        return;
    m_asked.remove(offset);
    m_pages.insert(offset, bytes);
    dropFarPages();
    viewport()->update();
}

int HexView::visibleRows() const
{
    return std::max(1, viewport()->height() / std::max(1, fontMetrics().height()));
}

void HexView::updateScrollBar()
{
    const qint64 scrollRows = std::max<qint64>(0, rowCount() - visibleRows() + 1);
    verticalScrollBar()->setRange(0, int(std::min<qint64>(scrollRows, ScrollSteps)));
    verticalScrollBar()->setPageStep(visibleRows());
    horizontalScrollBar()->setRange(0, m_size > 0 ? std::max(0, rowWidth() - viewport()->width()) : 0);
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

qint64 HexView::topRow() const
{
    const qint64 scrollRows = std::max<qint64>(0, rowCount() - visibleRows() + 1);
    const int max = verticalScrollBar()->maximum();
    if (max <= 0)
        return 0;
    if (scrollRows <= ScrollSteps)
        return verticalScrollBar()->value();
    // Scaled: the bar's steps spread over every row (128-bit safe: rows < 2^60).
    return qint64(double(verticalScrollBar()->value()) / max * double(scrollRows));
}

void HexView::scrollToOffset(qint64 offset)
{
    const qint64 row = offset / BytesPerRow;
    const qint64 scrollRows = std::max<qint64>(1, rowCount() - visibleRows() + 1);
    const int max = verticalScrollBar()->maximum();
    verticalScrollBar()->setValue(scrollRows <= ScrollSteps ? int(row) : int(double(row) / double(scrollRows) * max));
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void HexView::dropFarPages()
{
    const qint64 here = topRow() * BytesPerRow;
    while (m_pages.size() > MaxPages) {
        const qint64 first = m_pages.firstKey();
        const qint64 last = m_pages.lastKey();
        m_pages.remove(here - first > last - here ? first : last);
    }
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const int lineHeight = fontMetrics().height();
    const int ascent = fontMetrics().ascent();
    const qint64 top = topRow();
    const int rows = visibleRows() + 1;
    for (int i = 0; i < rows; ++i) {
        const qint64 offset = (top + i) * BytesPerRow;
        if (offset >= m_size)
            break;
        const qint64 page = offset - offset % PageBytes;
        const auto it = m_pages.constFind(page);
        QString line = QStringLiteral("%1  ").arg(offset, offsetDigits(), 16, QLatin1Char('0'));
        if (it == m_pages.constEnd()) {
            if (!m_asked.contains(page)) {
                m_asked.insert(page);
                Q_EMIT pageNeeded(page);
            }
            line += tr("…");
        } else {
            const QByteArray &bytes = *it;
            QString ascii;
            for (int b = 0; b < BytesPerRow; ++b) {
                const qint64 at = offset - page + b;
                if (at < bytes.size() && offset + b < m_size) {
                    const uchar c = uchar(bytes[at]);
                    line += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                    ascii += c >= 0x20 && c < 0x7f ? QLatin1Char(char(c)) : QLatin1Char('.');
                } else {
                    line += QStringLiteral("   ");
                }
                if (b == 7)
                    line += QLatin1Char(' ');
            }
            line += QLatin1Char(' ') + ascii;
        }
        p.drawText(LeftMargin - horizontalScrollBar()->value(), i * lineHeight + ascent, line);
    }
}
