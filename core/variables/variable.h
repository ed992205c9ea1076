// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace ewb {

// A named value that `{{name}}` stands for. A secret variable's value lives in the OS keychain
// (see SecretStore): files hold only its name, and value is empty until the secret is read.
struct Variable
{
    QString name;
    QString value;
    bool secret = false;

    bool operator==(const Variable &) const = default;
};
using Variables = std::vector<Variable>;

const Variable *findVariable(const Variables &variables, QStringView name);
Variable *findVariable(Variables &variables, QStringView name);
// Replaces the variable with the same name, or appends it.
void setVariable(Variables &variables, Variable variable);

// The form variables take in collection and environment files, keyed by name so that a key-sorted
// file diffs well: {"baseUrl": {"value": "..."}, "write_key": {"secret": true}}. Secret values are
// never written, whatever the Variable holds.
JsonObject variablesToJson(const Variables &variables);
// Reads that form; the error names the variable that is wrong. Variables come back sorted by name.
Result<Variables> variablesFromJson(const JsonValue &value);

// A valid variable name: not empty, no braces, no leading '$' (those are dynamic values), no
// line breaks, at most 200 characters.
bool isValidVariableName(QStringView name);

// What a secret value looks like on screen.
QString maskedSecret();

} // namespace ewb
