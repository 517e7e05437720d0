// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// HexView: a file of any size as offset, bytes and ASCII, 16 bytes a row. It
// holds only the pages near what is shown and asks for the missing ones
// (pageNeeded); whoever reads the file answers with setPage. The scroll bar is
// an int, so for files of more rows than ScrollSteps it moves in scaled steps.
// A pane narrower than a row scrolls sideways.
// GUI thread only.
#include <QAbstractScrollArea>
#include <QMap>
#include <QSet>

class HexView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int BytesPerRow = 16;
    static constexpr qint64 PageBytes = 4096;
    // Pages kept; the farthest from the view go first.
    static constexpr int MaxPages = 64;
    // The scroll bar's range at most: beyond it one step moves several rows.
    static constexpr int ScrollSteps = 1 << 24;

    explicit HexView(QWidget *parent = nullptr);

    // A new file of `size` bytes; `head` its first bytes (may be empty).
    void setFile(qint64 size, const QByteArray &head);
    void clear();
    // The bytes of the page at `offset` (a multiple of PageBytes).
    void setPage(qint64 offset, const QByteArray &bytes);
    qint64 fileSize() const { return m_size; }
    qint64 topRow() const;
    void scrollToOffset(qint64 offset);
    int pageCount() const { return int(m_pages.size()); }
    // How wide a whole row is drawn; a narrower pane scrolls sideways.
    int rowWidth() const;

Q_SIGNALS:
    void pageNeeded(qint64 offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int LeftMargin = 4;

    qint64 rowCount() const { return (m_size + BytesPerRow - 1) / BytesPerRow; }
    // Hex digits of the offset column: as many as the file's last offset needs, at least 8 (as xxd).
    int offsetDigits() const;
    int visibleRows() const;
    void updateScrollBar();
    void dropFarPages();

    qint64 m_size = 0;
    QMap<qint64, QByteArray> m_pages;   // by offset
    QSet<qint64> m_asked;
};
