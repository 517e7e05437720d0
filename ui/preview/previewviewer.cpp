// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewviewer.h"

#include <QApplication>
#include <QKeyEvent>
#include <QVBoxLayout>

PreviewViewer::PreviewViewer(PreviewPane::SessionLookup sessions, QWidget *parent)
    : QDialog(parent), m_pane(new PreviewPane(std::move(sessions), this))
{
    setObjectName(QStringLiteral("previewViewer"));
    setWindowTitle(tr("Preview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pane);
    // Every key of the application passes here first while the viewer is active.
    qApp->installEventFilter(this);
}

void PreviewViewer::setItems(const QList<PreviewItem> &items, int index)
{
    m_items = items;
    m_index = -1;
    step(index + 1);
}

void PreviewViewer::step(int delta)
{
    const int to = std::clamp(m_index + delta, 0, int(m_items.size()) - 1);
    if (to == m_index || m_items.isEmpty())
        return;
    m_index = to;
    setWindowTitle(tr("%1 (%2 of %3)").arg(m_items[to].name).arg(to + 1).arg(m_items.size()));
    m_pane->showItem(m_items[to]);
}

void PreviewViewer::hideEvent(QHideEvent *event)
{
    // Closed: its reads stop.
    m_pane->clearPreview();
    QDialog::hideEvent(event);
}

bool PreviewViewer::eventFilter(QObject *watched, QEvent *event)
{
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (key && isVisible() && isActiveWindow()) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->modifiers() == Qt::NoModifier || ke->modifiers() == Qt::KeypadModifier) {
            switch (ke->key()) {
            case Qt::Key_Space:
            case Qt::Key_Escape:
            case Qt::Key_Left:
            case Qt::Key_Right:
                // Taken from the text views; acted on once, on the press.
                if (event->type() == QEvent::KeyPress) {
                    if (ke->key() == Qt::Key_Left)
                        step(-1);
                    else if (ke->key() == Qt::Key_Right)
                        step(1);
                    else
                        close();
                }
                event->accept();
                return true;
            default:
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}
