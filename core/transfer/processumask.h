// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The process's umask, read once from /proc/self/status (umask() can only be
// read by setting it, which races with other threads making files).
unsigned processUmask();
