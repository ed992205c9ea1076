// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "eventexpectation.h"

#include "json/jsonmatch.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <algorithm>

namespace ewb {

namespace {

// The nearest events shown when an expectation fails, and the differences listed for each.
constexpr int nearestShown = 3;
constexpr int differencesShown = 10;
// Events listed in an answer (the matches); the count says how many there were.
constexpr int eventsShown = 100;

Error expectError(const QString &message)
{
    return Error {QStringLiteral("expect.invalid"), message};
}

// A whole number from min to max, or an error naming the member.
Result<qint64> wholeNumber(
    const JsonObject &body, const QString &name, qint64 min, qint64 max, qint64 fallback)
{
    const JsonValue *value = body.find(name);
    if (!value)
        return fallback;
    bool ok = value->isNumber();
    const qint64 n = ok ? value->numberLiteral().toLongLong(&ok) : 0;
    if (!ok || n < min || n > max)
        return expectError(
            QStringLiteral("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return n;
}

JsonValue eventsArray(const QList<RecordedEvent> &events)
{
    JsonArray array;
    for (qsizetype i = 0; i < events.size() && i < eventsShown; ++i)
        array.push_back(events[i].toJson());
    return JsonValue(std::move(array));
}

JsonObject answerBase(const EventExpectation &expectation, const QList<RecordedEvent> &found, bool matched)
{
    JsonObject body;
    body.insert(QStringLiteral("matched"), matched);
    body.insert(QStringLiteral("wanted"), expectation.count);
    body.insert(QStringLiteral("found"), JsonValue(qint64(found.size())));
    body.insert(QStringLiteral("events"), eventsArray(found));
    return body;
}

struct NearEvent
{
    RecordedEvent event;
    std::vector<JsonDifference> differences;
    int total = 0; // differences in all, the accepted state counted as one
    bool wrongOutcome = false;
};

// Some member of the document matches the call's member of that name (or the document is empty).
bool sharesAField(const JsonValue &match, const JsonValue &payload)
{
    if (match.object().isEmpty())
        return true;
    if (!payload.isObject())
        return false;
    for (const auto &[key, want] : match.object().members())
        if (const JsonValue *have = payload.object().find(key); have && jsonMatches(want, *have))
            return true;
    return false;
}

QString wantedText(const EventExpectation &expectation)
{
    const QString outcome = !expectation.accepted ? QString()
        : *expectation.accepted                   ? QStringLiteral(" accepted")
                                                  : QStringLiteral(" dropped");
    return QStringLiteral("%1%2 event%3 matching %4")
        .arg(expectation.count)
        .arg(outcome, expectation.count == 1 ? QString() : QStringLiteral("s"),
            QString::fromUtf8(writeJson(expectation.match)));
}

} // namespace

Result<EventExpectation> EventExpectation::fromJson(QByteArrayView body)
{
    Result<JsonValue> parsed = parseJson(body);
    if (!parsed)
        return expectError(QStringLiteral("The body is not JSON: %1").arg(parsed.error().message));
    if (!parsed->isObject())
        return expectError(
            QStringLiteral("The body must be a JSON object such as "
                           "{\"match\": {\"event\": \"Order Completed\"}, \"within\": 5000}."));
    const JsonObject &object = parsed->object();
    static const QStringList known {QStringLiteral("match"), QStringLiteral("count"),
        QStringLiteral("within"), QStringLiteral("accepted"), QStringLiteral("since")};
    for (const auto &member : object.members())
        if (!known.contains(member.first))
            return expectError(QStringLiteral("Unknown member \"%1\": an expectation has %2.")
                                   .arg(member.first, known.join(QStringLiteral(", "))));
    EventExpectation expectation;
    const JsonValue *match = object.find(u"match");
    if (!match || !match->isObject())
        return expectError(QStringLiteral("\"match\" must be a JSON object: the fields the event must have, "
                                          "such as {\"type\": \"track\", \"userId\": \"u1\"}."));
    expectation.match = *match;
    Result<qint64> count = wholeNumber(object, QStringLiteral("count"), 1, maxCount, 1);
    if (!count)
        return count.error();
    expectation.count = int(count.value());
    Result<qint64> within = wholeNumber(object, QStringLiteral("within"), 0, maxWithinMs, defaultWithinMs);
    if (!within)
        return within.error();
    expectation.withinMs = int(within.value());
    Result<qint64> since =
        wholeNumber(object, QStringLiteral("since"), 0, std::numeric_limits<qint64>::max(), 0);
    if (!since)
        return since.error();
    expectation.since = since.value();
    if (const JsonValue *accepted = object.find(u"accepted")) {
        if (accepted->isNull())
            expectation.accepted.reset();
        else if (accepted->isBool())
            expectation.accepted = accepted->toBool();
        else
            return expectError(QStringLiteral("\"accepted\" must be true, false or null (either)."));
    }
    return expectation;
}

bool EventExpectation::isMetBy(const RecordedEvent &event) const
{
    if (event.id <= since || (accepted && *accepted != event.accepted))
        return false;
    return jsonMatches(match, event.payload);
}

HttpResponse expectationMet(const EventExpectation &expectation, const QList<RecordedEvent> &found)
{
    return HttpResponse::json(200, writeJson(answerBase(expectation, found, true)));
}

HttpResponse expectationFailed(const EventExpectation &expectation, const QList<RecordedEvent> &found,
    const EventRing &ring, qint64 waitedMs)
{
    // The nearest of the events the expectation could have seen, the matches aside (there were
    // too few of them; what is wrong with the others is the question).
    std::vector<NearEvent> nearest;
    ring.select(expectation.since, std::numeric_limits<int>::max(), [&](const RecordedEvent &event) {
        if (expectation.isMetBy(event))
            return false;
        // Sharing no field with the document is not near: a page view of someone else is no clue
        // to a missing order.
        if (!sharesAField(expectation.match, event.payload))
            return false;
        NearEvent near;
        near.differences = jsonDifferences(expectation.match, event.payload, differencesShown, &near.total);
        near.wrongOutcome = expectation.accepted && *expectation.accepted != event.accepted;
        near.total += near.wrongOutcome ? 1 : 0;
        near.event = event;
        nearest.push_back(std::move(near));
        // Keep the best few (the newest first among equals: they are the likeliest suspects).
        std::stable_sort(nearest.begin(), nearest.end(), [](const NearEvent &a, const NearEvent &b) {
            return a.total < b.total || (a.total == b.total && a.event.id > b.event.id);
        });
        if (nearest.size() > size_t(nearestShown))
            nearest.pop_back();
        return false;
    });

    JsonArray nearArray;
    QStringList clues;
    for (const NearEvent &near : nearest) {
        JsonArray differences;
        QStringList said;
        for (const JsonDifference &difference : near.differences) {
            JsonObject d;
            d.insert(QStringLiteral("pointer"), difference.pointer);
            d.insert(QStringLiteral("expected"), difference.expected);
            if (difference.actual)
                d.insert(QStringLiteral("actual"), *difference.actual);
            else
                d.insert(QStringLiteral("missing"), true);
            d.insert(QStringLiteral("message"), difference.describe());
            said.append(difference.describe());
            differences.push_back(std::move(d));
        }
        if (near.wrongOutcome)
            said.append(near.event.accepted ? QStringLiteral("it was accepted")
                                            : QStringLiteral("it was dropped (%1)").arg(near.event.reason));
        JsonObject entry;
        entry.insert(QStringLiteral("event"), near.event.toJson());
        entry.insert(QStringLiteral("differences"), std::move(differences));
        entry.insert(QStringLiteral("more"),
            qint64(near.total) - qint64(near.differences.size()) - (near.wrongOutcome ? 1 : 0));
        nearArray.push_back(std::move(entry));
        clues.append(QStringLiteral("event %1 (%2): %3")
                         .arg(near.event.id)
                         .arg(near.event.type, said.join(QStringLiteral("; "))));
    }

    QString message = QStringLiteral("Expected %1 within %2 ms; %3 arrived.")
                          .arg(wantedText(expectation))
                          .arg(expectation.withinMs)
                          .arg(found.size());
    if (!clues.isEmpty())
        message += QStringLiteral(" Nearest: ") + clues.join(QStringLiteral(". ")) + u'.';
    else
        message += QStringLiteral(" No recorded event shares a field with it.");
    JsonObject body = answerBase(expectation, found, false);
    body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("waitedMs"), JsonValue(waitedMs));
    body.insert(QStringLiteral("nearest"), std::move(nearArray));
    return HttpResponse::json(417, writeJson(body));
}

} // namespace ewb
