// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "gzipreader.h"

#include <zlib.h>

namespace ewb {

struct GzipReader::Stream
{
    z_stream zs {};
    QByteArray input;
    bool open = false;
};

GzipReader::GzipReader(QIODevice *source, QObject *parent)
    : QIODevice(parent), m_stream(std::make_unique<Stream>()), m_source(source)
{
    // 15 + 16: a 15-bit window, with the gzip header and trailer.
    m_stream->open = inflateInit2(&m_stream->zs, 15 + 16) == Z_OK;
    QIODevice::open(QIODevice::ReadOnly);
    if (!m_stream->open) {
        setErrorString(tr("cannot start gzip decompression"));
        m_finished = true;
    }
}

GzipReader::~GzipReader()
{
    if (m_stream->open)
        inflateEnd(&m_stream->zs);
}

bool GzipReader::looksLikeGzip(QByteArrayView start)
{
    return start.size() >= 2 && quint8(start[0]) == 0x1f && quint8(start[1]) == 0x8b;
}

bool GzipReader::atEnd() const
{
    return m_finished && QIODevice::bytesAvailable() == 0;
}

qint64 GzipReader::bytesAvailable() const
{
    // Unknown until inflated: while the stream has not ended, one more read is worth trying.
    return QIODevice::bytesAvailable() + (m_finished ? 0 : 1);
}

qint64 GzipReader::readData(char *data, qint64 maxSize)
{
    if (m_finished || maxSize <= 0)
        return m_finished ? -1 : 0;
    z_stream &zs = m_stream->zs;
    const uInt want = uInt(std::min<qint64>(maxSize, 1 << 30));
    zs.next_out = reinterpret_cast<Bytef *>(data);
    zs.avail_out = want;
    while (zs.avail_out > 0) {
        if (zs.avail_in == 0) {
            m_stream->input = m_source->read(64 * 1024);
            if (m_stream->input.isEmpty()) {
                // The source ended: fine between members, a truncated file inside one.
                if (m_inMember)
                    fail(tr("the gzip data ends in the middle (a truncated file?)"));
                m_finished = true;
                break;
            }
            zs.next_in = reinterpret_cast<Bytef *>(m_stream->input.data());
            zs.avail_in = uInt(m_stream->input.size());
        }
        const int rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            inflateReset(&zs); // another member may follow
            m_inMember = false;
        } else if (rc == Z_OK || rc == Z_BUF_ERROR) {
            m_inMember = true;
        } else {
            fail(tr("the gzip data is damaged: %1")
                     .arg(QString::fromLatin1(zs.msg ? zs.msg : "inflate failed")));
            m_finished = true;
            break;
        }
    }
    const qint64 produced = qint64(want - zs.avail_out);
    return produced > 0 ? produced : -1;
}

void GzipReader::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
}

} // namespace ewb
