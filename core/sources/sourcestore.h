// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "source.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace ewb {

// The user's sources, kept in <folder>/sources.json (pretty JSON, written atomically, 0600). Holds no
// keys: those are in the keychain. Names are unique (case-insensitively), since people and the
// command line pick sources by name.
//
// A damaged file never stops the program: load() moves it aside to
// sources.json.damaged-<UTC timestamp>, starts with no sources, and returns an error (code
// "sources.damaged") that says what was wrong and where the file went.
class SourceStore
{
public:
    explicit SourceStore(QString folder);

    QString filePath() const;

    // Replaces the sources in memory with the file's. A missing file is an empty list.
    Status load();
    // Writes every source to the file.
    Status save() const;

    const std::vector<Source> &sources() const { return m_sources; }
    const Source *find(const QUuid &id) const;
    const Source *findByName(QStringView name) const;

    // Adds a source; fails when its name is taken or empty, or its id already exists.
    Status add(Source source);
    // Replaces the source with the same id; fails when there is none or the new name is taken.
    Status update(const Source &source);
    // False when there was no such source. The caller deletes its key from the keychain.
    bool remove(const QUuid &id);

    // The file's bytes for a list of sources, and back. Pure, for tests and tools.
    static QByteArray serialize(const std::vector<Source> &sources);
    static Result<std::vector<Source>> parse(QByteArrayView bytes);

private:
    Status checkName(const Source &source) const;

    QString m_folder;
    std::vector<Source> m_sources;
};

} // namespace ewb
