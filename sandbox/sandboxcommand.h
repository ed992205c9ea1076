// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb {

// `ewb sandbox [--port N] [--bind ADDR] [--key KEY]... [--tls-cert F --tls-key F] [--store FILE]
//  [--ring N] [--rate-limit N] [--help]`: runs the sandbox headless until SIGINT or SIGTERM.
//
// arguments: what follows "sandbox" on the command line. Needs a QCoreApplication (it runs the
// event loop). Prints the base URL ("http://127.0.0.1:N/v1") as the first line on stdout, then
// one line per request on stderr (keys never appear). Returns the exit code: 0 after a clean
// stop, 1 when the sandbox cannot start (port taken, unreadable certificate, unusable store),
// 2 on a usage error.
int runSandboxCommand(const QStringList &arguments);

} // namespace ewb
