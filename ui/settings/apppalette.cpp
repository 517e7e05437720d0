// SPDX-License-Identifier: GPL-3.0-or-later
#include "apppalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace {
const QString Fusion = QStringLiteral("Fusion");

// What the application had before any explicit scheme: given back by System.
struct Original
{
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original o{QApplication::style()->name(), QApplication::palette()};
    return o;
}
}

QPalette AppPalette::light()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(Fusion));
    return fusion->standardPalette();
}

QPalette AppPalette::dark()
{
    // Contrast of text on its background stays above 7:1 (WCAG AAA); links and the
    // selection are told apart from text by more than their hue.
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xdb);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(125));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, window.lighter(130));
    return p;
}

void AppPalette::apply(AppSettings::ColourScheme scheme)
{
    const Original &o = original();
    const QString style = scheme == AppSettings::ColourScheme::System ? o.style : Fusion;
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);
    switch (scheme) {
    case AppSettings::ColourScheme::System:
        QApplication::setPalette(o.palette);
        break;
    case AppSettings::ColourScheme::Light:
        QApplication::setPalette(light());
        break;
    case AppSettings::ColourScheme::Dark:
        QApplication::setPalette(dark());
        break;
    }
}
