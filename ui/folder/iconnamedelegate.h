// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// IconNameDelegate: the icons view's items with their names wrapped onto up
// to MaxLines lines, as Dolphin shows them, breaking inside a word when a
// word is longer than a line (file names often have no spaces); only a name
// longer than that is elided, at the end of its last line. GUI thread only.
#include <QStyledItemDelegate>

class IconNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int MaxLines = 3;

    explicit IconNameDelegate(QObject *parent = nullptr);

    // `text` as it is shown in `width` pixels: at most `maxLines` lines, the last elided if it must be.
    static QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines = MaxLines);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
