// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MediaPreview: audio and video in the preview pane — play, pause, a seek bar,
// volume and the duration — played by a MediaPlayerHost on a thread of its own
// (see there why). The player's errors show in words. GUI thread only.
#include <QPointer>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class MediaPlayerHost;
class QLabel;
class QSlider;
class QToolButton;
class QVideoWidget;
class Session;

class MediaPreview : public QWidget
{
    Q_OBJECT
public:
    explicit MediaPreview(QWidget *parent = nullptr);
    ~MediaPreview() override;

    void open(Session *session, const QByteArray &path, const QString &name);
    // Stops reading at once; the player goes on its own thread.
    void clear();
    // The same, and waits until the player has let go of its session.
    void release();

    qint64 duration() const { return m_duration; }
    qint64 position() const { return m_position; }
    bool isPlaying() const { return m_playing; }
    bool isReady() const { return m_ready; }
    bool hasVideo() const { return m_hasVideo; }
    // Any thread: the bytes the player has read of the current file, and
    // where its last read ended (a seek far ahead reads from there, not up to it).
    qint64 bytesRead() const { return m_bytesRead ? m_bytesRead->load() : 0; }
    qint64 readEnd() const { return m_readEnd ? m_readEnd->load() : 0; }
    QVideoWidget *videoWidget() const { return m_video; }
    QString errorText() const { return m_error; }
    QLabel *timeLabel() const { return m_time; }

public Q_SLOTS:
    void togglePlay();
    void seek(qint64 ms);
    void setVolume(int percent);

Q_SIGNALS:
    void failed(const QString &why);

private:
    void updateTime();

    QThread m_thread;
    QObject *m_threadContext;   // lives on m_thread: where the players are deleted
    // The players' video frames pass through a thread of their own (see MediaPlayerHost::start).
    QThread m_frameThread;
    QObject *m_frameContext;
    QPointer<MediaPlayerHost> m_host;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<qint64>> m_bytesRead;
    std::shared_ptr<std::atomic<qint64>> m_readEnd;
    QVideoWidget *m_video;
    QToolButton *m_play;
    QSlider *m_seek;
    QSlider *m_volume;
    QLabel *m_time;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    bool m_playing = false;
    bool m_ready = false;
    bool m_hasVideo = false;
    QString m_error;
};
