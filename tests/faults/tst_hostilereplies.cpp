// SPDX-License-Identifier: GPL-3.0-or-later
// Replies a real server does not send, from the in-process HostileNfsServer
// (real ONC RPC and XDR over a real socket): READ replies longer than asked,
// or empty without an end of file; NFS3ERR_JUKEBOX; a READ never answered; a
// READDIRPLUS whose cookies start over; a name that claims 4 GiB; a quota
// refusal. Each ends nfsnav without a crash (the sanitizer build watches for
// overflows), without an endless loop (a deadline), with a message in words,
// and without a byte that was not in the file.
#include "hostilenfsserver.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

class TestHostileReplies : public QObject
{
    Q_OBJECT

private:
    HostileNfsServer m_server;
    const QByteArray m_content = QByteArray("exactly these bytes\n").repeated(1000);

    QString url(const QByteArray &sub, const QString &args = QStringLiteral("timeout=2")) const
    {
        return m_server.urlText(sub) + QLatin1Char('&') + args;
    }

    // Runs nfsnav with a deadline no endless loop can pass.
    TestServer::ToolResult run(const QStringList &args, qint64 *ms = nullptr)
    {
        QElapsedTimer clock;
        clock.start();
        auto r = TestServer::runNfsnav(args, {}, 30000);
        if (ms)
            *ms = clock.elapsed();
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        using S = HostileNfsServer;
        using Q = HostileNfsServer::Quirk;
        m_server.setQuirk(m_server.addFile(S::Root, "longer", m_content), Q::ReadLonger);
        m_server.setQuirk(m_server.addFile(S::Root, "empty-no-eof", m_content), Q::ReadEmptyNoEof);
        m_server.setQuirk(m_server.addFile(S::Root, "jukebox", m_content), Q::Jukebox);
        m_server.setQuirk(m_server.addFile(S::Root, "silent", m_content), Q::NoReply);
        const quint64 loop = m_server.addFolder(S::Root, "cookie-loop");
        for (int i = 0; i < 5; ++i)
            m_server.addFile(loop, "f" + QByteArray::number(i), "x\n");
        m_server.setQuirk(loop, Q::CookieLoop);
        const quint64 absurd = m_server.addFolder(S::Root, "absurd-name");
        m_server.addFile(absurd, "f", "x\n");
        m_server.setQuirk(absurd, Q::AbsurdNameLength);
        m_server.setQuirk(m_server.addFolder(S::Root, "quota"), Q::Quota);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    // More data than asked: never more than the file, never a byte not in it.
    void readLongerThanAsked()
    {
        const auto r = run({QStringLiteral("cat"), url("longer")});
        QVERIFY2(r.code == 0 || r.code == 1, r.err.constData());
        if (r.code == 0)
            QCOMPARE(r.out, m_content);
        else
            QVERIFY2(r.err.startsWith("nfsnav: ") && r.err.contains("longer") && r.err.contains("did not deliver the data"),
                     r.err.constData());
    }

    // No data and no end of file: the read ends in words, not in a loop.
    void readEmptyWithoutEndOfFile()
    {
        qint64 ms = 0;
        const auto r = run({QStringLiteral("cat"), url("empty-no-eof")}, &ms);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("nfsnav: ") && r.err.contains("empty-no-eof") && r.err.contains("127.0.0.1")
                     && r.err.contains("did not deliver the data"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty() || m_content.startsWith(r.out));
    }

    // NFS3ERR_JUKEBOX: the server asks to come back later; said in words.
    void jukebox()
    {
        const auto r = run({QStringLiteral("cat"), url("jukebox")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("nfsnav: ") && r.err.contains("jukebox") && r.err.contains("127.0.0.1")
                     && r.err.contains("did not deliver the data"),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    // A READ never answered: "did not answer" within the timeout and a second.
    void readNeverAnswered()
    {
        qint64 ms = 0;
        const auto r = run({QStringLiteral("cat"), url("silent")}, &ms);
        QCOMPARE(r.code, 1);
        QVERIFY2(ms < 2000 + 1000 + 900, qPrintable(QString::number(ms)));
        QVERIFY2(r.err.contains("did not answer in 2 s") && r.err.contains("silent"), r.err.constData());
    }

    // Cookies that start over: the listing ends with an error, not forever
    // (names alone come by plain READDIR, -l by READDIRPLUS).
    void cookieLoop()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("ls"), url("cookie-loop")},
                                        QStringList{QStringLiteral("ls"), QStringLiteral("-U"), url("cookie-loop")},
                                        QStringList{QStringLiteral("ls"), QStringLiteral("-l"), url("cookie-loop")}}) {
            const auto r = run(args);
            QVERIFY2(r.code == 1, r.err.constData());
            QVERIFY2(r.err.startsWith("nfsnav: ") && r.err.contains("cookie-loop") && r.err.contains("same place twice"),
                     r.err.constData());
        }
    }

    // A name claiming 4 GiB: refused as a bad reply, nothing allocated for it.
    void absurdNameLength()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("ls"), url("absurd-name")},
                                        QStringList{QStringLiteral("ls"), QStringLiteral("-l"), url("absurd-name")}}) {
            const auto r = run(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.startsWith("nfsnav: ") && r.err.contains("absurd-name")
                         && r.err.contains("does not follow the NFS protocol"),
                     r.err.constData());
        }
    }

    // Over quota (NFS3ERR_DQUOT): the upload fails naming the user's file and the quota.
    void quotaExceeded()
    {
        QTemporaryDir local;
        const QString source = local.filePath(QStringLiteral("up.txt"));
        QVERIFY(TestServer::writeLocal(source, "data\n"));
        const auto r = run({QStringLiteral("put"), source, url("quota/up.txt")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("up.txt") && r.err.contains("Disk quota exceeded on 127.0.0.1"), r.err.constData());
        QVERIFY2(!r.err.contains(".nfsnav-") || r.err.contains("partial"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileReplies)
#include "tst_hostilereplies.moc"
