// SPDX-License-Identifier: GPL-3.0-or-later
// Thumbnails in the icons view against the real test server: images (PNG,
// JPEG) and a PDF made by the test through NFS become their rows' decoration
// (size and colour checked); the freedesktop cache gets a file naming the
// nfs:// URL and mtime, which a second view uses without reading the file
// again; a changed mtime makes a new one; with the setting off nothing is
// asked for, and it switches live; a 9000×9000 grayscale PNG bomb and a
// truncated PNG keep their type's icon; rows scrolled away while the server
// does not answer are cancelled; and a GUI-thread heartbeat holds throughout.
#include "appsettings.h"
#include "folderview.h"
#include "heartbeat.h"
#include "remotefile.h"
#include "remotefsfiltermodel.h"
#include "remotefsmodel.h"
#include "session.h"
#include "sessioncache.h"
#include "testserver.h"
#include "thumbnailcache.h"
#include "thumbnailcontroller.h"
#include "thumbnailprovider.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QListView>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace {
constexpr int Patience = 30000;
// Rows of the folder that is scrolled through: many more than the small view shows.
constexpr int ManyImages = 60;

bool succeeds(Job *job)
{
    std::unique_ptr<Job> owner(job);
    QSignalSpy spy(job, &Job::finished);
    if (!spy.wait(Patience))
        return false;
    if (job->error())
        qWarning("%s", qPrintable(job->error().message()));
    return !job->error();
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage filled(int w, int h, QColor colour)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

// The largest pixmap an icon holds (thumbnails hold exactly one).
QSize iconSize(const QIcon &icon)
{
    const QList<QSize> sizes = icon.availableSizes();
    return sizes.isEmpty() ? QSize() : sizes.last();
}

// Runs the rig script on this server with the event loop turning (the heartbeat is measured).
bool rig(const QString &command)
{
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral("bash"), {qEnvironmentVariable("NFSNAV_RIG"), command, TestServer::stateDir()});
    return p.waitForStarted(Patience) && done.wait(120000) && p.exitStatus() == QProcess::NormalExit
        && p.exitCode() == 0;
}

QColor centreOf(const QIcon &icon)
{
    const QSize size = iconSize(icon);
    const QImage image = icon.pixmap(size).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

}

