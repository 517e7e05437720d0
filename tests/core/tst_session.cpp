// SPDX-License-Identifier: GPL-3.0-or-later
// Session against the real test server: every operation and its errors, over
// NFSv3 and NFSv4, and the listing's batches.
#include "session.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

#include <memory>

using Kind = NfsError::Kind;

class TestSession : public QObject
{
    Q_OBJECT

private:
    // Checks that `error` is of `kind` and names the path and the server.
    static bool namesPathAndServer(const NfsError &error, const QByteArray &path)
    {
        return error.message().contains(QString::fromUtf8(path)) && error.message().contains(QLatin1String("127.0.0.1"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
    }

    void mount_data() { TestServer::addVersions(); }
    void mount()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        auto job = TestServer::awaited(s.mount());
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(job->result().exportPath, version == 4 ? QByteArray("/") : QByteArray("/srv/test"));
        QCOMPARE(job->result().version, version);
        QCOMPARE(s.state(), Session::State::Connected);
    }

    // Mounted at a folder (NFSv3): the folder is the mount's root, paths
    // below it work and paths outside it are refused in words; a folder the
    // server will not mount (here: one that does not exist) gets the export
    // mounted instead. NFSv4 mounts its pseudo root whatever is asked.
    void mountAtFolder_data() { TestServer::addVersions(); }
    void mountAtFolder()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("rooted");
        const QByteArray dir = TestServer::path(version, sub);
        {
            Session maker(TestServer::url(version));
            QVERIFY(!TestServer::awaited(maker.mkdir(dir))->error());
        }
        Session s(TestServer::url(version, sub), nullptr, Session::MountPoint::Folder);
        auto mounted = TestServer::awaited(s.mount());
        QVERIFY2(!mounted->error(), qPrintable(mounted->error().message()));
        QCOMPARE(mounted->result().exportPath, version == 4 ? QByteArray("/") : dir);
        QVERIFY(!TestServer::awaited(s.mkdir(dir + "/inner"))->error());
        QVERIFY(!TestServer::awaited(s.createFile(dir + "/file", 0644, true))->error());
        auto st = TestServer::awaited(s.stat(dir + "/file"));
        QVERIFY2(!st->error(), qPrintable(st->error().message()));
        QVERIFY(!TestServer::awaited(s.rename(dir + "/file", dir + "/inner/moved"))->error());
        auto listed = TestServer::awaited(s.listNames(dir + "/inner"));
        QVERIFY2(!listed->error(), qPrintable(listed->error().message()));
        QCOMPARE(listed->takeEntries().value(0).name, QByteArray("moved"));
        auto rootList = TestServer::awaited(s.list(dir));
        QVERIFY2(!rootList->error(), qPrintable(rootList->error().message()));
        QCOMPARE(rootList->takeEntries().size(), 1);
        auto outside = TestServer::awaited(s.stat(TestServer::path(version, "hello.txt")));
        if (version == 3) {
            QCOMPARE(outside->error().kind(), Kind::InvalidArgument);
            QVERIFY2(outside->error().message().contains(QLatin1String("outside the export")),
                     qPrintable(outside->error().message()));
        } else {
            QVERIFY2(!outside->error(), qPrintable(outside->error().message()));
        }
        QVERIFY(!TestServer::awaited(s.unlink(dir + "/inner/moved"))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir + "/inner"))->error());

        Session missing(TestServer::url(version, sub + "/not-there"), nullptr, Session::MountPoint::Folder);
        auto fellBack = TestServer::awaited(missing.mount());
        QVERIFY2(!fellBack->error(), qPrintable(fellBack->error().message()));
        QCOMPARE(fellBack->result().exportPath, version == 4 ? QByteArray("/") : QByteArray("/srv/test"));
        auto hello = TestServer::awaited(missing.stat(TestServer::path(version, "hello.txt")));
        QVERIFY2(!hello->error(), qPrintable(hello->error().message()));
        QVERIFY(!TestServer::awaited(missing.rmdir(dir))->error());
    }

    // A whole small file on handles (NFSv3): its bytes, mode and times as
    // given and no temporary name left; an existing name is never replaced
    // and nothing is left when it ends with an error; over NFSv4 it says it
    // cannot.
    void putSmallFile_data() { TestServer::addVersions(); }
    void putSmallFile()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("small");
        const QByteArray dir = TestServer::path(version, sub);
        Session s(TestServer::url(version));
        QVERIFY(!TestServer::awaited(s.mkdir(dir))->error());
        const auto small = [&](const QByteArray &name, const QByteArray &data) {
            SmallFile f;
            f.path = dir + '/' + name;
            f.temporary = dir + "/." + name + ".nfsnav-test";
            f.data = data;
            f.mode = 0640;
            f.atimeNs = qint64(1300000000) * 1000000000 + 250000000;
            f.mtimeNs = qint64(1400000000) * 1000000000 + 123456789;
            return f;
        };
        const QString local = TestServer::localPath(sub);
        const QByteArray bytes = TestServer::randomBytes(70000, 5);
        auto put = TestServer::awaited(s.putSmallFile(small("a.bin", bytes)));
        if (version == 4) {
            QCOMPARE(put->error().kind(), Kind::NotSupported);
            QVERIFY(QDir(local).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
            QVERIFY(!TestServer::awaited(s.rmdir(dir))->error());
            return;
        }
        QVERIFY2(!put->error(), qPrintable(put->error().message()));
        // (Before the bytes are read on the server's disk, which moves the access time.)
        auto st = TestServer::awaited(s.stat(dir + "/a.bin"));
        QCOMPARE(st->result().mode, quint32(0640));
        QCOMPARE(st->result().mtimeNs, qint64(1400000000) * 1000000000 + 123456789);
        QCOMPARE(st->result().atimeNs, qint64(1300000000) * 1000000000 + 250000000);
        QCOMPARE(TestServer::readLocal(local + QStringLiteral("/a.bin")), bytes);
        // An empty file, and a second file in the same folder (its handle known by then).
        QVERIFY(!TestServer::awaited(s.putSmallFile(small("empty", {})))->error());
        QCOMPARE(TestServer::awaited(s.stat(dir + "/empty"))->result().size, quint64(0));
        // A read-only file gets its bytes all the same (written before its mode is set).
        SmallFile readOnly = small("ro", "read only");
        readOnly.mode = 0444;
        Session user(TestServer::url(version, {}, QStringLiteral("uid=1234&gid=1234")));
        QVERIFY(!TestServer::awaited(s.chmod(dir, 0777))->error());
        auto ro = TestServer::awaited(user.putSmallFile(readOnly));
        QVERIFY2(!ro->error(), qPrintable(ro->error().message()));
        QCOMPARE(TestServer::awaited(s.stat(dir + "/ro"))->result().mode, quint32(0444));
        QCOMPARE(TestServer::readLocal(local + QStringLiteral("/ro")), QByteArray("read only"));

        // The name exists: ends with Exists, the file untouched, no temporary name.
        SmallFile again = small("a.bin", "other");
        auto exists = TestServer::awaited(s.putSmallFile(again));
        QCOMPARE(exists->error().kind(), Kind::Exists);
        QCOMPARE(TestServer::readLocal(local + QStringLiteral("/a.bin")), bytes);
        // With a second look right before the rename (never replace), when nothing appeared meanwhile.
        again.lookBeforeRename = true;
        again.path = dir + "/late";
        again.temporary = dir + "/.late.nfsnav-test";
        QVERIFY(!TestServer::awaited(s.putSmallFile(again))->error());
        QCOMPARE(TestServer::readLocal(local + QStringLiteral("/late")), QByteArray("other"));

        // Refused by the server (another uid in a folder of root's): an error, nothing left.
        QVERIFY(!TestServer::awaited(s.chmod(dir, 0755))->error());
        Session other(TestServer::url(version, {}, QStringLiteral("uid=1234&gid=1234")));
        auto denied = TestServer::awaited(other.putSmallFile(small("denied", "x")));
        QCOMPARE(denied->error().kind(), Kind::PermissionDenied);
        // A temporary name that is not beside the file.
        SmallFile elsewhere = small("x", "x");
        elsewhere.temporary = TestServer::path(version, "scratch/.x.nfsnav-test");
        QCOMPARE(TestServer::awaited(s.putSmallFile(elsewhere))->error().kind(), Kind::InvalidArgument);
        QCOMPARE(QDir(local).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("a.bin"), QStringLiteral("empty"), QStringLiteral("late"),
                              QStringLiteral("ro")}));
        for (const char *n : {"/a.bin", "/empty", "/late", "/ro"})
            QVERIFY(!TestServer::awaited(s.unlink(dir + n))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir))->error());
    }

    void stat_data() { TestServer::addVersions(); }
    void stat()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        auto file = TestServer::awaited(s.stat(TestServer::path(version, "hello.txt")));
        QVERIFY2(!file->error(), qPrintable(file->error().message()));
        QCOMPARE(file->result().name, QByteArray("hello.txt"));
        QCOMPARE(file->result().size, quint64(6));
        QCOMPARE(file->result().type, FileInfo::Type::File);
        auto dir = TestServer::awaited(s.lstat(TestServer::path(version, "sub")));
        QVERIFY(!dir->error());
        QVERIFY(dir->result().isDir());
        const QByteArray missing = TestServer::path(version, "no-such-file");
        auto gone = TestServer::awaited(s.stat(missing));
        QCOMPARE(gone->error().kind(), Kind::NotFound);
        QVERIFY2(namesPathAndServer(gone->error(), missing), qPrintable(gone->error().message()));
    }

    void mkdirRmdir_data() { TestServer::addVersions(); }
    void mkdirRmdir()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        const QByteArray dir = TestServer::path(version, TestServer::scratchName("d"));
        QVERIFY(!TestServer::awaited(s.mkdir(dir))->error());
        QVERIFY(QFileInfo(TestServer::localPath(dir.mid(TestServer::path(version).size() + 1))).isDir());
        auto again = TestServer::awaited(s.mkdir(dir));
        QCOMPARE(again->error().kind(), Kind::Exists);
        QVERIFY2(namesPathAndServer(again->error(), dir), qPrintable(again->error().message()));
        QVERIFY(!TestServer::awaited(s.mkdir(dir + "/inner"))->error());
        auto notEmpty = TestServer::awaited(s.rmdir(dir));
        QCOMPARE(notEmpty->error().kind(), Kind::NotEmpty);
        QVERIFY2(namesPathAndServer(notEmpty->error(), dir), qPrintable(notEmpty->error().message()));
        QVERIFY(!TestServer::awaited(s.rmdir(dir + "/inner"))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir))->error());
        auto gone = TestServer::awaited(s.rmdir(dir));
        QCOMPARE(gone->error().kind(), Kind::NotFound);
        auto noParent = TestServer::awaited(s.mkdir(dir + "/a/b"));
        QCOMPARE(noParent->error().kind(), Kind::NotFound);
    }

    void notADirectory_data() { TestServer::addVersions(); }
    void notADirectory()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        const QByteArray file = TestServer::path(version, "hello.txt");
        auto listing = TestServer::awaited(s.list(file));
        QCOMPARE(listing->error().kind(), Kind::NotADirectory);
        QVERIFY2(namesPathAndServer(listing->error(), file), qPrintable(listing->error().message()));
        auto inside = TestServer::awaited(s.mkdir(file + "/x"));
        QCOMPARE(inside->error().kind(), Kind::NotADirectory);
    }

    void unlinkAndRename_data() { TestServer::addVersions(); }
    void unlinkAndRename()
    {
        QFETCH(int, version);
        const QByteArray dirName = TestServer::scratchName("r");
        Session s(TestServer::url(version));
        const QByteArray dir = TestServer::path(version, dirName);
        QVERIFY(!TestServer::awaited(s.mkdir(dir))->error());
        QVERIFY(TestServer::putFile(dirName + "/a", "alpha"));
        QVERIFY(!TestServer::awaited(s.rename(dir + "/a", dir + "/b"))->error());
        QCOMPARE(TestServer::awaited(s.stat(dir + "/a"))->error().kind(), Kind::NotFound);
        auto b = TestServer::awaited(s.stat(dir + "/b"));
        QVERIFY(!b->error());
        QCOMPARE(b->result().size, quint64(5));
        auto missing = TestServer::awaited(s.rename(dir + "/nothing", dir + "/c"));
        QCOMPARE(missing->error().kind(), Kind::NotFound);
        QVERIFY(!TestServer::awaited(s.unlink(dir + "/b"))->error());
        auto gone = TestServer::awaited(s.unlink(dir + "/b"));
        QCOMPARE(gone->error().kind(), Kind::NotFound);
        QVERIFY2(namesPathAndServer(gone->error(), dir + "/b"), qPrintable(gone->error().message()));
        QVERIFY(!QFileInfo::exists(TestServer::localPath(dirName + "/b")));
        QVERIFY(!TestServer::awaited(s.rmdir(dir))->error());
    }

    void permissionDenied_data() { TestServer::addVersions(); }
    void permissionDenied()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version, {}, QStringLiteral("uid=1234&gid=1234")));
        const QByteArray priv = TestServer::path(version, "private");
        auto listing = TestServer::awaited(s.list(priv));
        QCOMPARE(listing->error().kind(), Kind::PermissionDenied);
        QVERIFY2(listing->error().message().startsWith(QLatin1String("Permission denied: ")),
                 qPrintable(listing->error().message()));
        QVERIFY2(namesPathAndServer(listing->error(), priv), qPrintable(listing->error().message()));
        auto mk = TestServer::awaited(s.mkdir(priv + "/x"));
        QCOMPARE(mk->error().kind(), Kind::PermissionDenied);
        // Root (no_root_squash) may; the same folder is fine for uid 0.
        Session root(TestServer::url(version));
        QVERIFY(!TestServer::awaited(root.list(priv))->error());
    }

    void attributesAndLinks_data() { TestServer::addVersions(); }
    void attributesAndLinks()
    {
        QFETCH(int, version);
        const QByteArray sub = TestServer::scratchName("attr");
        Session s(TestServer::url(version));
        const QByteArray dir = TestServer::path(version, sub);
        const QString local = TestServer::localPath(sub);
        QVERIFY(!TestServer::awaited(s.mkdir(dir))->error());
        QVERIFY(TestServer::putFile(sub + "/f", "0123456789"));

        QVERIFY(!TestServer::awaited(s.chmod(dir + "/f", 0640))->error());
        QCOMPARE(QFileInfo(local + QStringLiteral("/f")).permissions() & 0x7777,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup);
        QVERIFY(!TestServer::awaited(s.chown(dir + "/f", 4321, 8765))->error());
        QCOMPARE(QFileInfo(local + QStringLiteral("/f")).ownerId(), 4321u);
        QCOMPARE(QFileInfo(local + QStringLiteral("/f")).groupId(), 8765u);
        const qint64 mtime = qint64(1700000000) * 1000000000 + 123456000;
        QVERIFY(!TestServer::awaited(s.utimes(dir + "/f", mtime, mtime))->error());
        QCOMPARE(QFileInfo(local + QStringLiteral("/f")).lastModified().toMSecsSinceEpoch(),
                 mtime / 1000000);
        QVERIFY(!TestServer::awaited(s.truncate(dir + "/f", 4))->error());
        QCOMPARE(QFileInfo(local + QStringLiteral("/f")).size(), 4);

        QVERIFY(!TestServer::awaited(s.symlink("../dangling target", dir + "/link"))->error());
        QCOMPARE(QFile::symLinkTarget(local + QStringLiteral("/link")).isEmpty(), false);
        auto target = TestServer::awaited(s.readlink(dir + "/link"));
        QVERIFY2(!target->error(), qPrintable(target->error().message()));
        QCOMPARE(target->result(), QByteArray("../dangling target"));
        auto linkInfo = TestServer::awaited(s.lstat(dir + "/link"));
        QCOMPARE(linkInfo->result().type, FileInfo::Type::Symlink);
        QCOMPARE(TestServer::awaited(s.stat(dir + "/link"))->error().kind(), Kind::NotFound);

        QVERIFY(!TestServer::awaited(s.link(dir + "/f", dir + "/hard"))->error());
        QCOMPARE(QFileInfo(local + QStringLiteral("/hard")).size(), 4);
        auto f = TestServer::awaited(s.stat(dir + "/f"));
        QCOMPARE(f->result().links, 2u);

        // A folder's attributes: NFSv3 changes them; libnfs 4.0 cannot over NFSv4
        // (it opens the folder as a file) and says so.
        auto dirMode = TestServer::awaited(s.chmod(dir, 0750));
        if (version == 3) {
            QVERIFY2(!dirMode->error(), qPrintable(dirMode->error().message()));
            QCOMPARE(QFileInfo(local).permissions() & QFile::ExeOther, QFileDevice::Permissions());
        } else {
            QCOMPARE(dirMode->error().kind(), Kind::NotSupported);
            QVERIFY2(dirMode->error().message().contains(QLatin1String("libnfs 4.0")),
                     qPrintable(dirMode->error().message()));
        }
        // Following a link is ours over NFSv4; a link to a file resolves to it.
        QVERIFY(!TestServer::awaited(s.symlink("f", dir + "/tof"))->error());
        auto followed = TestServer::awaited(s.stat(dir + "/tof"));
        QVERIFY2(!followed->error(), qPrintable(followed->error().message()));
        QCOMPARE(followed->result().type, FileInfo::Type::File);
        QCOMPARE(followed->result().size, quint64(4));
        QCOMPARE(followed->result().name, QByteArray("tof"));
        QCOMPARE(TestServer::awaited(s.readlink(dir + "/tof"))->result(), QByteArray("f"));
        QVERIFY(!TestServer::awaited(s.unlink(dir + "/tof"))->error());

        auto mask = TestServer::awaited(s.access(dir + "/f"));
        QVERIFY(!mask->error());
        QVERIFY(mask->result() & W_OK);
        Session other(TestServer::url(version, {}, QStringLiteral("uid=1234&gid=1234")));
        auto denied = TestServer::awaited(other.access(TestServer::path(version, "private")));
        QVERIFY(!denied->error());
        QCOMPARE(denied->result() & (R_OK | W_OK), 0);

        for (const char *n : {"/f", "/hard", "/link"})
            QVERIFY(!TestServer::awaited(s.unlink(dir + n))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir))->error());
    }

    // A folder reached through a symlink: listed as the folder when asked to
    // follow (over NFSv4 we follow it, not libnfs 4.0), refused in words when
    // not (recursive walks), and a dangling link or a file is no folder.
    void listThroughSymlinks_data() { TestServer::addVersions(); }
    void listThroughSymlinks()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        const QByteArray sub = TestServer::scratchName("links");
        const QByteArray dir = TestServer::path(version, sub);
        QVERIFY(!TestServer::awaited(s.mkdir(dir))->error());
        QVERIFY(!TestServer::awaited(s.mkdir(dir + "/real"))->error());
        QVERIFY(TestServer::putFile(sub + "/real/x", "x"));
        QVERIFY(!TestServer::awaited(s.symlink("real", dir + "/tofolder"))->error());
        QVERIFY(!TestServer::awaited(s.symlink("tofolder", dir + "/twice"))->error());
        QVERIFY(!TestServer::awaited(s.symlink("/nonexistent/x", dir + "/dangling"))->error());
        QVERIFY(!TestServer::awaited(s.symlink(dir + "/real", dir + "/abs"))->error());
        QVERIFY(!TestServer::awaited(s.mkdir(dir + "/real/deeper"))->error());

        // Through a symlink inside the path (over NFSv4 libnfs 4.0 would read
        // "real", 4 bytes with no padding after them, past its reply's end).
        for (const char *via : {"/tofolder", "/twice", "/abs"}) {
            auto inner = TestServer::awaited(s.stat(dir + via + "/x"));
            QVERIFY2(!inner->error(), qPrintable(inner->error().message()));
            QVERIFY2(inner->result().size == 1, via);
            QCOMPARE(inner->result().name, QByteArray("x"));
            auto deeper = TestServer::awaited(s.list(dir + via + "/deeper"));
            QVERIFY2(!deeper->error(), qPrintable(deeper->error().message()));
            QVERIFY(deeper->takeEntries().isEmpty());
        }

        for (const char *link : {"/tofolder", "/twice", "/abs"}) {
            auto listing = TestServer::awaited(s.list(dir + link));
            QVERIFY2(!listing->error(), qPrintable(listing->error().message()));
            const FileInfoList entries = listing->takeEntries();
            QCOMPARE(entries.size(), 2);
        }
        auto refused = TestServer::awaited(s.list(dir + "/tofolder", false));
        QCOMPARE(refused->error().kind(), Kind::NotADirectory);
        QVERIFY2(refused->error().message().contains(QLatin1String("symbolic link")),
                 qPrintable(refused->error().message()));
        auto real = TestServer::awaited(s.list(dir + "/real", false));
        QVERIFY2(!real->error(), qPrintable(real->error().message()));
        QCOMPARE(real->takeEntries().size(), 2);
        QCOMPARE(TestServer::awaited(s.list(dir + "/dangling"))->error().kind(), Kind::NotFound);
        QCOMPARE(TestServer::awaited(s.list(dir + "/real/x"))->error().kind(), Kind::NotADirectory);

        // The session re-points a link it had learnt: the next path through it follows the new target.
        QVERIFY(!TestServer::awaited(s.mkdir(dir + "/other"))->error());
        QVERIFY(TestServer::putFile(sub + "/other/y", "yy"));
        QVERIFY(!TestServer::awaited(s.unlink(dir + "/tofolder"))->error());
        QVERIFY(!TestServer::awaited(s.symlink("other", dir + "/tofolder"))->error());
        auto repointed = TestServer::awaited(s.stat(dir + "/tofolder/y"));
        QVERIFY2(!repointed->error(), qPrintable(repointed->error().message()));
        QCOMPARE(repointed->result().size, quint64(2));
        QCOMPARE(TestServer::awaited(s.stat(dir + "/tofolder/x"))->error().kind(), Kind::NotFound);
        QVERIFY(!TestServer::awaited(s.unlink(dir + "/other/y"))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir + "/other"))->error());

        for (const char *n : {"/tofolder", "/twice", "/dangling", "/abs", "/real/x"})
            QVERIFY(!TestServer::awaited(s.unlink(dir + n))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir + "/real/deeper"))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir + "/real"))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir))->error());
    }

    // Listings given up while their first step (an lstat of ours, or the
    // folder read) is out: the late replies are put away according to what
    // they hold (a crash here once: an lstat's reply was closed as a folder).
    void cancelledListings_data() { TestServer::addVersions(); }
    void cancelledListings()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        QVERIFY(!TestServer::awaited(s.mount())->error());
        for (int i = 0; i < 20; ++i) {
            for (bool follow : {true, false}) {
                DirectoryListing *listing = s.list(TestServer::path(version, "sub"), follow);
                if (i % 2)
                    QTest::qWait(1);
                listing->cancel();
                delete listing;
            }
        }
        QTest::qWait(500);
        auto after = TestServer::awaited(s.list(TestServer::path(version, "sub")));
        QVERIFY2(!after->error(), qPrintable(after->error().message()));
        QVERIFY(!after->takeEntries().isEmpty());
    }

    void statvfs_data() { TestServer::addVersions(); }
    void statvfs()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        auto job = TestServer::awaited(s.statvfs(TestServer::path(version)));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QVERIFY(job->result().totalBytes > 0);
        QVERIFY(job->result().availableBytes <= job->result().totalBytes);
        QVERIFY(job->result().freeBytes <= job->result().totalBytes);
    }

    void bigListingInBatches_data() { TestServer::addVersions(); }
    void bigListingInBatches()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        std::unique_ptr<DirectoryListing> listing(s.list(TestServer::path(version, "big")));
        QSignalSpy finished(listing.get(), &Job::finished);
        int batches = 0;
        QList<QByteArray> names;
        connect(listing.get(), &DirectoryListing::entriesArrived, this, [&](const FileInfoList &batch) {
            ++batches;
            QVERIFY(finished.isEmpty());   // every batch comes before the ending
            for (const FileInfo &e : batch)
                names.append(e.name);
        });
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(!listing->error(), qPrintable(listing->error().message()));
        QVERIFY2(batches >= 2, qPrintable(QString::number(batches)));
        QCOMPARE(names.size(), 10000);
        const QSet<QByteArray> unique(names.begin(), names.end());
        QCOMPARE(unique.size(), 10000);
        for (int i = 0; i < 10000; ++i)
            QVERIFY(unique.contains(QByteArray("f") + QByteArray::number(i).rightJustified(5, '0')));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    // Listings stream (over NFSv4 too, through raw COMPOUNDs): the first
    // batch is one reply's worth and reaches the caller while the session
    // still reads the rest, and the entries are those libnfs's own reading of
    // the folder gives (dircache=1 takes that way), their owners and times
    // decoded from NFSv4's attributes as libnfs decodes them.
    void listingStreams_data() { TestServer::addVersions(); }
    void listingStreams()
    {
        QFETCH(int, version);
        const QByteArray big = TestServer::path(version, "big");
        const auto byName = [](FileInfoList list) {
            std::sort(list.begin(), list.end(), [](const FileInfo &a, const FileInfo &b) { return a.name < b.name; });
            return list;
        };
        Session s(TestServer::url(version));
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<DirectoryListing> listing(s.list(big));
        QSignalSpy finished(listing.get(), &Job::finished);
        qsizetype firstBatch = -1;
        bool endedBeforeFirstBatch = true;
        qint64 firstBatchMs = -1;
        FileInfoList streamed;
        connect(listing.get(), &DirectoryListing::entriesArrived, this, [&](const FileInfoList &batch) {
            if (firstBatch < 0) {
                firstBatch = batch.size();
                firstBatchMs = clock.elapsed();
                endedBeforeFirstBatch = listing->isFinished();
            }
            streamed += batch;
        });
        QVERIFY(finished.wait(60000));
        const qint64 wholeMs = clock.elapsed();
        QVERIFY2(!listing->error(), qPrintable(listing->error().message()));
        QCOMPARE(streamed.size(), 10000);
        QVERIFY2(!endedBeforeFirstBatch, "the first batch came after the whole folder was read");
        QVERIFY2(firstBatch > 0 && firstBatch < streamed.size(), qPrintable(QString::number(firstBatch)));
        QVERIFY2(firstBatchMs < wholeMs, qPrintable(QStringLiteral("%1 of %2 ms").arg(firstBatchMs).arg(wholeMs)));

        Session whole(TestServer::url(version, {}, QStringLiteral("dircache=1")));
        auto reference = TestServer::awaited(whole.list(big));
        QVERIFY2(!reference->error(), qPrintable(reference->error().message()));
        const FileInfoList expected = byName(reference->takeEntries());
        const FileInfoList got = byName(streamed);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            const FileInfo &a = got.at(i);
            const FileInfo &b = expected.at(i);
            QCOMPARE(a.name, b.name);
            QCOMPARE(a.type, b.type);
            QCOMPARE(a.size, b.size);
            QCOMPARE(a.mode, b.mode);
            QCOMPARE(a.uid, b.uid);
            QCOMPARE(a.gid, b.gid);
            QCOMPARE(a.links, b.links);
            // libnfs 4.0's own NFSv4 reading leaves the file id unset.
            if (version == 3)
                QCOMPARE(a.inode, b.inode);
            else
                QVERIFY(a.inode != 0);
            QCOMPARE(a.mtimeNs, b.mtimeNs);
        }
    }

    // Names only: over NFSv3 plain READDIR, streamed like the full listing,
    // with the same names and inode numbers and no attributes; over NFSv4
    // READDIR asking for the type and file id alone. A file, a missing path and a symlink to a folder answer as
    // list() does.
    void listNames_data() { TestServer::addVersions(); }
    void listNames()
    {
        QFETCH(int, version);
        const QByteArray big = TestServer::path(version, "big");
        const auto byName = [](FileInfoList list) {
            std::sort(list.begin(), list.end(), [](const FileInfo &a, const FileInfo &b) { return a.name < b.name; });
            return list;
        };
        Session s(TestServer::url(version));
        std::unique_ptr<DirectoryListing> listing(s.listNames(big));
        QSignalSpy finished(listing.get(), &Job::finished);
        int batches = 0;
        bool endedBeforeFirstBatch = false;
        FileInfoList streamed;
        connect(listing.get(), &DirectoryListing::entriesArrived, this, [&](const FileInfoList &batch) {
            if (batches++ == 0)
                endedBeforeFirstBatch = listing->isFinished();
            streamed += batch;
        });
        QVERIFY(finished.wait(60000));
        QVERIFY2(!listing->error(), qPrintable(listing->error().message()));
        // Over NFSv4 too the listing streams: the first batch comes before its end.
        QVERIFY2(batches >= 2 && !endedBeforeFirstBatch, qPrintable(QString::number(batches)));

        auto full = TestServer::awaited(s.list(big));
        QVERIFY2(!full->error(), qPrintable(full->error().message()));
        const FileInfoList expected = byName(full->takeEntries());
        const FileInfoList got = byName(streamed);
        QCOMPARE(got.size(), 10000);
        QCOMPARE(got.size(), expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).name, expected.at(i).name);
            QCOMPARE(got.at(i).inode, expected.at(i).inode);
            if (version == 3) {
                QCOMPARE(got.at(i).type, FileInfo::Type::Unknown);
                QCOMPARE(got.at(i).size, quint64(0));
                QCOMPARE(got.at(i).mtimeNs, qint64(0));
            } else {
                QCOMPARE(got.at(i).type, expected.at(i).type);
            }
        }

        const QByteArray sub = TestServer::scratchName("names");
        const QByteArray dir = TestServer::path(version, sub);
        QVERIFY(!TestServer::awaited(s.mkdir(dir))->error());
        QVERIFY(!TestServer::awaited(s.mkdir(dir + "/real"))->error());
        QVERIFY(TestServer::putFile(sub + "/real/x", "x"));
        QVERIFY(TestServer::putFile(sub + "/real/.hidden", "h"));
        QVERIFY(!TestServer::awaited(s.symlink("real", dir + "/tofolder"))->error());
        for (const char *path : {"/real", "/tofolder"}) {
            auto names = TestServer::awaited(s.listNames(dir + path));
            QVERIFY2(!names->error(), qPrintable(names->error().message()));
            const FileInfoList entries = byName(names->takeEntries());
            QCOMPARE(entries.size(), 2);
            QCOMPARE(entries.at(0).name, QByteArray(".hidden"));
            QCOMPARE(entries.at(1).name, QByteArray("x"));
        }
        QCOMPARE(TestServer::awaited(s.listNames(dir + "/real/x"))->error().kind(), Kind::NotADirectory);
        auto missing = TestServer::awaited(s.listNames(dir + "/missing"));
        QCOMPARE(missing->error().kind(), Kind::NotFound);
        QVERIFY2(missing->error().message().contains(QLatin1String("missing")), qPrintable(missing->error().message()));
        QVERIFY(!TestServer::awaited(s.unlink(dir + "/tofolder"))->error());
        QVERIFY(!TestServer::awaited(s.unlink(dir + "/real/x"))->error());
        QVERIFY(!TestServer::awaited(s.unlink(dir + "/real/.hidden"))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir + "/real"))->error());
        QVERIFY(!TestServer::awaited(s.rmdir(dir))->error());
    }

    void listingAttributes_data() { TestServer::addVersions(); }
    void listingAttributes()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        auto listing = TestServer::awaited(s.list(TestServer::path(version)));
        QVERIFY(!listing->error());
        const FileInfoList entries = listing->takeEntries();
        bool sawHello = false, sawSub = false;
        for (const FileInfo &e : entries) {
            QVERIFY(e.name != "." && e.name != "..");
            if (e.name == "hello.txt") {
                sawHello = true;
                QCOMPARE(e.type, FileInfo::Type::File);
                QCOMPARE(e.size, quint64(6));
                QCOMPARE(e.mode, quint32(0644));
                QVERIFY(e.mtimeNs > 0);
            }
            if (e.name == "sub") {
                sawSub = true;
                QVERIFY(e.isDir());
                QVERIFY(e.links >= 2);
            }
        }
        QVERIFY(sawHello && sawSub);
    }

    void endsOnceAndAsynchronously_data() { TestServer::addVersions(); }
    void endsOnceAndAsynchronously()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        // A path outside the export fails at once, but still asynchronously.
        std::unique_ptr<StatJob> job(s.stat(QByteArrayLiteral("/elsewhere")));
        QSignalSpy finished(job.get(), &Job::finished);
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(30000));
        QVERIFY(job->error().isError());
        QTest::qWait(20);
        QCOMPARE(finished.size(), 1);
    }

    void cancel_data() { TestServer::addVersions(); }
    void cancel()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        std::unique_ptr<DirectoryListing> listing(s.list(TestServer::path(version, "big")));
        QSignalSpy finished(listing.get(), &Job::finished);
        QSignalSpy batches(listing.get(), &DirectoryListing::entriesArrived);
        listing->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(listing->error().kind(), Kind::Cancelled);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(batches.size(), 0);
        // The session goes on working after a cancelled job.
        QVERIFY(!TestServer::awaited(s.stat(TestServer::path(version, "hello.txt")))->error());
    }

    void sessionClosedWithJobsInFlight_data() { TestServer::addVersions(); }
    void sessionClosedWithJobsInFlight()
    {
        QFETCH(int, version);
        std::unique_ptr<DirectoryListing> listing;
        std::unique_ptr<StatJob> stat;
        {
            Session s(TestServer::url(version));
            listing.reset(s.list(TestServer::path(version, "big")));
            stat.reset(s.stat(TestServer::path(version, "hello.txt")));
        }
        // Destroying the session ends what it had in flight, once.
        QVERIFY(listing->wait(10000));
        QVERIFY(stat->wait(10000));
    }

    void jobDeletedBeforeItsEnding_data() { TestServer::addVersions(); }
    void jobDeletedBeforeItsEnding()
    {
        QFETCH(int, version);
        Session s(TestServer::url(version));
        for (int i = 0; i < 20; ++i)
            delete s.list(TestServer::path(version, "big"));
        QVERIFY(!TestServer::awaited(s.stat(TestServer::path(version, "hello.txt")))->error());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
