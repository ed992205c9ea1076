// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace ewb {

// The one way to read a file the product did not write itself (a collection's files, an
// environment, a payload): a regular file only, at most maxBytes. A directory, a device, a FIFO or
// a socket is refused before it is opened (opening a FIFO blocks, /dev/zero never ends, and both
// report a size of 0); a link is followed only to a regular file. One byte past maxBytes is read
// to tell "too large" from "exactly the limit". Errors name the path.
Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes);

} // namespace ewb
