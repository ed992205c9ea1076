// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringView>

#include <deque>
#include <vector>

namespace ewb {

// The messageIds a sandbox accepted lately, to count a repeated one as a duplicate: the last
// `capacity` of them, the oldest forgotten first. Kept as 128-bit digests (two independently seeded
// hashes; a false duplicate among a million ids has a chance of about 10^-27) in an open-addressing
// table (linear probing, at most half full) beside their order: under 64 bytes an id, and one probe
// an event, mostly. The ids' own strings kept about 100 bytes each alive after their events had left
// the ring, and a hash set of them, then of nodes, was a tenth of a backfill's cost to the sandbox.
class MessageIdSet
{
public:
    explicit MessageIdSet(size_t capacity) : m_capacity(capacity) { }

    bool contains(QStringView id) const;
    // Remembers id, forgetting the oldest past capacity; false when it was remembered already
    // (a duplicate), and then nothing changes.
    bool insert(QStringView id);
    void clear();
    size_t size() const { return m_order.size(); }

private:
    struct Digest
    {
        quint64 first = 0;
        quint64 second = 0; // never both 0: that is an empty slot
        bool isEmpty() const { return first == 0 && second == 0; }
        bool operator==(const Digest &) const = default;
    };
    static Digest digest(QStringView id);
    size_t home(const Digest &d) const { return size_t(d.first) & (m_slots.size() - 1); }
    // The slot holding d, or the empty one where it would go.
    size_t find(const Digest &d) const;
    void erase(const Digest &d);
    void grow();

    size_t m_capacity;
    std::vector<Digest> m_slots; // a power of two of them, or none yet
    std::deque<Digest> m_order; // oldest first
};

} // namespace ewb
