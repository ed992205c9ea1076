// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "i18n/translations.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "support/testpaths.h"
#include "validation/fieldrules.h"
#include "validation/isotimestamp.h"
#include "validation/validator.h"

#include <QDateTime>
#include <QDir>
#include <QMap>
#include <QTest>

using namespace ewb;

namespace {

// Every test runs at the same instant, so that future-timestamp checks never depend on the day.
const qint64 now = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

ValidationOptions fixedNow()
{
    ValidationOptions o;
    o.nowMsecsSinceEpoch = now;
    return o;
}

// "E /batch/0/event track.event.missing": severity letter, pointer, code; compact and exact.
QStringList summarize(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics) {
        const QChar s = d.severity == Severity::Error ? u'E' : d.severity == Severity::Warning ? u'W' : u'I';
        out << QString(s + QLatin1Char(' ') + d.pointer + QLatin1Char(' ') + d.code);
    }
    return out;
}

QStringList expect(std::initializer_list<const char *> lines)
{
    QStringList out;
    for (const char *line : lines)
        out << QString::fromUtf8(line);
    return out;
}

Payload payloadOf(const QByteArray &json, const QString &type)
{
    Result<Payload> p = Payload::fromText(json, type.isEmpty() ? std::nullopt : callTypeFromName(type));
    if (!p)
        qFatal("test input does not parse: %s", qPrintable(p.error().message));
    return p.value();
}

} // namespace

class TstValidator : public QObject
{
    Q_OBJECT
private slots:
    void repeatedDiagnosticsAreCapped();
    void rules_data();
    void rules();
    void messagesSayWhatToDo();
    void timestamps_data();
    void timestamps();
    void timestampsWrittenAsQtWritesThem();
    void pointers_data();
    void pointers();
    void ruleTable();
    void golden_data();
    void golden();
    void checkPayloadAddsSizes();
    void messagesFollowTheLanguage();
    void cleanup();
};

