// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "secretmask.h"

#include "json/jsonwriter.h"

#include <algorithm>

namespace ewb {

void SecretMask::addVariables(const Variables &variables)
{
    for (const Variable &v : variables) {
        if (v.secret)
            addValue(v.value);
    }
}

void SecretMask::addValue(const QString &value)
{
    if (value.isEmpty())
        return;
    QByteArray escaped = writeJson(JsonValue(value));
    escaped = escaped.mid(1, escaped.size() - 2); // without the quotes
    for (const QByteArray &form : {value.toUtf8(), escaped}) {
        if (!m_forms.contains(form))
            m_forms.append(form);
    }
    std::stable_sort(m_forms.begin(), m_forms.end(),
        [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray SecretMask::apply(QByteArray text) const
{
    const QByteArray mask = maskedSecret().toUtf8();
    for (const QByteArray &form : m_forms)
        text.replace(form, mask);
    return text;
}

QString SecretMask::apply(const QString &text) const
{
    return isEmpty() ? text : QString::fromUtf8(apply(text.toUtf8()));
}

} // namespace ewb
