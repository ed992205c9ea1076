// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QByteArray>
#include <QList>

namespace ewb {

// The header fields of an HTTP message, in the order they came or will be sent. Names are
// compared case-insensitively; the parser stores them in lower case.
class HttpHeaders
{
public:
    struct Field
    {
        QByteArray name;
        QByteArray value;
    };

    // The first value of name, or an empty array when absent.
    QByteArray value(QByteArrayView name) const;
    // Every value of name, in order (repeated fields such as Content-Length are checked with this).
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;

    void add(QByteArray name, QByteArray value);
    // Replaces every field of that name with one.
    void set(const QByteArray &name, QByteArray value);
    void remove(QByteArrayView name);

    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QList<Field> m_fields;
};

} // namespace ewb
