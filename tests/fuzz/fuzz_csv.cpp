// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The CSV reader under `ewb run --data` (and the backfill's rows): never a crash or a hang on any
// bytes, an error that says where, and a round trip: the records it read, written back with every
// field quoted, read back as the same records.
#include "fuzzcheck.h"
#include "interchange/csvreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace ewb;

namespace {

// Reads every record; false with the error when the reader refused the input.
bool readAll(const QByteArray &bytes, QList<QStringList> &records, QString &error, qsizetype maxRecord)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, maxRecord);
    for (int guard = 0; guard < 1000000; ++guard) {
        Result<std::optional<QStringList>> r = reader.next();
        if (!r) {
            error = r.error().message;
            return false;
        }
        if (!r.value())
            return true;
        records.append(*r.value());
    }
    fuzz::check(false, "the reader ends");
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QStringList> records;
    QString error;
    // A small record limit as well, so the "too large" path is reached by small inputs.
    for (const qsizetype limit : {CsvReader::defaultMaxRecordBytes, qsizetype(64)}) {
        records.clear();
        error.clear();
        if (!readAll(input, records, error, limit)) {
            fuzz::check(error.startsWith(QLatin1String("line ")), "an error names the line");
            continue;
        }
        QByteArray written;
        for (const QStringList &record : records) {
            QStringList fields;
            for (QString field : record)
                fields.append(QLatin1Char('"') + field.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                    QLatin1Char('"'));
            written += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
        QList<QStringList> again;
        QString againError;
        fuzz::check(readAll(written, again, againError, CsvReader::defaultMaxRecordBytes * 4),
            "what was read, written, reads");
        fuzz::check(again == records, "what was read, written, reads the same");
    }
    return 0;
}
