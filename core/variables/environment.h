// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"
#include "variable.h"

#include <QUuid>

namespace ewb {

// A named set of variables ("Sandbox", "Staging EU"); one is active at a time. A value. The id
// scopes its secrets in the keychain, so renaming keeps them.
struct Environment
{
    QUuid id;
    QString name;
    Variables variables;

    static Environment create(const QString &name);

    // {"formatVersion", "id", "name", "variables"}; secrets by name only.
    JsonObject toJson() const;
    static Result<Environment> fromJson(const JsonValue &value);
    // The file's bytes: pretty, key-sorted, a final newline.
    QByteArray toFileBytes() const;

    // "environment:<uuid>": where SecretStore keeps this environment's secrets.
    QString secretScope() const;

    bool operator==(const Environment &) const = default;
};

// The environments in a folder (the data folder's "environments"), one file each, named after the
// environment (see safeFileName); the active one's name is in the folder's "active" file. Every
// write is atomic. A file that cannot be read is skipped by list() and reported by load().
class EnvironmentStore
{
public:
    explicit EnvironmentStore(QString folder);

    const QString &folder() const { return m_folder; }

    // Every environment that reads, sorted by name; problems collects "file: message" for the others.
    std::vector<Environment> list(QStringList *problems = nullptr) const;
    // By name, case-insensitively.
    Result<Environment> load(QStringView name) const;
    // Writes the environment; renames keep the file of the same id.
    Status save(const Environment &environment);
    Status remove(QStringView name);

    // The active environment's name; empty when none is.
    QString activeName() const;
    Status setActiveName(const QString &name);

private:
    QString fileFor(const Environment &environment) const;

    QString m_folder;
};

// Where the workbench and ewb keep environments: <data folder>/environments.
QString environmentsFolder(const QString &dataFolder);

} // namespace ewb
