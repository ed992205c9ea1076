// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QStringList>

namespace ewb {

// Splits a POSIX shell command line into words as sh would, without expanding anything:
// '...' and "..." quotes (with \" \\ \$ \` inside double quotes), $'...' with its C escapes,
// backslash escapes, and backslash-newline line continuations (also "\r\n"). Fails on an
// unclosed quote, saying which.
Result<QStringList> splitShellWords(QStringView command);

// A word quoted for sh: as it is when it needs no quotes, else in single quotes ('\'' for a quote).
QString shellQuote(QStringView word);

} // namespace ewb