void TstValidator::rules_data()
{
    QTest::addColumn<QString>("type"); // the endpoint; empty: from the body
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    const QStringList none;

    // The user rule.
    QTest::addRow("identify userId") << "identify" << QByteArray(R"({"userId":"u1"})") << none;
    QTest::addRow("identify anonymousId") << "identify" << QByteArray(R"({"anonymousId":"a1"})") << none;
    QTest::addRow("identify both") << "identify" << QByteArray(R"({"userId":"u","anonymousId":"a"})") << none;
    QTest::addRow("identify email only")
        << "identify" << QByteArray(R"({"traits":{"email":"a@example.com"}})")
        << expect({"W  user.email-only"});
    QTest::addRow("identify empty email")
        << "identify" << QByteArray(R"({"traits":{"email":""}})") << expect({"E  user.missing"});
    QTest::addRow("identify nothing") << "identify" << QByteArray(R"({})") << expect({"E  user.missing"});
    QTest::addRow("empty userId only")
        << "page" << QByteArray(R"({"userId":""})") << expect({"E  user.missing"});
    QTest::addRow("empty userId, anonymousId")
        << "page" << QByteArray(R"({"userId":"","anonymousId":"a"})") << none;
    QTest::addRow("null userId, anonymousId")
        << "page" << QByteArray(R"({"userId":null,"anonymousId":"a"})") << none;
    QTest::addRow("numeric userId") << "screen" << QByteArray(R"({"userId":42})")
                                    << expect({"W /userId id.number"});
    QTest::addRow("numeric anonymousId")
        << "screen" << QByteArray(R"({"anonymousId":4.5})") << expect({"W /anonymousId id.number"});
    QTest::addRow("boolean userId") << "page" << QByteArray(R"({"userId":true})")
                                    << expect({"E  user.missing", "E /userId field.type"});
    QTest::addRow("object anonymousId, userId") << "page" << QByteArray(R"({"userId":"u","anonymousId":{}})")
                                                << expect({"E /anonymousId field.type"});
    QTest::addRow("alias needs no anonymousId")
        << "alias" << QByteArray(R"({"previousId":"a","userId":"u"})") << none;

    // track
    QTest::addRow("track") << "track" << QByteArray(R"({"userId":"u","event":"Signed Up"})") << none;
    QTest::addRow("track no event") << "track" << QByteArray(R"({"userId":"u"})")
                                    << expect({"E /event track.event.missing"});
    QTest::addRow("track empty event")
        << "track" << QByteArray(R"({"userId":"u","event":""})") << expect({"E /event track.event.missing"});
    QTest::addRow("track null event") << "track" << QByteArray(R"({"userId":"u","event":null})")
                                      << expect({"E /event track.event.missing"});
    QTest::addRow("track numeric event")
        << "track" << QByteArray(R"({"userId":"u","event":5})") << expect({"E /event field.type"});
    QTest::addRow("track nothing") << "track" << QByteArray(R"({})")
                                   << expect({"E  user.missing", "E /event track.event.missing"});
    QTest::addRow("track properties array")
        << "track" << QByteArray(R"({"userId":"u","event":"e","properties":[]})")
        << expect({"E /properties field.type"});
    QTest::addRow("track properties null")
        << "track" << QByteArray(R"({"userId":"u","event":"e","properties":null})") << none;

    // page, screen
    QTest::addRow("page") << "page" << QByteArray(R"({"userId":"u","name":"Home","category":"Docs"})")
                          << none;
    QTest::addRow("page numeric name")
        << "page" << QByteArray(R"({"userId":"u","name":1})") << expect({"E /name field.type"});
    QTest::addRow("page category object")
        << "page" << QByteArray(R"({"userId":"u","category":{}})") << expect({"E /category field.type"});
    QTest::addRow("screen properties string") << "screen" << QByteArray(R"({"userId":"u","properties":"x"})")
                                              << expect({"E /properties field.type"});
    QTest::addRow("screen has no category rule")
        << "screen" << QByteArray(R"({"userId":"u","category":1})") << none;

    // group
    QTest::addRow("group") << "group" << QByteArray(R"({"userId":"u","groupId":"g"})") << none;
    QTest::addRow("group no groupId")
        << "group" << QByteArray(R"({"userId":"u"})") << expect({"E /groupId group.groupId.missing"});
    QTest::addRow("group empty groupId") << "group" << QByteArray(R"({"userId":"u","groupId":""})")
                                         << expect({"E /groupId group.groupId.missing"});
    QTest::addRow("group numeric groupId")
        << "group" << QByteArray(R"({"userId":"u","groupId":7})") << expect({"W /groupId id.number"});
    QTest::addRow("group array groupId")
        << "group" << QByteArray(R"({"userId":"u","groupId":[]})") << expect({"E /groupId field.type"});
    QTest::addRow("group object_type_id")
        << "group" << QByteArray(R"({"userId":"u","groupId":"g","traits":{"object_type_id":"2"}})") << none;
    QTest::addRow("group object_type_id word")
        << "group" << QByteArray(R"({"userId":"u","groupId":"g","traits":{"object_type_id":"two"}})")
        << expect({"W /traits/object_type_id group.object-type-id"});
    QTest::addRow("group object_type_id number")
        << "group" << QByteArray(R"({"userId":"u","groupId":"g","traits":{"object_type_id":2}})")
        << expect({"W /traits/object_type_id group.object-type-id"});
    QTest::addRow("group traits string")
        << "group" << QByteArray(R"({"userId":"u","groupId":"g","traits":"x"})")
        << expect({"E /traits field.type"});

    // alias
    QTest::addRow("alias no previousId")
        << "alias" << QByteArray(R"({"userId":"u"})") << expect({"E /previousId alias.previousId.missing"});
    QTest::addRow("alias no userId") << "alias" << QByteArray(R"({"previousId":"p"})")
                                     << expect({"E /userId alias.userId.missing"});
    QTest::addRow("alias nothing") << "alias" << QByteArray(R"({})")
                                   << expect({"E /previousId alias.previousId.missing",
                                          "E /userId alias.userId.missing"});
    QTest::addRow("alias anonymousId is not userId")
        << "alias" << QByteArray(R"({"previousId":"p","anonymousId":"a"})")
        << expect({"E /userId alias.userId.missing"});
    QTest::addRow("alias numeric ids") << "alias" << QByteArray(R"({"previousId":1,"userId":2})")
                                       << expect({"W /previousId id.number", "W /userId id.number"});

    // Objects and their members.
    QTest::addRow("identify traits array")
        << "identify" << QByteArray(R"({"userId":"u","traits":[1]})") << expect({"E /traits field.type"});
    QTest::addRow("traits email number") << "identify" << QByteArray(R"({"userId":"u","traits":{"email":5}})")
                                         << expect({"W /traits/email traits.email.type"});
    QTest::addRow("integrations null (spec sample)")
        << "track" << QByteArray(R"({"userId":"u","event":"e","integrations":null})") << none;
    QTest::addRow("integrations booleans and options")
        << "track" << QByteArray(R"({"userId":"u","event":"e","integrations":{"All":false,"X":{"k":1}}})")
        << none;
    QTest::addRow("integrations array")
        << "track" << QByteArray(R"({"userId":"u","event":"e","integrations":[]})")
        << expect({"E /integrations field.type"});
    QTest::addRow("integrations string value")
        << "track" << QByteArray(R"({"userId":"u","event":"e","integrations":{"All":"yes","B":1}})")
        << expect(
               {"W /integrations/All integrations.value.type", "W /integrations/B integrations.value.type"});
    QTest::addRow("context string") << "page" << QByteArray(R"({"userId":"u","context":"x"})")
                                    << expect({"E /context field.type"});
    QTest::addRow("context null") << "page" << QByteArray(R"({"userId":"u","context":null})") << none;
    QTest::addRow("context known keys")
        << "page"
        << QByteArray(
               R"({"userId":"u","context":{"ip":"1.2.3.4","active":true,"library":{"name":"x"},"device":{"token":"t"},"custom":5}})")
        << none;
    QTest::addRow("context sub-objects")
        << "page"
        << QByteArray(
               R"({"userId":"u","context":{"library":"x","page":1,"device":[],"campaign":true,"app":"a","os":1,"network":"wifi"}})")
        << expect({"W /context/library context.field.type", "W /context/page context.field.type",
               "W /context/device context.field.type", "W /context/campaign context.field.type",
               "W /context/app context.field.type", "W /context/os context.field.type",
               "W /context/network context.field.type"});
    QTest::addRow("context strings") << "page"
                                     << QByteArray(
                                            R"({"userId":"u","context":{"ip":1,"locale":[],"active":"yes"}})")
                                     << expect({"W /context/ip context.field.type",
                                            "W /context/locale context.field.type",
                                            "W /context/active context.field.type"});
    QTest::addRow("device token number")
        << "track" << QByteArray(R"({"userId":"u","event":"e","context":{"device":{"token":5}}})")
        << expect({"W /context/device/token context.field.type"});
    QTest::addRow("messageId number") << "track" << QByteArray(R"({"userId":"u","event":"e","messageId":5})")
                                      << expect({"E /messageId field.type"});

    // Fields the server sets.
    QTest::addRow("receivedAt") << "page"
                                << QByteArray(R"({"userId":"u","receivedAt":"2015-02-23T22:28:55.387Z"})")
                                << expect({"I /receivedAt field.server-set"});
    QTest::addRow("bad receivedAt") << "page" << QByteArray(R"({"userId":"u","receivedAt":"yesterday"})")
                                    << expect({"I /receivedAt field.server-set",
                                           "W /receivedAt timestamp.invalid"});
    QTest::addRow("version") << "page" << QByteArray(R"({"userId":"u","version":1.1})")
                             << expect({"I /version field.server-set"});
    QTest::addRow("matching type") << "page" << QByteArray(R"({"type":"page","userId":"u"})") << none;
    QTest::addRow("type mismatch") << "track" << QByteArray(R"({"type":"page","userId":"u","event":"e"})")
                                   << expect({"E /type type.mismatch"});
    QTest::addRow("type unknown") << "track" << QByteArray(R"({"type":"Track","userId":"u","event":"e"})")
                                  << expect({"E /type type.mismatch"});
    QTest::addRow("type number") << "track" << QByteArray(R"({"type":1,"userId":"u","event":"e"})")
                                 << expect({"E /type field.type"});

    // Timestamps: the rule on every field that carries one.
    QTest::addRow("timestamps fine")
        << "track"
        << QByteArray(
               R"({"userId":"u","event":"e","timestamp":"2024-02-29T23:59:59.999999Z","originalTimestamp":"2024-01-02T03:04:05+02:00","sentAt":"2024-01-02T03:04:05-0130"})")
        << none;
    QTest::addRow("timestamps bad")
        << "track"
        << QByteArray(
               R"({"userId":"u","event":"e","timestamp":"2023-02-29T00:00:00Z","originalTimestamp":1700000000,"sentAt":"2024-01-02 03:04:05Z"})")
        << expect({"W /timestamp timestamp.invalid", "W /originalTimestamp timestamp.invalid",
               "W /sentAt timestamp.invalid"});
    QTest::addRow("timestamp null") << "track" << QByteArray(R"({"userId":"u","event":"e","timestamp":null})")
                                    << none;
    QTest::addRow("future timestamp")
        << "track" << QByteArray(R"({"userId":"u","event":"e","timestamp":"2025-01-01T00:05:01Z"})")
        << expect({"W /timestamp timestamp.future"});
    QTest::addRow("near future is fine")
        << "track" << QByteArray(R"({"userId":"u","event":"e","timestamp":"2025-01-01T00:05:00Z"})") << none;
    QTest::addRow("future by offset")
        << "track" << QByteArray(R"({"userId":"u","event":"e","timestamp":"2025-01-01T01:00:00-01:00"})")
        << expect({"W /timestamp timestamp.future"});
    QTest::addRow("traits.createdAt")
        << "identify" << QByteArray(R"({"userId":"u","traits":{"createdAt":"2024-13-01T00:00:00Z"}})")
        << expect({"W /traits/createdAt timestamp.invalid"});
    QTest::addRow("group traits.createdAt")
        << "group" << QByteArray(R"({"userId":"u","groupId":"g","traits":{"createdAt":"2024-01-01"}})")
        << expect({"W /traits/createdAt timestamp.invalid"});
    QTest::addRow("trailing comma (spec's group sample)")
        << "group" << QByteArray(R"({"userId":"u","groupId":"g,","timestamp":"2015-02-23T22:28:55.111Z,"})")
        << expect({"W /timestamp timestamp.invalid"});

    // Duplicate keys: the API keeps the last, and only the last is checked.
    QTest::addRow("duplicate key") << "track" << QByteArray(R"({"userId":"u","event":"a","event":"b"})")
                                   << expect({"W /event json.duplicate-key"});
    QTest::addRow("duplicate key, last wins")
        << "track" << QByteArray(R"({"userId":"u","event":5,"event":"b"})")
        << expect({"W /event json.duplicate-key"});
    QTest::addRow("duplicate key, last is wrong")
        << "track" << QByteArray(R"({"userId":"u","event":"b","event":5})")
        << expect({"E /event field.type", "W /event json.duplicate-key"});
    QTest::addRow("nested duplicate, escaped pointer")
        << "track" << QByteArray(R"({"userId":"u","event":"e","properties":{"a/b":{"c~d":1,"c~d":2}}})")
        << expect({"W /properties/a~1b/c~0d json.duplicate-key"});
    QTest::addRow("duplicate in array item")
        << "track"
        << QByteArray(R"({"userId":"u","event":"e","properties":{"list":[{},{"k":1,"k":1,"k":1}]}})")
        << expect({"W /properties/list/1/k json.duplicate-key", "W /properties/list/1/k json.duplicate-key"});
    // Past eight members the check uses a set: the same answers, in the same order.
    QTest::addRow("duplicates in a big object")
        << "track"
        << QByteArray(
               R"({"userId":"u","event":"e","properties":{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"a":8,"h":9,"b":10,"a":11}})")
        << expect({"W /properties/a json.duplicate-key", "W /properties/b json.duplicate-key",
               "W /properties/a json.duplicate-key"});

    // Document order: the call's own problems first, then each field where it stands.
    QTest::addRow("document order")
        << "track" << QByteArray(R"({"timestamp":"soon","event":5,"userId":true,"context":{"ip":1}})")
        << expect({"E  user.missing", "W /timestamp timestamp.invalid", "E /event field.type",
               "E /userId field.type", "W /context/ip context.field.type"});

    // Semantic events.
    QTest::addRow("Device Created or Updated")
        << "track"
        << QByteArray(
               R"({"userId":"u","event":"Device Created or Updated","context":{"device":{"token":"t","type":"ios"}}})")
        << none;
    QTest::addRow("device without token")
        << "track"
        << QByteArray(R"({"userId":"u","event":"Device Created or Updated","context":{"device":{}}})")
        << expect({"E /context/device/token semantic.context.missing"});
    QTest::addRow("device without context")
        << "track" << QByteArray(R"({"userId":"u","event":"Device Deleted"})")
        << expect({"E /context/device/token semantic.context.missing"});
    QTest::addRow("device type unknown")
        << "track"
        << QByteArray(
               R"({"userId":"u","event":"Device Deleted","context":{"device":{"token":"t","type":"web"}}})")
        << expect({"W /context/device/type semantic.value.unknown"});
    QTest::addRow("device with anonymousId only")
        << "track"
        << QByteArray(R"({"anonymousId":"a","event":"Device Deleted","context":{"device":{"token":"t"}}})")
        << expect({"E /userId semantic.userId.missing"});
    QTest::addRow("User Deleted") << "track" << QByteArray(R"({"userId":"u","event":"User Deleted"})")
                                  << none;
    QTest::addRow("User Deleted anonymous")
        << "track" << QByteArray(R"({"anonymousId":"a","event":"User Deleted"})")
        << expect({"E /userId semantic.userId.missing"});
    QTest::addRow("User Deleted no ids") << "track" << QByteArray(R"({"event":"User Deleted"})")
                                         << expect({"E /userId semantic.userId.missing"});
    QTest::addRow("User Suppressed") << "track" << QByteArray(R"({"userId":"u","event":"User Suppressed"})")
                                     << none;
    QTest::addRow("User Unsuppressed no userId")
        << "track" << QByteArray(R"({"anonymousId":"a","event":"User Unsuppressed"})")
        << expect({"E /userId semantic.userId.missing"});
    QTest::addRow("Relationship Deleted")
        << "track"
        << QByteArray(R"({"userId":"u","event":"Relationship Deleted","properties":{"objectId":"o"}})")
        << none;
    QTest::addRow("Relationship Deleted no objectId")
        << "track"
        << QByteArray(R"({"userId":"u","event":"Relationship Deleted","properties":{"objectTypeId":1}})")
        << expect({"E /properties/objectId semantic.property.missing"});
    QTest::addRow("Relationship Deleted numeric objectId")
        << "track"
        << QByteArray(R"({"userId":"u","event":"Relationship Deleted","properties":{"objectId":3}})")
        << expect({"W /properties/objectId semantic.value.type"});
    QTest::addRow("Object Deleted")
        << "track"
        << QByteArray(R"({"anonymousId":"a","event":"Object Deleted","properties":{"objectId":"o"}})")
        << none;
    QTest::addRow("Object Deleted with userId only")
        << "track" << QByteArray(R"({"userId":"u","event":"Object Deleted","properties":{"objectId":"o"}})")
        << expect({"E /anonymousId semantic.anonymousId.missing"});
    QTest::addRow("Object Deleted no properties")
        << "track" << QByteArray(R"({"anonymousId":"a","event":"Object Deleted"})")
        << expect({"E /properties/objectId semantic.property.missing"});
    QTest::addRow("Report Delivery Event, no ids")
        << "track"
        << QByteArray(
               R"({"event":"Report Delivery Event","properties":{"deliveryId":"d","metric":"opened"}})")
        << none;
    QTest::addRow("Report Delivery Event incomplete")
        << "track" << QByteArray(R"({"event":"Report Delivery Event","properties":{"metric":"bounced"}})")
        << expect({"E /properties/deliveryId semantic.property.missing",
               "W /properties/metric semantic.value.unknown"});
    QTest::addRow("Report Delivery Event no metric")
        << "track" << QByteArray(R"({"event":"Report Delivery Event","properties":{"deliveryId":"d"}})")
        << expect({"E /properties/metric semantic.property.missing"});
    QTest::addRow("Report Content Event")
        << "track"
        << QByteArray(
               R"({"event":"Report Content Event","properties":{"actionType":"viewed_content","contentId":1}})")
        << none;
    QTest::addRow("Report Content Event with the schema's activityType")
        << "track"
        << QByteArray(R"({"event":"Report Content Event","properties":{"activityType":"viewed_content"}})")
        << expect({"E /properties/actionType semantic.property.missing"});
    QTest::addRow("near-miss semantic name")
        << "track" << QByteArray(R"({"userId":"u","event":" user deleted"})")
        << expect({"W /event semantic.event.name"});

    // Batches.
    QTest::addRow("batch")
        << ""
        << QByteArray(
               R"({"batch":[{"type":"identify","userId":"u"},{"type":"track","userId":"u","event":"e"},{"type":"alias","previousId":"p","userId":"u"}]})")
        << none;
    QTest::addRow("batch null") << "" << QByteArray(R"({"batch":null})")
                                << expect({"E /batch batch.missing"});
    QTest::addRow("batch not array") << "" << QByteArray(R"({"batch":{}})")
                                     << expect({"E /batch batch.type"});
    QTest::addRow("batch empty") << "" << QByteArray(R"({"batch":[]})") << expect({"E /batch batch.empty"});
    QTest::addRow("batch endpoint, no batch")
        << "batch" << QByteArray(R"({"context":{}})") << expect({"E /batch batch.missing"});
    QTest::addRow("batch items")
        << ""
        << QByteArray(
               R"({"batch":[5,{"userId":"u"},{"type":"Identify"},{"type":"batch","batch":[]},{"type":null},{"type":3},{"type":"track","userId":"u"}]})")
        << expect({"E /batch/0 batch.item.not-object", "E /batch/1/type batch.item.type.missing",
               "E /batch/2/type batch.item.type.unknown", "E /batch/3/type batch.item.type.nested",
               "E /batch/4/type batch.item.type.missing", "E /batch/5/type batch.item.type.unknown",
               "E /batch/6/event track.event.missing"});
    QTest::addRow("batch item rules")
        << ""
        << QByteArray(
               R"({"batch":[{"type":"identify"},{"type":"group","userId":"u","groupId":1,"timestamp":"x"}]})")
        << expect({"E /batch/0 user.missing", "W /batch/1/groupId id.number",
               "W /batch/1/timestamp timestamp.invalid"});
    QTest::addRow("batch top level")
        << ""
        << QByteArray(
               R"({"batch":[{"type":"page","userId":"u"}],"context":"x","integrations":{"All":1},"sentAt":"now"})")
        << expect({"E /context field.type", "W /integrations/All integrations.value.type",
               "W /sentAt timestamp.invalid"});
    QTest::addRow("device token from the batch's context")
        << ""
        << QByteArray(
               R"({"context":{"device":{"token":"t"}},"batch":[{"type":"track","userId":"u","event":"Device Created or Updated"}]})")
        << none;
    QTest::addRow("device token from neither")
        << ""
        << QByteArray(
               R"({"context":{"ip":"1.1.1.1"},"batch":[{"type":"track","userId":"u","event":"Device Deleted"}]})")
        << expect({"E /batch/0/context/device/token semantic.context.missing"});
    QTest::addRow("shared device type reported once")
        << ""
        << QByteArray(
               R"({"context":{"device":{"token":"t","type":"web"}},"batch":[{"type":"track","userId":"u","event":"Device Deleted"},{"type":"track","userId":"v","event":"Device Deleted"}]})")
        << expect({"W /context/device/type semantic.value.unknown"});
    QTest::addRow("batch duplicate keys")
        << "" << QByteArray(R"({"batch":[{"type":"page","userId":"u","name":"a","name":"b"}],"x":1,"x":2})")
        << expect({"W /batch/0/name json.duplicate-key", "W /x json.duplicate-key"});
}

