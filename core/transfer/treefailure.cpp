// SPDX-License-Identifier: GPL-3.0-or-later
#include "treefailure.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
// How many failures the message names before it just counts.
constexpr qsizetype FailuresNamed = 5;
}

NfsError summarizeFailures(const QList<TreeFailure> &failures)
{
    if (failures.isEmpty())
        return {};
    if (failures.size() == 1)
        return failures.first().error;
    QStringList named;
    for (qsizetype i = 0; i < std::min(failures.size(), FailuresNamed); ++i)
        named.append(failures.at(i).error.message());
    QString message = QCoreApplication::translate("TreeFailure", "%n items failed: ", nullptr, int(failures.size()))
        + named.join(QStringLiteral("; "));
    if (failures.size() > FailuresNamed)
        message += QCoreApplication::translate("TreeFailure", "; and %n more", nullptr,
                                               int(failures.size() - FailuresNamed));
    return NfsError(NfsError::Kind::Other, failures.first().error.errnum(), message);
}
