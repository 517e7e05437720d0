// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Server-side names are bytes: NFS promises no encoding, so a name may not be
// valid UTF-8 and may hold control characters that would corrupt a terminal
// or a one-line label. These functions turn such bytes into text for people
// (displayName) and into the canonical URL form (percentEncodePath). Both are
// pure functions, safe to call from any thread.

// Text for a server-side name (or path) that may not be valid UTF-8 and may
// hold control characters. Valid UTF-8 is decoded; "\n", "\t", ESC and "\\"
// become \n, \t, \e and \\; every other C0 control, DEL, C1 control
// (U+0080..U+009F) and every byte that is not part of valid UTF-8 (including
// overlong forms and surrogates) becomes \xNN per byte, lower-case hex.
// The result maps back to the original bytes unambiguously.
QString displayName(const QByteArray &bytes);

// displayName(bytes).toUtf8(), without the round trip through QString for a
// name of printable ASCII other than "\\" (most names; a listing prints
// thousands).
QByteArray displayNameUtf8(const QByteArray &bytes);

// The path as it appears in a canonical nfs:// URL: every byte percent-encoded
// (upper-case hex) except the unreserved A-Z a-z 0-9 - . _ ~, the '/' between
// segments, and ! $ & ' ( ) * + , ; = : @.
QByteArray percentEncodePath(const QByteArray &path);
