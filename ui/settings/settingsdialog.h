// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SettingsDialog: the user's preferences (Settings, Ctrl+,): defaults for new
// connections, parallel transfers, what a drop does, the preview's caps and
// thumbnails, the colours, and whether the last session comes back on start.
// It shows what `settings` holds and writes it back on OK, where the window,
// listening to AppSettings::preferencesChanged, applies it at once.
// GUI thread only.
#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    // Writes the values shown into the settings (OK does it too).
    void save();

private:
    void load(const AppSettings &from);
    void restoreDefaults();
    QWidget *connectionPage();
    QWidget *transfersPage();
    QWidget *previewPage();
    QWidget *windowPage();

    AppSettings *m_settings;
    QComboBox *m_version;
    QSpinBox *m_uid;
    QSpinBox *m_gid;
    QSpinBox *m_timeout;
    QSpinBox *m_parallel;
    QComboBox *m_drop;
    QCheckBox *m_thumbnails;
    QSpinBox *m_textMiB;
    QSpinBox *m_imageMiB;
    QSpinBox *m_pdfMiB;
    QSpinBox *m_archiveMiB;
    QSpinBox *m_archiveEntries;
    QComboBox *m_colours;
    QCheckBox *m_restore;
    // The caps the dialog does not show, kept as they are.
    PreviewLimits m_limits;
};
