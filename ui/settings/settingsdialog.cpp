// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <climits>

namespace {
constexpr qint64 MiB = 1024 * 1024;

QSpinBox *spinBox(const QString &name, int least, int most, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(least, most);
    box->setSuffix(suffix);
    return box;
}

QSpinBox *idBox(const QString &name, QWidget *parent)
{
    QSpinBox *box = spinBox(name, -1, INT_MAX, QString(), parent);
    box->setSpecialValueText(SettingsDialog::tr("not set (yours)"));
    return box;
}

int idValue(std::optional<quint32> id)
{
    return id ? int(std::min<quint32>(*id, INT_MAX)) : -1;
}

std::optional<quint32> idOf(const QSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<quint32>(quint32(box->value()));
}

int mib(qint64 bytes)
{
    return int(bytes / MiB);
}
}

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("settingsPages"));
    pages->setUsesScrollButtons(false);   // every page's tab in sight, the dialog as wide as they need
    pages->addTab(connectionPage(), tr("&Connections"));
    pages->addTab(transfersPage(), tr("&Transfers"));
    pages->addTab(previewPage(), tr("&Preview"));
    pages->addTab(windowPage(), tr("&Window"));
    layout->addWidget(pages);
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    load(*m_settings);
}

QWidget *SettingsDialog::connectionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_version = new QComboBox(page);
    m_version->setObjectName(QStringLiteral("defaultVersion"));
    m_version->addItem(tr("NFSv3"), 3);
    m_version->addItem(tr("NFSv4"), 4);
    form->addRow(tr("NFS &version:"), m_version);
    m_uid = idBox(QStringLiteral("defaultUid"), page);
    form->addRow(tr("&User id:"), m_uid);
    m_gid = idBox(QStringLiteral("defaultGid"), page);
    form->addRow(tr("&Group id:"), m_gid);
    m_timeout = spinBox(QStringLiteral("timeout"), 1, 3600, tr(" s"), page);
    form->addRow(tr("Time&out:"), m_timeout);
    auto *note = new QLabel(tr("Used where a typed nfs:// URL does not say (version=, uid=, gid=, timeout=). "
                               "Bookmarks keep their own."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *SettingsDialog::transfersPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_parallel = spinBox(QStringLiteral("parallelTransfers"), 1, AppSettings::MostParallelTransfers, QString(), page);
    form->addRow(tr("Parallel tran&sfers:"), m_parallel);
    m_drop = new QComboBox(page);
    m_drop->setObjectName(QStringLiteral("dropAction"));
    m_drop->addItem(tr("Ask"), int(AppSettings::DropAction::Ask));
    m_drop->addItem(tr("Copy"), int(AppSettings::DropAction::Copy));
    m_drop->addItem(tr("Move"), int(AppSettings::DropAction::Move));
    form->addRow(tr("&Dropping files:"), m_drop);
    return page;
}

QWidget *SettingsDialog::previewPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_thumbnails = new QCheckBox(tr("Show t&humbnails of pictures"), page);
    m_thumbnails->setObjectName(QStringLiteral("thumbnails"));
    form->addRow(m_thumbnails);
    const QString megabytes = tr(" MiB");
    m_textMiB = spinBox(QStringLiteral("textMiB"), 1, 1024, megabytes, page);
    form->addRow(tr("Te&xt read at most:"), m_textMiB);
    m_imageMiB = spinBox(QStringLiteral("imageMiB"), 1, 4096, megabytes, page);
    form->addRow(tr("&Images up to:"), m_imageMiB);
    m_pdfMiB = spinBox(QStringLiteral("pdfMiB"), 1, 4096, megabytes, page);
    form->addRow(tr("P&DF documents up to:"), m_pdfMiB);
    m_archiveMiB = spinBox(QStringLiteral("archiveMiB"), 1, 65536, megabytes, page);
    form->addRow(tr("&Archive bytes read at most:"), m_archiveMiB);
    m_archiveEntries = spinBox(QStringLiteral("archiveEntries"), 1, 10000000, QString(), page);
    form->addRow(tr("Archive &entries listed at most:"), m_archiveEntries);
    return page;
}

QWidget *SettingsDialog::windowPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_colours = new QComboBox(page);
    m_colours->setObjectName(QStringLiteral("colours"));
    m_colours->addItem(tr("As the desktop"), int(AppSettings::ColourScheme::System));
    m_colours->addItem(tr("Light"), int(AppSettings::ColourScheme::Light));
    m_colours->addItem(tr("Dark"), int(AppSettings::ColourScheme::Dark));
    form->addRow(tr("C&olours:"), m_colours);
    m_restore = new QCheckBox(tr("Reopen the &last session's tabs on start"), page);
    m_restore->setObjectName(QStringLiteral("restoreSession"));
    form->addRow(m_restore);
    return page;
}

void SettingsDialog::load(const AppSettings &from)
{
    m_version->setCurrentIndex(m_version->findData(from.defaultVersion()));
    m_uid->setValue(idValue(from.defaultUid()));
    m_gid->setValue(idValue(from.defaultGid()));
    m_timeout->setValue(from.timeoutSeconds());
    m_parallel->setValue(from.parallelTransfers());
    m_drop->setCurrentIndex(m_drop->findData(int(from.dropAction())));
    m_thumbnails->setChecked(from.thumbnails());
    m_limits = from.previewLimits();
    m_textMiB->setValue(mib(m_limits.textBytes));
    m_imageMiB->setValue(mib(m_limits.imageFileBytes));
    m_pdfMiB->setValue(mib(m_limits.pdfBytes));
    m_archiveMiB->setValue(mib(m_limits.archiveBytes));
    m_archiveEntries->setValue(int(m_limits.archiveEntries));
    m_colours->setCurrentIndex(m_colours->findData(int(from.colourScheme())));
    m_restore->setChecked(from.restoreSession());
}

void SettingsDialog::restoreDefaults()
{
    // The defaults are what an empty settings file reads as.
    const QTemporaryDir empty;
    load(AppSettings(empty.filePath(QStringLiteral("defaults.conf"))));
}

void SettingsDialog::save()
{
    m_settings->setDefaultVersion(m_version->currentData().toInt());
    m_settings->setDefaultUid(idOf(m_uid));
    m_settings->setDefaultGid(idOf(m_gid));
    m_settings->setTimeoutSeconds(m_timeout->value());
    m_settings->setParallelTransfers(m_parallel->value());
    m_settings->setDropAction(AppSettings::DropAction(m_drop->currentData().toInt()));
    m_settings->setThumbnails(m_thumbnails->isChecked());
    PreviewLimits limits = m_limits;
    limits.textBytes = m_textMiB->value() * MiB;
    limits.imageFileBytes = m_imageMiB->value() * MiB;
    limits.imageAllocationMiB = m_imageMiB->value();
    limits.pdfBytes = m_pdfMiB->value() * MiB;
    limits.archiveBytes = m_archiveMiB->value() * MiB;
    limits.archiveEntries = m_archiveEntries->value();
    m_settings->setPreviewLimits(limits);
    m_settings->setColourScheme(AppSettings::ColourScheme(m_colours->currentData().toInt()));
    m_settings->setRestoreSession(m_restore->isChecked());
}
