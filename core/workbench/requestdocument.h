// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "payloadhistory.h"
#include "util/result.h"

#include <QObject>

namespace ewb {

// The request being edited (Tiled's Document, Qt Creator's IDocument): one payload that the form,
// the JSON tab and the batch composer all edit and show, with its undo history.
//
// While the JSON tab is being typed in, its text is the truth: setText() holds it as pending, a
// background check may adopt it once it parses, and flush() makes it the payload synchronously.
// Whatever acts on the request (send, save, copy, autosave, close) calls flush() first, so it
// never acts on an older payload than the text shown; text that does not parse is an error
// saying where, and the payload is left as it was.
class RequestDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDocument)

public:
    // Who made a change, so that the one who made it is not refreshed under the user's fingers.
    enum class Origin { Form, Json, History, Load };

    explicit RequestDocument(QObject *parent = nullptr);

    // The last payload the text parsed to; see flush().
    const Payload &payload() const { return m_payload; }

    // Records an edit as an undo step. Edits with the same non-negative mergeId in a row fold into
    // one step (typing a word is one step, not one per letter). Drops pending text.
    void edit(const Payload &payload, Origin origin, const QString &description, int mergeId = -1);
    // Replaces the payload and clears the undo history (a new document, a request opened).
    void load(const Payload &payload);
    // Restores a draft: its payload when it parses, else the text itself, kept pending, and the
    // payload a new call of fallbackType.
    void loadText(const QString &text, CallType fallbackType);

    // --- the JSON tab's text ---
    // The user's text; the truth until it is adopted or flushed. Returns its revision.
    quint64 setText(const QString &text);
    bool hasPendingText() const { return m_pending; }
    const QString &pendingText() const { return m_text; }
    quint64 textRevision() const { return m_revision; }
    // A background parse of revision gave payload: adopted only if the text is still that one.
    void adoptParsedText(quint64 revision, const Payload &payload);
    // Makes the pending text the payload, now. The payload when there is no pending text.
    Result<Payload> flush();
    // What the draft keeps: the pending text as typed (even when it does not parse), otherwise the
    // payload, indented.
    QString draftText() const;

    // --- undo ---
    bool canUndo() const { return m_history.canUndo(); }
    bool canRedo() const { return m_history.canRedo(); }
    QString undoText() const { return m_history.undoText(); }
    QString redoText() const { return m_history.redoText(); }
    void undo();
    void redo();
    void clearUndo();
    const PayloadHistory &history() const { return m_history; }

signals:
    void changed(ewb::RequestDocument::Origin origin);
    void undoStateChanged();

private:
    void apply(const Payload &payload, Origin origin);

    Payload m_payload;
    PayloadHistory m_history;
    QString m_text;
    bool m_pending = false;
    quint64 m_revision = 0;
};

} // namespace ewb
