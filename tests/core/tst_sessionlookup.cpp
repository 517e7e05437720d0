// SPDX-License-Identifier: GPL-3.0-or-later
// Session with a host name to resolve: the resolver's answers and a session
// closed while its name resolves. A suite of its own because a lookup that a
// closing session aborts leaves Qt 6.4's answer object behind (see
// tests/CMakeLists.txt): only this suite runs without leak detection.
#include "session.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QTest>

#include <memory>

using Kind = NfsError::Kind;

class TestSessionLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A name that does not resolve: one message of ours, quickly, with the
    // resolver's reason once (not libnfs's text twice).
    void unresolvableHostName()
    {
        const QString host = QStringLiteral("no-such-host.invalid");
        const QHostInfo expected = QHostInfo::fromName(host);
        QVERIFY(expected.error() != QHostInfo::NoError);
        Session s(NfsUrl::parse(QStringLiteral("nfs://%1/x").arg(host)));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<DirectoryListing> listing(TestServer::awaited(s.list("/x")));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(listing->error().kind(), Kind::Unreachable);
        QCOMPARE(listing->error().message(),
                 QStringLiteral("Cannot resolve host name '%1': %2").arg(host, expected.errorString()));
        std::unique_ptr<ExportListJob> exports(TestServer::awaited(s.exports()));
        QCOMPARE(exports->error().message(), listing->error().message());
    }

    // The name is resolved off the session thread: closing the session while
    // it is being resolved does not wait for the resolver.
    void closedWhileResolving()
    {
        auto s = std::make_unique<Session>(NfsUrl::parse(QStringLiteral("nfs://no-such-host.invalid/x")));
        std::unique_ptr<DirectoryListing> listing(s->list("/x"));
        QElapsedTimer clock;
        clock.start();
        s.reset();
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(TestServer::finishes(listing.get()));
        QVERIFY(listing->error().isError());
        // The closed session's lookup goes on in Qt's resolver threads. Should
        // the process end first, its result object is left at exit, and
        // LeakSanitizer reports it with a stack too short for lsan.supp to
        // match. Qt holds back a lookup of a name while one of the same name
        // runs, so once this one is answered the session's has been too.
        bool answered = false;
        QHostInfo::lookupHost(QStringLiteral("no-such-host.invalid"), this, [&answered](const QHostInfo &) {
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 60000);
        QTest::qWait(200);
    }

};

QTEST_GUILESS_MAIN(TestSessionLookup)
#include "tst_sessionlookup.moc"
