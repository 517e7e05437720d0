// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInstance, "nfsnav.instance", QtWarningMsg)

namespace {
// A request is one URL: anything longer is not one of ours.
constexpr qint64 MaxRequestBytes = 64 * 1024;
const QByteArray Answer = QByteArrayLiteral("ok\n");
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent),
      m_server(new QLocalServer(this))
{
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
            // A client that connects and says nothing must not hold a socket for ever.
            QTimer::singleShot(HandOverTimeoutMs, socket, [socket] { socket->abort(); });
            readRequest(socket);
        }
    });
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath()
{
    // $XDG_RUNTIME_DIR, or a private folder Qt creates (mode 0700) when it is unset:
    // never a name in the shared /tmp that another user could take first.
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
           + QStringLiteral("/nfs-navigator.socket");
}

SingleInstance::HandOver SingleInstance::handOver(const QString &url, QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    const QDeadlineTimer deadline(HandOverTimeoutMs);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        // Nobody listens (no socket, or one left by a crashed instance): we are the first.
        if (socket.error() == QLocalSocket::ServerNotFoundError
            || socket.error() == QLocalSocket::ConnectionRefusedError)
            return HandOver::NoInstance;
        *error = tr("could not reach the running NFS Navigator at %1: %2")
                     .arg(socketPath(), socket.errorString());
        return HandOver::Failed;
    }
    socket.write(url.toUtf8() + '\n');
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = tr("the running NFS Navigator did not answer within %1 s (%2)")
                         .arg(HandOverTimeoutMs / 1000)
                         .arg(socket.errorString());
            return HandOver::Failed;
        }
    }
    const QByteArray answer = socket.readLine();
    if (answer != Answer) {
        *error = tr("the running NFS Navigator gave an unexpected answer: %1")
                     .arg(QString::fromUtf8(answer.trimmed().left(100)));
        return HandOver::Failed;
    }
    socket.disconnectFromServer();
    return HandOver::Delivered;
}

bool SingleInstance::listen(QString *error)
{
    const QString path = socketPath();
    // handOver() found nobody listening on it: a crashed instance's leftover.
    if (QFileInfo::exists(path)) {
        qCInfo(lcInstance) << "removing the stale socket" << path;
        QLocalServer::removeServer(path);
    }
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (m_server->listen(path))
        return true;
    *error = tr("cannot listen on %1 for links opened later: %2").arg(path, m_server->errorString());
    return false;
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestBytes)
            socket->abort();
        return;
    }
    const QString url = QString::fromUtf8(socket->readLine()).trimmed();
    qCInfo(lcInstance).noquote() << "request from a later launch:" << (url.isEmpty() ? QStringLiteral("(raise)") : url);
    Q_EMIT urlReceived(url);
    socket->write(Answer);
    socket->disconnectFromServer();
}