void TstValidator::rules()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    const Diagnostics diagnostics = validatePayload(payloadOf(json, type), fixedNow());
    QCOMPARE(summarize(diagnostics), expected);
}

// Every message names the field and says what to do; none is empty or a bare code.
void TstValidator::messagesSayWhatToDo()
{
    const QByteArray json =
        R"({"batch":[{"type":"track","event":5,"userId":[],"timestamp":"2024-02-30T00:00:00Z","integrations":{"A":1}},{"type":"alias"},{"type":"group","userId":"u"},{"type":"track","event":"User Deleted","anonymousId":"a"}]})";
    const Diagnostics diagnostics = validatePayload(payloadOf(json, {}), fixedNow());
    QVERIFY(diagnostics.size() >= 7);
    for (const Diagnostic &d : diagnostics) {
        QVERIFY2(d.message.size() > 30, qPrintable(d.message));
        QVERIFY2(!d.message.contains(d.code), qPrintable(d.message));
        QVERIFY2(d.message.contains(u';') || d.message.contains(u':') || d.message.contains(u','),
            qPrintable(d.message));
    }
    const auto timestamp = std::find_if(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic &d) { return d.code == u"timestamp.invalid"; });
    QVERIFY(timestamp != diagnostics.end());
    QVERIFY(timestamp->message.contains(QLatin1String("2024-02-30")));
}

