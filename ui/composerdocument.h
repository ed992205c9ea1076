#pragma once

#include "model/payload.h"

#include <QObject>
#include <QUndoStack>

namespace ewb {

// The payload being composed: one value that the form, the JSON tab and the batch composer all
// edit and show. Every change goes through the undo stack.
class ComposerDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerDocument)

public:
    // Who made a change, so that the one who made it is not refreshed under the user's fingers.
    enum class Origin { Form, Json, History, Load };

    explicit ComposerDocument(QObject *parent = nullptr);

    const Payload &payload() const { return m_payload; }
    QUndoStack *undoStack() { return &m_undo; }

    // Records an edit. Edits with the same non-negative mergeId in a row fold into one undo step
    // (typing a word is one step, not one per letter).
    void edit(const Payload &payload, Origin origin, const QString &description, int mergeId = -1);
    // Replaces the payload without an undo step (a restored draft, a new document).
    void load(const Payload &payload);

signals:
    void changed(ewb::ComposerDocument::Origin origin);

private:
    friend class PayloadEditCommand;
    void apply(const Payload &payload, Origin origin);

    Payload m_payload;
    QUndoStack m_undo;
};

} // namespace ewb
