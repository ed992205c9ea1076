// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "httpheaders.h"

namespace ewb {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (sameName(field.name, name))
            return field.value;
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (const Field &field : m_fields) {
        if (sameName(field.name, name))
            result.append(field.value);
    }
    return result;
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const Field &field : m_fields) {
        if (sameName(field.name, name))
            return true;
    }
    return false;
}

void HttpHeaders::add(QByteArray name, QByteArray value)
{
    m_fields.append(Field {std::move(name), std::move(value)});
}

void HttpHeaders::set(const QByteArray &name, QByteArray value)
{
    remove(name);
    add(name, std::move(value));
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &field) { return sameName(field.name, name); });
}

} // namespace ewb
