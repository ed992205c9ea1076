// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QIODevice>

namespace ewb::test {

// A write-only QIODevice in front of another that passes on the first failAfter bytes and then
// fails, as a disk that fills up does (KeePassXC's FailDevice). The bytes before the failure do
// reach the target, so a writer is tested with a partly written file behind it.
class FailDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailDevice)

public:
    // target must outlive this device and be open for writing.
    FailDevice(QIODevice *target, qint64 failAfter, QObject *parent = nullptr);

    qint64 written() const { return m_written; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    qint64 m_failAfter;
    qint64 m_written = 0;
};

} // namespace ewb::test
