// SPDX-License-Identifier: GPL-3.0-or-later
#include "finddialog.h"

#include "displayname.h"
#include "sessioncache.h"
#include "treeoperations.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

FindDialog::FindDialog(SessionCache *pool, QWidget *parent)
    : QDialog(parent), m_pool(pool), m_pattern(new QLineEdit(this)), m_caseSensitive(new QCheckBox(tr("Match &case"), this)),
      m_startStop(new QPushButton(tr("&Find"), this)), m_results(new QTreeWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findDialog"));
    setWindowTitle(tr("Find"));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_pattern);   // Alt+N goes there, and a screen reader names the field by it
    row->addWidget(nameLabel);
    m_pattern->setObjectName(QStringLiteral("findPattern"));
    m_pattern->setPlaceholderText(tr("*.txt, report-??.pdf, notes"));
    row->addWidget(m_pattern, 1);
    row->addWidget(m_caseSensitive);
    m_startStop->setObjectName(QStringLiteral("findStart"));
    m_startStop->setDefault(true);
    row->addWidget(m_startStop);
    layout->addLayout(row);
    m_results->setObjectName(QStringLiteral("findResults"));
    m_results->setAccessibleName(tr("Found"));
    m_results->setHeaderLabels({tr("Name"), tr("Folder")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->resizeSection(0, 220);
    layout->addWidget(m_results, 1);
    m_status->setObjectName(QStringLiteral("findStatus"));
    // An error can name a long path: wrap it, and never let its length widen the dialog.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_status);
    connect(m_startStop, &QPushButton::clicked, this, [this] { m_job ? stop() : start(); });
    // Enter in the name field reaches the default button (Find/Stop) through QDialog:
    // no returnPressed connection too, or one Enter starts the search and stops it at once.
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QByteArray path = item->data(0, Qt::UserRole).toByteArray();
        const qsizetype slash = path.lastIndexOf('/');
        Q_EMIT openRequested(m_folder.withPath(slash <= 0 ? QByteArray("/") : path.left(slash)), path.mid(slash + 1));
    });
}

FindDialog::~FindDialog()
{
    stop();
}

void FindDialog::setFolder(const NfsUrl &url)
{
    m_folder = url;
    m_status->setText(tr("Searches %1 and everything below it.").arg(url.toString()));
}

void FindDialog::start()
{
    stop();
    m_results->clear();
    QString pattern = m_pattern->text().trimmed();
    if (pattern.isEmpty() || !m_folder.isValid())
        return;
    // A plain word finds names containing it, as file managers do.
    if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')) && !pattern.contains(QLatin1Char('[')))
        pattern = QLatin1Char('*') + pattern + QLatin1Char('*');
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (!TreeOperations::wildcardExpression(pattern, cs).isValid()) {
        m_status->setText(tr("\"%1\" is not a valid pattern.").arg(pattern));
        return;
    }
    FindJob *job = TreeOperations::find(m_pool->sessionFor(m_folder), m_folder.path(), pattern, cs);
    m_job = job;
    m_startStop->setText(tr("&Stop"));
    m_status->setText(tr("Searching…"));
    connect(job, &FindJob::found, this, [this, job](const QList<FoundEntry> &hits) {
        if (m_job != job)
            return;   // a search stopped for a new one
        for (const FoundEntry &hit : hits) {
            const qsizetype slash = hit.path.lastIndexOf('/');
            auto *item = new QTreeWidgetItem(m_results, {displayName(hit.path.mid(slash + 1)),
                                                         displayName(slash <= 0 ? QByteArray("/") : hit.path.left(slash))});
            item->setData(0, Qt::UserRole, hit.path);
        }
        m_status->setText(tr("Searching… %n found", nullptr, m_results->topLevelItemCount()));
    });
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (m_job && m_job != job)
            return;
        m_startStop->setText(tr("&Find"));
        const int n = m_results->topLevelItemCount();
        if (job->error().kind() == NfsError::Kind::Cancelled)
            m_status->setText(tr("Stopped: %n found", nullptr, n));
        else if (job->error())
            m_status->setText(tr("%n found. %1", nullptr, n).arg(job->error().message()));
        else
            m_status->setText(tr("%n found", nullptr, n));
        Q_EMIT searchFinished();
    });
}

void FindDialog::stop()
{
    if (m_job)
        m_job->cancel();
}
