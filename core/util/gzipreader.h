// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QIODevice>

#include <memory>

namespace ewb {

// Reads a gzip file (one or several members, as `cat a.gz b.gz` makes) as its plain bytes, a chunk
// at a time, so a backfill of a 2 GB .jsonl.gz needs no more memory than a chunk. Read-only and
// sequential; a damaged stream ends reading with errorString() saying so.
class GzipReader final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GzipReader)

public:
    // source must be open for reading and outlive the reader.
    explicit GzipReader(QIODevice *source, QObject *parent = nullptr);
    ~GzipReader() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    // After the end: whether it ended because the data was damaged or cut (errorString says how).
    bool failed() const { return m_failed; }
    // True when the bytes start like gzip (1f 8b).
    static bool looksLikeGzip(QByteArrayView start);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    QIODevice *m_source;
    void fail(const QString &message);
    bool m_finished = false;
    bool m_inMember = false;
    bool m_failed = false;
};

} // namespace ewb