void TstValidator::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("sameInstantAs"); // parsed by QDateTime, when valid
    const auto ok = int(TimestampProblem::None);
    QTest::addRow("utc") << "2024-01-02T03:04:05Z" << ok << "2024-01-02T03:04:05Z";
    QTest::addRow("millis") << "2024-01-02T03:04:05.678Z" << ok << "2024-01-02T03:04:05.678Z";
    QTest::addRow("nanos") << "2024-01-02T03:04:05.123456789Z" << ok << "2024-01-02T03:04:05.123Z";
    QTest::addRow("offset") << "2024-01-02T03:04:05+05:30" << ok << "2024-01-01T21:34:05Z";
    QTest::addRow("offset no colon") << "2024-01-02T03:04:05-0800" << ok << "2024-01-02T11:04:05Z";
    QTest::addRow("offset hours") << "2024-01-02T03:04:05+01" << ok << "2024-01-02T02:04:05Z";
    QTest::addRow("lower case") << "2024-01-02t03:04:05z" << ok << "2024-01-02T03:04:05Z";
    QTest::addRow("leap day") << "2024-02-29T00:00:00Z" << ok << "2024-02-29T00:00:00Z";
    QTest::addRow("leap day 2000") << "2000-02-29T12:00:00Z" << ok << "2000-02-29T12:00:00Z";
    QTest::addRow("epoch") << "1970-01-01T00:00:00Z" << ok << "1970-01-01T00:00:00Z";
    QTest::addRow("before epoch") << "1969-12-31T23:59:59Z" << ok << "1969-12-31T23:59:59Z";
    const auto notReal = int(TimestampProblem::NotARealDate);
    QTest::addRow("Feb 30") << "2024-02-30T00:00:00Z" << notReal << "";
    QTest::addRow("Feb 29 1900") << "1900-02-29T00:00:00Z" << notReal << "";
    QTest::addRow("Feb 29 2023") << "2023-02-29T00:00:00Z" << notReal << "";
    QTest::addRow("April 31") << "2024-04-31T00:00:00Z" << notReal << "";
    QTest::addRow("month 13") << "2024-13-01T00:00:00Z" << notReal << "";
    QTest::addRow("month 0") << "2024-00-01T00:00:00Z" << notReal << "";
    QTest::addRow("day 0") << "2024-01-00T00:00:00Z" << notReal << "";
    QTest::addRow("hour 24") << "2024-01-01T24:00:00Z" << notReal << "";
    QTest::addRow("25:00") << "2024-01-01T25:00:00Z" << notReal << "";
    QTest::addRow("minute 60") << "2024-01-01T10:60:00Z" << notReal << "";
    QTest::addRow("leap second") << "2016-12-31T23:59:60Z" << notReal << "";
    QTest::addRow("offset 24") << "2024-01-01T10:00:00+24:00" << notReal << "";
    QTest::addRow("year 0") << "0000-01-01T00:00:00Z" << notReal << "";
    QTest::addRow("no zone, not real") << "2024-02-30T00:00:00" << notReal << "";
    QTest::addRow("date only") << "2024-01-02" << int(TimestampProblem::DateOnly) << "";
    QTest::addRow("no zone") << "2024-01-02T03:04:05" << int(TimestampProblem::NoZone) << "";
    QTest::addRow("trailing comma") << "2015-02-23T22:28:55.387Z," << int(TimestampProblem::TrailingText)
                                    << "";
    QTest::addRow("trailing space") << "2015-02-23T22:28:55Z " << int(TimestampProblem::TrailingText) << "";
    const auto syntax = int(TimestampProblem::Syntax);
    QTest::addRow("empty") << "" << syntax << "";
    QTest::addRow("space separator") << "2024-01-02 03:04:05Z" << syntax << "";
    QTest::addRow("no seconds") << "2024-01-02T03:04Z" << syntax << "";
    QTest::addRow("empty fraction") << "2024-01-02T03:04:05.Z" << syntax << "";
    QTest::addRow("ten fraction digits") << "2024-01-02T03:04:05.1234567890Z" << syntax << "";
    QTest::addRow("short year") << "24-01-02T03:04:05Z" << syntax << "";
    QTest::addRow("unix seconds") << "1700000000" << syntax << "";
    QTest::addRow("words") << "yesterday" << syntax << "";
    QTest::addRow("arabic digits") << QString::fromUtf8("٢٠٢٤-01-02T03:04:05Z") << syntax << "";
}

