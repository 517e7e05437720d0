// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// An nfs:// URL, parsed and validated: nfs://host[:port]/path?version=3|4&uid=&gid=&...
// It is what a user pastes, what a bookmark stores and what keys the session
// cache, so parse() checks everything up front and gives one clear message for
// each kind of mistake instead of letting libnfs fail later with a vague one.
// The path is kept as bytes, because an NFS server's names need not be UTF-8:
// it is decoded from the percent-encoded URL straight to bytes and handed to
// libnfs as such; displayPath() is for showing it only. toString() gives a
// canonical text that parses back to an equal NfsUrl.
// A plain value: no QObject, immutable apart from assignment, safe to copy
// between threads.
class NfsUrl
{
    Q_DECLARE_TR_FUNCTIONS(NfsUrl)

public:
    static constexpr int DefaultVersion = 3;
    static constexpr int DefaultTimeoutSeconds = 10;
    static constexpr int DefaultAutoReconnect = 3; // bounded reconnect attempts

    NfsUrl() = default; // invalid, errorString() "empty URL"

    // Never throw; an invalid result carries the message in errorString().
    // Leading and trailing whitespace of the text is ignored.
    static NfsUrl parse(const QString &text);
    static NfsUrl parse(const QUrl &url);

    bool isValid() const { return m_valid; }
    QString errorString() const; // empty when valid

    QString host() const { return m_host; } // lower-case; IPv6 without brackets (zone as "%eth0")
    quint16 nfsPort() const { return m_nfsPort; }     // 0 = ask the portmapper
    quint16 mountPort() const { return m_mountPort; } // 0 = ask the portmapper
    int version() const { return m_version; }         // 3 (default) or 4
    std::optional<quint32> uid() const { return m_uid; }
    std::optional<quint32> gid() const { return m_gid; }
    int timeoutSeconds() const { return m_timeoutSeconds; } // default 10
    int autoReconnect() const { return m_autoReconnect; }   // default 3; 0 = never
    std::optional<quint32> readAhead() const { return m_readAhead; } // libnfs readahead in bytes
    std::optional<bool> dirCache() const { return m_dirCache; }
    std::optional<bool> autoTraverseMounts() const { return m_autoTraverseMounts; }
    std::optional<int> tcpSyncnt() const { return m_tcpSyncnt; }

    QByteArray path() const { return m_path; } // absolute, normalised bytes; "/" for the root
    QString displayPath() const;                // path() through displayName()

    // Modified copies. Each validates its value: a bad one gives an invalid
    // result with a message. On an invalid NfsUrl they return it unchanged.
    NfsUrl withPath(const QByteArray &absolutePath) const; // normalised like a parsed path
    NfsUrl withVersion(int version) const;
    NfsUrl withUid(std::optional<quint32> uid) const;
    NfsUrl withGid(std::optional<quint32> gid) const;
    NfsUrl withTimeoutSeconds(int seconds) const;
    // name must be one component: not empty, no '/', no NUL, not "." or "..".
    NfsUrl child(const QByteArray &name) const;
    NfsUrl parent() const; // the parent of "/" is "/"
    bool isRoot() const { return m_valid && m_path == "/"; }
    // Whether both name one server with the same options, whatever their paths
    // (one session may serve both).
    bool sameServer(const NfsUrl &other) const { return withPath("/") == other.withPath("/"); }

    QString toString() const; // canonical text; empty when invalid
    QUrl toQUrl() const;      // the canonical text as a QUrl; QUrl() when invalid

    // Memberwise: two valid URLs are equal when they mean the same mount
    // and path (their canonical texts are equal); invalid ones compare by message.
    friend bool operator==(const NfsUrl &, const NfsUrl &) = default;

private:
    static NfsUrl failure(const QString &message);

    bool m_valid = false;
    QString m_error; // empty on an invalid NfsUrl means "empty URL"
    QString m_host;
    quint16 m_nfsPort = 0;
    quint16 m_mountPort = 0;
    int m_version = DefaultVersion;
    std::optional<quint32> m_uid;
    std::optional<quint32> m_gid;
    int m_timeoutSeconds = DefaultTimeoutSeconds;
    int m_autoReconnect = DefaultAutoReconnect;
    std::optional<quint32> m_readAhead;
    std::optional<bool> m_dirCache;
    std::optional<bool> m_autoTraverseMounts;
    std::optional<int> m_tcpSyncnt;
    QByteArray m_path;
};

// So NfsUrl can key a QHash (the session cache); consistent with operator==.
size_t qHash(const NfsUrl &url, size_t seed = 0);

Q_DECLARE_METATYPE(NfsUrl)
