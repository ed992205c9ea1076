// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "jsonpointer.h"

namespace ewb {

void appendPointerToken(QString &pointer, QStringView key)
{
    pointer += QLatin1Char('/');
    for (const QChar c : key) {
        if (c == u'~')
            pointer += QLatin1String("~0");
        else if (c == u'/')
            pointer += QLatin1String("~1");
        else
            pointer += c;
    }
}

void appendPointerIndex(QString &pointer, qsizetype index)
{
    pointer += QLatin1Char('/');
    pointer += QString::number(index);
}

const JsonValue *resolvePointer(const JsonValue &root, QStringView pointer)
{
    const JsonValue *current = &root;
    qsizetype pos = 0;
    if (pointer.isEmpty())
        return current;
    if (!pointer.startsWith(u'/'))
        return nullptr;
    while (pos < pointer.size()) {
        ++pos; // '/'
        qsizetype end = pointer.indexOf(u'/', pos);
        if (end < 0)
            end = pointer.size();
        QString token = pointer.mid(pos, end - pos).toString();
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        pos = end;
        if (current->isObject()) {
            current = current->object().find(token);
        } else if (current->isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const bool canonical =
                ok && index >= 0 && (token == QLatin1String("0") || !token.startsWith(u'0'));
            if (!canonical || index >= qsizetype(current->array().size()))
                return nullptr;
            current = &current->array()[size_t(index)];
        } else {
            return nullptr;
        }
        if (!current)
            return nullptr;
    }
    return current;
}

} // namespace ewb