void TstValidator::timestamps()
{
    QFETCH(QString, text);
    QFETCH(int, problem);
    QFETCH(QString, sameInstantAs);
    const ParsedTimestamp parsed = parseIsoTimestamp(text);
    QCOMPARE(int(parsed.problem), problem);
    if (!sameInstantAs.isEmpty()) {
        const QDateTime expected = QDateTime::fromString(sameInstantAs, Qt::ISODateWithMs);
        QVERIFY(expected.isValid());
        QCOMPARE(parsed.msecsSinceEpoch, expected.toMSecsSinceEpoch());
    }
}

void TstValidator::pointers_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("pointer");
    QTest::addRow("plain") << "a"
                           << "/a";
    QTest::addRow("slash") << "a/b"
                           << "/a~1b";
    QTest::addRow("tilde") << "m~n"
                           << "/m~0n";
    QTest::addRow("tilde then one") << "~1"
                                    << "/~01";
    QTest::addRow("empty") << ""
                           << "/";
    QTest::addRow("unicode") << QString::fromUtf8("café") << QString::fromUtf8("/café");
}

void TstValidator::pointers()
{
    QFETCH(QString, key);
    QFETCH(QString, pointer);
    QString built;
    appendPointerToken(built, key);
    QCOMPARE(built, pointer);
    // And back: the pointer names the member in a document that has it.
    JsonObject inner;
    inner.insert(key, QStringLiteral("here"));
    JsonObject root;
    root.insert(QStringLiteral("list"), JsonArray {JsonValue(), JsonValue(inner)});
    const JsonValue *found = resolvePointer(JsonValue(root), QString(QStringLiteral("/list/1") + pointer));
    QVERIFY(found);
    QCOMPARE(found->toString(), QStringLiteral("here"));
    QVERIFY(!resolvePointer(JsonValue(root), QString(QStringLiteral("/list/01") + pointer)));
    QVERIFY(!resolvePointer(JsonValue(root), QStringLiteral("/list/2")));
}

