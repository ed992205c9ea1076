#pragma once

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

// stem + suffix, or stem-2 + suffix, stem-3 + suffix, ... : the first one not in taken (compared
// case-insensitively), which is then added to taken. Deterministic: the same names in the same
// order always give the same files.
QString uniqueFileName(const QString &stem, const QString &suffix, QStringList &taken);

} // namespace ewb
