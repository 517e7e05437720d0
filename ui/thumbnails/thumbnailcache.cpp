// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryFile>

#include <cstdio>

namespace {
const QString UriKey = QStringLiteral("Thumb::URI");
const QString MTimeKey = QStringLiteral("Thumb::MTime");
const QString SizeKey = QStringLiteral("Thumb::Size");
const QString SoftwareKey = QStringLiteral("Software");
// A thumbnail file larger than this is not one of ours, nor anyone's: not read.
constexpr qint64 MaxThumbnailFileBytes = 4 * 1024 * 1024;
}

QString ThumbnailCache::root()
{
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    // The specification ignores a relative value.
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.cache");
    return base + QStringLiteral("/thumbnails");
}

QString ThumbnailCache::pathFor(const QString &uri, Size size)
{
    const QByteArray md5 = QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Md5).toHex();
    return root() + (size == Size::Large ? QStringLiteral("/large/") : QStringLiteral("/normal/"))
        + QString::fromLatin1(md5) + QStringLiteral(".png");
}

QImage ThumbnailCache::load(const QString &uri, qint64 mtimeSeconds, Size size)
{
    QFile file(pathFor(uri, size));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxThumbnailFileBytes)
        return {};
    QImageReader reader(&file, "png");
    const QSize s = reader.size();
    if (!s.isValid() || s.width() > pixels(size) || s.height() > pixels(size))
        return {};
    // Read whole (it is small): QImageReader::text() cuts keys at their first colon ("Thumb::URI"), QImage's keep them.
    QImage image;
    if (!reader.read(&image))
        return {};
    if (image.text(UriKey) != uri || image.text(MTimeKey) != QString::number(mtimeSeconds))
        return {};
    return image;
}

bool ThumbnailCache::save(const QImage &image, const QString &uri, qint64 mtimeSeconds, qint64 fileSize, Size size)
{
    const QString target = pathFor(uri, size);
    const QString folder = QFileInfo(target).absolutePath();
    // The specification asks for private folders (0700) and files (0600).
    if (!QDir().mkpath(folder))
        return false;
    QFile::setPermissions(root(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QImage tagged = image;
    tagged.setText(UriKey, uri);
    tagged.setText(MTimeKey, QString::number(mtimeSeconds));
    tagged.setText(SizeKey, QString::number(fileSize));
    tagged.setText(SoftwareKey, QStringLiteral("NFS Navigator"));

    // QTemporaryFile makes its file with mode 0600; the rename replaces an old thumbnail at once.
    QTemporaryFile temp(folder + QStringLiteral("/.nfsnav-XXXXXX.png"));
    if (!temp.open())
        return false;
    QImageWriter writer(&temp, "png");
    if (!writer.write(tagged) || !temp.flush())
        return false;
    temp.close();
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(target).constData()) != 0)
        return false;
    temp.setAutoRemove(false);
    return true;
}
