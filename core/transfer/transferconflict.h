// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TransferConflict: a copy's target exists. What the window shows when it
// asks (both files' size and modification time, and whether a partial copy
// could be resumed), and the choices it may answer with. A plain value.
#include <QMetaType>
#include <QString>

struct TransferConflict
{
    enum class Choice { Overwrite, Skip, KeepBoth, Resume };

    QString source;           // as messages name it
    QString target;
    qint64 sourceSize = -1;   // -1 unknown
    qint64 sourceMtimeNs = 0; // 0 unknown
    qint64 targetSize = 0;
    qint64 targetMtimeNs = 0;
    bool partialExists = false;   // a partial copy beside the target (Resume makes sense)
};
Q_DECLARE_METATYPE(TransferConflict)
