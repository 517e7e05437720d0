// SPDX-License-Identifier: GPL-3.0-or-later
// libnfs 4.0's own XDR decoders against replies a hostile server could send.
// Each case decodes one reply in a child process, with the reply's last byte
// just before an unmapped page (so reading past it faults in every build) and
// the child's address space capped (so an absurd allocation fails instead of
// taking the machine's memory). Defects of libnfs 4.0 that no code of ours
// can avoid (libnfs decodes a reply before any of our code sees it) are
// marked as known failures: the suite passes while they stand, and says so
// when a libnfs version fixes them (an unexpected pass fails the suite).
// Found by the fuzz target tests/fuzz/fuzz_xdr.cpp.
#include "xdrreplies.h"

#include <QtEndian>
#include <QTest>

#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstring>

namespace {

QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

constexpr int ExitGrew = 3; // the child's memory grew by more than 64 MiB

// How the child ended: "exited 0", "grew by more than 64 MiB", "killed by signal 11", ...
QString decodeInChild(unsigned kind, const QByteArray &reply)
{
    const long page = sysconf(_SC_PAGESIZE);
    const qsizetype span = ((reply.size() + page - 1) / page + 1) * page;
    void *map = mmap(nullptr, size_t(span + page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED)
        return QStringLiteral("mmap failed");
    char *guard = static_cast<char *>(map) + span;
    mprotect(guard, size_t(page), PROT_NONE);
    char *start = guard - reply.size();
    std::memcpy(start, reply.constData(), size_t(reply.size()));

    const pid_t child = fork();
    if (child == 0) {
        // A fault here is the finding, not a crash of the suite: no QtTest handler.
        for (const int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE})
            std::signal(sig, SIG_DFL);
#ifndef __SANITIZE_ADDRESS__
        // 1 GiB is far more than a reply of a few bytes needs. (ASan has reserved
        // terabytes of address space for its shadow already: no cap there.)
        const rlimit cap{1ull << 30, 1ull << 30};
        setrlimit(RLIMIT_AS, &cap);
#endif
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        decodeReply(kind, start, quint32(reply.size()));
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        // A reply of a few bytes has no business growing the process by 64 MiB.
        _exit(after.ru_maxrss - before.ru_maxrss > 64 * 1024 ? ExitGrew : 0);
    }
    munmap(map, size_t(span + page));
    if (child < 0)
        return QStringLiteral("fork failed");
    int status = 0;
    QDeadlineTimer deadline(20000);
    while (waitpid(child, &status, WNOHANG) == 0) {
        if (deadline.hasExpired()) {
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            return QStringLiteral("still decoding after 20 s");
        }
        QTest::qSleep(10);
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == ExitGrew)
        return QStringLiteral("grew by more than 64 MiB");
    if (WIFEXITED(status))
        return QStringLiteral("exited %1").arg(WEXITSTATUS(status));
    return QStringLiteral("killed by signal %1").arg(WTERMSIG(status));
}

// Kinds, as xdrreplies.h numbers them.
constexpr unsigned Readdir = 1;
constexpr unsigned Getattr = 2;
constexpr unsigned Mount = 9;

} // namespace

class TestLibnfsDecoders : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedRepliesDecode_data();
    void wellFormedRepliesDecode();
    void truncatedVerifierIsReadPastTheReply();
    void hugeArrayLengthIsAllocated();
    void arrayIsReadPastTheReply();
};

void TestLibnfsDecoders::wellFormedRepliesDecode_data()
{
    QTest::addColumn<unsigned>("kind");
    QTest::addColumn<QByteArray>("reply");
    // The harness itself: whole replies end where they should, cut ones are refused.
    QTest::newRow("READDIR3 empty") << Readdir << (u32(0) + u32(0) + QByteArray(8, 'v') + u32(0) + u32(1));
    QTest::newRow("READDIR3 error") << Readdir << (u32(13) + u32(0));
    QTest::newRow("GETATTR3 cut short") << Getattr << (u32(0) + u32(1) + u32(0644));
    QTest::newRow("MNT3 one flavour") << Mount << (u32(0) + u32(4) + QByteArray("fh!!") + u32(1) + u32(1));
}

void TestLibnfsDecoders::wellFormedRepliesDecode()
{
    QFETCH(unsigned, kind);
    QFETCH(QByteArray, reply);
    QCOMPARE(decodeInChild(kind, reply), QStringLiteral("exited 0"));
}

void TestLibnfsDecoders::truncatedVerifierIsReadPastTheReply()
{
    // A READDIR3 reply that ends where its 8-byte cookie verifier should be.
    const QString ending = decodeInChild(Readdir, u32(0) + u32(0));
    qInfo("the child decoding it: %s", qPrintable(ending));
    QEXPECT_FAIL("", "libnfs 4.0 copies fixed-length opaques (verifiers) without a bounds check "
                     "(libnfs_zdr_opaque): a reply cut short reads past its end", Continue);
    QCOMPARE(ending, QStringLiteral("exited 0"));
}

void TestLibnfsDecoders::hugeArrayLengthIsAllocated()
{
    // A 49-byte MOUNT MNT reply claiming 0x1f000000 auth flavours (2 GiB of them).
    const QByteArray reply = u32(0) + u32(32) + QByteArray(32, 'h') + u32(0x1f000000) + u32(1);
    const QString ending = decodeInChild(Mount, reply);
    qInfo("the child decoding it: %s", qPrintable(ending));
    QEXPECT_FAIL("", "libnfs 4.0 trusts an array's length in a reply and allocates length x element "
                     "size before reading it (libnfs_zdr_array): a few bytes ask it for 2 GiB", Continue);
    QCOMPARE(ending, QStringLiteral("exited 0"));
}

void TestLibnfsDecoders::arrayIsReadPastTheReply()
{
    // A 19-byte MOUNT MNT reply (found by fuzz_xdr): a file handle length far beyond the
    // reply, then an auth flavour count; libnfs 4.0 walks the array from a position
    // past the end of the reply and faults.
    const QByteArray reply = QByteArray::fromHex("00000000fbc50000c06000000900000800535300");
    const QString ending = decodeInChild(Mount, reply.left(19));
    qInfo("the child decoding it: %s", qPrintable(ending));
    QEXPECT_FAIL("", "libnfs 4.0 decodes an array at a position past the end of a MOUNT reply "
                     "(libnfs_zdr_array after an out-of-range length): a hostile server crashes the client",
                 Continue);
    QCOMPARE(ending, QStringLiteral("exited 0"));
}

QTEST_GUILESS_MAIN(TestLibnfsDecoders)
#include "tst_libnfsdecoders.moc"
