// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "requestdocument.h"

#include "compose/batchedit.h"
#include "compose/composecheck.h"
#include "json/jsonwriter.h"

namespace ewb {

namespace {
// Typing in the JSON tab is one undo step until something else is edited.
constexpr int jsonMergeId = 50;
} // namespace

RequestDocument::RequestDocument(QObject *parent) : QObject(parent) { }

void RequestDocument::edit(const Payload &payload, Origin origin, const QString &description, int mergeId)
{
    m_pending = false;
    m_text.clear();
    if (payload == m_payload)
        return;
    m_history.push(description, m_payload, payload, mergeId);
    apply(payload, origin);
    emit undoStateChanged();
}

void RequestDocument::load(const Payload &payload)
{
    m_pending = false;
    m_text.clear();
    m_history.clear();
    apply(payload, Origin::Load);
    emit undoStateChanged();
}

void RequestDocument::loadText(const QString &text, CallType fallbackType)
{
    Result<Payload> parsed = parseComposeText(text, fallbackType);
    load(parsed ? parsed.value() : newCall(fallbackType));
    if (!parsed)
        setText(text);
}

quint64 RequestDocument::setText(const QString &text)
{
    m_text = text;
    m_pending = true;
    return ++m_revision;
}

void RequestDocument::adoptParsedText(quint64 revision, const Payload &payload)
{
    if (!m_pending || revision != m_revision)
        return; // typed since: the newer text is the truth
    edit(payload, Origin::Json, tr("Edit JSON"), jsonMergeId);
}

Result<Payload> RequestDocument::flush()
{
    if (!m_pending)
        return m_payload;
    Result<Payload> parsed = parseComposeText(m_text, m_payload.type());
    if (!parsed)
        return Error {QStringLiteral("request.text-invalid"),
            tr("The JSON does not parse (%1): fix it or undo to the last good version.")
                .arg(parsed.error().message)};
    edit(parsed.value(), Origin::Json, tr("Edit JSON"), jsonMergeId);
    return m_payload;
}

QString RequestDocument::draftText() const
{
    if (m_pending)
        return m_text;
    return QString::fromUtf8(writeJson(JsonValue(m_payload.body()), JsonStyle::Pretty));
}

void RequestDocument::undo()
{
    if (m_pending) {
        // The first undo drops what was typed since the text last parsed: back to the last good one.
        m_pending = false;
        apply(m_payload, Origin::History);
        return;
    }
    if (const Payload *state = m_history.undo()) {
        apply(*state, Origin::History);
        emit undoStateChanged();
    }
}

void RequestDocument::redo()
{
    m_pending = false;
    if (const Payload *state = m_history.redo()) {
        apply(*state, Origin::History);
        emit undoStateChanged();
    }
}

void RequestDocument::clearUndo()
{
    m_history.clear();
    emit undoStateChanged();
}

void RequestDocument::apply(const Payload &payload, Origin origin)
{
    m_payload = payload;
    emit changed(origin);
}

} // namespace ewb
