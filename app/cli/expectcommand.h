// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb expect [--sandbox URL | --ready-file FILE] [--type T] [--event NAME] [--user-id ID]
//            [--field POINTER=VALUE]... [--count N] [--within MS] [--dropped | --either] [--since ID]
//            [--json] [MATCH]
// Asks a running sandbox (POST /_sandbox/expect) whether the events a test expects have arrived,
// waiting up to --within; exit 0 when they have, 1 when not (with the nearest events and what
// differs), 2 on a usage error.
int runExpectCommand(const QStringList &args);

} // namespace ewb::cli
