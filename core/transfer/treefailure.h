// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TreeFailure: one item a tree operation or a transfer could not handle, and
// why; summarizeFailures() the one ending all of them give: the failure
// itself when there is one, else "N items failed: " naming the first few.
#include "nfserror.h"

#include <QList>

struct TreeFailure
{
    QByteArray path;   // full server path, or a local path's bytes
    NfsError error;
};

// No error for an empty list.
NfsError summarizeFailures(const QList<TreeFailure> &failures);
