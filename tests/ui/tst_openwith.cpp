// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a server's file against the real test server: Enter opens a copy in
// the cache with the desktop's default application, and an edit saved there
// is offered for upload and goes back to the server; Open With lists the
// applications for the type from desktop entries and mimeapps.list.
#include "dndtesting.h"

using namespace DndTesting;

class TestOpenWith : public QObject, private DndFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest or tests/rig/nfs-server.sh exec)");
        setUp();
    }
    void cleanupTestCase() { m_session.reset(); }
    void cleanup() { tearDown(); }

    // Enter on a file: a copy in the cache opened by the default application;
    // saved there, it is offered for upload and goes back to the server.
    void openRunsTheDefaultApplicationAndUploadsTheEdit()
    {
        FolderView *view = open();
        QVERIFY(view);
        const QModelIndex notes = view->proxy()->mapFromSource(view->model()->indexOfName("notes.txt"));
        QVERIFY(notes.isValid());
        view->selectionModel()->setCurrentIndex(notes, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QFile::remove(m_record);
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(m_record), qPrintable(view->banner()->message()), 30000);
        const QString local = QString::fromLocal8Bit(TestServer::readLocal(m_record));
        QVERIFY2(local.startsWith(m_cacheHome.path() + QStringLiteral("/nfs-navigator/")), qPrintable(local));
        QVERIFY(local.endsWith(QStringLiteral("/notes.txt")));
        QCOMPARE(TestServer::readLocal(local), QByteArray("notes\n"));

        auto *opener = m_window->findChild<FileOpener *>();
        QVERIFY(opener);
        QVERIFY(TestServer::writeLocal(local, "notes, edited\n"));
        QFile edited(local);
        QVERIFY(edited.open(QIODevice::ReadWrite));
        QVERIFY(edited.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        edited.close();
        QSignalSpy uploaded(opener, &FileOpener::uploaded);
        opener->checkCopies();
        QTRY_VERIFY(opener->pendingQuestion() && opener->pendingQuestion()->isVisible());
        QCOMPARE(opener->pendingQuestion()->objectName(), QStringLiteral("uploadBackQuestion"));
        opener->pendingQuestion()->findChild<QPushButton *>(QStringLiteral("uploadBack"))->click();
        QVERIFY(uploaded.wait(30000));
        QVERIFY2(uploaded.last().at(1).toBool(), qPrintable(view->banner()->message()));
        QCOMPARE(get(m_dir + "/notes.txt"), QByteArray("notes, edited\n"));

        // Changed on the server meanwhile too: both are kept.
        QVERIFY(put("notes.txt", "the server's\n"));
        QVERIFY(TestServer::writeLocal(local, "mine\n"));
        QVERIFY(edited.open(QIODevice::ReadWrite));
        QVERIFY(edited.setFileTime(QDateTime::currentDateTime().addSecs(10), QFileDevice::FileModificationTime));
        edited.close();
        opener->checkCopies();
        QTRY_VERIFY(opener->pendingQuestion() && opener->pendingQuestion()->isVisible());
        opener->pendingQuestion()->findChild<QPushButton *>(QStringLiteral("uploadBack"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(opener->pendingQuestion() && opener->pendingQuestion()->isVisible()
                                     && opener->pendingQuestion()->objectName() == QStringLiteral("keepBothQuestion"),
                                 30000);
        opener->pendingQuestion()->findChild<QPushButton *>(QStringLiteral("keepBoth"))->click();
        QVERIFY(uploaded.wait(30000));
        QCOMPARE(get(m_dir + "/notes.txt"), QByteArray("the server's\n"));
        QCOMPARE(get(m_dir + "/notes (1).txt"), QByteArray("mine\n"));
    }

    // A file of a type no application is set for: the banner says so and
    // points to Open With (xdg-open's failure was not shown at all).
    void openWithoutAnApplicationSaysSo()
    {
        FolderView *view = open();
        QVERIFY(view);
        const QModelIndex binary = view->proxy()->mapFromSource(view->model()->indexOfName("medium.bin"));
        QVERIFY(binary.isValid());
        view->selectionModel()->setCurrentIndex(binary, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QFile::remove(m_record);
        view->detailsView()->setFocus();
        QTest::keyClick(view->detailsView(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(view->banner()->message().contains(QStringLiteral("No application is set to open")), 30000);
        QVERIFY2(view->banner()->message().contains(QStringLiteral("medium.bin"))
                     && view->banner()->message().contains(QStringLiteral("Open With")),
                 qPrintable(view->banner()->message()));
        QVERIFY(!QFile::exists(m_record));
    }

    // Open With lists the applications for the type from desktop entries and mimeapps.list.
    void openWithListsTheApplications()
    {
        const QList<DesktopApplication> apps = DesktopApplications::forMimeType(QStringLiteral("text/plain"));
        QVERIFY(!apps.isEmpty());
        QCOMPARE(apps.first().id, QStringLiteral("nfsnav-recorder.desktop"));
        QCOMPARE(apps.first().name, QStringLiteral("Recorder"));
        const QStringList cmd = DesktopApplications::commandLine(apps.first(), QStringLiteral("/tmp/a b.txt"));
        QCOMPARE(cmd.value(1), QStringLiteral("/tmp/a b.txt"));

        FolderView *view = open();
        QVERIFY(view);
        selectNames(view, {"hello.txt"});
        QFile::remove(m_record);
        m_window->action(QStringLiteral("openWith"))->trigger();
        OpenWithDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<OpenWithDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->list()->item(0)->text(), QStringLiteral("Recorder"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_record), 30000);
        QCOMPARE(TestServer::readLocal(QString::fromLocal8Bit(TestServer::readLocal(m_record))), m_small);
    }
};

NFSNAV_UI_TEST_MAIN(TestOpenWith)
#include "tst_openwith.moc"
