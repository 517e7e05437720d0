// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LocationBar: the path as breadcrumbs (host, then each folder, each a button
// that goes there), turning into an editable location on Ctrl+L or a click on
// its empty part. While editing it checks the text with NfsUrl as it is typed
// and shows the parser's message; Enter goes there when the text is valid,
// Escape goes back to the breadcrumbs. "@bookmark/sub" is accepted too, and
// a plain "/path" goes there on the server shown.
// It completes from the places it is given (history and bookmarks).
// GUI thread only.
#include "nfsurl.h"

#include <QStackedWidget>

class BookmarkStore;
class QCompleter;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStringListModel;

class LocationBar : public QStackedWidget
{
    Q_OBJECT
public:
    explicit LocationBar(BookmarkStore *bookmarks, QWidget *parent = nullptr);

    void setUrl(const NfsUrl &url);
    NfsUrl url() const { return m_url; }
    void setCompletions(const QStringList &places);
    bool isEditing() const;
    // The parser's message for the text being edited; empty when it is valid.
    QString errorText() const;
    QLineEdit *lineEdit() const { return m_edit; }

public Q_SLOTS:
    // Switches to the editable location with the whole text selected.
    void edit();
    void showBreadcrumbs();

Q_SIGNALS:
    void urlActivated(const NfsUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildCrumbs();
    void validate(const QString &text);
    // What `text` names: an nfs:// URL, "@bookmark/sub", or a plain absolute
    // path, taken on the current location's server with its options.
    NfsUrl resolve(const QString &text, QString *error) const;
    void activate();

    BookmarkStore *m_bookmarks;
    NfsUrl m_url;
    QWidget *m_crumbs;
    QHBoxLayout *m_crumbLayout;
    QWidget *m_editPage;
    QLineEdit *m_edit;
    QLabel *m_error;
    QCompleter *m_completer;
    QStringListModel *m_places;
};
