// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_action(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    pal.setColor(QPalette::WindowText, QColor(0x5c, 0x10, 0x10));
    setPalette(pal);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    layout->addWidget(icon);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_action->setVisible(false);
    connect(m_action, &QToolButton::clicked, this, [this] {
        hide();
        if (const std::function<void()> onAction = std::exchange(m_onAction, {}))
            onAction();
        else
            Q_EMIT actionTriggered();
    });
    layout->addWidget(m_action);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(close->toolTip());   // an icon alone says nothing to a screen reader
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close);
    hide();
}

void ErrorBanner::showMessage(const QString &message, const QString &actionText)
{
    showMessage(message, actionText, {});
}

void ErrorBanner::showMessage(const QString &message, const QString &actionText, std::function<void()> onAction)
{
    m_onAction = std::move(onAction);
    m_label->setText(message);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_label->text();
}
