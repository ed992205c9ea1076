// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "fieldcatalog.h"

#include <QCoreApplication>

namespace ewb {

namespace {

// The translation context of this file's messages.
class FieldCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ewb::FieldCatalog)
};

FormField field(const char16_t *key, const QString &label, bool required, const QString &hint = {})
{
    return FormField {QString::fromUtf16(key), label, required, false, hint};
}
FormField idField(const char16_t *key, const QString &label, const QString &hint)
{
    return FormField {QString::fromUtf16(key), label, false, true, hint};
}
JsonObject object(std::initializer_list<std::pair<const char16_t *, JsonValue>> members)
{
    JsonObject o;
    for (const auto &[key, value] : members)
        o.insert(QString::fromUtf16(key), value);
    return o;
}
} // namespace

QList<FormField> formFields(CallType type)
{
    QList<FormField> fields;
    if (type == CallType::Batch)
        return fields;
    if (type == CallType::Alias) {
        fields << field(u"userId", FieldCatalog::tr("User ID"), true, FieldCatalog::tr("the id to keep"))
               << field(u"previousId", FieldCatalog::tr("Previous ID"), true,
                      FieldCatalog::tr("the id to merge into it (an anonymousId or old userId)"));
        return fields;
    }
    fields << idField(u"userId", FieldCatalog::tr("User ID"), FieldCatalog::tr("your id for the person"))
           << idField(u"anonymousId", FieldCatalog::tr("Anonymous ID"),
                  FieldCatalog::tr("a device or cookie id"));
    switch (type) {
    case CallType::Track:
        fields << field(u"event", FieldCatalog::tr("Event"), true, QStringLiteral("Order Completed"));
        break;
    case CallType::Page:
        fields << field(u"name", FieldCatalog::tr("Page name"), false, FieldCatalog::tr("Pricing"));
        break;
    case CallType::Screen:
        fields << field(u"name", FieldCatalog::tr("Screen name"), false, FieldCatalog::tr("Home"));
        break;
    case CallType::Group:
        fields << field(
            u"groupId", FieldCatalog::tr("Group ID"), true, FieldCatalog::tr("the object's id, e.g. acme"));
        break;
    default: break;
    }
    return fields;
}

QString attributesKey(CallType type)
{
    switch (type) {
    case CallType::Identify:
    case CallType::Group: return QStringLiteral("traits");
    case CallType::Track:
    case CallType::Page:
    case CallType::Screen: return QStringLiteral("properties");
    default: return {};
    }
}

QStringList attributeSuggestions(CallType type)
{
    switch (type) {
    case CallType::Identify:
        return {QStringLiteral("email"), QStringLiteral("createdAt"), QStringLiteral("unsubscribed"),
            QStringLiteral("cio_subscription_preferences"), QStringLiteral("name"),
            QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("phone"),
            QStringLiteral("plan"), QStringLiteral("company"), QStringLiteral("title")};
    case CallType::Group:
        return {QStringLiteral("object_type_id"), QStringLiteral("relationshipAttributes"),
            QStringLiteral("name"), QStringLiteral("industry"), QStringLiteral("plan"),
            QStringLiteral("employees")};
    case CallType::Track:
        return {QStringLiteral("revenue"), QStringLiteral("currency"), QStringLiteral("value"),
            QStringLiteral("objectId"), QStringLiteral("deliveryId"), QStringLiteral("metric")};
    case CallType::Page:
        return {QStringLiteral("path"), QStringLiteral("url"), QStringLiteral("title"),
            QStringLiteral("referrer"), QStringLiteral("search")};
    case CallType::Screen: return {QStringLiteral("category"), QStringLiteral("title")};
    default: return {};
    }
}

QList<ContextPreset> contextPresets()
{
    return {
        {FieldCatalog::tr("Library"), QStringLiteral("library"),
            object(
                {{u"name", QStringLiteral("event-workbench")}, {u"version", QStringLiteral(EWB_VERSION)}})},
        {FieldCatalog::tr("Page"), QStringLiteral("page"),
            object({{u"path", QStringLiteral("/pricing")}, {u"referrer", QStringLiteral("")},
                {u"title", QStringLiteral("Pricing")},
                {u"url", QStringLiteral("https://example.com/pricing")}})},
        {FieldCatalog::tr("Device"), QStringLiteral("device"),
            object({{u"id", QStringLiteral("device-1")}, {u"manufacturer", QStringLiteral("Apple")},
                {u"model", QStringLiteral("iPhone15,2")}, {u"type", QStringLiteral("ios")},
                {u"token", QStringLiteral("")}})},
        {FieldCatalog::tr("Campaign"), QStringLiteral("campaign"),
            object({{u"name", QStringLiteral("spring_sale")}, {u"source", QStringLiteral("newsletter")},
                {u"medium", QStringLiteral("email")}})},
        {QStringLiteral("IP"), QStringLiteral("ip"), JsonValue(QStringLiteral("203.0.113.7"))},
        {FieldCatalog::tr("Locale"), QStringLiteral("locale"), JsonValue(QStringLiteral("en-US"))},
    };
}

} // namespace ewb
