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
    QString shown = {};   // how to name it to the user (a URL, or the local path); empty: path alone
};

// No error for an empty list.
NfsError summarizeFailures(const QList<TreeFailure> &failures);
