// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaplayerhost.h"

#include "blockingremotereader.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QVideoFrame>
#include <QVideoSink>

MediaPlayerHost::MediaPlayerHost(Session *session, const QByteArray &path, const QString &name,
                                 std::shared_ptr<std::atomic<bool>> cancelled,
                                 std::shared_ptr<std::atomic<qint64>> bytesRead,
                                 std::shared_ptr<std::atomic<qint64>> readEnd, QObject *frameContext)
    : m_session(session),
      m_path(path),
      m_name(name),
      m_cancelled(std::move(cancelled)),
      m_bytesRead(std::move(bytesRead)),
      m_readEnd(std::move(readEnd)),
      m_frameContext(frameContext)
{
}

MediaPlayerHost::~MediaPlayerHost()
{
    if (m_player) {
        // Qt 6.4's GStreamer backend, deleting a player whose pipeline still
        // holds a decoder, has the decoder's pads removed while the player is
        // half destroyed and calls back into it (a crash in decoderPadRemoved).
        // Emptied first, the pipeline has no decoder left to remove.
        m_player->disconnect(this);
        m_player->stop();
        m_player->setSource(QUrl());
    }
    // The player stops reading before the device goes.
    delete m_player;
    delete m_reader;
    if (m_sink)
        m_sink->deleteLater();   // on its own thread, now that no player renders into it
}

void MediaPlayerHost::start(QVideoSink *display)
{
    m_reader = new BlockingRemoteReader(m_session, m_path, m_cancelled);
    m_reader->setByteCounter(m_bytesRead);
    m_reader->setReadEndTracker(m_readEnd);
    if (!m_reader->open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("the file could not be opened: %1").arg(m_reader->errorString()));
        return;
    }
    m_player = new QMediaPlayer;
    if (!m_player->isAvailable()) {
        Q_EMIT failed(tr("no media backend is available (GStreamer with gstreamer1.0-plugins-base, -good and -libav)"));
        return;
    }
    m_audio = new QAudioOutput(m_player);
    m_player->setAudioOutput(m_audio);
    if (display && m_frameContext) {
        // Made on its thread (an idle one: this wait is short).
        QVideoSink *sink = nullptr;
        QMetaObject::invokeMethod(m_frameContext, [&sink] { sink = new QVideoSink; }, Qt::BlockingQueuedConnection);
        m_sink = sink;
        // Frames of a player already let go of are not shown.
        connect(m_sink, &QVideoSink::videoFrameChanged, display,
                [display, cancelled = m_cancelled](const QVideoFrame &frame) {
                    if (!cancelled->load(std::memory_order_acquire))
                        display->setVideoFrame(frame);
                });
        m_player->setVideoSink(m_sink);
    }
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaPlayerHost::durationChanged);
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaPlayerHost::positionChanged);
    connect(m_player, &QMediaPlayer::hasVideoChanged, this, &MediaPlayerHost::hasVideoChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState s) { Q_EMIT playingChanged(s == QMediaPlayer::PlayingState); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        Q_EMIT failed(m_cancelled->load() ? tr("cancelled")
                                          : tr("the media could not be played: %1")
                                                .arg(text.isEmpty() ? tr("the format is not supported") : text));
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::LoadedMedia)
            Q_EMIT ready(m_player->hasVideo());
        else if (s == QMediaPlayer::InvalidMedia)
            Q_EMIT failed(tr("the media could not be played: %1")
                              .arg(m_player->errorString().isEmpty() ? tr("the format is not supported")
                                                                     : m_player->errorString()));
    });
    // The name tells the backend the type; the bytes come from the reader.
    m_player->setSourceDevice(m_reader, QUrl::fromLocalFile(m_name));
}

void MediaPlayerHost::play()
{
    if (m_player)
        m_player->play();
}

void MediaPlayerHost::pause()
{
    if (m_player)
        m_player->pause();
}

void MediaPlayerHost::setPosition(qint64 ms)
{
    if (m_player)
        m_player->setPosition(ms);
}

void MediaPlayerHost::setVolume(float volume)
{
    if (m_audio)
        m_audio->setVolume(volume);
}
