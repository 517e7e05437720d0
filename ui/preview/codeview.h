// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CodeView: read-only monospace text with line numbers in a gutter, for the
// text preview. The text it gets is already capped and its long lines cut
// (PreviewLoader), so layout stays quick. GUI thread only.
#include <QPlainTextEdit>

class CodeView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CodeViewGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter;
};
