// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookmarkdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *idBox(QWidget *parent, std::optional<quint32> value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 2147483647);
    box->setSpecialValueText(BookmarkDialog::tr("default (yours)"));
    box->setValue(value ? int(*value) : -1);
    return box;
}
}

BookmarkDialog::BookmarkDialog(const Bookmark &bookmark, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(bookmark.name, this)), m_url(new QLineEdit(this)),
      m_version(new QComboBox(this)), m_uid(idBox(this, bookmark.url.uid())), m_gid(idBox(this, bookmark.url.gid())),
      m_timeout(new QSpinBox(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bookmarkDialog"));
    setWindowTitle(tr("Edit Bookmark"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("bookmarkName"));
    form->addRow(tr("&Name:"), m_name);
    // The URL field shows the place; the options below are its query.
    m_url->setObjectName(QStringLiteral("bookmarkUrl"));
    m_url->setText(bookmark.url.isValid() ? bookmark.url.toString() : QString());
    form->addRow(tr("&URL:"), m_url);
    m_version->addItem(tr("NFSv3"), 3);
    m_version->addItem(tr("NFSv4"), 4);
    m_version->setCurrentIndex(bookmark.url.isValid() && bookmark.url.version() == 4 ? 1 : 0);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("User id:"), m_uid);
    form->addRow(tr("Group id:"), m_gid);
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(bookmark.url.isValid() ? bookmark.url.timeoutSeconds() : NfsUrl::DefaultTimeoutSeconds);
    form->addRow(tr("&Timeout:"), m_timeout);
    layout->addLayout(form);
    m_message->setObjectName(QStringLiteral("bookmarkMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &BookmarkDialog::updateState);
    // The option fields write into the URL's text so the two never disagree.
    const auto optionsChanged = [this] {
        const NfsUrl u = this->bookmark().url;
        if (u.isValid())
            m_url->setText(u.toString());
    };
    connect(m_version, &QComboBox::currentIndexChanged, this, optionsChanged);
    for (QSpinBox *b : {m_uid, m_gid, m_timeout})
        connect(b, &QSpinBox::valueChanged, this, optionsChanged);
    updateState();
}

Bookmark BookmarkDialog::bookmark() const
{
    NfsUrl url = NfsUrl::parse(m_url->text());
    if (url.isValid()) {
        url = url.withVersion(m_version->currentData().toInt()).withTimeoutSeconds(m_timeout->value());
        url = url.withUid(m_uid->value() >= 0 ? std::optional<quint32>(quint32(m_uid->value())) : std::nullopt);
        url = url.withGid(m_gid->value() >= 0 ? std::optional<quint32>(quint32(m_gid->value())) : std::nullopt);
    }
    return Bookmark{m_name->text().trimmed(), url};
}

void BookmarkDialog::updateState()
{
    const Bookmark b = bookmark();
    QString problem;
    if (!BookmarkStore::isValidName(b.name))
        problem = tr("A bookmark needs a name without \"/\".");
    else if (!b.url.isValid())
        problem = b.url.errorString();
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    // Keep the option fields in step with a URL typed by hand.
    if (b.url.isValid()) {
        const NfsUrl typed = NfsUrl::parse(m_url->text());
        QSignalBlocker b1(m_version), b2(m_uid), b3(m_gid), b4(m_timeout);
        m_version->setCurrentIndex(typed.version() == 4 ? 1 : 0);
        m_uid->setValue(typed.uid() ? int(*typed.uid()) : -1);
        m_gid->setValue(typed.gid() ? int(*typed.gid()) : -1);
        m_timeout->setValue(typed.timeoutSeconds());
    }
}
