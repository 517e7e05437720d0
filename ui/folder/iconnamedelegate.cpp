// SPDX-License-Identifier: GPL-3.0-or-later
#include "iconnamedelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QListView>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

IconNameDelegate::IconNameDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QStringList IconNameDelegate::wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0 || maxLines <= 0)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line takes the rest, elided when it does not fit.
            const QString rest = text.mid(line.textStart());
            lines << QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return lines;
}

void IconNameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const QString text = opt.text;
    // The style draws the icon, focus and selection; the name is drawn here, wrapped.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList lines = wrappedLines(text, opt.font, textRect.width());
    if (lines.isEmpty())
        return;
    const QFontMetrics fm(opt.font);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                     : (opt.state & QStyle::State_Active)    ? QPalette::Active
                                                                               : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    int y = textRect.top();
    for (const QString &line : lines) {
        const int w = fm.horizontalAdvance(line);
        const QRect r(textRect.left() + (textRect.width() - w) / 2, y, w, fm.height());
        if (selected)
            painter->fillRect(r.adjusted(-2, 0, 2, 0), opt.palette.brush(group, QPalette::Highlight));
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r, Qt::AlignCenter | Qt::TextSingleLine, line);
        y += fm.height();
    }
    painter->restore();
}

QSize IconNameDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room for MaxLines lines under the icon, whatever this item's name: the view's items are all one size.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int iconHeight = view ? view->iconSize().height() : option.decorationSize.height();
    const int wanted = iconHeight + MaxLines * QFontMetrics(option.font).height() + 8;
    if (const auto *list = qobject_cast<const QListView *>(option.widget); list && list->gridSize().isValid())
        size.setWidth(list->gridSize().width() - 8);
    size.setHeight(std::max(size.height(), wanted));
    return size;
}
