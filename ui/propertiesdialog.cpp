// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiesdialog.h"

#include "displayname.h"
#include "remotefsmodel.h"
#include "sessioncache.h"
#include "treeoperations.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <unistd.h>

namespace {
// A value wider than this many average characters is elided in the middle, whole in its tooltip,
// so a long path neither clips nor pushes the dialog past the screen.
constexpr int MaxValueChars = 72;

// The exact count only where the short form rounds ("1.5 MiB (1,572,864 bytes)", but "7 bytes").
QString sizeText(quint64 bytes)
{
    const QString human = QLocale().formattedDataSize(qint64(bytes));
    if (bytes < 1024)
        return human;
    return PropertiesDialog::tr("%1 (%2 bytes)").arg(human, QLocale().toString(bytes));
}

QString timeText(qint64 ns)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ns / 1000000), QLocale::LongFormat);
}

QString typeText(FileInfo::Type t)
{
    switch (t) {
    case FileInfo::Type::File: return PropertiesDialog::tr("File");
    case FileInfo::Type::Directory: return PropertiesDialog::tr("Folder");
    case FileInfo::Type::Symlink: return PropertiesDialog::tr("Symbolic link");
    case FileInfo::Type::BlockDevice: return PropertiesDialog::tr("Block device");
    case FileInfo::Type::CharDevice: return PropertiesDialog::tr("Character device");
    case FileInfo::Type::Fifo: return PropertiesDialog::tr("FIFO");
    case FileInfo::Type::Socket: return PropertiesDialog::tr("Socket");
    default: return PropertiesDialog::tr("Unknown");
    }
}
}

PropertiesDialog::PropertiesDialog(SessionCache *pool, const NfsUrl &url, QWidget *parent)
    : QDialog(parent), m_pool(pool), m_url(url), m_form(new QFormLayout), m_status(new QLabel(this)),
      m_measure(new QPushButton(tr("Calculate"), this)), m_apply(nullptr)
{
    setObjectName(QStringLiteral("propertiesDialog"));
    const QByteArray path = url.path();
    const QByteArray name = path == "/" ? path : path.mid(path.lastIndexOf('/') + 1);
    setWindowTitle(tr("Properties of %1").arg(displayName(name)));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    setField(QStringLiteral("name"), displayName(name));
    setField(QStringLiteral("location"), url.toString());
    for (const QString &f : {QStringLiteral("type"), QStringLiteral("size"), QStringLiteral("modified"),
                             QStringLiteral("accessed"), QStringLiteral("changed"), QStringLiteral("owner"),
                             QStringLiteral("links"), QStringLiteral("inode")})
        setField(f, tr("…"));

    auto *perms = new QGroupBox(tr("Permissions"), this);
    auto *grid = new QGridLayout(perms);
    const QStringList who{tr("Owner"), tr("Group"), tr("Others")};
    const QStringList what{tr("Read"), tr("Write"), tr("Execute")};
    for (int c = 0; c < 3; ++c)
        grid->addWidget(new QLabel(what[c], perms), 0, c + 1);
    for (int r = 0; r < 3; ++r) {
        grid->addWidget(new QLabel(who[r], perms), r + 1, 0);
        for (int c = 0; c < 3; ++c) {
            auto *box = new QCheckBox(perms);
            box->setEnabled(false);
            box->setObjectName(QStringLiteral("perm%1%2").arg(r).arg(c));
            grid->addWidget(box, r + 1, c + 1);
            m_bits.append(box);
        }
    }
    layout->addWidget(perms);

    m_measure->setObjectName(QStringLiteral("measureButton"));
    m_measure->setVisible(false);
    connect(m_measure, &QPushButton::clicked, this, &PropertiesDialog::measure);
    layout->addWidget(m_measure);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);   // a long path never widens the dialog
    m_status->setObjectName(QStringLiteral("propertiesStatus"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &PropertiesDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    Session *session = pool->sessionFor(url);
    StatJob *stat = session->lstat(path);
    stat->setParent(this);
    connect(stat, &Job::finished, this, [this, stat, path] {
        stat->deleteLater();
        if (stat->error()) {
            showStatus(stat->error().message());
            return;
        }
        const FileInfo info = stat->result();
        m_mode = info.mode & 0777;
        m_specialBits = info.mode & 07000;
        setField(QStringLiteral("type"), typeText(info.type));
        setField(QStringLiteral("size"), info.isDir() ? QString() : sizeText(info.size));
        setField(QStringLiteral("modified"), timeText(info.mtimeNs));
        setField(QStringLiteral("accessed"), timeText(info.atimeNs));
        setField(QStringLiteral("changed"), timeText(info.ctimeNs));
        QString owner = QStringLiteral("%1:%2").arg(info.uid).arg(info.gid);
        if (info.uid == RemoteFsModel::SquashedUid)
            owner += QLatin1Char(' ') + tr("(nobody: the server squashes this user's id)");
        setField(QStringLiteral("owner"), owner);
        setField(QStringLiteral("links"), QString::number(info.links));
        setField(QStringLiteral("inode"), QString::number(info.inode));
        for (int i = 0; i < 9; ++i) {
            m_bits[i]->setChecked(m_mode & (0400u >> i));
            m_bits[i]->setEnabled(info.type != FileInfo::Type::Symlink);
            connect(m_bits[i], &QCheckBox::toggled, this, [this] { m_apply->setEnabled(checkedMode() != m_mode); });
        }
        if (info.isDir()) {
            m_measure->setVisible(true);
            setField(QStringLiteral("size"), tr("not calculated"));
        }
        if (info.isSymlink()) {
            setField(QStringLiteral("target"), tr("…"));
            ReadlinkJob *readlink = m_pool->sessionFor(m_url)->readlink(path);
            readlink->setParent(this);
            connect(readlink, &Job::finished, this, [this, readlink] {
                readlink->deleteLater();
                setField(QStringLiteral("target"), readlink->error() ? readlink->error().message()
                                                                     : displayName(readlink->result()));
            });
        }
    });
}

PropertiesDialog::~PropertiesDialog()
{
    if (m_measureJob)
        m_measureJob->cancel();
}

void PropertiesDialog::setField(const QString &name, const QString &value)
{
    auto *label = findChild<QLabel *>(QStringLiteral("field-") + name);
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("field-") + name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);   // a name is never markup
        // One line each, never wrapped: a wrapped label's height is not part of the dialog's
        // minimum size, so a value arriving after the dialog is shown was clipped.
        static const QHash<QString, const char *> titles{
            {QStringLiteral("name"), QT_TR_NOOP("Name:")},
            {QStringLiteral("location"), QT_TR_NOOP("Location:")},
            {QStringLiteral("type"), QT_TR_NOOP("Type:")},
            {QStringLiteral("size"), QT_TR_NOOP("Size:")},
            {QStringLiteral("modified"), QT_TR_NOOP("Modified:")},
            {QStringLiteral("accessed"), QT_TR_NOOP("Accessed:")},
            {QStringLiteral("changed"), QT_TR_NOOP("Changed:")},
            {QStringLiteral("owner"), QT_TR_NOOP("Owner:")},
            {QStringLiteral("links"), QT_TR_NOOP("Links:")},
            {QStringLiteral("inode"), QT_TR_NOOP("Inode:")},
            {QStringLiteral("target"), QT_TR_NOOP("Link target:")},
        };
        m_form->addRow(tr(titles.value(name, "")), label);
    }
    label->setProperty("fullText", value);
    const QString shown = label->fontMetrics().elidedText(value, Qt::ElideMiddle,
                                                          label->fontMetrics().averageCharWidth() * MaxValueChars);
    label->setText(shown);
    label->setToolTip(shown == value ? QString() : value);
}

void PropertiesDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    // A wrapped label's height is not part of the dialog's minimum size: grow to show all its lines.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

QString PropertiesDialog::field(const QString &name) const
{
    auto *label = findChild<QLabel *>(QStringLiteral("field-") + name);
    return label ? label->property("fullText").toString() : QString();
}

quint32 PropertiesDialog::checkedMode() const
{
    quint32 mode = 0;
    for (int i = 0; i < m_bits.size(); ++i) {
        if (m_bits[i]->isChecked())
            mode |= 0400u >> i;
    }
    return mode;
}

void PropertiesDialog::apply()
{
    const quint32 mode = checkedMode() | m_specialBits;
    Job *job = m_pool->sessionFor(m_url)->chmod(m_url.path(), mode);
    m_apply->setEnabled(false);
    showStatus(tr("Changing permissions…"));
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job, mode] {
        job->deleteLater();
        if (job->error()) {
            showStatus(job->error().message());
            m_apply->setEnabled(true);
            return;
        }
        m_mode = mode & 0777;
        showStatus(tr("Permissions changed."));
        Q_EMIT changed();
    });
}

void PropertiesDialog::measure()
{
    if (m_measureJob) {
        m_measureJob->cancel();
        return;
    }
    MeasureJob *job = TreeOperations::measure(m_pool->sessionFor(m_url), m_url.path());
    m_measureJob = job;
    m_measure->setText(tr("Cancel"));
    setField(QStringLiteral("size"), tr("calculating…"));
    connect(job, &Job::progress, this, [this](qint64 bytes) {
        setField(QStringLiteral("size"), tr("%1 so far…").arg(QLocale().formattedDataSize(bytes)));
    });
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        m_measure->setText(tr("Calculate"));
        const TreeSize size = job->error() ? job->counted() : job->result();
        QString text = tr("%1 in %n file(s)", nullptr, int(size.files)).arg(sizeText(size.bytes));
        text += QStringLiteral(", ") + tr("%n folder(s)", nullptr, int(size.folders));
        if (job->error().kind() == NfsError::Kind::Cancelled)
            text += QLatin1Char(' ') + tr("(cancelled: counted so far)");
        else if (job->error())
            showStatus(job->error().message());   // wraps there; the value stays one line
        setField(QStringLiteral("size"), text);
    });
}
