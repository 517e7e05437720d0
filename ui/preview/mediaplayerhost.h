// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MediaPlayerHost: a QMediaPlayer that reads a file on an NFS server through a
// BlockingRemoteReader, on a thread of its own. QtMultimedia's GStreamer source
// reads the device on the player's thread, blocking, and takes a 0-byte read
// of a seekable device for the end of the stream: so neither the GUI thread
// nor a non-blocking RemoteFile will do. Seeking moves the reader, so the file
// is read only near the point played. Lives on its host thread; the preview
// talks to it with queued calls and hears back through its signals.
#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

class BlockingRemoteReader;
class QAudioOutput;
class QMediaPlayer;
class QVideoSink;
class Session;

class MediaPlayerHost : public QObject
{
    Q_OBJECT
public:
    // `bytesRead` and `readEnd` (optional) follow the reader: the bytes it
    // handed the player, and where its last read ended.
    MediaPlayerHost(Session *session, const QByteArray &path, const QString &name,
                    std::shared_ptr<std::atomic<bool>> cancelled,
                    std::shared_ptr<std::atomic<qint64>> bytesRead = {},
                    std::shared_ptr<std::atomic<qint64>> readEnd = {}, QObject *frameContext = nullptr);
    ~MediaPlayerHost() override;

public Q_SLOTS:
    // Host thread: opens the file and hands it to a new player. Its frames go
    // to `display` (on the GUI thread) through a sink living on the thread of
    // `frameContext`: Qt 6.4's GStreamer renderer hands each frame to its
    // sink's thread and waits for it (300 ms at most), so that thread must be
    // neither the GUI thread (which waits for the host in release()) nor the
    // host's (busy stopping the pipeline when a playing player goes).
    void start(QVideoSink *display);
    void play();
    void pause();
    void setPosition(qint64 ms);
    void setVolume(float volume);

Q_SIGNALS:
    void durationChanged(qint64 ms);
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);
    void ready(bool hasVideo);
    void hasVideoChanged(bool hasVideo);
    // The player's or the file's error, in words.
    void failed(const QString &why);

private:
    Session *m_session;
    QByteArray m_path;
    QString m_name;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::shared_ptr<std::atomic<qint64>> m_bytesRead;
    std::shared_ptr<std::atomic<qint64>> m_readEnd;
    BlockingRemoteReader *m_reader = nullptr;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QObject *m_frameContext;
    QVideoSink *m_sink = nullptr;
};
