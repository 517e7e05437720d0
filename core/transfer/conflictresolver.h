// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConflictResolver: who the transfer queue asks when a target exists and the
// transfer has no policy of its own (--overwrite, --skip, --rename,
// --resume): the window sets one (a dialog); nfsnav sets none and keeps its
// flags. ask() is called on the queue's thread and must not wait: it answers
// the reply later, when the user has chosen (the copy's pool thread waits).
#include "conflictreply.h"

#include <QObject>

#include <memory>

class ConflictResolver : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void ask(const TransferConflict &conflict, std::shared_ptr<ConflictReply> reply) = 0;
};
