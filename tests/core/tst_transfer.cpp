// SPDX-License-Identifier: GPL-3.0-or-later
// Transfer against the real test server, over NFSv3 and NFSv4: downloads,
// uploads and server-to-server copies arrive whole, replace a target whole or
// not at all, and a cancelled copy leaves neither the real name nor a
// temporary file behind.
#include "remotefile.h"
#include "session.h"
#include "testserver.h"
#include "transfer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

namespace {

using TestServer::readLocal;
using TestServer::writeLocal;

// Names in a local folder that look like our temporary files.
QStringList temporaries(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".*.nfsnav-*")}, QDir::Files | QDir::Hidden | QDir::System);
}

NfsError run(Transfer *t)
{
    std::unique_ptr<Transfer> job(t);
    if (!job->wait(300000))
        return NfsError(NfsError::Kind::Timeout, 0, QStringLiteral("transfer did not end"));
    return job->error();
}

} // namespace

class TestTransfer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void roundTrip_data() { TestServer::addVersions(); }
    void roundTrip()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        const QByteArray data = TestServer::randomBytes(9 * 1024 * 1024 + 123, 11);
        QVERIFY(writeLocal(local.filePath(QStringLiteral("source")), data));
        {
            QFile source(local.filePath(QStringLiteral("source")));
            QVERIFY(source.open(QIODevice::ReadWrite));
            QVERIFY(source.setFileTime(QDateTime::fromSecsSinceEpoch(1600000000), QFileDevice::FileModificationTime));
        }
        Session s(TestServer::url(version));
        const QByteArray dir = TestServer::scratchName("rt");
        std::unique_ptr<Job>(s.mkdir(TestServer::path(version, dir)))->wait(30000);
        const QByteArray remote = TestServer::path(version, dir + "/uploaded");

        NfsError e = run(Transfer::copy(TransferEndpoint::local(local.filePath(QStringLiteral("source"))),
                                        TransferEndpoint::remote(&s, remote)));
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(TestServer::sha256(readLocal(TestServer::localPath(dir + "/uploaded"))), TestServer::sha256(data));
        QCOMPARE(QFileInfo(TestServer::localPath(dir + "/uploaded")).lastModified().toSecsSinceEpoch(), 1600000000);
        QVERIFY(temporaries(TestServer::localPath(dir)).isEmpty());

        e = run(Transfer::copy(TransferEndpoint::remote(&s, remote),
                               TransferEndpoint::local(local.filePath(QStringLiteral("downloaded")))));
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(TestServer::sha256(readLocal(local.filePath(QStringLiteral("downloaded")))), TestServer::sha256(data));
        QCOMPARE(QFileInfo(local.filePath(QStringLiteral("downloaded"))).lastModified().toSecsSinceEpoch(), 1600000000);
        QVERIFY(temporaries(local.path()).isEmpty());

        // Between two mounts: the other version is another context on the server.
        Session other(TestServer::url(version == 3 ? 4 : 3));
        e = run(Transfer::copy(TransferEndpoint::remote(&s, remote),
                               TransferEndpoint::remote(&other, TestServer::path(version == 3 ? 4 : 3, dir + "/copied"))));
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(TestServer::sha256(readLocal(TestServer::localPath(dir + "/copied"))), TestServer::sha256(data));
        QVERIFY(temporaries(TestServer::localPath(dir)).isEmpty());
    }

    void emptyFile_data() { TestServer::addVersions(); }
    void emptyFile()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        QVERIFY(writeLocal(local.filePath(QStringLiteral("empty")), QByteArray()));
        Session s(TestServer::url(version));
        const QByteArray sub = TestServer::scratchName("empty");
        NfsError e = run(Transfer::copy(TransferEndpoint::local(local.filePath(QStringLiteral("empty"))),
                                        TransferEndpoint::remote(&s, TestServer::path(version, sub))));
        QVERIFY2(!e, qPrintable(e.message()));
        QVERIFY(QFileInfo::exists(TestServer::localPath(sub)));
        QCOMPARE(QFileInfo(TestServer::localPath(sub)).size(), 0);
    }

    void uploadReplacesWholeOrNotAtAll_data() { TestServer::addVersions(); }
    void uploadReplacesWholeOrNotAtAll()
    {
        QFETCH(int, version);
        QTemporaryDir local;
        Session s(TestServer::url(version));
        const QByteArray sub = TestServer::scratchName("replace");
        const QByteArray remote = TestServer::path(version, sub);
        const QByteArray old = TestServer::randomBytes(100000, 1);
        QVERIFY(TestServer::putFile(sub, old));
        const QByteArray fresh = TestServer::randomBytes(32 * 1024 * 1024, 2);
        QVERIFY(writeLocal(local.filePath(QStringLiteral("fresh")), fresh));

        // Refused with noClobber: the old file stays.
        TransferOptions keep;
        keep.noClobber = true;
        NfsError e = run(Transfer::copy(TransferEndpoint::local(local.filePath(QStringLiteral("fresh"))),
                                        TransferEndpoint::remote(&s, remote), keep));
        QCOMPARE(e.kind(), NfsError::Kind::Exists);
        QCOMPARE(TestServer::sha256(readLocal(TestServer::localPath(sub))), TestServer::sha256(old));

        // Cancelled midway, deterministically: the source is a pipe fed by hand.
        const QString fifo = local.filePath(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        std::unique_ptr<Transfer> t(Transfer::copy(TransferEndpoint::local(fifo), TransferEndpoint::remote(&s, remote)));
        {
            QFile feed(fifo);
            QVERIFY(feed.open(QIODevice::WriteOnly));
            QCOMPARE(feed.write(fresh.left(4 * 1024 * 1024)), qint64(4 * 1024 * 1024));
            feed.flush();
            QTRY_VERIFY_WITH_TIMEOUT(t->bytesDone() > 0, 60000);
            t->cancel();
        }   // the writer closes: the copy reads the end and sees the cancel
        QVERIFY(t->wait(120000));
        QCOMPARE(t->error().kind(), NfsError::Kind::Cancelled);
        QCOMPARE(TestServer::sha256(readLocal(TestServer::localPath(sub))), TestServer::sha256(old));
        QVERIFY2(temporaries(QFileInfo(TestServer::localPath(sub)).absolutePath()).isEmpty(),
                 qPrintable(temporaries(QFileInfo(TestServer::localPath(sub)).absolutePath()).join(QLatin1Char(' '))));

        // Cancelled as soon as progress shows: whole or not at all, whichever came first.
        std::unique_ptr<Transfer> u(Transfer::copy(TransferEndpoint::local(local.filePath(QStringLiteral("fresh"))),
                                                   TransferEndpoint::remote(&s, remote)));
        connect(u.get(), &Job::progress, u.get(), [&u](qint64 done, qint64) {
            if (done > 0)
                u->cancel();
        });
        QVERIFY(QTest::qWaitFor([&] { return u->isFinished(); }, 120000));
        const QByteArray now = TestServer::sha256(readLocal(TestServer::localPath(sub)));
        if (u->error().kind() == NfsError::Kind::Cancelled)
            QCOMPARE(now, TestServer::sha256(old));
        else
            QVERIFY(!u->error() && now == TestServer::sha256(fresh));
        QVERIFY(temporaries(QFileInfo(TestServer::localPath(sub)).absolutePath()).isEmpty());

        // Replaced whole.
        e = run(Transfer::copy(TransferEndpoint::local(local.filePath(QStringLiteral("fresh"))),
                               TransferEndpoint::remote(&s, remote)));
        QVERIFY2(!e, qPrintable(e.message()));
        QCOMPARE(TestServer::sha256(readLocal(TestServer::localPath(sub))), TestServer::sha256(fresh));
    }

    void downloadCancelledLeavesNothing_data() { TestServer::addVersions(); }
    void downloadCancelledLeavesNothing()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("dl");
        {
            QTemporaryDir local;
            QVERIFY(writeLocal(local.filePath(QStringLiteral("src")), TestServer::randomBytes(48 * 1024 * 1024, 3)));
            Session up(TestServer::url(version));
            const NfsError e = run(Transfer::copy(TransferEndpoint::local(local.filePath(QStringLiteral("src"))),
                                                  TransferEndpoint::remote(&up, TestServer::path(version, sub))));
            QVERIFY2(!e, qPrintable(e.message()));
        }
        QTemporaryDir target;
        Session s(TestServer::url(version));
        std::unique_ptr<Transfer> t(Transfer::copy(TransferEndpoint::remote(&s, TestServer::path(version, sub)),
                                                   TransferEndpoint::local(target.filePath(QStringLiteral("file")))));
        // Cancelled as soon as progress shows; a fast server may have finished first.
        connect(t.get(), &Job::progress, t.get(), [&t](qint64 done, qint64) {
            if (done > 0)
                t->cancel();
        });
        QVERIFY(QTest::qWaitFor([&] { return t->isFinished(); }, 120000));
        if (t->error().kind() == NfsError::Kind::Cancelled) {
            QVERIFY(!QFileInfo::exists(target.filePath(QStringLiteral("file"))));
            QVERIFY(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        } else {
            QVERIFY2(!t->error(), qPrintable(t->error().message()));
            QCOMPARE(QFileInfo(target.filePath(QStringLiteral("file"))).size(), qint64(48) * 1024 * 1024);
            QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                     QStringList{QStringLiteral("file")});
        }
        QVERIFY(temporaries(target.path()).isEmpty());
    }

    void missingSource_data() { TestServer::addVersions(); }
    void missingSource()
    {
        QFETCH(int, version);
        QTemporaryDir target;
        Session s(TestServer::url(version));
        const NfsError e = run(Transfer::copy(TransferEndpoint::remote(&s, TestServer::path(version, "nothing")),
                                              TransferEndpoint::local(target.filePath(QStringLiteral("x")))));
        QCOMPARE(e.kind(), NfsError::Kind::NotFound);
        QVERIFY(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    // A file bigger than the target's free space is refused before a byte
    // moves, in words with both sizes; --force (TransferOptions::force) tries.
    void tooBigIsRefused_data() { TestServer::addVersions(); }
    void tooBigIsRefused()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        const QByteArray sub = TestServer::scratchName("huge");
        const QByteArray remote = TestServer::path(version, sub);
        const qint64 huge = qint64(4) << 40;   // 4 TiB of holes: more than any disk here has free
        QVERIFY(TestServer::finishes(s.createFile(remote)));
        std::unique_ptr<Job> grow(s.truncate(remote, quint64(huge)));
        QVERIFY(grow->wait(30000));
        QVERIFY2(!grow->error(), qPrintable(grow->error().message()));

        QTemporaryDir local;
        std::unique_ptr<Transfer> down(Transfer::copy(TransferEndpoint::remote(&s, remote),
                                                      TransferEndpoint::local(local.filePath(QStringLiteral("huge")))));
        QVERIFY(down->wait(30000));
        QCOMPARE(down->error().kind(), NfsError::Kind::NoSpace);
        QVERIFY2(down->error().message().contains(QLatin1String("needs 4.0 TiB")), qPrintable(down->error().message()));
        QVERIFY2(down->error().message().contains(local.path()), qPrintable(down->error().message()));
        QCOMPARE(down->bytesDone(), qint64(0));
        QCOMPARE(QDir(local.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // The other way: a local sparse file bigger than the server's free space.
        const QString big = local.filePath(QStringLiteral("big"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(huge));
        }
        std::unique_ptr<Transfer> up(Transfer::copy(TransferEndpoint::local(big),
                                                    TransferEndpoint::remote(&s, remote + ".up")));
        QVERIFY(up->wait(30000));
        QCOMPARE(up->error().kind(), NfsError::Kind::NoSpace);
        QVERIFY2(up->error().message().contains(QLatin1String("needs 4.0 TiB")), qPrintable(up->error().message()));
        QVERIFY(!QFileInfo::exists(TestServer::localPath(sub + ".up")));
    }

    // Runs of zeros become holes in a local target, so a sparse file stays
    // sparse, wherever they lie (the replies are written where they land).
    void sparseDownloadKeepsHoles_data() { TestServer::addVersions(); }
    void sparseDownloadKeepsHoles()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        const QByteArray sub = TestServer::scratchName("sparse");
        const QByteArray remote = TestServer::path(version, sub);
        const qint64 size = 64 * 1024 * 1024;
        const qint64 middleAt = 40 * 1024 * 1024 + 123;   // zeros on both sides, a hole at the end
        {
            std::unique_ptr<RemoteFile> f(s.open(remote, QIODevice::WriteOnly));
            QVERIFY(f->waitForOpened(30000));
            QCOMPARE(f->write("head"), qint64(4));
            QVERIFY(f->seek(middleAt));
            QCOMPARE(f->write("middle"), qint64(6));
            QVERIFY(f->flush());
            QVERIFY(f->resize(size));
            f->close();
            QVERIFY2(!f->error(), qPrintable(f->error().message()));
        }
        QTemporaryDir local;
        const QString target = local.filePath(QStringLiteral("sparse"));
        const NfsError e = run(Transfer::copy(TransferEndpoint::remote(&s, remote), TransferEndpoint::local(target)));
        QVERIFY2(!e, qPrintable(e.message()));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QCOMPARE(qint64(st.st_size), size);
        QVERIFY2(qint64(st.st_blocks) * 512 < 1024 * 1024, qPrintable(QString::number(st.st_blocks)));
        const QByteArray got = readLocal(target);
        QCOMPARE(got.left(4), QByteArray("head"));
        QCOMPARE(got.mid(middleAt, 6), QByteArray("middle"));
        QCOMPARE(got.count('\0'), size - 10);
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
