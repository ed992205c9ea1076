// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "writefailure.h"

#include "faildevice.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ewb::test {

WriteFailure::WriteFailure(At at, qint64 afterBytes, QString fileNamePattern)
    : m_at(at), m_afterBytes(afterBytes), m_pattern(std::move(fileNamePattern)),
      m_previous(setAtomicWriteHook(this))
{ }

WriteFailure::~WriteFailure()
{
    setAtomicWriteHook(m_previous);
}

bool WriteFailure::matches(const QString &path) const
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(m_pattern));
    return re.match(QFileInfo(path).fileName()).hasMatch();
}

std::unique_ptr<QIODevice> WriteFailure::deviceFor(const QString &path, QIODevice *file)
{
    if (m_at != At::Bytes || !matches(path))
        return nullptr;
    m_failed.append(path);
    return std::make_unique<FailDevice>(file, m_afterBytes);
}

bool WriteFailure::commitAllowed(const QString &path)
{
    if (m_at != At::Commit || !matches(path))
        return true;
    m_failed.append(path);
    return false;
}

} // namespace ewb::test
