#pragma once
// TamperingProxy: a TCP proxy in front of a real NFS server that rewrites its
// answers, for hostile replies a real server will not give. Calls go through
// untouched; in every RPC record coming back each `from` byte string is
// replaced by its `to`, of the same length, so the XDR stays well formed and
// only the bytes differ: a file the server calls "Q%Qescape" reaches the
// client as "../escape". Listens on 127.0.0.1, any port.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <thread>

class TamperingProxy
{
public:
    using Replacements = QList<QPair<QByteArray, QByteArray>>;
    TamperingProxy(quint16 targetPort, Replacements replacements);
    ~TamperingProxy();
    TamperingProxy(const TamperingProxy &) = delete;
    TamperingProxy &operator=(const TamperingProxy &) = delete;

    bool start();   // false with errorString() if it cannot listen
    void stop();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

private:
    void serve();
    QByteArray tamper(QByteArray record) const;

    quint16 m_target;
    Replacements m_replacements;
    int m_listenFd = -1;
    int m_wakeFds[2] = {-1, -1};
    quint16 m_port = 0;
    QString m_error;
    std::thread m_thread;
};
