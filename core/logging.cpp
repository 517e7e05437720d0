// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "nfsnav.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "nfsnav.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRpc, "nfsnav.rpc", QtWarningMsg)
