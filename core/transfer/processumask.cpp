// SPDX-License-Identifier: GPL-3.0-or-later
#include "processumask.h"

#include <QFile>

#include <sys/stat.h>

unsigned processUmask()
{
    static const unsigned mask = [] {
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly)) {
            while (!status.atEnd()) {
                const QByteArray line = status.readLine();
                if (line.startsWith("Umask:")) {
                    bool ok = false;
                    const unsigned value = line.mid(6).trimmed().toUInt(&ok, 8);
                    if (ok)
                        return value;
                }
            }
        }
        const mode_t old = ::umask(022);
        ::umask(old);
        return unsigned(old);
    }();
    return mask;
}
