// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "appsettings.h"
#include "displayname.h"
#include "session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *idBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 2147483647);
    box->setValue(-1);
    box->setSpecialValueText(ConnectDialog::tr("default (yours)"));
    return box;
}
}

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_nfsPort(new QSpinBox(this)), m_mountPort(new QSpinBox(this)),
      m_version(new QComboBox(this)), m_path(new QLineEdit(this)), m_uid(idBox(this)), m_gid(idBox(this)),
      m_timeout(new QSpinBox(this)), m_exports(new QListWidget(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("server name or address"));
    form->addRow(tr("&Server:"), m_host);
    auto *listButton = new QPushButton(tr("&List exports"), this);
    listButton->setObjectName(QStringLiteral("listExports"));
    form->addRow(QString(), listButton);
    m_exports->setObjectName(QStringLiteral("exports"));
    m_exports->setAccessibleName(tr("Exports"));
    form->addRow(tr("&Exports:"), m_exports);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("/export/folder"));
    form->addRow(tr("&Path:"), m_path);
    m_version->addItem(tr("NFSv3"), 3);
    m_version->addItem(tr("NFSv4"), 4);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&User id:"), m_uid);
    form->addRow(tr("&Group id:"), m_gid);
    m_timeout->setRange(1, 600);
    m_timeout->setValue(NfsUrl::DefaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    form->addRow(tr("&Timeout:"), m_timeout);
    for (QSpinBox *port : {m_nfsPort, m_mountPort}) {
        port->setRange(0, 65535);
        port->setSpecialValueText(tr("ask the portmapper"));
    }
    form->addRow(tr("NFS port:"), m_nfsPort);
    form->addRow(tr("MOUNT port:"), m_mountPort);
    layout->addLayout(form);
    // A new connection starts from the user's defaults (Settings).
    const AppSettings defaults;
    m_version->setCurrentIndex(m_version->findData(defaults.defaultVersion()));
    m_timeout->setValue(defaults.timeoutSeconds());
    const auto idValue = [](std::optional<quint32> id) { return id ? int(std::min<quint32>(*id, INT_MAX)) : -1; };
    m_uid->setValue(idValue(defaults.defaultUid()));
    m_gid->setValue(idValue(defaults.defaultGid()));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(listButton, &QPushButton::clicked, this, &ConnectDialog::listExports);
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        if (m_exports->count() == 0 && !m_host->text().trimmed().isEmpty() && m_version->currentData().toInt() == 3)
            listExports();
    });
    connect(m_exports, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_path->setText(item->data(Qt::UserRole).toString());
    });
    connect(m_exports, &QListWidget::itemDoubleClicked, this, [this] {
        if (url().isValid())
            accept();
    });
    for (QLineEdit *e : {m_host, m_path})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    for (QSpinBox *b : {m_uid, m_gid, m_timeout, m_nfsPort, m_mountPort})
        connect(b, &QSpinBox::valueChanged, this, &ConnectDialog::updateState);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ConnectDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

ConnectDialog::~ConnectDialog()
{
    if (m_job)
        m_job->cancel();
}

void ConnectDialog::setHost(const QString &host)
{
    m_host->setText(host);
}

NfsUrl ConnectDialog::url() const
{
    QString host = m_host->text().trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    QStringList args;
    if (m_nfsPort->value() > 0)
        args << QStringLiteral("nfsport=%1").arg(m_nfsPort->value());
    if (m_mountPort->value() > 0)
        args << QStringLiteral("mountport=%1").arg(m_mountPort->value());
    NfsUrl url = NfsUrl::parse(QStringLiteral("nfs://%1/%2").arg(host, args.isEmpty() ? QString() : QLatin1Char('?') + args.join(QLatin1Char('&'))));
    QString path = m_path->text().trimmed();
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    url = url.withPath(path.toUtf8()).withVersion(m_version->currentData().toInt()).withTimeoutSeconds(m_timeout->value());
    if (m_uid->value() >= 0)
        url = url.withUid(quint32(m_uid->value()));
    if (m_gid->value() >= 0)
        url = url.withGid(quint32(m_gid->value()));
    return url;
}

void ConnectDialog::updateState()
{
    const NfsUrl u = url();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(u.isValid());
    if (m_host->text().trimmed().isEmpty())
        m_message->clear();
    else if (!u.isValid())
        m_message->setText(u.errorString());
    else if (!m_job)
        m_message->setText(u.toString());
}

void ConnectDialog::listExports()
{
    const NfsUrl u = url();
    if (!u.isValid()) {
        m_message->setText(u.errorString());
        return;
    }
    if (m_job)
        m_job->cancel();
    m_exports->clear();
    m_session = std::make_unique<Session>(u.withPath("/").withVersion(3));
    ExportListJob *job = m_session->exports();
    m_job = job;
    m_message->setText(tr("Asking %1 for its exports…").arg(u.host()));
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->error()) {
            if (job->error().kind() != NfsError::Kind::Cancelled)
                m_message->setText(job->error().message());
            return;
        }
        const ExportList list = job->result();
        for (const ExportEntry &e : list) {
            auto *item = new QListWidgetItem(displayName(e.path), m_exports);
            item->setData(Qt::UserRole, QString::fromUtf8(e.path));
        }
        m_message->setText(list.isEmpty() ? tr("The server exports nothing to this machine.")
                                          : tr("%n export(s). Pick one, or type a path.", nullptr, int(list.size())));
    });
}
