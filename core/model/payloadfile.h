// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace ewb {

// Reading payload text from files and pipes, with a cap. The API takes at most 500 KB in one
// request, so anything far larger is a mistake (a log, a dump, the wrong file): it is refused with
// a clear error before it is read whole, instead of being parsed for seconds.
inline constexpr qsizetype maxPayloadFileBytes = 16 * 1024 * 1024;

// Reads all of device, failing when it holds more than maxBytes. name is for messages.
Result<QByteArray> readPayloadBytes(
    QIODevice &device, const QString &name, qsizetype maxBytes = maxPayloadFileBytes);
// Reads a file, or standard input when path is "-".
Result<QByteArray> readPayloadFile(const QString &path, qsizetype maxBytes = maxPayloadFileBytes);

} // namespace ewb
