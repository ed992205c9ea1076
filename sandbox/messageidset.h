// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringView>

#include <deque>
#include <unordered_set>

namespace ewb {

// The messageIds a sandbox accepted lately, to count a repeated one as a duplicate: the last
// `capacity` of them, the oldest forgotten first. Kept as 128-bit digests (two independently seeded
// hashes; a false duplicate among a million ids has a chance of about 10^-27): 16 bytes an id,
// where the ids' own strings kept about 100 bytes each alive after their events had left the ring
// (100 MB for a million) and hashing them into a set was a tenth of a backfill's cost to the sandbox.
class MessageIdSet
{
public:
    explicit MessageIdSet(size_t capacity) : m_capacity(capacity) { }

    bool contains(QStringView id) const { return m_digests.contains(digest(id)); }
    // Remembers id (once; again is a no-op), forgetting the oldest past capacity.
    void insert(QStringView id);
    void clear();
    size_t size() const { return m_digests.size(); }

private:
    struct Digest
    {
        quint64 first = 0;
        quint64 second = 0;
        bool operator==(const Digest &) const = default;
    };
    struct DigestHash
    {
        size_t operator()(const Digest &d) const noexcept { return size_t(d.first); }
    };
    static Digest digest(QStringView id);

    size_t m_capacity;
    std::unordered_set<Digest, DigestHash> m_digests;
    std::deque<Digest> m_order; // oldest first
};

} // namespace ewb
