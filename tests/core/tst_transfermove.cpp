// SPDX-License-Identifier: GPL-3.0-or-later
// Moves against the real test server: on one export a rename; across two
// mounts (NFSv3 and NFSv4 of the test export, two sessions with different
// options) and down to a local folder a copy whose source goes only once the
// copy is complete and verified; a copy the target refuses keeps its source.
// Through the queue and through `nfsnav mv`.
#include "testserver.h"
#include "transferqueue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

TransferRequest transfer(const TransferPlace &from, const TransferPlace &to, bool recursive = false)
{
    TransferRequest r;
    r.from = from;
    r.to = to;
    r.recursive = recursive;
    return r;
}

TransferRequest move(const TransferPlace &from, const TransferPlace &to, bool recursive = false)
{
    TransferRequest r = transfer(from, to, recursive);
    r.move = true;
    return r;
}

bool exists(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

// Every item under `root` as "path type size [link target]", sorted, for comparing trees.
QStringList describe(const QString &root)
{
    QStringList lines;
    QDir dir(root);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo &fi : entries) {
        if (fi.isSymLink())
            lines << fi.fileName() + QStringLiteral(" link ") + fi.symLinkTarget().section(QLatin1Char('/'), -1);
        else if (fi.isDir())
            for (const QString &line : describe(fi.filePath()))
                lines << fi.fileName() + QLatin1Char('/') + line;
        else
            lines << fi.fileName() + QStringLiteral(" file ") + QString::fromLatin1(TestServer::sha256(TestServer::readLocal(fi.filePath())));
        if (fi.isDir() && !fi.isSymLink())
            lines << fi.fileName() + QStringLiteral(" folder");
    }
    lines.sort();
    return lines;
}

bool makeTree(const QString &root)
{
    const QByteArray r = QFile::encodeName(root);
    return ::mkdir(r.constData(), 0755) == 0 && ::mkdir((r + "/inner").constData(), 0755) == 0
        && TestServer::writeLocal(root + QStringLiteral("/a.txt"), "alpha\n")
        && TestServer::writeLocal(root + QStringLiteral("/empty"), QByteArray())
        && TestServer::writeLocal(root + QStringLiteral("/inner/b.bin"), TestServer::randomBytes(300 * 1024, 7))
        && ::symlink("../a.txt", (r + "/inner/link").constData()) == 0;
}

} // namespace

class TestTransferMove : public QObject
{
    Q_OBJECT

    QTemporaryDir m_local;

    // Uploads `from` (a local file or folder) to `sub` on the test export over NFSv3.
    bool upload(const QString &from, const QByteArray &sub, bool recursive)
    {
        TransferQueue queue;
        TransferJob *job = queue.add(transfer(TransferPlace::local(from), TransferPlace::remote(TestServer::url(3, sub)), recursive));
        return job->wait(120000) && !job->error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        QVERIFY(m_local.isValid());
    }

    void renameOnOneExport()
    {
        const QByteArray dir = TestServer::scratchName("rename");
        QVERIFY(TestServer::makeFolder(dir));
        QVERIFY(TestServer::putFile(dir + "/a", "one"));
        TransferQueue queue;
        TransferJob *job = queue.add(move(TransferPlace::remote(TestServer::url(3, dir + "/a")),
                                          TransferPlace::remote(TestServer::url(3, dir + "/b"))));
        QVERIFY(job->wait(60000));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QVERIFY(!exists(TestServer::localPath(dir + "/a")));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/b")), QByteArray("one"));
        // A rename opens no file: nothing was counted as bytes moved.
        QCOMPARE(job->bytesDone(), qint64(0));
    }

