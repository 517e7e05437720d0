// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Logging categories of the core. Quiet by default; `nfsnav -v` and
// QT_LOGGING_RULES="nfsnav.*=true" turn them on.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcRpc)
