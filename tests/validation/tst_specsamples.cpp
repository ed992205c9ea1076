// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The official spec against the validator: every JSON code sample in it validates without errors
// (its warnings asserted exactly), and the semantic events table says what the spec's schemas say.
#include "json/jsonparser.h"
#include "support/diagnosticlines.h"
#include "support/testpaths.h"
#include "validation/semanticevents.h"
#include "validation/validator.h"

#include <QSet>
#include <QTest>

using namespace ewb;
using ewb::test::diagnosticLines;
using ewb::test::lines;

namespace {

const JsonValue &spec()
{
    static const JsonValue document = [] {
        Result<JsonValue> parsed =
            parseJson(test::readFileOrFail(test::sharedPath(QStringLiteral("api/pipelines-openapi.json"))));
        if (!parsed)
            qFatal("the spec does not parse: %s", qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return document;
}

const JsonObject &schemas()
{
    return spec().object().value(u"components").object().value(u"schemas").object();
}

// The body a curl sample sends: the text between the quotes after --data-raw or -d.
QByteArray curlBody(const QString &command)
{
    for (const QLatin1String flag : {QLatin1String("--data-raw '"), QLatin1String("-d '")}) {
        const qsizetype start = command.indexOf(flag);
        if (start < 0)
            continue;
        const qsizetype from = start + flag.size();
        const qsizetype end = command.indexOf(u'\'', from);
        if (end > from)
            return command.mid(from, end - from).toUtf8();
    }
    return {};
}

// Every "required" list in a schema, as dotted paths ("context.device.token").
void collectRequired(const JsonObject &schema, const QString &prefix, QSet<QString> &out)
{
    for (const JsonValue &name : schema.value(u"required").array())
        out.insert(prefix + name.toString());
    const JsonObject &properties = schema.value(u"properties").object();
    for (const auto &member : properties.members())
        collectRequired(member.second.object(), prefix + member.first + QLatin1Char('.'), out);
}

const JsonObject *propertySchema(const JsonObject &schema, QStringView dotted)
{
    const JsonObject *current = &schema;
    for (const QStringView key : dotted.split(u'.')) {
        const JsonValue *next = current->value(u"properties").object().find(key);
        if (!next || !next->isObject())
            return nullptr;
        current = &next->object();
    }
    return current;
}

} // namespace

class TstSpecSamples : public QObject
{
    Q_OBJECT
private slots:
    void samples_data();
    void samples();
    void everySampleIsCovered();
    void semanticTableMatchesSpec_data();
    void semanticTableMatchesSpec();
    void everySemanticSchemaIsInTheTable();
};

// Expected diagnostics of each sample, by path and language. Warnings and infos are allowed, errors
// are not, with one exception: the /batch JSON sample is a placeholder, "{}", which sends nothing.
static const QHash<QString, QStringList> &expectations()
{
    static const QHash<QString, QStringList> table = {
        {QStringLiteral("/identify json"), {}},
        {QStringLiteral("/identify shell"), {}},
        {QStringLiteral("/track json"), lines({"info /receivedAt field.server-set"})},
        {QStringLiteral("/track shell"), {}},
        {QStringLiteral("/page json"),
            lines({"info /receivedAt field.server-set", "info /version field.server-set"})},
        {QStringLiteral("/page shell"), {}},
        {QStringLiteral("/screen json"),
            lines({"info /receivedAt field.server-set", "info /version field.server-set"})},
        {QStringLiteral("/screen shell"), {}},
        // The spec's own sample has trailing commas inside its timestamps ("...387Z,"): warnings, as
        // the API stamps the receipt time instead, but the call is still accepted.
        {QStringLiteral("/group json"),
            lines({"info /receivedAt field.server-set", "warning /receivedAt timestamp.invalid",
                "warning /sentAt timestamp.invalid", "warning /timestamp timestamp.invalid",
                "info /version field.server-set"})},
        {QStringLiteral("/group shell"), {}},
        {QStringLiteral("/alias json"), {}},
        {QStringLiteral("/alias shell"), {}},
        // The documented exception (docs/validation.md): the spec's batch sample is {}, with no calls.
        {QStringLiteral("/batch json"), lines({"error /batch batch.missing"})},
        {QStringLiteral("/batch shell"), {}},
    };
    return table;
}

void TstSpecSamples::samples_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    for (const auto &pathMember : spec().object().value(u"paths").object().members()) {
        const JsonObject &post = pathMember.second.object().value(u"post").object();
        for (const JsonValue &sample : post.value(u"x-codeSamples").array()) {
            const QString lang = sample.object().value(u"lang").toString();
            const QString source = sample.object().value(u"source").toString();
            QByteArray body;
            if (lang == u"json")
                body = source.toUtf8();
            else if (lang == u"shell")
                body = curlBody(source);
            else
                continue; // SDK code, not JSON
            const QString key = pathMember.first + QLatin1Char(' ') + lang;
            QVERIFY2(!body.isEmpty(), qPrintable(key));
            QVERIFY2(expectations().contains(key), qPrintable(QStringLiteral("no expectation for ") + key));
            QTest::addRow("%s", qPrintable(key)) << pathMember.first << body << expectations().value(key);
        }
    }
}

void TstSpecSamples::samples()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const std::optional<CallType> type = callTypeFromPath(path);
    QVERIFY(type);
    Result<Payload> payload = Payload::fromText(body, type);
    QVERIFY2(payload.ok(), qPrintable(payload.ok() ? QString() : payload.error().message));
    ValidationOptions options;
    options.nowMsecsSinceEpoch = 1735689600000; // 2025-01-01
    const PayloadCheck check = checkPayload(payload.value(), options);
    QCOMPARE(diagnosticLines(check.diagnostics), expected);
    if (path != u"/batch" || body.contains("batch"))
        QVERIFY(check.valid());
}

