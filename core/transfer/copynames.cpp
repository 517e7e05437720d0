// SPDX-License-Identifier: GPL-3.0-or-later
#include "copynames.h"

#include <QMutex>
#include <QRandomGenerator>
#include <QSet>

namespace CopyNames {

QByteArray temporaryFor(const QByteArray &name)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray suffix(6, '\0');
    for (char &c : suffix)
        c = alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))];
    // Hidden, recognisably ours, and short enough to stay within NAME_MAX.
    return "." + name.left(200) + ".nfsnav-" + suffix;
}

bool isTemporaryFor(const QByteArray &candidate, const QByteArray &name)
{
    const QByteArray prefix = "." + name.left(200) + ".nfsnav-";
    return candidate.size() == prefix.size() + 6 && candidate.startsWith(prefix);
}

QByteArray numbered(const QByteArray &name, int n)
{
    const qsizetype dot = name.lastIndexOf('.');
    const bool hasSuffix = dot > 0 && dot < name.size() - 1;
    const QByteArray number = " (" + QByteArray::number(n) + ")";
    return hasSuffix ? name.left(dot) + number + name.mid(dot) : name + number;
}

namespace {
QMutex inUseLock;
QSet<QString> &inUse()
{
    static QSet<QString> urls;
    return urls;
}
}

bool TemporaryInUse::set(const QString &url)
{
    const QMutexLocker lock(&inUseLock);
    if (!m_url.isEmpty())
        inUse().remove(m_url);
    m_url.clear();
    if (url.isEmpty())
        return true;
    if (inUse().contains(url))
        return false;
    inUse().insert(url);
    m_url = url;
    return true;
}

bool TemporaryInUse::isInUse(const QString &url)
{
    const QMutexLocker lock(&inUseLock);
    return inUse().contains(url);
}

} // namespace CopyNames
