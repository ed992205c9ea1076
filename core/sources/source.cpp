// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "source.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class SourceText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Source)
};
} // namespace

Source Source::create(const QString &name, Region region, const QUrl &customBaseUrl)
{
    Source s;
    s.id = QUuid::createUuid();
    s.name = name;
    s.region = region;
    if (region == Region::Custom)
        s.customBaseUrl = customBaseUrl;
    return s;
}

QUrl Source::baseUrl() const
{
    return region == Region::Custom ? customBaseUrl : regionBaseUrl(region);
}

JsonObject Source::toJson() const
{
    JsonObject o;
    o.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("region"), regionName(region));
    if (region == Region::Custom)
        o.insert(QStringLiteral("baseUrl"), customBaseUrl.toString());
    o.insert(QStringLiteral("strictMode"), strictMode);
    if (defaultContext)
        o.insert(QStringLiteral("defaultContext"), *defaultContext);
    return o;
}

Result<Source> Source::fromJson(const JsonValue &value)
{
    auto bad = [](const QString &why) { return Error {QStringLiteral("source.bad-field"), why}; };
    if (!value.isObject())
        return bad(SourceText::tr("a source is %1, not an object").arg(JsonValue::kindName(value.kind())));
    const JsonObject &o = value.object();
    Source s;
    s.id = QUuid::fromString(o.value(u"id").toString());
    if (s.id.isNull())
        return bad(SourceText::tr("a source has no valid \"id\""));
    s.name = o.value(u"name").toString().trimmed();
    if (s.name.isEmpty())
        return bad(SourceText::tr("source %1 has no \"name\"").arg(s.id.toString(QUuid::WithoutBraces)));
    const auto region = regionFromName(o.value(u"region").toString());
    if (!region)
        return bad(SourceText::tr("source \"%1\" has no valid \"region\" (us, eu or custom)").arg(s.name));
    s.region = *region;
    if (s.region == Region::Custom) {
        auto url = validateCustomBaseUrl(o.value(u"baseUrl").toString());
        if (!url)
            return bad(SourceText::tr("source \"%1\": %2").arg(s.name, url.error().message));
        s.customBaseUrl = url.value();
    }
    if (const JsonValue *strict = o.find(u"strictMode")) {
        if (!strict->isBool())
            return bad(SourceText::tr("source \"%1\": \"strictMode\" must be true or false").arg(s.name));
        s.strictMode = strict->toBool();
    }
    if (const JsonValue *context = o.find(u"defaultContext"); context && !context->isNull()) {
        if (!context->isObject())
            return bad(SourceText::tr("source \"%1\": \"defaultContext\" must be an object").arg(s.name));
        s.defaultContext = context->object();
    }
    return s;
}

} // namespace ewb
