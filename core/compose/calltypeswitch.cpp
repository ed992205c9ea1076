// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "calltypeswitch.h"

#include "batchedit.h"
#include "fieldcatalog.h"

#include <array>

namespace ewb {

namespace {
constexpr std::array<QStringView, 7> typeSpecific = {
    u"event", u"name", u"groupId", u"previousId", u"traits", u"properties", u"category"};

bool belongsTo(QStringView key, CallType type)
{
    if (key == attributesKey(type))
        return true;
    for (const FormField &f : formFields(type)) {
        if (f.key == key)
            return true;
    }
    return key == u"category" && (type == CallType::Page || type == CallType::Screen);
}
} // namespace

Payload switchCallType(const Payload &payload, CallType to)
{
    if (payload.type() == to)
        return payload;
    if (to == CallType::Batch) {
        Payload batch(CallType::Batch);
        if (!payload.body().isEmpty())
            batch.batchItems().push_back(JsonValue(payload.body()));
        return batch;
    }
    Payload from = payload;
    if (from.isBatch()) {
        from = from.batchItems().empty() ? newCall(to) : batchItemAsCall(from, 0);
        if (from.type() == to)
            return from;
    }
    Payload out(to, from.body());
    out.setField(QStringLiteral("type"), callTypeName(to));
    for (QStringView key : typeSpecific) {
        if (!belongsTo(key, to))
            out.removeField(key);
    }
    return out;
}

} // namespace ewb
