// SPDX-License-Identifier: GPL-3.0-or-later
// VerifiedWrites without a server: which WRITEs a COMMIT makes durable, which
// go again when its verifier differs, when a COMMIT is due, and when the
// upload stops holding more or gives up.
#include "verifiedwrites.h"

#include <QTest>

namespace {
FileCore::Write piece(qint64 offset, qint64 size)
{
    return {offset, QByteArray(size, 'w')};
}
} // namespace

class TestVerifiedWrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchingCommitSettles()
    {
        VerifiedWrites v;
        QVERIFY(v.settled());
        v.held(piece(0, 100), 7);
        v.held(piece(100, 100), 7);
        QVERIFY(!v.settled());
        QVERIFY(!v.commitDue(false));   // little held: not yet
        QVERIFY(v.commitDue(true));     // the file closes
        v.commitSent();
        QVERIFY(v.commitOut());
        QVERIFY(!v.commitDue(true));    // never two at once
        QVERIFY(v.committed(7).empty());
        QVERIFY(v.settled());
    }

    void changedVerifierSendsThoseAgain()
    {
        VerifiedWrites v;
        v.held(piece(0, 10), 1);
        v.held(piece(10, 10), 2);   // answered after a restart
        v.commitSent();
        v.held(piece(20, 10), 1);   // answered while the COMMIT was out: not covered
        const std::vector<FileCore::Write> again = v.committed(2);
        QCOMPARE(again.size(), size_t(1));
        QCOMPARE(again.front().offset, qint64(0));
        QCOMPARE(again.front().data.size(), qsizetype(10));
        QVERIFY(!v.settled());          // the one after the COMMIT is still held
        QVERIFY(v.commitDue(true));
    }

    void failedCommitHoldsAgain()
    {
        VerifiedWrites v;
        v.held(piece(0, 10), 1);
        v.commitSent();
        v.commitFailed();
        QVERIFY(!v.commitOut());
        QVERIFY(v.commitDue(true));
        v.commitSent();
        QVERIFY(v.committed(1).empty());
        QVERIFY(v.settled());
    }

    void commitDueAndFullByBytes()
    {
        VerifiedWrites v;
        const qint64 mib = 1024 * 1024;
        for (qint64 at = 0; at < VerifiedWrites::CommitEveryBytes - mib; at += mib)
            v.held(piece(at, mib), 1);
        QVERIFY(!v.commitDue(false));
        v.held(piece(VerifiedWrites::CommitEveryBytes - mib, mib), 1);
        QVERIFY(v.commitDue(false));
        v.commitSent();
        QVERIFY(!v.full());
        for (qint64 at = 0; at < VerifiedWrites::CommitEveryBytes; at += mib)
            v.held(piece(VerifiedWrites::CommitEveryBytes + at, mib), 1);
        QVERIFY(v.full());              // the COMMIT's and as much again
        QVERIFY(v.committed(1).empty());
        QVERIFY(!v.full());
    }

    void givesUpAfterRepeatedResends()
    {
        VerifiedWrites v;
        quint64 verifier = 1;
        for (int round = 0; round <= VerifiedWrites::MaxResends; ++round) {
            QVERIFY(!v.gaveUp());
            v.held(piece(0, 10), verifier);
            v.commitSent();
            QCOMPARE(v.committed(++verifier).size(), size_t(1));
        }
        QVERIFY(v.gaveUp());
    }

    void aMatchingCommitResetsTheCount()
    {
        VerifiedWrites v;
        for (int round = 0; round < 10; ++round) {
            v.held(piece(0, 10), 1);
            v.commitSent();
            QCOMPARE(v.committed(2).size(), size_t(1));
            v.held(piece(0, 10), 2);
            v.commitSent();
            QVERIFY(v.committed(2).empty());
            QVERIFY(!v.gaveUp());
        }
    }
};

QTEST_GUILESS_MAIN(TestVerifiedWrites)
#include "tst_verifiedwrites.moc"
