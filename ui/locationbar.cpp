// SPDX-License-Identifier: GPL-3.0-or-later
#include "locationbar.h"

#include "appsettings.h"
#include "bookmarkstore.h"
#include "displayname.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStringListModel>
#include <QToolButton>

LocationBar::LocationBar(BookmarkStore *bookmarks, QWidget *parent)
    : QStackedWidget(parent),
      m_bookmarks(bookmarks),
      m_crumbs(new QWidget(this)),
      m_crumbLayout(new QHBoxLayout(m_crumbs)),
      m_editPage(new QWidget(this)),
      m_edit(new QLineEdit(m_editPage)),
      m_error(new QLabel(m_editPage)),
      m_completer(new QCompleter(this)),
      m_places(new QStringListModel(this))
{
    setObjectName(QStringLiteral("locationBar"));
    m_crumbLayout->setContentsMargins(0, 0, 0, 0);
    m_crumbLayout->setSpacing(0);
    m_crumbs->installEventFilter(this);
    m_crumbs->setCursor(Qt::IBeamCursor);
    m_crumbs->setToolTip(tr("Click here or press Ctrl+L to type a location"));
    addWidget(m_crumbs);

    auto *editLayout = new QHBoxLayout(m_editPage);
    editLayout->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(QStringLiteral("locationEdit"));
    m_edit->setAccessibleName(tr("Location"));
    m_edit->setPlaceholderText(tr("nfs://server/export/folder"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    editLayout->addWidget(m_edit, 1);
    m_error->setObjectName(QStringLiteral("locationError"));
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(pal);
    m_error->hide();
    editLayout->addWidget(m_error);
    addWidget(m_editPage);

    m_completer->setModel(m_places);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);
    connect(m_edit, &QLineEdit::textChanged, this, &LocationBar::validate);
    connect(m_edit, &QLineEdit::returnPressed, this, &LocationBar::activate);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(m_edit->sizeHint().height());
}

void LocationBar::setUrl(const NfsUrl &url)
{
    m_url = url;
    rebuildCrumbs();
    if (!isEditing())
        m_edit->setText(url.toString());
}

void LocationBar::setCompletions(const QStringList &places)
{
    m_places->setStringList(places);
}

bool LocationBar::isEditing() const
{
    return currentWidget() == m_editPage;
}

QString LocationBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LocationBar::edit()
{
    m_edit->setText(m_url.isValid() ? m_url.toString() : QString());
    setCurrentWidget(m_editPage);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void LocationBar::showBreadcrumbs()
{
    m_error->hide();
    setCurrentWidget(m_crumbs);
}

void LocationBar::validate(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_error->hide();
        return;
    }
    QString error;
    const NfsUrl url = resolve(text.trimmed(), &error);
    if (url.isValid()) {
        m_error->hide();
        m_edit->setToolTip(QString());
    } else {
        const QString message = error.isEmpty() ? url.errorString() : error;
        m_error->setText(message);
        m_error->show();
        m_edit->setToolTip(message);
    }
}

void LocationBar::activate()
{
    QString error;
    const QString text = m_edit->text().trimmed();
    const NfsUrl url = resolve(text, &error);
    if (!url.isValid()) {
        validate(m_edit->text());
        return;
    }
    showBreadcrumbs();
    if (text.startsWith(QLatin1Char('/'))) {
        Q_EMIT urlActivated(url);   // the current server's options, not Settings' defaults
        return;
    }
    // What the typed URL does not say (version, uid, gid, timeout) comes from Settings.
    Q_EMIT urlActivated(AppSettings().withConnectionDefaults(m_edit->text(), url));
}

NfsUrl LocationBar::resolve(const QString &text, QString *error) const
{
    if (!text.startsWith(QLatin1Char('/')))
        return m_bookmarks->resolve(text, error);
    // A path alone, as a file manager takes it: on the server shown, as it reads (no %XX).
    if (!m_url.isValid()) {
        *error = tr("A path needs a server: type nfs://server%1, or open a server first").arg(text);
        return NfsUrl();
    }
    const NfsUrl url = m_url.withPath(text.toUtf8());
    *error = url.errorString();
    return url;
}

void LocationBar::rebuildCrumbs()
{
    while (QLayoutItem *item = m_crumbLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_url.isValid()) {
        m_crumbLayout->addStretch(1);
        return;
    }
    const auto addCrumb = [this](const QString &text, const QByteArray &path, bool current) {
        auto *button = new QToolButton(m_crumbs);
        button->setText(text);
        button->setAutoRaise(true);
        button->setCursor(Qt::ArrowCursor);
        button->setObjectName(QStringLiteral("crumb"));
        if (current) {
            QFont f = button->font();
            f.setBold(true);
            button->setFont(f);
        }
        connect(button, &QToolButton::clicked, this, [this, path] { Q_EMIT urlActivated(m_url.withPath(path)); });
        m_crumbLayout->addWidget(button);
    };
    const QByteArray path = m_url.path();
    addCrumb(QStringLiteral("nfs://%1").arg(m_url.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + m_url.host() + QLatin1Char(']')
                                                                                      : m_url.host()),
             QByteArrayLiteral("/"), path == "/");
    QByteArray prefix;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        prefix += '/' + part;
        auto *sep = new QLabel(QStringLiteral("›"), m_crumbs);
        m_crumbLayout->addWidget(sep);
        addCrumb(displayName(part), prefix, prefix == path);
    }
    m_crumbLayout->addStretch(1);
}

bool LocationBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_crumbs && event->type() == QEvent::MouseButtonRelease) {
        edit();
        return true;
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            showBreadcrumbs();
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut && isEditing() && !m_completer->popup()->isVisible()) {
        // Leaving the field (clicking the view) goes back to the breadcrumbs.
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason)
            showBreadcrumbs();
    }
    return QStackedWidget::eventFilter(watched, event);
}
