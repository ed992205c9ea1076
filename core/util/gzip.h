// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "result.h"

#include <QByteArray>

namespace ewb {

// gzip (RFC 1952) bodies, as sent with Content-Encoding: gzip. Decompression stops at maxOutput
// bytes with an error, so a small "zip bomb" cannot fill memory. The header carries no name and no
// time, so the same bytes always compress the same (reproducible packages).
enum class GzipLevel { Default, Smallest }; // Smallest: zlib's level 9, as Debian wants for man pages
QByteArray gzipCompress(QByteArrayView data, GzipLevel level = GzipLevel::Default);
Result<QByteArray> gzipDecompress(QByteArrayView data, qsizetype maxOutput);

} // namespace ewb
