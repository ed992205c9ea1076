// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "faildevice.h"

namespace ewb::test {

FailDevice::FailDevice(QIODevice *target, qint64 failAfter, QObject *parent)
    : QIODevice(parent), m_target(target), m_failAfter(failAfter)
{
    // Unbuffered: a write must reach writeData() at once, not when the buffer is flushed.
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 FailDevice::readData(char *, qint64)
{
    return -1;
}

qint64 FailDevice::writeData(const char *data, qint64 size)
{
    const qint64 room = std::max<qint64>(0, m_failAfter - m_written);
    const qint64 passed = m_target->write(data, std::min(size, room));
    if (passed < 0) {
        setErrorString(m_target->errorString());
        return -1;
    }
    m_written += passed;
    if (passed < size) {
        setErrorString(
            QStringLiteral("No space left on device (FailDevice: failed after %1 bytes)").arg(m_failAfter));
        return -1;
    }
    return passed;
}

} // namespace ewb::test
