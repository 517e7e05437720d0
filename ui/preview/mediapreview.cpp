// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediapreview.h"

#include "mediaplayerhost.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace {
QString clock(qint64 ms)
{
    const QTime t = QTime(0, 0).addMSecs(int(std::min<qint64>(ms, 24LL * 3600 * 1000 - 1)));
    return t.toString(ms >= 3600 * 1000 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
}
}

MediaPreview::MediaPreview(QWidget *parent)
    : QWidget(parent),
      m_threadContext(new QObject),
      m_frameContext(new QObject),
      m_video(new QVideoWidget(this)),
      m_play(new QToolButton(this)),
      m_seek(new QSlider(Qt::Horizontal, this)),
      m_volume(new QSlider(Qt::Horizontal, this)),
      m_time(new QLabel(this))
{
    m_thread.setObjectName(QStringLiteral("media player"));
    m_threadContext->moveToThread(&m_thread);
    m_thread.start();
    m_frameThread.setObjectName(QStringLiteral("media frames"));
    m_frameContext->moveToThread(&m_frameThread);
    m_frameThread.start();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_video->setObjectName(QStringLiteral("mediaVideo"));
    layout->addWidget(m_video, 1);
    auto *controls = new QHBoxLayout;
    m_play->setObjectName(QStringLiteral("mediaPlay"));
    m_play->setText(tr("Play"));
    connect(m_play, &QToolButton::clicked, this, &MediaPreview::togglePlay);
    controls->addWidget(m_play);
    m_seek->setObjectName(QStringLiteral("mediaSeek"));
    m_seek->setAccessibleName(tr("Position"));
    // Only where the user lets go: each move of the handle would be a seek (and a read) of its own.
    connect(m_seek, &QSlider::sliderReleased, this, [this] { seek(m_seek->value()); });
    controls->addWidget(m_seek, 1);
    m_time->setObjectName(QStringLiteral("mediaTime"));
    controls->addWidget(m_time);
    m_volume->setObjectName(QStringLiteral("mediaVolume"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(80);
    m_volume->setToolTip(tr("Volume"));
    connect(m_volume, &QSlider::valueChanged, this, &MediaPreview::setVolume);
    controls->addWidget(m_volume);
    layout->addLayout(controls);
}

MediaPreview::~MediaPreview()
{
    release();
    QMetaObject::invokeMethod(m_threadContext, &QObject::deleteLater, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    // After the players: their sinks go on this thread.
    QMetaObject::invokeMethod(m_frameContext, &QObject::deleteLater, Qt::QueuedConnection);
    m_frameThread.quit();
    m_frameThread.wait();
}

void MediaPreview::open(Session *session, const QByteArray &path, const QString &name)
{
    clear();
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_bytesRead = std::make_shared<std::atomic<qint64>>(0);
    m_readEnd = std::make_shared<std::atomic<qint64>>(0);
    auto *host = new MediaPlayerHost(session, path, name, m_cancelled, m_bytesRead, m_readEnd, m_frameContext);
    host->moveToThread(&m_thread);
    m_host = host;
    connect(host, &MediaPlayerHost::durationChanged, this, [this](qint64 ms) {
        m_duration = ms;
        m_seek->setRange(0, int(std::min<qint64>(ms, INT_MAX)));
        updateTime();
    });
    connect(host, &MediaPlayerHost::positionChanged, this, [this](qint64 ms) {
        m_position = ms;
        if (!m_seek->isSliderDown())
            m_seek->setValue(int(std::min<qint64>(ms, INT_MAX)));
        updateTime();
    });
    connect(host, &MediaPlayerHost::playingChanged, this, [this](bool playing) {
        m_playing = playing;
        m_play->setText(playing ? tr("Pause") : tr("Play"));
    });
    connect(host, &MediaPlayerHost::ready, this, [this](bool hasVideo) {
        m_ready = true;
        m_hasVideo = hasVideo;
        m_video->setVisible(hasVideo);
    });
    connect(host, &MediaPlayerHost::hasVideoChanged, this, [this](bool hasVideo) {
        m_hasVideo = hasVideo;
        m_video->setVisible(hasVideo);
    });
    connect(host, &MediaPlayerHost::failed, this, [this](const QString &why) {
        m_error = why;
        Q_EMIT failed(why);
    });
    const float volume = float(m_volume->value()) / 100.0f;
    QMetaObject::invokeMethod(host, [host, sink = m_video->videoSink(), volume] {
        host->start(sink);
        host->setVolume(volume);
    }, Qt::QueuedConnection);
}

void MediaPreview::clear()
{
    if (m_cancelled)
        m_cancelled->store(true, std::memory_order_release);
    if (m_host) {
        m_host->disconnect(this);
        // Deleted on its thread, once its current read has seen the cancel.
        QMetaObject::invokeMethod(m_threadContext, [host = m_host.data()] { delete host; }, Qt::QueuedConnection);
        m_host = nullptr;
    }
    m_duration = m_position = 0;
    m_playing = m_ready = m_hasVideo = false;
    m_error.clear();
    m_play->setText(tr("Play"));
    m_seek->setRange(0, 0);
    m_time->clear();
}

void MediaPreview::release()
{
    clear();
    // The session may be going: wait until every player and its reader are gone
    // (the deletions queued before this one run first).
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_threadContext, [] {}, Qt::BlockingQueuedConnection);
}

void MediaPreview::togglePlay()
{
    if (MediaPlayerHost *host = m_host)
        QMetaObject::invokeMethod(host, [host, playing = m_playing] { playing ? host->pause() : host->play(); },
                                  Qt::QueuedConnection);
}

void MediaPreview::seek(qint64 ms)
{
    if (MediaPlayerHost *host = m_host)
        QMetaObject::invokeMethod(host, [host, ms] { host->setPosition(ms); }, Qt::QueuedConnection);
}

void MediaPreview::setVolume(int percent)
{
    if (MediaPlayerHost *host = m_host)
        QMetaObject::invokeMethod(host, [host, percent] { host->setVolume(float(percent) / 100.0f); },
                                  Qt::QueuedConnection);
}

void MediaPreview::updateTime()
{
    m_time->setText(QStringLiteral("%1 / %2").arg(clock(m_position), clock(m_duration)));
}