// The table is consistent: each required rule has a code and a hint; codes are dotted and stable.
void TstValidator::ruleTable()
{
    for (const FieldRule &rule : allFieldRules()) {
        QVERIFY2(!rule.key.isEmpty() && rule.label.endsWith(rule.key), qPrintable(rule.label.toString()));
        QVERIFY2(rule.calls != 0, qPrintable(rule.label.toString()));
        if (rule.required) {
            QVERIFY(rule.missingCode.contains(u'.'));
            QVERIFY(!rule.missingHintText().isEmpty());
        }
        if (rule.check == FieldCheck::Kind)
            QVERIFY2(rule.kinds != 0 && rule.code.contains(u'.'), qPrintable(rule.label.toString()));
    }
}

// Golden files: tests/data/validation/golden/NAME.json is checked with checkPayload and the result
// (every diagnostic with its message, and the sizes) must equal NAME.expected.json. Set
// EWB_UPDATE_GOLDEN=1 to rewrite the expectations after a deliberate change, then review the diff.
void TstValidator::golden_data()
{
    QTest::addColumn<QString>("input");
    const QDir dir(test::sourcePath(QStringLiteral("tests/data/validation/golden")));
    const QStringList inputs = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    int count = 0;
    for (const QString &name : inputs) {
        if (name.endsWith(QLatin1String(".expected.json")))
            continue;
        QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
        ++count;
    }
    QVERIFY(count >= 5);
}