// Each path's JSON and curl samples were all seen: the spec did not grow samples the table misses.
void TstSpecSamples::everySampleIsCovered()
{
    int count = 0;
    for (const auto &pathMember : spec().object().value(u"paths").object().members()) {
        for (const JsonValue &sample :
            pathMember.second.object().value(u"post").object().value(u"x-codeSamples").array()) {
            const QString lang = sample.object().value(u"lang").toString();
            if (lang == u"json" || lang == u"shell")
                ++count;
        }
    }
    QCOMPARE(count, expectations().size());
}

void TstSpecSamples::semanticTableMatchesSpec_data()
{
    QTest::addColumn<int>("index");
    const auto events = semanticEvents();
    for (size_t i = 0; i < events.size(); ++i)
        QTest::addRow("%s", qPrintable(events[i].name.toString())) << int(i);
}

// What our table requires is what the spec's schema requires, except for these documented
// differences (docs/validation.md, "Semantic events"):
// - report_content_event: the schema requires "activityType" but declares only "actionType" (with
//   its enum); we require the declared properties.actionType.
// - Object Deleted: we also require properties.objectId (nothing is deleted without it).
// - Report Delivery Event: we also require properties.deliveryId and properties.metric (the event
//   reports nothing without them).
void TstSpecSamples::semanticTableMatchesSpec()
{
    QFETCH(int, index);
    const SemanticEvent &event = semanticEvents()[size_t(index)];
    const JsonValue *schemaValue = schemas().find(event.specSchema);
    QVERIFY2(schemaValue && schemaValue->isObject(), qPrintable(event.specSchema.toString()));
    const JsonObject &schema = schemaValue->object();

    // The event name is the schema's one allowed value.
    const JsonArray &names =
        schema.value(u"properties").object().value(u"event").object().value(u"enum").array();
    QCOMPARE(names.size(), size_t(1));
    QCOMPARE(names.front().toString(), event.name.toString());

    QSet<QString> specRequired;
    collectRequired(schema, QString(), specRequired);
    QSet<QString> ours {QStringLiteral("event")};
    switch (event.identity) {
    case SemanticIdentity::UserId: ours.insert(QStringLiteral("userId")); break;
    case SemanticIdentity::AnonymousId: ours.insert(QStringLiteral("anonymousId")); break;
    case SemanticIdentity::None: break;
    }
    for (const SemanticField &field : event.fields) {
        if (!field.required)
            continue;
        ours.insert(field.path.toString());
        // The containers of a required field are required too.
        for (qsizetype dot = field.path.indexOf(u'.'); dot > 0; dot = field.path.indexOf(u'.', dot + 1))
            ours.insert(field.path.left(dot).toString());
    }
    QSet<QString> expectedExtra;
    if (event.specSchema == u"report_content_event") {
        specRequired.remove(QStringLiteral("properties.activityType"));
        expectedExtra = {QStringLiteral("properties.actionType")};
    } else if (event.specSchema == u"group_deleted") {
        expectedExtra = {QStringLiteral("properties.objectId")};
    } else if (event.specSchema == u"report_delivery_event") {
        expectedExtra = {QStringLiteral("properties.deliveryId"), QStringLiteral("properties.metric")};
    }
    QCOMPARE(ours - expectedExtra, specRequired);
    QCOMPARE(ours & expectedExtra, expectedExtra);

    // Allowed values are the schema's enums; every path we name exists in the schema.
    for (const SemanticField &field : event.fields) {
        const JsonObject *property = propertySchema(schema, field.path);
        QVERIFY2(property, qPrintable(field.path.toString()));
        QStringList specValues;
        for (const JsonValue &v : property->value(u"enum").array())
            specValues << v.toString();
        QStringList ourValues;
        for (const QStringView v : field.allowedValues)
            ourValues << v.toString();
        QCOMPARE(ourValues, specValues);
    }
}

// The spec's track schema lists the semantic events as $refs; each has a row in our table.
void TstSpecSamples::everySemanticSchemaIsInTheTable()
{
    QSet<QString> referenced;
    for (const JsonValue &branch : schemas().value(u"track").object().value(u"oneOf").array()) {
        const QString ref = branch.object().value(u"$ref").toString();
        if (!ref.isEmpty())
            referenced.insert(ref.section(u'/', -1));
    }
    QSet<QString> ours;
    for (const SemanticEvent &e : semanticEvents())
        ours.insert(e.specSchema.toString());
    QCOMPARE(ours, referenced);
}

QTEST_GUILESS_MAIN(TstSpecSamples)
#include "tst_specsamples.moc"
