// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "batchedit.h"

#include <QCoreApplication>
#include <QStringList>

namespace ewb {

namespace {
// The translation context of this file's messages.
class BatchEdit
{
    Q_DECLARE_TR_FUNCTIONS(ewb::BatchEdit)
};
} // namespace

Payload newCall(CallType type)
{
    Payload p(type);
    if (type != CallType::Batch)
        p.setField(QStringLiteral("type"), callTypeName(type));
    return p;
}

bool addBatchItem(Payload &batch, CallType type, qsizetype at)
{
    if (!batch.isBatch() || type == CallType::Batch)
        return false;
    JsonArray &items = batch.batchItems();
    if (at < 0 || at > qsizetype(items.size()))
        at = qsizetype(items.size());
    items.insert(items.begin() + at, JsonValue(newCall(type).body()));
    return true;
}

bool duplicateBatchItem(Payload &batch, qsizetype index)
{
    JsonArray &items = batch.batchItems();
    if (!batch.isBatch() || index < 0 || index >= qsizetype(items.size()))
        return false;
    JsonValue copy = items[index];
    if (copy.isObject())
        copy.object().remove(u"messageId"); // a copy with the same id would be de-duplicated away
    items.insert(items.begin() + index + 1, std::move(copy));
    return true;
}

bool removeBatchItem(Payload &batch, qsizetype index)
{
    JsonArray &items = batch.batchItems();
    if (!batch.isBatch() || index < 0 || index >= qsizetype(items.size()))
        return false;
    items.erase(items.begin() + index);
    return true;
}

bool moveBatchItem(Payload &batch, qsizetype from, qsizetype to)
{
    JsonArray &items = batch.batchItems();
    const auto n = qsizetype(items.size());
    if (!batch.isBatch() || from < 0 || from >= n || to < 0 || to >= n || from == to)
        return false;
    JsonValue moving = std::move(items[from]);
    items.erase(items.begin() + from);
    items.insert(items.begin() + to, std::move(moving));
    return true;
}

Payload batchItemAsCall(const Payload &batch, qsizetype index)
{
    const JsonArray &items = batch.batchItems();
    if (index < 0 || index >= qsizetype(items.size()) || !items[index].isObject())
        return newCall(CallType::Track);
    const JsonObject &item = items[index].object();
    const auto type = callTypeFromName(item.value(u"type").toString());
    return Payload(type && *type != CallType::Batch ? *type : CallType::Track, item);
}

bool replaceBatchItem(Payload &batch, qsizetype index, const Payload &call)
{
    JsonArray &items = batch.batchItems();
    if (!batch.isBatch() || index < 0 || index >= qsizetype(items.size()))
        return false;
    items[index] = JsonValue(call.body());
    return true;
}

QString batchItemSummary(const JsonValue &item)
{
    if (!item.isObject())
        return BatchEdit::tr("(not an object)");
    const JsonObject &o = item.object();
    QStringList parts;
    const QString type = o.value(u"type").toString();
    parts << (type.isEmpty() ? BatchEdit::tr("(no type)") : type);
    for (const auto key : {u"event", u"name", u"groupId"}) {
        const QString v = o.value(key).toString();
        if (!v.isEmpty()) {
            parts << v;
            break;
        }
    }
    const QString user = o.value(u"userId").toString();
    const QString anon = o.value(u"anonymousId").toString();
    if (!user.isEmpty())
        parts << BatchEdit::tr("user %1").arg(user);
    else if (!anon.isEmpty())
        parts << BatchEdit::tr("anonymous %1").arg(anon);
    return parts.join(QStringLiteral(" · "));
}

} // namespace ewb
