// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LocalPane: the local files beside the remote view (the split view, F3): a
// folder of this computer in a QFileSystemModel, its path editable. Its files
// drag onto a remote view (which uploads them); places dragged from a remote
// view drop here as downloads on the transfer queue. Nothing is copied in the
// drop handler, and the model itself never copies (it is read-only: its own
// drops would copy on the GUI thread). GUI thread only.
#include <QWidget>

class QFileSystemModel;
class QLineEdit;
class QTreeView;

class LocalPane : public QWidget
{
    Q_OBJECT
public:
    explicit LocalPane(QWidget *parent = nullptr);

    // Shows or hides it; shown in a splitter where it has no room, it takes half of its neighbour's.
    void reveal(bool on);

    QString path() const;
    void setPath(const QString &path);
    QTreeView *view() const { return m_view; }
    QFileSystemModel *model() const { return m_model; }

    // What the session keeps of the split view (AppSettings::SessionState::splitView):
    // whether it is open, its folder, and the sizes of the splitter it is in.
    QByteArray saveState() const;
    // Opens (or keeps closed) the split view as saved; a folder that is gone
    // leaves the one shown, sizes for another layout are left out. Returns
    // whether it is open.
    bool restoreState(const QByteArray &state);

Q_SIGNALS:
    // Opened or closed, another folder, or the splitter moved: saveState() changed.
    void stateChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The folder a drop at `pos` goes into: a folder's row, else the folder shown.
    QString dropFolder(const QPoint &pos) const;

    QFileSystemModel *m_model;
    QLineEdit *m_location;
    QTreeView *m_view;
};
