// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "validation/diagnostic.h"

#include <QStringList>

#include <initializer_list>

namespace ewb::test {

// "warning /timestamp timestamp.invalid": one line a diagnostic (severity, pointer, code), so a
// test compares a whole list at once and a failure shows all of it.
QStringList diagnosticLines(const Diagnostics &diagnostics);

// The expected side of such a comparison, written as string literals.
QStringList lines(std::initializer_list<const char *> list);

} // namespace ewb::test
