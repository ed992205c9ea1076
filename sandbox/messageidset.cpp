// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "messageidset.h"

#include <QHashFunctions>

namespace ewb {

MessageIdSet::Digest MessageIdSet::digest(QStringView id)
{
    // Fixed seeds: the same id gives the same digest in every run (a restored store's ids too).
    return Digest {
        quint64(qHash(id, size_t(0x9E3779B97F4A7C15ULL))), quint64(qHash(id, size_t(0xC2B2AE3D27D4EB4FULL)))};
}

void MessageIdSet::insert(QStringView id)
{
    const Digest d = digest(id);
    if (!m_digests.insert(d).second)
        return;
    m_order.push_back(d);
    if (m_order.size() > m_capacity) {
        m_digests.erase(m_order.front());
        m_order.pop_front();
    }
}

void MessageIdSet::clear()
{
    m_digests.clear();
    m_order.clear();
}

} // namespace ewb
