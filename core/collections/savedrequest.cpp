// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "savedrequest.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace ewb {

namespace {
// The translation context of this file's messages.
class SavedRequestText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SavedRequest)
};
} // namespace

JsonValue Auth::toJson() const
{
    JsonObject o;
    switch (kind) {
    case Kind::Inherit: return JsonValue();
    case Kind::None: o.insert(QStringLiteral("type"), QStringLiteral("none")); break;
    case Kind::Basic:
        o.insert(QStringLiteral("type"), QStringLiteral("basic"));
        o.insert(QStringLiteral("username"), username);
        o.insert(QStringLiteral("password"), password);
        break;
    }
    return JsonValue(std::move(o));
}

Result<Auth> Auth::fromJson(const JsonValue &value)
{
    if (value.isNull())
        return Auth {};
    if (!value.isObject())
        return Error {QStringLiteral("auth.shape"),
            SavedRequestText::tr("\"auth\" must be an object such as {\"type\": \"basic\", ...}")};
    const QString type = value.object().value(u"type").toString();
    if (type == QLatin1String("none"))
        return Auth {Auth::Kind::None, {}, {}};
    if (type == QLatin1String("basic"))
        return Auth::basic(
            value.object().value(u"username").toString(), value.object().value(u"password").toString());
    if (type == QLatin1String("inherit"))
        return Auth {};
    return Error {QStringLiteral("auth.type"),
        SavedRequestText::tr("unknown auth type \"%1\": use \"basic\", \"none\" or \"inherit\"").arg(type)};
}

JsonValue RequestTarget::toJson() const
{
    if (isEmpty())
        return JsonValue();
    JsonObject o;
    if (!sourceName.isEmpty())
        o.insert(QStringLiteral("source"), sourceName);
    if (!sourceId.isNull())
        o.insert(QStringLiteral("sourceId"), sourceId.toString(QUuid::WithoutBraces));
    if (!baseUrl.isEmpty())
        o.insert(QStringLiteral("baseUrl"), baseUrl);
    return JsonValue(std::move(o));
}

Result<RequestTarget> RequestTarget::fromJson(const JsonValue &value)
{
    if (value.isNull())
        return RequestTarget {};
    if (!value.isObject())
        return Error {QStringLiteral("target.shape"),
            SavedRequestText::tr("\"target\" must be an object: {\"source\": NAME} or {\"baseUrl\": URL}")};
    const JsonObject &o = value.object();
    RequestTarget t;
    t.sourceName = o.value(u"source").toString();
    t.sourceId = QUuid::fromString(o.value(u"sourceId").toString());
    t.baseUrl = o.value(u"baseUrl").toString();
    if (o.contains(u"key") || o.contains(u"apiKey"))
        return Error {QStringLiteral("target.key"),
            SavedRequestText::tr("\"target\" holds a key: keys belong in the keychain; remove it and use a "
                                 "source or a secret variable")};
    return t;
}

void SavedRequest::setBodyText(const QString &text)
{
    Result<JsonValue> parsed = parseJson(text.toUtf8());
    if (parsed && parsed->isObject()) {
        body = std::move(parsed->object());
        bodyText.clear();
    } else {
        body.reset();
        bodyText = text;
    }
}

QString SavedRequest::bodyAsText() const
{
    if (body)
        return QString::fromUtf8(writeJson(JsonValue(*body), JsonStyle::Pretty));
    return bodyText;
}

JsonObject SavedRequest::toJson() const
{
    JsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("type"), callTypeName(type));
    if (body)
        o.insert(QStringLiteral("body"), *body);
    else
        o.insert(QStringLiteral("bodyText"), bodyText);
    if (JsonValue t = target.toJson(); !t.isNull())
        o.insert(QStringLiteral("target"), std::move(t));
    if (JsonValue a = auth.toJson(); !a.isNull())
        o.insert(QStringLiteral("auth"), std::move(a));
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), notes);
    if (JsonValue e = expect.toJson(); !e.isNull())
        o.insert(QStringLiteral("expect"), std::move(e));
    return o;
}

Result<SavedRequest> SavedRequest::fromJson(const JsonValue &value)
{
    if (!value.isObject())
        return Error {QStringLiteral("request.shape"),
            SavedRequestText::tr("a saved request file must hold an object")};
    const JsonObject &o = value.object();
    SavedRequest r;
    r.name = o.value(u"name").toString();
    const auto type = callTypeFromName(o.value(u"type").toString());
    if (!type)
        return Error {QStringLiteral("request.type"),
            SavedRequestText::tr("\"type\" must be identify, track, page, screen, group, alias or batch")};
    r.type = *type;
    if (const JsonValue *b = o.find(u"body"); b && !b->isNull()) {
        if (!b->isObject())
            return Error {QStringLiteral("request.body"),
                SavedRequestText::tr("\"body\" must be a JSON object (or use \"bodyText\" for text)")};
        r.body = b->object();
        canonicalizeBodyOrder(*r.body);
    } else if (const JsonValue *text = o.find(u"bodyText"); text && text->isString()) {
        r.bodyText = text->toString();
    } else {
        r.body = JsonObject();
    }
    Result<RequestTarget> target = RequestTarget::fromJson(o.value(u"target"));
    if (!target)
        return target.error();
    r.target = target.value();
    Result<Auth> auth = Auth::fromJson(o.value(u"auth"));
    if (!auth)
        return auth.error();
    r.auth = auth.value();
    r.notes = o.value(u"notes").toString();
    Result<Expectations> expect = Expectations::fromJson(o.value(u"expect"));
    if (!expect)
        return expect.error();
    r.expect = expect.value();
    return r;
}

QByteArray SavedRequest::toFileBytes() const
{
    QByteArray out = writeJson(JsonValue(toJson()), JsonStyle::Pretty, KeyOrder::Sorted);
    out += '\n';
    return out;
}

void canonicalizeBodyOrder(JsonObject &body)
{
    const auto byRank = [](const JsonObject::Member &a, const JsonObject::Member &b) {
        return Payload::fieldRank(a.first) < Payload::fieldRank(b.first);
    };
    std::stable_sort(body.members().begin(), body.members().end(), byRank);
    if (JsonValue *batch = body.find(u"batch"); batch && batch->isArray()) {
        for (JsonValue &item : batch->array()) {
            if (item.isObject())
                std::stable_sort(item.object().members().begin(), item.object().members().end(), byRank);
        }
    }
}

QString suggestedRequestName(const Payload &payload)
{
    for (QStringView field : {u"event", u"name"}) {
        if (const QString named = payload.stringField(field).trimmed(); !named.isEmpty())
            return named;
    }
    const QString user = payload.userId().isEmpty() ? payload.anonymousId() : payload.userId();
    const QString type = callTypeTitle(payload.type());
    return user.trimmed().isEmpty() ? type : type + QLatin1Char(' ') + user.trimmed();
}

} // namespace ewb
