// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "variableresolver.h"

#include "json/jsonpointer.h"

#include <QCoreApplication>

namespace ewb {

namespace {

// The translation context of this file's messages.
class VariableResolverText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::VariableResolver)
};

constexpr int maxDepth = 8;
// Values that name each other twice over double at each level: eight levels of a 1 KB file made
// gigabytes. Far more than any request may be (500 KB), and still small enough to hold.
constexpr qsizetype maxExpandedChars = 8 * 1024 * 1024;

// Calls found(start, end, name) for every `{{name}}` in text, in order; end is one past "}}".
template<typename Found>
void forEachReference(QStringView text, Found found)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"{{", from);
        if (open < 0)
            return;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0)
            return;
        const QStringView name = text.mid(open + 2, close - open - 2);
        // "{{{{x}}" or a name with a line break is not a reference: look again one further.
        if (name.isEmpty() || name.contains(u'{') || name.contains(u'\n')) {
            from = open + 1;
            continue;
        }
        found(open, close + 2, name);
        from = close + 2;
    }
}
} // namespace

VariableResolver::VariableResolver(DynamicValues *dynamic, Secrets secrets)
    : m_dynamic(dynamic), m_secrets(secrets)
{ }

void VariableResolver::addScope(const QString &label, const Variables *variables)
{
    m_scopes.push_back(Scope {label, variables});
}

const Variable *VariableResolver::lookup(QStringView name) const
{
    for (const Scope &scope : m_scopes) {
        if (const Variable *v = findVariable(*scope.variables, name))
            return v;
    }
    return nullptr;
}

QString VariableResolver::resolveText(QStringView text, const QString &pointer, Diagnostics &diagnostics)
{
    return resolve(text, pointer, diagnostics, 0);
}

QString VariableResolver::resolve(
    QStringView text, const QString &pointer, Diagnostics &diagnostics, int depth)
{
    if (!text.contains(u"{{"))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    forEachReference(text, [&](qsizetype start, qsizetype end, QStringView name) {
        out += text.mid(copied, start - copied);
        copied = end;
        const QStringView written = text.mid(start, end - start);
        if (name.startsWith(u'$')) {
            std::optional<QString> value = m_dynamic ? m_dynamic->value(name) : std::nullopt;
            if (value) {
                out += *value;
            } else {
                out += written;
                diagnostics.append(
                    Diagnostic {Severity::Error, pointer, QStringLiteral("variable.unknown-dynamic"),
                        VariableResolverText::tr("{{%1}} is not a dynamic value this workbench knows; "
                                                 "use one of %2")
                            .arg(name, DynamicValues::names().join(QStringLiteral(", ")))});
            }
            return;
        }
        const Variable *variable = lookup(name);
        if (!variable) {
            out += written;
            QString where;
            for (const Scope &scope : m_scopes)
                where = where.isEmpty() ? scope.label
                                        : VariableResolverText::tr("%1 or %2").arg(where, scope.label);
            diagnostics.append(Diagnostic {Severity::Error, pointer, QStringLiteral("variable.unresolved"),
                where.isEmpty()
                    ? VariableResolverText::tr("{{%1}} is not defined: define it in the environment or the "
                                               "collection, or remove the braces")
                          .arg(name)
                    : VariableResolverText::tr("{{%1}} is not defined in %2: define it in the environment or "
                                               "the collection, or remove the braces")
                          .arg(name, where)});
            return;
        }
        if (variable->secret) {
            if (variable->value.isEmpty()) {
                out += written;
                diagnostics.append(
                    Diagnostic {Severity::Error, pointer, QStringLiteral("variable.secret-missing"),
                        VariableResolverText::tr("the secret {{%1}} has no value in the keychain: set it "
                                                 "(it is stored in the keychain, never in a file)")
                            .arg(name)});
                return;
            }
            m_usedSecret = true;
            if (m_secrets == Secrets::Mask) {
                out += maskedSecret();
                return;
            }
            out += variable->value;
            return;
        }
        if (m_expanded + variable->value.size() > maxExpandedChars) {
            out += written;
            if (!m_tooLarge)
                diagnostics.append(Diagnostic {Severity::Error, pointer, QStringLiteral("variable.too-large"),
                    VariableResolverText::tr(
                        "{{%1}} expands to more than %2 characters (variables that refer to each "
                        "other several times over?): it was not resolved")
                        .arg(name)
                        .arg(maxExpandedChars)});
            m_tooLarge = true;
            return;
        }
        m_expanded += variable->value.size();
        if (depth < maxDepth)
            out += resolve(variable->value, pointer, diagnostics, depth + 1);
        else
            out += variable->value;
    });
    out += text.mid(copied);
    return out;
}

JsonObject VariableResolver::resolveObject(
    const JsonObject &object, const QString &pointer, Diagnostics &diagnostics)
{
    JsonObject out;
    out.members().reserve(object.members().size());
    for (const auto &[key, value] : object.members()) {
        QString here = pointer;
        appendPointerToken(here, key);
        // members().push_back rather than insert(): duplicate keys are kept as written, for the
        // validator to report.
        out.members().emplace_back(resolve(key, here, diagnostics, 0), resolveJson(value, here, diagnostics));
    }
    return out;
}

JsonValue VariableResolver::resolveJson(
    const JsonValue &value, const QString &pointer, Diagnostics &diagnostics)
{
    switch (value.kind()) {
    case JsonValue::Kind::String: return JsonValue(resolve(value.stringRef(), pointer, diagnostics, 0));
    case JsonValue::Kind::Object: return JsonValue(resolveObject(value.object(), pointer, diagnostics));
    case JsonValue::Kind::Array: {
        JsonArray out;
        out.reserve(value.array().size());
        qsizetype index = 0;
        for (const JsonValue &item : value.array()) {
            QString here = pointer;
            appendPointerIndex(here, index++);
            out.push_back(resolveJson(item, here, diagnostics));
        }
        return JsonValue(std::move(out));
    }
    default: return value;
    }
}

QStringList referencedVariables(QStringView text)
{
    QStringList names;
    forEachReference(text, [&](qsizetype, qsizetype, QStringView name) {
        const QString n = name.toString();
        if (!names.contains(n))
            names.append(n);
    });
    return names;
}

bool isVariableReference(QStringView text)
{
    bool whole = false;
    forEachReference(
        text, [&](qsizetype start, qsizetype end, QStringView) { whole = start == 0 && end == text.size(); });
    return whole && referencedVariables(text).size() == 1;
}

} // namespace ewb
