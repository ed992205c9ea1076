// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"

#include <QString>

#include <vector>

namespace ewb {

// The undo history of one payload: each step keeps the states before and after it. JSON trees are
// shared between states (json/jsonvalue.h), so a step costs what it changed, not the whole
// payload; the history is bounded by that cost as well as by its number of steps, dropping the
// oldest steps first. A value; RequestDocument owns one.
struct UndoLimits
{
    int steps = 500;
    qint64 bytes = 64 * 1024 * 1024;
};

class PayloadHistory
{
public:
    PayloadHistory() = default;
    explicit PayloadHistory(UndoLimits limits) : m_limits(limits) { }

    // Records an edit. A step with the same non-negative mergeId as the last one folds into it
    // (typing a word is one step), unless an undo happened in between.
    void push(const QString &description, const Payload &before, const Payload &after, int mergeId);
    void clear();

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < qsizetype(m_steps.size()); }
    QString undoText() const;
    QString redoText() const;
    // The state to show after undoing or redoing; nullptr when there is nothing to undo or redo.
    const Payload *undo();
    const Payload *redo();

    qsizetype stepCount() const { return qsizetype(m_steps.size()); }
    qint64 bytes() const { return m_bytes; }

private:
    struct Step
    {
        QString description;
        Payload before;
        Payload after;
        int mergeId = -1;
        qint64 cost = 0;
    };
    void trim();

    UndoLimits m_limits;
    std::vector<Step> m_steps;
    qsizetype m_index = 0; // steps before it are done
    qint64 m_bytes = 0;
    bool m_mergeable = false;
};

// Bytes held by now that are not shared with before (strings, number literals and containers),
// roughly what keeping both costs over keeping one.
qint64 unsharedBytes(const JsonValue &now, const JsonValue &before);
qint64 unsharedBytes(const JsonObject &now, const JsonObject &before);

} // namespace ewb
