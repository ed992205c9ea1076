// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "eventtemplates.h"

#include "validation/semanticevents.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class EventTemplates
{
    Q_DECLARE_TR_FUNCTIONS(ewb::EventTemplates)
};

// Inserts an empty string at a dotted path ("context.device.token") unless something is there.
void ensurePath(JsonObject &object, QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    const QString head = (dot < 0 ? path : path.left(dot)).toString();
    if (dot < 0) {
        if (!object.contains(head))
            object.insert(head, QString());
        return;
    }
    JsonValue *child = object.find(head);
    if (!child) {
        object.insert(head, JsonObject());
        child = object.find(head);
    }
    if (child->isObject())
        ensurePath(child->object(), path.mid(dot + 1));
}
} // namespace

QStringList eventTemplateNames()
{
    QStringList names;
    for (const SemanticEvent &e : semanticEvents())
        names << e.name.toString();
    return names;
}

QString eventTemplateDescription(const QString &name)
{
    const SemanticEvent *e = findSemanticEvent(name);
    if (!e)
        return {};
    QStringList needs;
    if (e->identity == SemanticIdentity::UserId)
        needs << QStringLiteral("userId");
    else if (e->identity == SemanticIdentity::AnonymousId)
        needs << QStringLiteral("anonymousId");
    for (const SemanticField &f : e->fields) {
        if (f.required)
            needs << f.path.toString();
    }
    const QString purpose = semanticEventPurpose(*e);
    if (needs.isEmpty())
        return purpose;
    return EventTemplates::tr("%1; needs %2").arg(purpose, needs.join(QStringLiteral(", ")));
}

Payload applyEventTemplate(const Payload &call, const QString &name)
{
    const SemanticEvent *e = findSemanticEvent(name);
    if (!e || call.isBatch())
        return call;
    Payload out = call;
    out.setStringField(QStringLiteral("event"), name);
    for (const SemanticField &f : e->fields) {
        if (!f.required)
            continue;
        const qsizetype dot = f.path.indexOf(u'.');
        const QString top = f.path.left(dot).toString();
        JsonValue holder = out.body().contains(top) ? out.body().value(top) : JsonValue(JsonObject());
        if (!holder.isObject())
            continue;
        ensurePath(holder.object(), f.path.mid(dot + 1));
        out.setField(top, std::move(holder));
    }
    return out;
}

} // namespace ewb
