#pragma once

#include "result.h"

#include <QByteArray>

namespace ewb {

// gzip (RFC 1952) bodies, as sent with Content-Encoding: gzip. Decompression stops at maxOutput
// bytes with an error, so a small "zip bomb" cannot fill memory.
QByteArray gzipCompress(QByteArrayView data);
Result<QByteArray> gzipDecompress(QByteArrayView data, qsizetype maxOutput);

} // namespace ewb