class TestThumbnails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        QVERIFY(m_cacheHome.isValid());
        qputenv("XDG_CACHE_HOME", m_cacheHome.path().toLocal8Bit());
        QCOMPARE(ThumbnailCache::root(), m_cacheHome.path() + QStringLiteral("/thumbnails"));

        m_session = std::make_unique<Session>(TestServer::url(3));
        m_dir = TestServer::scratchName("thumbnails");
        QVERIFY(succeeds(m_session->mkdir(path())));
        QVERIFY(put("red.png", encoded(filled(200, 100, Qt::red), "PNG")));
        QVERIFY(put("blue.jpg", encoded(filled(300, 150, Qt::blue), "JPEG")));
        QVERIFY(put("small.png", encoded(filled(40, 20, Qt::green), "PNG")));
        QVERIFY(put("change.png", encoded(filled(200, 100, Qt::red), "PNG")));
        const QByteArray picture = encoded(filled(640, 480, Qt::yellow), "PNG");
        QVERIFY(put("truncated.png", picture.left(picture.size() / 2)));
        // 81,000,000 bytes decoded: within Qt's default limit (128 MiB), above ours (64 MiB).
        QImage bomb(9000, 9000, QImage::Format_Grayscale8);
        bomb.fill(0);
        m_bomb = encoded(bomb, "PNG");
        QVERIFY(put("bomb.png", m_bomb));
        QVERIFY(put("notes.txt", "not a picture\n"));
        {
            QBuffer pdf;
            pdf.open(QIODevice::WriteOnly);
            QPdfWriter writer(&pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            painter.drawText(100, 100, QStringLiteral("First page"));
            painter.end();
            QVERIFY(put("doc.pdf", pdf.data()));
        }
        QVERIFY(succeeds(m_session->mkdir(path("many"))));
        for (int i = 0; i < ManyImages; ++i)
            QVERIFY(put("many/" + QByteArray::number(1000 + i) + ".png", encoded(filled(200, 100, Qt::cyan), "PNG")));

        // The first view loads fonts, styles, the MIME database and the image plugins: not part of what is measured.
        AppSettings::application()->setThumbnails(false);
        QVERIFY(open());
        QVERIFY(ThumbnailController::kindOf(QStringLiteral("a.png")) == ThumbnailLoader::Kind::Image);
        QVERIFY(ThumbnailController::kindOf(QStringLiteral("a.PDF")) == ThumbnailLoader::Kind::Pdf);
        QVERIFY(!ThumbnailController::kindOf(QStringLiteral("a.txt")));
        m_view.reset();
        m_pool.reset();
    }
    void cleanupTestCase() { m_session.reset(); }
    void init()
    {
        AppSettings::application()->setThumbnails(true);
        // What the last test left running has ended (a cancelled one writes nothing).
        QTRY_COMPARE_WITH_TIMEOUT(ThumbnailProvider::application()->runningCount(), 0, Patience);
        ThumbnailProvider::application()->clearMemory();
        QVERIFY(QDir(ThumbnailCache::root()).removeRecursively());
        m_heartbeat.start();
    }
    void cleanup()
    {
        m_view.reset();
        m_pool.reset();
        const qint64 gap = m_heartbeat.stop();
        QVERIFY2(gap <= Heartbeat::MaxGapMs, qPrintable(QStringLiteral("the GUI thread stopped for %1 ms").arg(gap)));
    }

    void imagesAndPdfsGetThumbnails()
    {
        ThumbnailProvider *provider = ThumbnailProvider::application();
        const int opened = provider->filesOpened();
        QVERIFY(open());
        QCOMPARE(m_view->iconsView()->iconSize(), QSize(ThumbnailController::ThumbnailIconPixels,
                                                         ThumbnailController::ThumbnailIconPixels));
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("red.png"), Patience);
        QCOMPARE(iconSize(decoration("red.png")), QSize(128, 64));
        QCOMPARE(centreOf(decoration("red.png")), QColor(Qt::red));

        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("blue.jpg"), Patience);
        QCOMPARE(iconSize(decoration("blue.jpg")), QSize(128, 64));
        const QColor blue = centreOf(decoration("blue.jpg"));
        QVERIFY2(blue.blue() > 220 && blue.red() < 40 && blue.green() < 40, qPrintable(blue.name()));

        // Smaller than a thumbnail: kept at its own size.
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("small.png"), Patience);
        QCOMPARE(iconSize(decoration("small.png")), QSize(40, 20));
        QCOMPARE(centreOf(decoration("small.png")), QColor(Qt::green));

        // A4 is 595×842 points: 90 or 91 by 128 pixels, white where nothing is drawn.
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("doc.pdf"), Patience);
        const QSize page = iconSize(decoration("doc.pdf"));
        QCOMPARE(page.height(), 128);
        QVERIFY2(page.width() >= 90 && page.width() <= 91, qPrintable(QString::number(page.width())));
        QCOMPARE(centreOf(decoration("doc.pdf")), QColor(Qt::white));

        QVERIFY(!isThumbnail("notes.txt"));
        QVERIFY(provider->filesOpened() >= opened + 4);
        // On sessions of the provider's own, not the view's.
        QVERIFY(provider->sessions()->sessionCount() >= 1);

        // The freedesktop cache: named by the MD5 of the URL, carrying the URL and the mtime.
        for (const char *name : {"red.png", "blue.jpg", "doc.pdf"}) {
            const QModelIndex row = m_view->model()->indexOfName(name);
            const QString uri = m_view->model()->urlOf(row).toString();
            QVERIFY(uri.startsWith(QStringLiteral("nfs://")));
            const qint64 mtime = row.data(RemoteFsModel::ModifiedRole).toLongLong() / 1000000000;
            const QString file = ThumbnailCache::pathFor(uri);
            QVERIFY2(QFileInfo::exists(file), name);
            QCOMPARE(QFileInfo(file).dir().absolutePath(), m_cacheHome.path() + QStringLiteral("/thumbnails/normal"));
            QVERIFY(!(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
            // Read whole: QImageReader::text() cuts keys at their first colon.
            const QImage cached(file);
            QCOMPARE(cached.text(QStringLiteral("Thumb::URI")), uri);
            QCOMPARE(cached.text(QStringLiteral("Thumb::MTime")), QString::number(mtime));
            QVERIFY(!ThumbnailCache::load(uri, mtime).isNull());
            // A different mtime: the cached file is not used.
            QVERIFY(ThumbnailCache::load(uri, mtime + 1).isNull());
        }
        // Nothing left behind by the atomic writes.
        QTRY_VERIFY_WITH_TIMEOUT(provider->pendingKeys().isEmpty(), Patience);
        QCOMPARE(QDir(ThumbnailCache::root() + QStringLiteral("/normal")).entryList(QDir::Files | QDir::Hidden).size(),
                 5);
    }

    void aSecondViewUsesTheCache()
    {
        ThumbnailProvider *provider = ThumbnailProvider::application();
        QVERIFY(open());
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("red.png") && isThumbnail("doc.pdf")
                                     && provider->pendingKeys().isEmpty(),
                                 Patience);
        m_view.reset();
        // Memory emptied: only the disk cache remains.
        provider->clearMemory();
        const int opened = provider->filesOpened();
        const qint64 bytes = provider->bytesRead();
        const int started = provider->started();
        QVERIFY(open());
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("red.png") && isThumbnail("blue.jpg")
                                     && isThumbnail("doc.pdf"),
                                 Patience);
        QCOMPARE(centreOf(decoration("red.png")), QColor(Qt::red));
        QVERIFY(provider->started() > started);
        // The bomb and the truncated file failed again (failures are not cached on disk); the rest came from disk.
        QTRY_VERIFY_WITH_TIMEOUT(provider->pendingKeys().isEmpty(), Patience);
        QCOMPARE(provider->filesOpened(), opened + 2);
        QVERIFY2(provider->bytesRead() - bytes < 256 * 1024,
                 qPrintable(QStringLiteral("%1 bytes read").arg(provider->bytesRead() - bytes)));

        // And from memory: a third view asks for nothing.
        const int startedBefore = provider->started();
        m_view.reset();
        QVERIFY(open());
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("red.png"), Patience);
        m_view->thumbnails()->update();
        QCOMPARE(provider->started(), startedBefore);
    }

    void aChangedFileGetsANewThumbnail()
    {
        QVERIFY(open());
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("change.png"), Patience);
        QCOMPARE(centreOf(decoration("change.png")), QColor(Qt::red));

        const qint64 newMtime = 1700000000;
        QVERIFY(put("change.png", encoded(filled(100, 200, Qt::magenta), "PNG")));
        QVERIFY(succeeds(m_session->utimes(path("change.png"), newMtime * 1000000000, newMtime * 1000000000)));
        m_view->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("change.png")
                                     && centreOf(decoration("change.png")) == QColor(Qt::magenta),
                                 Patience);
        QCOMPARE(iconSize(decoration("change.png")), QSize(64, 128));
        const QString uri = m_view->model()->urlOf(m_view->model()->indexOfName("change.png")).toString();
        QCOMPARE(QImage(ThumbnailCache::pathFor(uri)).text(QStringLiteral("Thumb::MTime")), QString::number(newMtime));
    }

    void theSettingSwitchesThemLive()
    {
        ThumbnailProvider *provider = ThumbnailProvider::application();
        AppSettings::application()->setThumbnails(false);
        const int started = provider->started();
        QVERIFY(open());
        QCOMPARE(m_view->iconsView()->iconSize(), QSize(32, 32));
        m_view->thumbnails()->update();
        QVERIFY(!m_view->thumbnails()->visibleRows().isEmpty());
        QVERIFY(m_view->thumbnails()->wantedKeys().isEmpty());
        QCOMPARE(provider->started(), started);
        QVERIFY(!isThumbnail("red.png"));
        QVERIFY(!QFileInfo::exists(ThumbnailCache::root()));

        QSignalSpy changed(m_view->model(), &QAbstractItemModel::dataChanged);
        AppSettings::application()->setThumbnails(true);
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail("red.png"), Patience);
        QVERIFY(provider->started() > started);
        QCOMPARE(m_view->iconsView()->iconSize(), QSize(64, 64));

        AppSettings::application()->setThumbnails(false);
        QVERIFY(!isThumbnail("red.png"));
        QCOMPARE(m_view->iconsView()->iconSize(), QSize(32, 32));
        // The views were told every decoration changed.
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(2).value<QList<int>>(), QList<int>{Qt::DecorationRole});
    }

    void bombsAndDamagedFilesKeepTheirIcon()
    {
        ThumbnailProvider *provider = ThumbnailProvider::application();
        QVERIFY(open());
        const QIcon bombBefore = decoration("bomb.png");
        QVERIFY(!bombBefore.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(provider->hasFailed(keyOf("bomb.png")) && provider->hasFailed(keyOf("truncated.png")),
                                 Patience);
        QVERIFY(!isThumbnail("bomb.png"));
        QVERIFY(!isThumbnail("truncated.png"));
        QCOMPARE(decoration("bomb.png").cacheKey(), bombBefore.cacheKey());
        for (const char *name : {"bomb.png", "truncated.png"}) {
            const QString uri = m_view->model()->urlOf(m_view->model()->indexOfName(name)).toString();
            QVERIFY2(!QFileInfo::exists(ThumbnailCache::pathFor(uri)), name);
        }
        // Not asked for again while their mtime stays.
        const int started = provider->started();
        m_view->thumbnails()->update();
        QCOMPARE(provider->started(), started);
        QVERIFY(!m_view->thumbnails()->wantedKeys().contains(keyOf("bomb.png")));
        // Refused by its header, before a pixel is decoded.
        QBuffer bomb(&m_bomb);
        bomb.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(ThumbnailLoader::decodeImage(bomb, 128, &error).isNull());
        QVERIFY2(error.contains(QStringLiteral("9000×9000")), qPrintable(error));
    }

    void scrolledAwayRowsAreCancelled()
    {
        ThumbnailProvider *provider = ThumbnailProvider::application();
        AppSettings::application()->setThumbnails(false);
        // A long time-out: the thumbnails wait for the frozen server instead of failing after 10 s.
        QVERIFY(open("many", QSize(300, 220), QStringLiteral("timeout=120")));
        QCOMPARE(m_view->model()->rowCount(), ManyImages);

        QVERIFY(rig(QStringLiteral("freeze")));
        // On a failure the server must answer again for the next tests (blocking, but rare).
        auto thaw = qScopeGuard([] {
            QProcess::execute(QStringLiteral("bash"), {qEnvironmentVariable("NFSNAV_RIG"), QStringLiteral("thaw"), TestServer::stateDir()});
        });
        QScrollBar *bar = m_view->iconsView()->verticalScrollBar();
        AppSettings::application()->setThumbnails(true);
        bar->setValue(0);
        // The rows in the model's order (whatever the sort): the first on top, the last at the bottom.
        const QByteArray first = m_view->model()->index(0, 0).data(RemoteFsModel::NameBytesRole).toByteArray();
        const QByteArray last = m_view->model()->index(ManyImages - 1, 0).data(RemoteFsModel::NameBytesRole).toByteArray();
        QTRY_VERIFY_WITH_TIMEOUT(m_view->thumbnails()->wantedKeys().contains(keyOf(first)), Patience);
        m_view->thumbnails()->update();
        const QList<int> top = m_view->thumbnails()->visibleRows();
        QVERIFY(!top.isEmpty());
        QVERIFY(top.size() < ManyImages / 2);
        QVERIFY(top.contains(0));
        const QStringList topKeys = m_view->thumbnails()->wantedKeys();
        QCOMPARE(topKeys.size(), top.size());
        QVERIFY(topKeys.contains(keyOf(first)));
        for (const QString &key : topKeys)
            QVERIFY(provider->pendingKeys().contains(key));
        QTRY_COMPARE_WITH_TIMEOUT(provider->runningCount(), ThumbnailProvider::MaxRunning, Patience);

        const int cancelledBefore = provider->cancelled();
        bar->setValue(bar->maximum());
        m_view->thumbnails()->update();
        const QList<int> bottom = m_view->thumbnails()->visibleRows();
        QVERIFY(bottom.contains(ManyImages - 1));
        QVERIFY(!bottom.contains(0));
        QCOMPARE(provider->cancelled() - cancelledBefore, int(topKeys.size()));
        // Queued ones are dropped at once; the two being made end at their reader's next wait.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QString &key : topKeys) {
                    if (provider->pendingKeys().contains(key))
                        return false;
                }
                return true;
            }(),
            Patience);

        thaw.dismiss();
        QVERIFY(rig(QStringLiteral("thaw")));
        QTRY_VERIFY_WITH_TIMEOUT(isThumbnail(last), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(provider->pendingKeys().isEmpty(), Patience);
        QVERIFY(!isThumbnail(first));
        const QString uri = m_view->model()->urlOf(m_view->model()->indexOfName(first)).toString();
        QVERIFY(!QFileInfo::exists(ThumbnailCache::pathFor(uri)));
    }

