// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ArchivePreview: an archive's entries (names escaped, size, date) in the
// preview pane; selecting a file entry asks for its preview (entryRequested),
// which shows below the list once extracted into memory. A list that stopped
// at a cap says so and offers the whole list. GUI thread only.
#include "previewresult.h"

#include <QWidget>

class HexView;
class ImagePreview;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class TextPreview;

class ArchivePreview : public QWidget
{
    Q_OBJECT
public:
    explicit ArchivePreview(QWidget *parent = nullptr);

    void setResult(const PreviewResult &result);
    void setEntryResult(const PreviewResult &result);
    void setEntryMessage(const QString &text);
    void clear();

    QTreeWidget *entryList() const { return m_list; }
    QLabel *noteLabel() const { return m_note; }
    // Shown when the list stopped at a cap: asks for the whole list (listAllRequested).
    QPushButton *listAllButton() const { return m_listAll; }
    // What the entry's pane shows: its message, or the kind's widget.
    QWidget *entryPage() const;
    QString entryMessage() const;
    TextPreview *entryText() const { return m_text; }
    ImagePreview *entryImage() const { return m_image; }

Q_SIGNALS:
    // The `index`th entry (archive order) was selected; `name` is its display name.
    void entryRequested(int index, const QString &name);
    // "List All": the archive again, past its caps.
    void listAllRequested();

private:
    QLabel *m_note;
    QPushButton *m_listAll;
    QTreeWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_message;
    TextPreview *m_text;
    ImagePreview *m_image;
    HexView *m_hex;
    QByteArray m_entryData;
};
