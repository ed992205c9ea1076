// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "messageidset.h"

#include <QHashFunctions>

namespace ewb {

MessageIdSet::Digest MessageIdSet::digest(QStringView id)
{
    // Fixed seeds: the same id gives the same digest in every run (a restored store's ids too).
    Digest d {
        quint64(qHash(id, size_t(0x9E3779B97F4A7C15ULL))), quint64(qHash(id, size_t(0xC2B2AE3D27D4EB4FULL)))};
    if (d.isEmpty())
        d.second = 1;
    return d;
}

size_t MessageIdSet::find(const Digest &d) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = home(d);
    while (!m_slots[i].isEmpty() && !(m_slots[i] == d))
        i = (i + 1) & mask;
    return i;
}

bool MessageIdSet::contains(QStringView id) const
{
    if (m_slots.empty())
        return false;
    return !m_slots[find(digest(id))].isEmpty();
}

bool MessageIdSet::insert(QStringView id)
{
    if (m_capacity == 0)
        return true;
    if (m_slots.empty() || 2 * (m_order.size() + 1) > m_slots.size())
        grow();
    const Digest d = digest(id);
    const size_t at = find(d);
    if (!m_slots[at].isEmpty())
        return false;
    m_slots[at] = d;
    m_order.push_back(d);
    if (m_order.size() > m_capacity) {
        erase(m_order.front());
        m_order.pop_front();
    }
    return true;
}

// Backward-shift deletion: the entries after the hole that may move into it do, so that every
// entry stays reachable from its home without tombstones.
void MessageIdSet::erase(const Digest &d)
{
    const size_t mask = m_slots.size() - 1;
    size_t hole = find(d);
    if (m_slots[hole].isEmpty())
        return;
    m_slots[hole] = Digest {};
    for (size_t j = (hole + 1) & mask; !m_slots[j].isEmpty(); j = (j + 1) & mask) {
        const size_t k = home(m_slots[j]);
        // Whether k, the entry's home, lies cyclically in (hole, j]: then it must stay.
        const bool stays = hole <= j ? (hole < k && k <= j) : (hole < k || k <= j);
        if (stays)
            continue;
        m_slots[hole] = m_slots[j];
        m_slots[j] = Digest {};
        hole = j;
    }
}

void MessageIdSet::grow()
{
    std::vector<Digest> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : 2 * old.size(), Digest {});
    for (const Digest &d : old) {
        if (!d.isEmpty())
            m_slots[find(d)] = d;
    }
}

void MessageIdSet::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_order.clear();
}

} // namespace ewb
