// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "jsonvalue.h"

#include <QString>

#include <optional>
#include <vector>

namespace ewb {

// Partial matching of JSON documents, for assertions on what an app sent ("a track with event
// Order Completed and properties.total 12.5 arrived"): the expected document names only what
// matters, and the actual one may hold anything more.
//
// The rules, the same for every caller (the sandbox's expect endpoint and its event filters):
// - an object matches when every member of the expected object matches the actual member of that
//   name (the actual object may have more members);
// - an array matches an array of the same length whose elements match element by element;
// - numbers match by value (12.5 matches 12.50 and 1.25e1), not by their literal text;
// - anything else matches only an equal value of the same kind ("12.5" is not 12.5).

// True when actual is what expected asks for, by the rules above.
bool jsonMatches(const JsonValue &expected, const JsonValue &actual);
// The same rules but for objects, which must have the same members, no more: equality up to
// number spelling and member order (a filter's "the value at /x equals V").
bool jsonEquivalent(const JsonValue &expected, const JsonValue &actual);

// Where actual falls short of expected: one entry per leaf of expected that is absent or different
// (an object or array of the wrong kind or length is one entry, not one per member below it).
struct JsonDifference
{
    QString pointer; // RFC 6901, into both documents: "/properties/total"
    JsonValue expected;
    std::optional<JsonValue> actual; // nullopt: absent

    // "/properties/total is \"12.5\", expected 12.5", "/userId is missing (expected \"u1\")".
    QString describe() const;
};

// Differences in document order, at most limit of them (the count of all goes to total).
std::vector<JsonDifference> jsonDifferences(
    const JsonValue &expected, const JsonValue &actual, int limit, int *total = nullptr);

} // namespace ewb
