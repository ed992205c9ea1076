// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "gzip.h"

#include <zlib.h>

namespace ewb {

namespace {
constexpr int gzipWindowBits = 15 + 16; // 15-bit window, gzip header and trailer
}

QByteArray gzipCompress(QByteArrayView data, GzipLevel level)
{
    z_stream zs {};
    const int zlibLevel = level == GzipLevel::Smallest ? Z_BEST_COMPRESSION : Z_DEFAULT_COMPRESSION;
    if (deflateInit2(&zs, zlibLevel, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

// The messages are not translated: they reach people only in the sandbox's HTTP answers, which
// speak English like the API it emulates (docs/translations.md).
Result<QByteArray> gzipDecompress(QByteArrayView data, qsizetype maxOutput)
{
    z_stream zs {};
    if (inflateInit2(&zs, gzipWindowBits) != Z_OK)
        return Error {QStringLiteral("gzip.init"), QStringLiteral("cannot start gzip decompression")};
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return Error {QStringLiteral("gzip.corrupt"),
                rc == Z_BUF_ERROR ? QStringLiteral("the gzip body is truncated")
                                  : QStringLiteral("the body is not valid gzip data")};
        }
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
        if (out.size() > maxOutput) {
            inflateEnd(&zs);
            return Error {QStringLiteral("gzip.too-large"),
                QStringLiteral("the gzip body expands past %1 bytes").arg(maxOutput)};
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace ewb
