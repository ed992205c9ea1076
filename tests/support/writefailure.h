// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/atomicfile.h"

#include <QStringList>

namespace ewb::test {

// Makes the product's atomic writes fail for as long as it lives (the AtomicWriteHook of
// util/atomicfile.h): writes to files whose name matches a wildcard pattern ("*" for every file)
// fail after a number of bytes (through a FailDevice) or at the commit. Other writes go through
// untouched. One at a time, on the test's thread.
class WriteFailure final : public AtomicWriteHook
{
public:
    enum class At { Bytes, Commit };

    WriteFailure(At at, qint64 afterBytes, QString fileNamePattern = QStringLiteral("*"));
    ~WriteFailure() override;
    Q_DISABLE_COPY_MOVE(WriteFailure)

    // The paths of the writes it made fail, in order.
    const QStringList &failed() const { return m_failed; }

    std::unique_ptr<QIODevice> deviceFor(const QString &path, QIODevice *file) override;
    bool commitAllowed(const QString &path) override;

private:
    bool matches(const QString &path) const;

    At m_at;
    qint64 m_afterBytes;
    QString m_pattern;
    QStringList m_failed;
    AtomicWriteHook *m_previous;
};

} // namespace ewb::test
