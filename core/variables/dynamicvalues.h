// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ewb {

// The values `{{$name}}` stands for, with Postman's names so that imported collections keep
// working: $guid, $randomUUID, $timestamp, $isoTimestamp, $randomInt, $randomEmail,
// $randomFirstName, ... (names() lists them). Every occurrence gets a fresh value, as in Postman.
//
// The clock and the random source are seams: tests fix both and get the same values every run.
class DynamicValues
{
public:
    using Clock = std::function<QDateTime()>;

    // A random seed and the system clock.
    DynamicValues();
    DynamicValues(quint32 seed, Clock clock);

    // The value for name (without the braces, with the '$'), or nullopt for an unknown name.
    std::optional<QString> value(QStringView name);

    static QStringList names();

private:
    QString pick(const char *const *list, int count);
    QString uuid();

    QRandomGenerator m_random;
    Clock m_clock;
};

} // namespace ewb
