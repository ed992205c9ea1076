// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "dynamicvalues.h"
#include "json/jsonvalue.h"
#include "validation/diagnostic.h"
#include "variable.h"

#include <QStringList>

namespace ewb {

// Replaces `{{name}}` in text and JSON with values from scopes (the active environment first, then
// the collection: add them in that order) and `{{$name}}` with dynamic values. A value may itself
// hold `{{...}}`, resolved in turn up to a small depth; all expansions together are bounded, so
// values that refer to each other many times over end in a "variable.too-large" diagnostic.
//
// Nothing is thrown or dropped: an unknown name stays as written and becomes a Diagnostic
// ("variable.unresolved", or "variable.secret-missing" for a secret whose value was not read from
// the keychain) whose pointer says where it was used, so the editor underlines it and the sender
// refuses to send it.
class VariableResolver
{
public:
    enum class Secrets {
        Reveal, // for what is sent
        Mask, // for what is shown: a secret's value is replaced by maskedSecret()
    };

    // dynamic may be null: then `{{$...}}` is left as written and reported.
    explicit VariableResolver(DynamicValues *dynamic = nullptr, Secrets secrets = Secrets::Reveal);

    // label names the scope in messages ("environment \"Sandbox\"", "the collection"). The
    // variables must outlive the resolver.
    void addScope(const QString &label, const Variables *variables);

    // pointer is where text sits, for the diagnostics ("" for a text that is not in a document).
    QString resolveText(QStringView text, const QString &pointer, Diagnostics &diagnostics);
    // Every string value and member name, recursively. Numbers, booleans and nulls are untouched.
    JsonValue resolveJson(const JsonValue &value, const QString &pointer, Diagnostics &diagnostics);
    JsonObject resolveObject(const JsonObject &object, const QString &pointer, Diagnostics &diagnostics);

    // True when any value taken so far was a secret (so the result must not be logged or saved).
    bool usedSecret() const { return m_usedSecret; }

private:
    QString resolve(QStringView text, const QString &pointer, Diagnostics &diagnostics, int depth);
    const Variable *lookup(QStringView name) const;

    struct Scope
    {
        QString label;
        const Variables *variables;
    };
    std::vector<Scope> m_scopes;
    DynamicValues *m_dynamic;
    Secrets m_secrets;
    bool m_usedSecret = false;
    qsizetype m_expanded = 0; // characters of variable values put in so far, all calls together
    bool m_tooLarge = false;
};

// The names used as `{{name}}` in text, in order of first use, dynamic ones included.
QStringList referencedVariables(QStringView text);
// True when text is exactly one `{{name}}` and nothing else.
bool isVariableReference(QStringView text);

} // namespace ewb
