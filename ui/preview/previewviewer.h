// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PreviewViewer: the full-window viewer — a PreviewPane over the whole screen
// for one file of a folder; Left and Right step through the folder's files,
// Space or Esc close it. The keys are caught before the pane's text views
// (which would take the arrows). GUI thread only.
#include "previewitem.h"
#include "previewpane.h"

#include <QDialog>

class PreviewViewer : public QDialog
{
    Q_OBJECT
public:
    explicit PreviewViewer(PreviewPane::SessionLookup sessions, QWidget *parent = nullptr);

    void setItems(const QList<PreviewItem> &items, int index);
    int index() const { return m_index; }
    int count() const { return int(m_items.size()); }
    // The folder's files it steps through, in the view's order (no folders).
    const QList<PreviewItem> &items() const { return m_items; }
    PreviewPane *pane() const { return m_pane; }

public Q_SLOTS:
    void step(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    PreviewPane *m_pane;
    QList<PreviewItem> m_items;
    int m_index = -1;
};