    void acrossTwoMountsAfterTheVerifiedCopy()
    {
        const QByteArray dir = TestServer::scratchName("across");
        QVERIFY(TestServer::makeFolder(dir));
        const QByteArray data = TestServer::randomBytes(24 * 1024 * 1024, 3);
        const QString source = m_local.filePath(QStringLiteral("across.bin"));
        QVERIFY(TestServer::writeLocal(source, data));
        QVERIFY(upload(source, dir + "/big.bin", false));

        TransferQueue queue;
        // NFSv3 to NFSv4: two mounts, so a copy, not a rename.
        TransferJob *job = queue.add(move(TransferPlace::remote(TestServer::url(3, dir + "/big.bin")),
                                          TransferPlace::remote(TestServer::url(4, dir + "/moved.bin"))));
        // Held before its first byte: the source is all there, the copy not yet under its name.
        job->pause();
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), TransferJob::State::Paused, 30000);
        const QDir onServer(TestServer::localPath(dir));
        QTRY_COMPARE_WITH_TIMEOUT(onServer.entryList({QStringLiteral(".moved.bin.nfsnav-*")}, QDir::Files | QDir::Hidden).size(), 1, 30000);
        QCOMPARE(QFileInfo(TestServer::localPath(dir + "/big.bin")).size(), qint64(data.size()));
        QVERIFY(!exists(TestServer::localPath(dir + "/moved.bin")));
        job->resume();
        QVERIFY(job->wait(120000));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->bytesDone(), qint64(data.size()));
        QVERIFY(!exists(TestServer::localPath(dir + "/big.bin")));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(TestServer::localPath(dir + "/moved.bin"))), TestServer::sha256(data));

        // And down to a local folder.
        const QString down = m_local.filePath(QStringLiteral("down.bin"));
        job = queue.add(move(TransferPlace::remote(TestServer::url(4, dir + "/moved.bin")), TransferPlace::local(down)));
        QVERIFY(job->wait(120000));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(down)), TestServer::sha256(data));
        QVERIFY(!exists(TestServer::localPath(dir + "/moved.bin")));
    }

    void aTreeDownToLocal()
    {
        const QByteArray dir = TestServer::scratchName("tree");
        QVERIFY(TestServer::makeFolder(dir));
        const QString tree = m_local.filePath(QStringLiteral("tree"));
        QVERIFY(makeTree(tree));
        const QStringList expected = describe(tree);
        QVERIFY(upload(tree, dir + "/tree", true));
        QCOMPARE(describe(TestServer::localPath(dir + "/tree")), expected);

        TransferQueue queue;
        const QString down = m_local.filePath(QStringLiteral("tree-down"));
        TransferJob *job = queue.add(move(TransferPlace::remote(TestServer::url(3, dir + "/tree")), TransferPlace::local(down), true));
        QVERIFY(job->wait(120000));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(describe(down), expected);
        QVERIFY(!exists(TestServer::localPath(dir + "/tree")));
    }

    // TransferJob::madeTarget (what an undo may take back): true only when asked and
    // nothing was at the target before: a file replaced or a folder merged into is not
    // the transfer's own. Remote and local targets, copies, moves and renames.
    void madeTargetTellsWhetherAnythingWasThere()
    {
        const QByteArray dir = TestServer::scratchName("made");
        QVERIFY(TestServer::makeFolder(dir));
        QVERIFY(TestServer::putFile(dir + "/a", "one"));
        const auto noted = [](TransferRequest r) {
            r.noteTarget = true;
            return r;
        };
        const auto run = [](TransferQueue &queue, const TransferRequest &r) {
            TransferJob *job = queue.add(r);
            return job->wait(60000) && !job->error() ? job : nullptr;
        };
        TransferQueue queue;
        const TransferPlace a = TransferPlace::remote(TestServer::url(3, dir + "/a"));
        const TransferPlace b = TransferPlace::remote(TestServer::url(4, dir + "/b"));
        TransferJob *job = run(queue, noted(transfer(a, b)));
        QVERIFY(job);
        QVERIFY(job->madeTarget());
        QVERIFY((job = run(queue, noted(transfer(a, b)))));   // replaced (no one to ask)
        QVERIFY(!job->madeTarget());
        QVERIFY((job = run(queue, transfer(a, TransferPlace::remote(TestServer::url(4, dir + "/c"))))));
        QVERIFY(!job->madeTarget());   // not asked
        // A move on one export is a rename: told as well.
        QVERIFY((job = run(queue, noted(move(TransferPlace::remote(TestServer::url(3, dir + "/c")),
                                             TransferPlace::remote(TestServer::url(3, dir + "/d")))))));
        QVERIFY(job->madeTarget());
        QVERIFY(exists(TestServer::localPath(dir + "/d")) && !exists(TestServer::localPath(dir + "/c")));

        // A folder: new, then merged into.
        const QString tree = m_local.filePath(QStringLiteral("made-tree"));
        QVERIFY(makeTree(tree));
        const TransferPlace there = TransferPlace::remote(TestServer::url(3, dir + "/tree"));
        QVERIFY((job = run(queue, noted(transfer(TransferPlace::local(tree), there, true)))));
        QVERIFY(job->madeTarget());
        QVERIFY((job = run(queue, noted(transfer(TransferPlace::local(tree), there, true)))));
        QVERIFY(!job->madeTarget());

        // Local targets.
        const QString down = m_local.filePath(QStringLiteral("made-down"));
        QVERIFY((job = run(queue, noted(transfer(a, TransferPlace::local(down))))));
        QVERIFY(job->madeTarget());
        QVERIFY((job = run(queue, noted(transfer(a, TransferPlace::local(down))))));
        QVERIFY(!job->madeTarget());
    }

    void aRefusedCopyKeepsItsSource()
    {
        const QByteArray dir = TestServer::scratchName("refused");
        QVERIFY(TestServer::makeFolder(dir));
        const QString tree = m_local.filePath(QStringLiteral("refused"));
        QVERIFY(makeTree(tree));
        QVERIFY(upload(tree, dir + "/tree", true));

        // A single file whose target folder does not exist.
        TransferQueue queue;
        TransferJob *job = queue.add(move(TransferPlace::remote(TestServer::url(3, dir + "/tree/a.txt")),
                                          TransferPlace::remote(TestServer::url(4, dir + "/no/such/folder/a.txt"))));
        QVERIFY(job->wait(60000));
        QVERIFY(job->error());
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/tree/a.txt")), QByteArray("alpha\n"));

        // A tree whose target refuses one file (a folder is in its way): the
        // rest moves; that file and the folders holding it stay.
        const QString down = m_local.filePath(QStringLiteral("refused-down"));
        QVERIFY(QDir().mkpath(down + QStringLiteral("/inner/b.bin")));
        job = queue.add(move(TransferPlace::remote(TestServer::url(3, dir + "/tree")), TransferPlace::local(down), true));
        QVERIFY(job->wait(120000));
        QVERIFY(job->error());
        QVERIFY2(job->error().message().contains(QLatin1String("b.bin")), qPrintable(job->error().message()));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(TestServer::localPath(dir + "/tree/inner/b.bin"))),
                 TestServer::sha256(TestServer::randomBytes(300 * 1024, 7)));
        QVERIFY(!exists(TestServer::localPath(dir + "/tree/a.txt")));
        QVERIFY(!exists(TestServer::localPath(dir + "/tree/empty")));
        QVERIFY(!exists(TestServer::localPath(dir + "/tree/inner/link")));
        QCOMPARE(TestServer::readLocal(down + QStringLiteral("/a.txt")), QByteArray("alpha\n"));
    }

    void nfsnavMv()
    {
        const QByteArray dir = TestServer::scratchName("cli");
        const QString up = m_local.filePath(QStringLiteral("cli-up.txt"));
        QVERIFY(TestServer::writeLocal(up, "up and away\n"));
        TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("mkdir"), TestServer::urlText(3, dir)});
        QCOMPARE(r.code, 0);
        // Local to a server: the local file goes once it is there.
        r = TestServer::runNfsnav({QStringLiteral("mv"), up, TestServer::urlText(3, dir)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!exists(up));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/cli-up.txt")), QByteArray("up and away\n"));
        // Across two mounts, then down into a local folder.
        r = TestServer::runNfsnav({QStringLiteral("mv"), TestServer::urlText(3, dir + "/cli-up.txt"), TestServer::urlText(4, dir + "/across.txt")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!exists(TestServer::localPath(dir + "/cli-up.txt")));
        const QString folder = m_local.filePath(QStringLiteral("cli-down"));
        QVERIFY(QDir().mkpath(folder));
        r = TestServer::runNfsnav({QStringLiteral("mv"), TestServer::urlText(4, dir + "/across.txt"), folder});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(TestServer::readLocal(folder + QStringLiteral("/across.txt")), QByteArray("up and away\n"));
        QVERIFY(!exists(TestServer::localPath(dir + "/across.txt")));
        // Refused: the source stays, the command fails naming it.
        r = TestServer::runNfsnav({QStringLiteral("mv"), folder + QStringLiteral("/across.txt"), TestServer::urlText(3, dir + "/no/such/x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("across.txt"), r.err.constData());
        QVERIFY(exists(folder + QStringLiteral("/across.txt")));
    }

    // --rename keeps both: the moved file becomes "name (1).ext" beside the
    // target, whether a rename on one export or a copy between mounts does
    // it, and the source goes once its copy under that name is verified.
    void moveKeepingBoth()
    {
        const QByteArray dir = TestServer::scratchName("keepboth");
        QVERIFY(TestServer::makeFolder(dir));
        QVERIFY(TestServer::putFile(dir + "/a.txt", "one\n"));
        QVERIFY(TestServer::putFile(dir + "/b.txt", "two\n"));
        TestServer::ToolResult r = TestServer::runNfsnav({QStringLiteral("mv"), QStringLiteral("--rename"),
                                                          TestServer::urlText(3, dir + "/a.txt"), TestServer::urlText(3, dir + "/b.txt")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!exists(TestServer::localPath(dir + "/a.txt")));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/b.txt")), QByteArray("two\n"));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/b (1).txt")), QByteArray("one\n"));

        const QString local = m_local.filePath(QStringLiteral("keep-both.txt"));
        QVERIFY(TestServer::writeLocal(local, "local, longer\n"));
        r = TestServer::runNfsnav({QStringLiteral("mv"), QStringLiteral("--rename"), local, TestServer::urlText(3, dir + "/b.txt")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!exists(local));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/b.txt")), QByteArray("two\n"));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/b (2).txt")), QByteArray("local, longer\n"));

        // Across two mounts (NFSv3 to NFSv4).
        r = TestServer::runNfsnav({QStringLiteral("mv"), QStringLiteral("--rename"),
                                   TestServer::urlText(3, dir + "/b (2).txt"), TestServer::urlText(4, dir + "/b.txt")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!exists(TestServer::localPath(dir + "/b (2).txt")));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/b (3).txt")), QByteArray("local, longer\n"));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/b.txt")), QByteArray("two\n"));
    }
};

QTEST_GUILESS_MAIN(TestTransferMove)
#include "tst_transfermove.moc"
