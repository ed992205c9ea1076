// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "payloadhistory.h"

namespace ewb {

qint64 unsharedBytes(const JsonObject &now, const JsonObject &before)
{
    qint64 n = qint64(sizeof(JsonObject));
    for (const auto &[key, value] : now.members()) {
        const JsonValue *old = before.find(key);
        n += qint64(sizeof(JsonObject::Member)) + (old ? unsharedBytes(value, *old) : jsonFootprint(value));
    }
    return n;
}

qint64 unsharedBytes(const JsonValue &now, const JsonValue &before)
{
    if (now.sharesDataWith(before))
        return 0;
    if (now.isArray() && before.isArray()) {
        const JsonArray &a = now.array();
        const JsonArray &b = before.array();
        qint64 n = qint64(sizeof(JsonArray) + a.size() * sizeof(JsonValue));
        for (size_t i = 0; i < a.size(); ++i)
            n += i < b.size() ? unsharedBytes(a[i], b[i]) : jsonFootprint(a[i]);
        return n;
    }
    if (now.isObject() && before.isObject())
        return unsharedBytes(now.object(), before.object());
    // Strings share their text too (QString), but a changed leaf is small: count it.
    return jsonFootprint(now);
}

void PayloadHistory::push(
    const QString &description, const Payload &before, const Payload &after, int mergeId)
{
    // What was undone can no longer be redone.
    for (auto it = m_steps.begin() + m_index; it != m_steps.end(); ++it)
        m_bytes -= it->cost;
    m_steps.resize(size_t(m_index));
    if (m_mergeable && mergeId >= 0 && !m_steps.empty() && m_steps.back().mergeId == mergeId) {
        Step &last = m_steps.back();
        m_bytes -= last.cost;
        last.after = after;
        last.cost = unsharedBytes(after.body(), last.before.body());
        m_bytes += last.cost;
    } else {
        Step step {description, before, after, mergeId, unsharedBytes(after.body(), before.body())};
        m_bytes += step.cost;
        m_steps.push_back(std::move(step));
    }
    m_index = qsizetype(m_steps.size());
    m_mergeable = true;
    trim();
}

void PayloadHistory::trim()
{
    qsizetype drop = 0;
    qint64 bytes = m_bytes;
    // The newest step is always kept, however big: one undo of a huge paste must still work.
    while (qsizetype(m_steps.size()) - drop > 1 &&
        (qsizetype(m_steps.size()) - drop > m_limits.steps || bytes > m_limits.bytes)) {
        bytes -= m_steps[size_t(drop)].cost;
        ++drop;
    }
    if (drop == 0)
        return;
    m_steps.erase(m_steps.begin(), m_steps.begin() + drop);
    m_index = std::max<qsizetype>(0, m_index - drop);
    m_bytes = bytes;
}

void PayloadHistory::clear()
{
    m_steps.clear();
    m_index = 0;
    m_bytes = 0;
    m_mergeable = false;
}

QString PayloadHistory::undoText() const
{
    return canUndo() ? m_steps[size_t(m_index - 1)].description : QString();
}

QString PayloadHistory::redoText() const
{
    return canRedo() ? m_steps[size_t(m_index)].description : QString();
}

const Payload *PayloadHistory::undo()
{
    if (!canUndo())
        return nullptr;
    m_mergeable = false;
    --m_index;
    return &m_steps[size_t(m_index)].before;
}

const Payload *PayloadHistory::redo()
{
    if (!canRedo())
        return nullptr;
    m_mergeable = false;
    ++m_index;
    return &m_steps[size_t(m_index - 1)].after;
}

} // namespace ewb
