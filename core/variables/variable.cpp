// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "variable.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class VariableText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Variable)
};
} // namespace

const Variable *findVariable(const Variables &variables, QStringView name)
{
    for (const Variable &v : variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

Variable *findVariable(Variables &variables, QStringView name)
{
    for (Variable &v : variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

void setVariable(Variables &variables, Variable variable)
{
    if (Variable *existing = findVariable(variables, variable.name))
        *existing = std::move(variable);
    else
        variables.push_back(std::move(variable));
}

JsonObject variablesToJson(const Variables &variables)
{
    JsonObject out;
    for (const Variable &v : variables) {
        JsonObject entry;
        if (v.secret)
            entry.insert(QStringLiteral("secret"), true);
        else
            entry.insert(QStringLiteral("value"), v.value);
        out.insert(v.name, std::move(entry));
    }
    return out;
}

Result<Variables> variablesFromJson(const JsonValue &value)
{
    if (value.isNull())
        return Variables {};
    if (!value.isObject())
        return Error {QStringLiteral("variables.shape"),
            VariableText::tr("\"variables\" must be an object of name to {\"value\": ...}")};
    Variables out;
    for (const auto &[name, entry] : value.object().members()) {
        if (!isValidVariableName(name))
            return Error {QStringLiteral("variables.name"),
                VariableText::tr("\"%1\" is not a valid variable name (no braces, no leading $)").arg(name)};
        if (!entry.isObject())
            return Error {QStringLiteral("variables.shape"),
                VariableText::tr("variable \"%1\" must be an object such as {\"value\": \"...\"}").arg(name)};
        Variable v;
        v.name = name;
        v.secret = entry.object().value(u"secret").toBool();
        const JsonValue &text = entry.object().value(u"value");
        if (!v.secret && !text.isNull() && !text.isString())
            return Error {QStringLiteral("variables.value"),
                VariableText::tr("the value of variable \"%1\" must be a string").arg(name)};
        if (!v.secret)
            v.value = text.toString();
        setVariable(out, std::move(v));
    }
    std::sort(out.begin(), out.end(), [](const Variable &a, const Variable &b) { return a.name < b.name; });
    return out;
}

bool isValidVariableName(QStringView name)
{
    if (name.isEmpty() || name.size() > 200 || name.startsWith(u'$'))
        return false;
    for (QChar c : name) {
        if (c == u'{' || c == u'}' || c == u'\n' || c == u'\r')
            return false;
    }
    return true;
}

QString maskedSecret()
{
    return QStringLiteral("••••••••");
}

} // namespace ewb
