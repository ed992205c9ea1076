// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QByteArray>

#include <functional>

namespace ewb {

// The value of every "writeKey" member in a JSON text replaced by "<redacted>": the API takes a key
// in the body as well as in the Authorization header, and neither may reach a file, a log or a
// screen. Works on text that does not parse (a trailing comma, a cut-off body) as well: it only
// looks for the member's name, a colon and a string. Linear in the text.
QByteArray redactWriteKeys(QByteArray json);

// The same search, with each "writeKey" string's content (as written, escapes and all) replaced by
// what replacement returns for it (also written as is, without quotes).
QByteArray replaceWriteKeys(
    QByteArray json, const std::function<QByteArray(const QByteArray &value)> &replacement);

} // namespace ewb
