// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QtGlobal>

#include <cstring>

// The fast paths of reading, writing and measuring JSON strings: whether eight bytes of UTF-8, or
// four UTF-16 units, are all plain, that is printable ASCII other than '"' and '\', which a JSON
// string holds as they are. Nearly every string in a payload (names, ids, dates) is plain
// throughout, and testing a word at a time took the per-character loops from a fifth of reading
// and writing a call to a few percent. Word-wise bit tests (no instruction set assumed): a lane
// is flagged when its top bit is set, it is below 0x20 (borrow into the top bit), or it equals
// one of the two characters (a zero lane after XOR). "Not plain" may be said of a plain lane
// after an unplain one; "plain" is exact.
namespace ewb::plainrun {

inline bool eightPlainBytes(const char *p)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 tops = 0x8080808080808080ULL;
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    const auto zeroByte = [](quint64 x) { return (x - ones) & ~x & tops; };
    const quint64 flagged = (v & tops) | ((v - 0x20 * ones) & ~v & tops) | zeroByte(v ^ (0x22 * ones)) |
        zeroByte(v ^ (0x5C * ones));
    return flagged == 0;
}

inline bool fourPlainUnits(const char16_t *p)
{
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 tops = 0x8000800080008000ULL;
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    const auto zeroUnit = [](quint64 x) { return (x - ones) & ~x & tops; };
    const quint64 flagged = (v & 0xFF80FF80FF80FF80ULL) | ((v - 0x20 * ones) & ~v & tops) |
        zeroUnit(v ^ (0x22 * ones)) | zeroUnit(v ^ (0x5C * ones));
    return flagged == 0;
}

} // namespace ewb::plainrun
