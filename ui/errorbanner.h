// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ErrorBanner: a routine failure in words, shown above the view instead of a
// modal box, with a close button and an optional action (Retry, Reconnect).
// GUI thread only.
#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;

class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `message`; `actionText` non-empty adds a button emitting actionTriggered().
    void showMessage(const QString &message, const QString &actionText = {});
    // The same with an action of this message's own: the button calls
    // `onAction` instead of emitting actionTriggered(). A later message drops it.
    void showMessage(const QString &message, const QString &actionText, std::function<void()> onAction);
    QString message() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel *m_label;
    QToolButton *m_action;
    std::function<void()> m_onAction;
};
