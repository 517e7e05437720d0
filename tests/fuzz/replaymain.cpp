// SPDX-License-Identifier: GPL-3.0-or-later
// Replays a fuzz target's corpus without libFuzzer: every file named, and every
// file in every folder named, is fed once to the target. Built with the
// ordinary compiler so the committed corpus (and every crash ever found, kept
// there) runs in each test build, ASan/UBSan included.
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

int replayFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "replay: cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return -1;
    }
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            for (const QString &name : QDir(arg).entryList(QDir::Files, QDir::Name))
                files << QDir(arg).filePath(name);
        } else {
            files << arg;
        }
        for (const QString &file : files) {
            const int r = replayFile(file);
            if (r < 0)
                return 1;
            replayed += r;
        }
    }
    std::printf("replayed %d inputs\n", replayed);
    // An empty corpus means the folder moved or was lost: fail rather than pass on nothing.
    return replayed > 0 ? 0 : 1;
}