void TstValidator::golden()
{
    QFETCH(QString, input);
    const QByteArray text = test::readFileOrFail(input);
    // The call type comes from the file name's first part when it names one: track.no-event.json.
    const QString base = QFileInfo(input).fileName();
    const std::optional<CallType> type = callTypeFromName(QStringView(base).left(base.indexOf(u'.')));
    Result<Payload> payload = Payload::fromText(text, type);
    QVERIFY2(payload.ok(), qPrintable(payload.ok() ? QString() : payload.error().message));
    const PayloadCheck check = checkPayload(payload.value(), fixedNow());

    JsonArray diagnostics;
    for (const Diagnostic &d : check.diagnostics)
        diagnostics.push_back(diagnosticToJson(d));
    JsonArray items;
    for (const qsizetype bytes : check.size.itemBytes)
        items.push_back(JsonValue(qint64(bytes)));
    JsonObject result;
    result.insert(QStringLiteral("valid"), check.valid());
    result.insert(QStringLiteral("bytes"), qint64(check.size.bodyBytes));
    if (payload->isBatch())
        result.insert(QStringLiteral("itemBytes"), std::move(items));
    result.insert(QStringLiteral("diagnostics"), std::move(diagnostics));
    const QByteArray actual = writeJson(JsonValue(std::move(result)), JsonStyle::Pretty) + '\n';

    const QString expectedPath = input.chopped(5) + QStringLiteral(".expected.json");
    if (qEnvironmentVariableIsSet("EWB_UPDATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(test::readFileOrFail(expectedPath)));
}

void TstValidator::checkPayloadAddsSizes()
{
    const Payload p =
        payloadOf(R"({"batch":[{"type":"page","userId":"u"},{"type":"page","userId":"é"}]})", {});
    const PayloadCheck check = checkPayload(p, fixedNow());
    QVERIFY(check.valid());
    QCOMPARE(check.size.bodyBytes, p.toWire().size());
    QCOMPARE(check.size.itemBytes, (QList<qsizetype> {28, 29}));
}

// Issue 9: a batch of empty calls multiplied memory 340-570x in ewb validate --json: each code
// is listed at most maxPerCode times, then counted.
void TstValidator::repeatedDiagnosticsAreCapped()
{
    QByteArray json = "{\"batch\":[";
    for (int i = 0; i < 1000; ++i)
        json += i ? ",{}" : "{}";
    json += "]}";
    const Payload batch = Payload::fromText(json).value();
    const Diagnostics capped = validatePayload(batch);
    QMap<QString, int> perCode;
    for (const Diagnostic &d : capped)
        ++perCode[d.code];
    QVERIFY(!perCode.isEmpty());
    for (auto it = perCode.cbegin(); it != perCode.cend(); ++it)
        QVERIFY2(it.value() <= 201, qPrintable(it.key()));
    const auto summary = std::find_if(capped.begin(), capped.end(),
        [](const Diagnostic &d) { return d.message.startsWith(QStringLiteral("and 800 more")); });
    QVERIFY(summary != capped.end());
    QCOMPARE(summary->severity, Severity::Error);
    // Everything, when asked for (the sandbox judges each call by its own).
    ValidationOptions all;
    all.maxPerCode = 0;
    const Diagnostics every = validatePayload(batch, all);
    QVERIFY(every.size() >= 1000);
}

// formatIsoUtcMillis is a fast twin of QDateTime's Qt::ISODateWithMs in UTC: the same text for
// every instant, leap days, negative times and the ends of the four-digit years included.
void TstValidator::timestampsWrittenAsQtWritesThem()
{
    const auto qt = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    QList<qint64> instants {0, -1, 1, 999, -999, 86399999, -86400000, 951782400000 /* 2000-02-29 */,
        4107542399999 /* 2100-02-28T23:59:59.999 */, -62135596800000 /* 0001-01-01 */, -62135596800001,
        253402300799999 /* 9999-12-31T23:59:59.999 */, 253402300800000};
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 20000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        // Spread over years 1 to 9999 and just beyond.
        instants.append(qint64(state % 316224000000000ULL) - 62135596800000 - 500000000000);
    }
    for (const qint64 ms : std::as_const(instants))
        QCOMPARE(formatIsoUtcMillis(ms), qt(ms));
}

// Every test speaks English unless it says otherwise, whatever the one before it installed.
void TstValidator::cleanup()
{
    installTranslations({QStringLiteral("core")}, QLocale(QStringLiteral("en")));
}

// The messages come from the core catalog when they are made, the rule table's hints included
// (marked at static initialisation, translated when used): German once German is installed, English
// again after; the codes and pointers, for tools, never change.
void TstValidator::messagesFollowTheLanguage()
{
    const Payload batch = payloadOf(R"({"batch":[{"type":"track","userId":"u1"},{},{},{}]})", {});
    ValidationOptions capped = fixedNow();
    capped.maxPerCode = 2; // the three empty items: two listed, then "and 1 more"
    const auto find = [](const Diagnostics &all, QStringView code, QStringView pointer) {
        const auto it = std::find_if(all.begin(), all.end(),
            [&](const Diagnostic &d) { return d.code == code && d.pointer == pointer; });
        return it == all.end() ? Diagnostic {} : *it;
    };
    const Diagnostics english = validatePayload(batch, capped);
    const Diagnostic missingEvent = find(english, u"track.event.missing", u"/batch/0/event");
    QCOMPARE(missingEvent.message,
        QStringLiteral(
            R"("event" is missing; a track call needs the name of the event, e.g. "Order Completed")"));
    const Diagnostic moreTypes = find(english, u"batch.item.type.missing", u"");
    QCOMPARE(moreTypes.message,
        QStringLiteral(
            "and 1 more like the ones above (batch.item.type.missing); only the first 2 are listed"));

    QCOMPARE(
        installTranslations({QStringLiteral("core")}, QLocale(QStringLiteral("de"))), QStringLiteral("de"));
    const Diagnostics german = validatePayload(batch, capped);
    QCOMPARE(german.size(), english.size());
    for (qsizetype i = 0; i < german.size(); ++i) {
        QCOMPARE(german[i].code, english[i].code);
        QCOMPARE(german[i].pointer, english[i].pointer);
        QCOMPARE(german[i].severity, english[i].severity);
        QVERIFY2(german[i].message != english[i].message, qPrintable(german[i].message));
    }
    QCOMPARE(find(german, u"track.event.missing", u"/batch/0/event").message,
        QString::fromUtf8(
            R"("event" fehlt; ein track-Aufruf braucht den Namen des Ereignisses, z. B. "Order Completed")"));
    QCOMPARE(find(german, u"batch.item.type.missing", u"").message,
        QString::fromUtf8(
            "und 1 weiteres wie die obigen (batch.item.type.missing); nur die ersten 2 sind aufgeführt"));

    QCOMPARE(
        installTranslations({QStringLiteral("core")}, QLocale(QStringLiteral("en"))), QStringLiteral("en"));
    QCOMPARE(validatePayload(batch, capped), english);
}

QTEST_GUILESS_MAIN(TstValidator)
#include "tst_validator.moc"
