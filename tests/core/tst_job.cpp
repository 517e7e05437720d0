// SPDX-License-Identifier: GPL-3.0-or-later
// Jobs and their cores without a server: a core handed to its worker may end,
// or deliver entries, before the job that reports it exists (the session makes
// the job after posting the work). Nothing of that may be lost.
#include "directorylisting.h"
#include "job.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endedBeforeTheJobExisted()
    {
        auto core = std::make_shared<JobCore>();
        core->finish(NfsError(NfsError::Kind::NotFound, ENOENT, QStringLiteral("gone")));
        auto job = owned(new Job(core));
        QSignalSpy finished(job.get(), &Job::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->error().kind(), NfsError::Kind::NotFound);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);   // exactly once
    }

    void resultBeforeTheJobExisted()
    {
        auto core = std::make_shared<ResultCore<int>>();
        core->finishWith(42);
        auto job = owned(new ResultJob<int>(core));
        QSignalSpy finished(job.get(), &Job::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->result(), 42);
    }

    // Batches and the ending from before the job come first, in order; those
    // from after follow; the ending is last, once.
    void batchesBeforeTheJobExisted()
    {
        auto core = std::make_shared<ListingCore>();
        auto entry = [](const char *name) {
            FileInfo f;
            f.name = name;
            return FileInfoList{f};
        };
        core->addBatch(entry("a"));
        core->addBatch(entry("b"));
        auto listing = owned(new DirectoryListing(core));
        QStringList events;
        connect(listing.get(), &DirectoryListing::entriesArrived, this, [&](const FileInfoList &batch) {
            for (const FileInfo &f : batch)
                events << QString::fromLatin1(f.name);
        });
        connect(listing.get(), &Job::finished, this, [&] { events << QStringLiteral("finished"); });
        // From another thread, as a session worker would, while the job is new.
        QThread *worker = QThread::create([core, entry] {
            core->addBatch(entry("c"));
            core->finish();
        });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        QTRY_COMPARE_WITH_TIMEOUT(events, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                                       QStringLiteral("finished")}),
                                  5000);
        QTest::qWait(50);
        QCOMPARE(events.size(), 4);
    }

    // The ordinary order still reports once.
    void endedAfterTheJobExisted()
    {
        auto core = std::make_shared<JobCore>();
        auto job = owned(new Job(core));
        QSignalSpy finished(job.get(), &Job::finished);
        core->finish();
        QVERIFY(finished.wait(5000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
