// SPDX-License-Identifier: GPL-3.0-or-later
// Conflicts asked in the window, against the real test server (offscreen):
// a transfer whose target exists opens a ConflictDialog showing both files'
// size and date; Overwrite, Skip, Keep Both and Resume each do what they say
// to the files on the server (or on the local disk for a download), and
// "Apply to all" answers the rest of that transfer without asking again.
// The test answers the dialogs by clicking their buttons.
#include "conflictdialog.h"
#include "conflictdialogresolver.h"
#include "heartbeat.h"
#include "testserver.h"
#include "transfernotifier.h"
#include "transferqueue.h"
#include "transferrow.h"
#include "transferspane.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

#include <sys/stat.h>
#include <utime.h>

namespace {

constexpr int Patience = 60000;

TransferRequest request(const TransferPlace &from, const TransferPlace &to, bool recursive = false)
{
    TransferRequest r;
    r.from = from;
    r.to = to;
    r.recursive = recursive;
    return r;
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_local;
    QMainWindow *m_window = nullptr;
    TransferQueue *m_queue = nullptr;
    ConflictDialogResolver *m_resolver = nullptr;

    // Waits for the next dialog and clicks `choice` (after ticking "Apply to all" when asked).
    bool answer(TransferConflict::Choice choice, bool applyToAll = false, ConflictDialog **shown = nullptr)
    {
        if (!QTest::qWaitFor([this] { return m_resolver->currentDialog() && m_resolver->currentDialog()->isVisible(); }, Patience))
            return false;
        ConflictDialog *dialog = m_resolver->currentDialog();
        if (shown)
            *shown = dialog;
        QPushButton *button = dialog->button(choice);
        if (!button)
            return false;
        dialog->applyToAll()->setChecked(applyToAll);
        button->click();
        return true;
    }

    static QString label(ConflictDialog *dialog, const char *name)
    {
        return dialog->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }

    TransfersPane *pane() const { return m_window->findChild<TransfersPane *>(); }

    // The title of the pane's row for `job`: "source → target".
    QString rowTitle(TransferJob *job) const
    {
        for (TransferRow *row : pane()->rows()) {
            if (auto *title = row->findChild<QLabel *>(QStringLiteral("transferTitle")); title && row->job() == job)
                return title->text();
        }
        return {};
    }

    // Whether a notice's text starts with `start` (an earlier test's transfer may be told of too).
    static bool notifiedOf(const QSignalSpy &notified, const QString &start)
    {
        return std::any_of(notified.cbegin(), notified.cend(),
                           [&start](const QList<QVariant> &n) { return n.at(1).toString().startsWith(start); });
    }
    static QString bodies(const QSignalSpy &notified)
    {
        QStringList out;
        for (const QList<QVariant> &n : notified)
            out << n.at(1).toString();
        return out.join(QLatin1Char('\n'));
    }

    QString localFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_local.filePath(name);
        return TestServer::writeLocal(path, content) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::available())
            QSKIP("no test server (run through ctest)");
        QVERIFY(m_local.isValid());
        m_window = new QMainWindow;
        m_queue = new TransferQueue(m_window);
        auto *pane = new TransfersPane(m_queue, m_window);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, pane);
        m_window->show();
        m_resolver = qobject_cast<ConflictDialogResolver *>(m_queue->conflictResolver());
        QVERIFY(m_resolver);
    }

    void cleanupTestCase()
    {
        delete m_window;
    }

    void overwriteShowsBothFiles()
    {
        const QByteArray dir = TestServer::scratchName("overwrite");
        QVERIFY(TestServer::makeFolder(dir));
        QVERIFY(TestServer::putFile(dir + "/f.txt", "old"));
        const QString source = localFile(QStringLiteral("overwrite.txt"), "the new text");
        // A known date for the incoming file, shown in the dialog.
        const utimbuf times{946684800, 946684800};   // 2000-01-01 00:00 UTC
        QVERIFY(::utime(QFile::encodeName(source).constData(), &times) == 0);
        TransferJob *job = m_queue->add(request(TransferPlace::local(source), TransferPlace::remote(TestServer::url(3, dir + "/f.txt"))));
        ConflictDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor([this] { return m_resolver->currentDialog() != nullptr; }, Patience));
        dialog = m_resolver->currentDialog();
        QVERIFY2(label(dialog, "existingFile").startsWith(QLatin1String("3 bytes")), qPrintable(label(dialog, "existingFile")));
        QVERIFY2(label(dialog, "incomingFile").startsWith(QLatin1String("12 bytes")), qPrintable(label(dialog, "incomingFile")));
        QVERIFY2(label(dialog, "incomingFile").contains(QLatin1String("2000")) || label(dialog, "incomingFile").contains(QLatin1String("/00")),
                 qPrintable(label(dialog, "incomingFile")));
        QVERIFY(!dialog->button(TransferConflict::Choice::Resume));   // no partial copy here
        // While the question is open, the pane's total counts the file's size.
        auto *total = m_window->findChild<QLabel *>(QStringLiteral("transfersTotal"));
        QTRY_VERIFY2(total->text().contains(QLatin1String("0 bytes of 12 bytes")), qPrintable(total->text()));
        // The copy waits for the answer: nothing replaced yet.
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/f.txt")), QByteArray("old"));
        QVERIFY(!job->isFinished());
        QVERIFY(answer(TransferConflict::Choice::Overwrite));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/f.txt")), QByteArray("the new text"));
    }

    void skipKeepsTheTarget()
    {
        const QByteArray dir = TestServer::scratchName("skip");
        QVERIFY(TestServer::makeFolder(dir));
        QVERIFY(TestServer::putFile(dir + "/f.txt", "old"));
        const QString source = localFile(QStringLiteral("skip.txt"), "new");
        TransferJob *job = m_queue->add(request(TransferPlace::local(source), TransferPlace::remote(TestServer::url(4, dir + "/f.txt"))));
        QVERIFY(answer(TransferConflict::Choice::Skip));
        QVERIFY(job->wait(Patience));
        QVERIFY(job->error());
        QVERIFY2(job->error().message().contains(QLatin1String("Skipped")), qPrintable(job->error().message()));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/f.txt")), QByteArray("old"));
        QCOMPARE(QDir(TestServer::localPath(dir)).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("f.txt")});
    }

    void keepBothNumbersTheCopy()
    {
        const QByteArray dir = TestServer::scratchName("keepboth");
        QVERIFY(TestServer::makeFolder(dir));
        QVERIFY(TestServer::putFile(dir + "/f.txt", "old"));
        const QString source = localFile(QStringLiteral("keep.txt"), "new");
        // The pane's row and the notice name the copy as it ended up.
        pane()->notifier()->setMinimumMs(0);
        QSignalSpy notified(pane()->notifier(), &TransferNotifier::notified);
        TransferJob *job = m_queue->add(request(TransferPlace::local(source), TransferPlace::remote(TestServer::url(3, dir + "/f.txt"))));
        QVERIFY(answer(TransferConflict::Choice::KeepBoth));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/f.txt")), QByteArray("old"));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/f (1).txt")), QByteArray("new"));
        QCOMPARE(job->target().url, TestServer::url(3, dir + "/f (1).txt"));
        QTRY_VERIFY2(rowTitle(job).endsWith(QLatin1String("/f%20(1).txt")) || rowTitle(job).endsWith(QLatin1String("/f (1).txt")),
                     qPrintable(rowTitle(job)));
        QTRY_VERIFY2_WITH_TIMEOUT(notifiedOf(notified, QStringLiteral("f (1).txt is in ")), qPrintable(bodies(notified)), Patience);

        // A download too: the local file stays, the copy is numbered.
        const QString down = localFile(QStringLiteral("down.txt"), "local");
        job = m_queue->add(request(TransferPlace::remote(TestServer::url(3, dir + "/f.txt")), TransferPlace::local(down)));
        QVERIFY(answer(TransferConflict::Choice::KeepBoth));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(TestServer::readLocal(down), QByteArray("local"));
        QCOMPARE(TestServer::readLocal(m_local.filePath(QStringLiteral("down (1).txt"))), QByteArray("old"));
        QCOMPARE(job->target().localPath, m_local.filePath(QStringLiteral("down (1).txt")));
        QTRY_VERIFY2(rowTitle(job).endsWith(QLatin1String("/down (1).txt")), qPrintable(rowTitle(job)));
        const QString body = QStringLiteral("down (1).txt is in %1").arg(m_local.filePath(QStringLiteral("down (1).txt")));
        QTRY_VERIFY2_WITH_TIMEOUT(notifiedOf(notified, body), qPrintable(bodies(notified)), Patience);
        pane()->notifier()->setMinimumMs(TransferNotifier::DefaultMinimumMs);
    }

    void resumeGoesOnFromThePartial()
    {
        const QByteArray dir = TestServer::scratchName("resume");
        QVERIFY(TestServer::makeFolder(dir));
        const QByteArray data = TestServer::randomBytes(4 * 1024 * 1024, 11);
        const QString source = localFile(QStringLiteral("resume.bin"), data);
        const utimbuf times{946684800, 946684800};
        QVERIFY(::utime(QFile::encodeName(source).constData(), &times) == 0);
        QVERIFY(TestServer::putFile(dir + "/big.bin", "old"));
        // What a killed upload leaves: the first half under a temporary name.
        QVERIFY(TestServer::putFile(dir + "/.big.bin.nfsnav-Ab12Cd", data.left(data.size() / 2)));
        TransferJob *job = m_queue->add(request(TransferPlace::local(source), TransferPlace::remote(TestServer::url(3, dir + "/big.bin"))));
        ConflictDialog *dialog = nullptr;
        QVERIFY(answer(TransferConflict::Choice::Resume, false, &dialog));
        QVERIFY(job->wait(Patience));
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(TestServer::sha256(TestServer::readLocal(TestServer::localPath(dir + "/big.bin"))), TestServer::sha256(data));
        QCOMPARE(QDir(TestServer::localPath(dir)).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("big.bin")});
    }

    void applyToAllAsksOnce()
    {
        const QByteArray dir = TestServer::scratchName("all");
        QVERIFY(TestServer::makeFolder(dir + "/tree"));
        for (const char *name : {"a.txt", "b.txt", "c.txt"})
            QVERIFY(TestServer::putFile(dir + "/tree/" + name, "old"));
        const QString tree = m_local.filePath(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(tree));
        for (const char *name : {"a.txt", "b.txt", "c.txt", "d.txt"})
            QVERIFY(TestServer::writeLocal(tree + QLatin1Char('/') + QLatin1String(name), "new"));
        QSignalSpy shown(m_resolver, &ConflictDialogResolver::dialogShown);
        TransferJob *job = m_queue->add(request(TransferPlace::local(tree), TransferPlace::remote(TestServer::url(3, dir + "/tree")), true));
        QVERIFY(answer(TransferConflict::Choice::Skip, true));
        QVERIFY(job->wait(Patience));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(job->failures().size(), 3);
        for (const char *name : {"a.txt", "b.txt", "c.txt"})
            QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/tree/" + name)), QByteArray("old"));
        QCOMPARE(TestServer::readLocal(TestServer::localPath(dir + "/tree/d.txt")), QByteArray("new"));
    }
};

NFSNAV_UI_TEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
