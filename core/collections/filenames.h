// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ewb {

// File and folder names that are safe on Linux, macOS and Windows, made from names people type
// ("Track: Order Completed" -> "track-order-completed"). Lower case only, so two names differing in
// case cannot collide on a case-insensitive file system; ASCII letters, digits and '-' only
// (accents are folded: "Café" -> "cafe"); never empty (fallback), never a reserved Windows device
// name ("con", "nul", "com1", ...), never ending in a dot or space, at most maxFileStemLength
// characters.
inline constexpr int maxFileStemLength = 60;
QString safeFileName(QStringView name, const QString &fallback);

// The names taken in one folder, compared case-insensitively, and the next free one for a name.
// unique() gives stem + suffix, or stem-2 + suffix, stem-3 + suffix, ...: the first one not taken,
// which is then taken. Deterministic: the same names in the same order always give the same files.
// Constant time a name on average, however many requests share one (2,000 requests named alike
// used to take half a minute to import).
class TakenFileNames
{
public:
    TakenFileNames() = default;
    explicit TakenFileNames(const QStringList &names);

    void add(const QString &name);
    bool contains(const QString &name) const;
    QString unique(const QString &stem, const QString &suffix);

private:
    QSet<QString> m_names; // case-folded
    QHash<QString, int> m_next; // case-folded stem + suffix: the number to try next
};

} // namespace ewb
