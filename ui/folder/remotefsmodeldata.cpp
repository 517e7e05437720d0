// SPDX-License-Identifier: GPL-3.0-or-later
// What RemoteFsModel's rows show: the columns' text, icons, tool tips and
// roles, the header, and the symlink targets read for the rows a view shows.
#include "remotefsmodel.h"
#include "remotefsnode.h"

#include "displayname.h"
#include "sessioncache.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyle>

using namespace ModelNodes;

namespace {
// Symlink targets are read a few at a time so a folder full of links does not
// flood the session.
constexpr int MaxLinkJobs = 4;
}

QVariant RemoteFsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Name");
        case SizeColumn: return tr("Size");
        case TypeColumn: return tr("Type");
        case ModifiedColumn: return tr("Modified");
        case PermissionsColumn: return tr("Permissions");
        case OwnerColumn: return tr("Owner");
        default: break;
        }
    }
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags RemoteFsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node *n = nodeOf(index);
    if (index.column() == NameColumn && !(n->flags & ExportFlag))
        f |= Qt::ItemIsEditable;
    if (!n->isDir())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

bool RemoteFsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn || role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (text == displayName(nodeOf(index)->name))
        return false;
    // Renaming is a job with checks and maybe a question: the view does it.
    Q_EMIT renameRequested(index, text);
    return false;
}

void RemoteFsModel::decorationChanged(const QModelIndex &index)
{
    const QList<int> roles{Qt::DecorationRole};
    if (index.isValid())
        Q_EMIT dataChanged(index.siblingAtColumn(NameColumn), index.siblingAtColumn(NameColumn), roles);
    else if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(this->index(0, NameColumn), this->index(rows - 1, NameColumn), roles);
}

QVariant RemoteFsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    const bool atRoot = n->parent == m_root.get();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return displayName(n->name);
        case SizeColumn:
            return n->isDir() ? QString() : QLocale().formattedDataSize(qint64(n->size));
        case TypeColumn: {
            if (n->flags & ExportFlag)
                return tr("Export");
            if (n->isDir())
                return tr("Folder");
            if (n->type == FileInfo::Type::Symlink) {
                if (atRoot && m_linkTargets.value(n->name).broken)
                    return tr("Broken link");
                return tr("Link");   // also FileTypeKey's, for sorting
            }
            // The text the sort by type compares (special files and links included).
            return n->typeKey ? n->typeKey->description : QString();
        }
        case ModifiedColumn:
            if (n->flags & ExportFlag)
                return QString();
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(n->mtimeNs / 1000000), QLocale::ShortFormat);
        case PermissionsColumn: {
            if (n->flags & ExportFlag)
                return QString();
            FileInfo fi;
            fi.type = n->type;
            fi.mode = n->mode;
            return QString::fromLatin1(fi.modeString());
        }
        case OwnerColumn:
            if (n->flags & ExportFlag)
                return QString();
            return QStringLiteral("%1:%2").arg(n->uid).arg(n->gid);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OwnerColumn && n->uid == SquashedUid)
            return tr("Owned by uid %1 (nobody): the server squashes this user's id").arg(n->uid);
        if (n->type == FileInfo::Type::Symlink && atRoot) {
            const LinkTarget t = m_linkTargets.value(n->name);
            if (t.known)
                return t.broken ? tr("Broken link to %1").arg(displayName(t.target))
                                : tr("Link to %1").arg(displayName(t.target));
        }
        return {};
    case Qt::DecorationRole: {
        if (index.column() != NameColumn)
            return {};
        // Made once: a view asks for every visible row on every paint.
        if (m_icons.isEmpty()) {
            QStyle *style = QApplication::style();
            if (!style)
                return {};
            m_icons = {style->standardIcon(QStyle::SP_DirIcon), style->standardIcon(QStyle::SP_FileIcon),
                       style->standardIcon(QStyle::SP_FileLinkIcon)};
        }
        if (n->isDir())
            return m_icons[0];
        if (n->type == FileInfo::Type::Symlink) {
            if (atRoot)
                requestLinkTarget(n);
            return m_icons[2];
        }
        if (n->type != FileInfo::Type::File)
            return m_icons[1];
        if (m_decorationHook) {
            QIcon thumbnail = m_decorationHook(index);
            if (!thumbnail.isNull())
                return thumbnail;
        }
        // By the name alone (no read per row): the type's theme icon, its generic one, or a file.
        const QString suffix = QString::fromUtf8(suffixOf(n->name).toByteArray().toLower());
        auto it = m_typeIcons.find(suffix);
        if (it == m_typeIcons.end()) {
            static const QMimeDatabase db;
            const QMimeType mime = db.mimeTypeForFile(displayName(n->name), QMimeDatabase::MatchExtension);
            QIcon icon = QIcon::fromTheme(mime.iconName());
            if (icon.isNull())
                icon = QIcon::fromTheme(mime.genericIconName());
            it = m_typeIcons.insert(suffix, icon.isNull() ? m_icons[1] : icon);
        }
        return it.value();
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (n->type == FileInfo::Type::Symlink && atRoot && m_linkTargets.value(n->name).broken)
            return QColor(Qt::red);
        return {};
    case NameBytesRole: return n->name;
    case PathRole: return pathOf(n);
    case UrlRole: return m_rootUrl.withPath(pathOf(n)).toString();
    case SizeRole: return n->size;
    case FileTypeRole: return int(n->type);
    case ModifiedRole: return n->mtimeNs;
    case ModeRole: return n->mode;
    case UidRole: return n->uid;
    case GidRole: return n->gid;
    case IsDirRole: return n->isDir();
    case IsExportRole: return bool(n->flags & ExportFlag);
    case LinkTargetRole:
        if (n->type == FileInfo::Type::Symlink && atRoot) {
            requestLinkTarget(n);
            return m_linkTargets.value(n->name).target;
        }
        return {};
    case BrokenLinkRole:
        if (n->type == FileInfo::Type::Symlink && atRoot) {
            requestLinkTarget(n);
            return m_linkTargets.value(n->name).broken;
        }
        return false;
    default:
        return {};
    }
}