private:
    QByteArray path(const QByteArray &name = {}) const
    {
        return TestServer::path(3, name.isEmpty() ? m_dir : m_dir + '/' + name);
    }

    bool put(const QByteArray &name, const QByteArray &bytes) { return TestServer::putRemote(m_session.get(), path(name), bytes); }

    // A FolderView in icons mode on the fixtures' folder (or `sub` in it), listed.
    bool open(const QByteArray &sub = {}, QSize size = QSize(900, 700), const QString &options = {})
    {
        m_view.reset();
        m_pool = std::make_unique<SessionCache>();
        m_view = std::make_unique<FolderView>(m_pool.get());
        m_view->setIconsMode(true);
        m_view->resize(size);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            return false;
        m_view->setUrl(TestServer::url(3, sub.isEmpty() ? m_dir : m_dir + '/' + sub, options));
        FolderView *view = m_view.get();
        return QTest::qWaitFor([view] { return view->model()->isRootListed() && !view->model()->isListing(); },
                               Patience);
    }

    // The row's decoration is the thumbnail the provider holds for it.
    bool isThumbnail(const QByteArray &name) const
    {
        const QIcon thumbnail = ThumbnailProvider::application()->cached(keyOf(name));
        return !thumbnail.isNull() && decoration(name).cacheKey() == thumbnail.cacheKey();
    }

    QIcon decoration(const QByteArray &name) const
    {
        const QModelIndex row = m_view->model()->indexOfName(name);
        if (!row.isValid())
            qWarning("no row %s", name.constData());
        return row.data(Qt::DecorationRole).value<QIcon>();
    }

    QString keyOf(const QByteArray &name) const
    {
        const QModelIndex row = m_view->model()->indexOfName(name);
        return ThumbnailProvider::keyOf(m_view->model()->urlOf(row).toString(),
                                        row.data(RemoteFsModel::ModifiedRole).toLongLong());
    }

    QTemporaryDir m_cacheHome;
    std::unique_ptr<Session> m_session;
    QByteArray m_dir;
    QByteArray m_bomb;
    std::unique_ptr<SessionCache> m_pool;
    std::unique_ptr<FolderView> m_view;
    Heartbeat m_heartbeat;
};

NFSNAV_UI_TEST_MAIN(TestThumbnails)
#include "tst_thumbnails.moc"
