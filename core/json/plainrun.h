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

// Whether the eight bytes at p, read as lanes of Lane (one byte, or a UTF-16 unit), are all plain.
template<typename Lane>
inline bool plainWord(const Lane *p)
{
    static_assert(sizeof(Lane) == 1 || sizeof(Lane) == 2);
    constexpr int bits = 8 * sizeof(Lane);
    constexpr quint64 lane = (quint64(1) << bits) - 1;
    constexpr quint64 ones = ~quint64(0) / lane; // 0x0101... or 0x0001...
    constexpr quint64 tops = ones << (bits - 1);
    constexpr quint64 notAscii = ones * (lane & ~quint64(0x7F)); // 0x80 or 0xFF80 a lane
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    const auto zeroLane = [](quint64 x) { return (x - ones) & ~x & tops; };
    const quint64 flagged = (v & notAscii) | ((v - 0x20 * ones) & ~v & tops) | zeroLane(v ^ (0x22 * ones)) |
        zeroLane(v ^ (0x5C * ones));
    return flagged == 0;
}

inline bool eightPlainBytes(const char *p)
{
    return plainWord(reinterpret_cast<const quint8 *>(p));
}

inline bool fourPlainUnits(const char16_t *p)
{
    return plainWord(p);
}

} // namespace ewb::plainrun