void RemoteFsModel::requestLinkTarget(const Node *node) const
{
    if (m_linkTargets.contains(node->name))
        return;
    m_linkTargets.insert(node->name, LinkTarget());
    m_linkQueue.append(node->name);
    if (!m_linkTimer.isActive())
        m_linkTimer.start();
}

void RemoteFsModel::readLinkTargets()
{
    while (m_linkJobs < MaxLinkJobs && !m_linkQueue.isEmpty()) {
        const QByteArray name = m_linkQueue.takeFirst();
        const QByteArray base = m_rootUrl.path();
        const QByteArray path = (base.endsWith('/') ? base : base + '/') + name;
        Session *session = m_pool->sessionFor(m_rootUrl.withPath(path));
        ReadlinkJob *readlink = session->readlink(path);
        StatJob *stat = session->stat(path);   // follows the link: fails when it is broken
        m_linkJobs += 1;
        const NfsUrl root = m_rootUrl;
        auto pending = std::make_shared<int>(2);
        const auto done = [this, readlink, stat, name, root, pending] {
            if (--*pending > 0)
                return;
            readlink->deleteLater();
            stat->deleteLater();
            --m_linkJobs;
            if (root == m_rootUrl && m_linkTargets.contains(name)) {
                LinkTarget &t = m_linkTargets[name];
                t.known = true;
                t.target = readlink->error() ? QByteArray() : readlink->result();
                t.broken = stat->error().kind() == NfsError::Kind::NotFound;
                const QModelIndex idx = indexOfName(name);
                if (idx.isValid())
                    Q_EMIT const_cast<RemoteFsModel *>(this)->dataChanged(
                        idx, index(idx.row(), ColumnCount - 1, idx.parent()));
            }
            if (!m_linkQueue.isEmpty())
                m_linkTimer.start();
        };
        readlink->setParent(this);
        connect(readlink, &Job::finished, this, done);
        stat->setParent(this);
        connect(stat, &Job::finished, this, done);
    }
}
