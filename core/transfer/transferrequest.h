// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TransferRequest: what the transfer queue is asked to copy, by value, so it
// can be kept, shown, retried and run on sessions of the queue's own: a place
// is a local path, a URL (server, options and the path), or standard
// input/output (the command line's "-").
#include "nfsurl.h"
#include "transfer.h"

struct TransferPlace
{
    enum class Kind { Local, Remote, StandardStream };
    Kind kind = Kind::Local;
    QString localPath;   // Local
    NfsUrl url;          // Remote: the server, its options and the full server path

    static TransferPlace local(const QString &path) { return {Kind::Local, path, {}}; }
    static TransferPlace remote(const NfsUrl &url) { return {Kind::Remote, {}, url}; }
    static TransferPlace standardStream() { return {Kind::StandardStream, {}, {}}; }
    // How messages and the transfers pane name it.
    QString display() const
    {
        switch (kind) {
        case Kind::Local: return localPath;
        case Kind::Remote: return url.toString();
        case Kind::StandardStream: return QStringLiteral("-");
        }
        return {};
    }
};

struct TransferRequest
{
    TransferPlace from;
    TransferPlace to;
    TransferOptions options;
    bool recursive = false;   // a folder with everything in it (TreeTransfer)
    // Move: a rename when both places are on one export (same server, export
    // and options); else a copy, each item verified, then its source deleted
    // (SourceRemoval): an item whose copy failed keeps its source.
    bool move = false;
    // Look whether something is at the target before the copy starts
    // (TransferJob::madeTarget): what may be taken back by an undo.
    bool noteTarget = false;
};
