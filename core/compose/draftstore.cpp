// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "draftstore.h"

#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ewb {

namespace {
constexpr qint64 maxDraftBytes = 64 * 1024 * 1024;
}

DraftStore::DraftStore(QString folder)
{
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_path = QDir(folder).filePath(QStringLiteral("draft.json"));
}

Status DraftStore::save(const QByteArray &text) const
{
    return writeFileAtomically(m_path, text);
}

QByteArray DraftStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxDraftBytes)
        return {};
    return file.readAll();
}

} // namespace ewb
