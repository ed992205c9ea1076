#include "composerdocument.h"

#include <QUndoCommand>

namespace ewb {

class PayloadEditCommand final : public QUndoCommand
{
public:
    PayloadEditCommand(ComposerDocument *doc, Payload before, Payload after, ComposerDocument::Origin origin,
        const QString &text, int mergeId)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)),
          m_origin(origin), m_mergeId(mergeId)
    { }

    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PayloadEditCommand *>(other);
        m_after = next->m_after;
        return true;
    }
    // The first redo() happens on push: the editor already shows the new state then.
    void redo() override
    {
        if (m_pushed)
            m_doc->apply(m_after, ComposerDocument::Origin::History);
        else
            m_doc->apply(m_after, m_origin);
        m_pushed = true;
    }
    void undo() override { m_doc->apply(m_before, ComposerDocument::Origin::History); }

private:
    ComposerDocument *m_doc;
    Payload m_before;
    Payload m_after;
    ComposerDocument::Origin m_origin;
    int m_mergeId;
    bool m_pushed = false;
};

ComposerDocument::ComposerDocument(QObject *parent) : QObject(parent)
{
    m_undo.setUndoLimit(500);
}

void ComposerDocument::edit(const Payload &payload, Origin origin, const QString &description, int mergeId)
{
    if (payload == m_payload)
        return;
    m_undo.push(new PayloadEditCommand(this, m_payload, payload, origin, description, mergeId));
}

void ComposerDocument::load(const Payload &payload)
{
    m_undo.clear();
    apply(payload, Origin::Load);
}

void ComposerDocument::apply(const Payload &payload, Origin origin)
{
    m_payload = payload;
    emit changed(origin);
}

} // namespace ewb
