// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace ewb {

// The draft being edited, kept in the application's data folder so that it survives a crash or a
// quit. Written atomically (a crash mid-write keeps the previous draft). Drafts hold payloads
// only: keys never pass through here.
class DraftStore
{
public:
    // folder empty: QStandardPaths::AppDataLocation.
    explicit DraftStore(QString folder = {});

    QString path() const { return m_path; }
    Status save(const QByteArray &text) const;
    // Empty when there is no draft or it cannot be read.
    QByteArray load() const;

private:
    QString m_path;
};

} // namespace ewb
