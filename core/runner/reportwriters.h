// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "runreport.h"

namespace ewb {

// The three report formats (runreport.h streams them); each in its own file.
std::unique_ptr<RunReport> makeJUnitReport(const QString &path);
std::unique_ptr<RunReport> makeJsonReport(const QString &path);
std::unique_ptr<RunReport> makeHtmlReport(const QString &path);

// Text for XML and HTML: & < > " ' escaped, and the control characters XML 1.0 cannot hold at all
// (a server's ESC, a NUL) written as visible \u001b, so a report always parses.
QByteArray escapeMarkup(const QString &text);
// Seconds with three decimals: "1.234".
QByteArray seconds(qint64 ms);

} // namespace ewb
