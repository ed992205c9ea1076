// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QList>
#include <QString>

namespace ewb {

// What an importer could not carry over, or changed on the way: shown to the user, never dropped
// silently.
struct ImportNote
{
    enum class Kind {
        NotCarried, // left out: a script, a GET request, a form body, a header...
        Credential, // a literal key or password: moved to the keychain, or dropped
        Info, // carried over differently than written
    };
    Kind kind = Kind::NotCarried;
    QString where; // "Alias / Alias a person"; empty for the whole file
    QString message;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
    bool operator==(const ImportNote &) const = default;
};

// A literal credential found in an imported file, taken out of it: the import refers to it as
// {{variable}} (a secret variable of the collection) and the caller puts value in the keychain
// (SecretStore, the collection's scope), or drops it with a warning. Never written to a file.
struct ImportedSecret
{
    QString variable;
    QString value;
};

} // namespace ewb
