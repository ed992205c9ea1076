// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "expectations.h"

#include <QCoreApplication>

namespace ewb {

namespace {

// The translation context of this file's messages.
class ExpectationsText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Expectations)
};

Error badExpectation(const QString &message)
{
    return Error {QStringLiteral("request.expect"), QStringLiteral("\"expect\": %1").arg(message)};
}

// A JSON number that is a whole number, as its literal says.
std::optional<qint64> wholeNumber(const JsonValue &v)
{
    if (!v.isNumber())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.numberLiteral().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

bool statusMatches(const Expectations &e, int status)
{
    if (!e.statuses.isEmpty())
        return e.statuses.contains(status);
    return status / 100 == e.statusClass;
}

} // namespace

QString Expectations::statusText() const
{
    if (statuses.isEmpty())
        return QStringLiteral("%1xx").arg(statusClass);
    QStringList parts;
    for (int s : statuses)
        parts.append(QString::number(s));
    return parts.join(QStringLiteral(" or "));
}

Status Expectations::setStatusText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.size() == 3 && t.endsWith(u"xx") && t.at(0) >= u'1' && t.at(0) <= u'5') {
        statuses.clear();
        statusClass = t.at(0).digitValue();
        return Done {};
    }
    QList<int> exact;
    for (QString part : QString(t).replace(QStringLiteral(" or "), QStringLiteral(",")).split(u',')) {
        bool ok = false;
        const int status = part.trimmed().toInt(&ok);
        if (!ok || status < 100 || status > 599)
            // Said to a person typing in a form: no file syntax in it.
            return Error {QStringLiteral("request.expect"),
                ExpectationsText::tr(
                    "write a class such as 2xx, a status such as 200, or a list such as 200, 202")};
        exact.append(status);
    }
    statuses = exact;
    statusClass = 0;
    return Done {};
}

JsonValue Expectations::toJson() const
{
    if (isDefault())
        return JsonValue();
    JsonObject o;
    if (statuses.size() == 1) {
        o.insert(QStringLiteral("status"), statuses.first());
    } else if (!statuses.isEmpty()) {
        JsonArray list;
        for (int s : statuses)
            list.emplace_back(s);
        o.insert(QStringLiteral("status"), std::move(list));
    } else if (statusClass != 2) {
        o.insert(QStringLiteral("status"), statusText());
    }
    if (allowValidationErrors)
        o.insert(QStringLiteral("validation"), QStringLiteral("any"));
    if (maxBytes)
        o.insert(QStringLiteral("maxBytes"), *maxBytes);
    if (recorded != Recorded::Default)
        o.insert(QStringLiteral("recorded"),
            recorded == Recorded::Accepted ? QStringLiteral("accepted") : QStringLiteral("dropped"));
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return JsonValue(std::move(o));
}

Result<Expectations> Expectations::fromJson(const JsonValue &value)
{
    Expectations e;
    if (value.isNull())
        return e;
    if (!value.isObject())
        return badExpectation(ExpectationsText::tr("must be an object"));
    const JsonObject &o = value.object();
    for (const auto &[name, member] : o.members()) {
        if (name != u"status" && name != u"validation" && name != u"maxBytes" && name != u"recorded" &&
            name != u"reason")
            return badExpectation(
                ExpectationsText::tr("unknown check \"%1\" (there are status, validation, maxBytes, "
                                     "recorded and reason)")
                    .arg(name));
    }
    const auto validStatus = [](const JsonValue &v) {
        const std::optional<qint64> n = wholeNumber(v);
        return n && *n >= 100 && *n <= 599;
    };
    if (const JsonValue *status = o.find(u"status")) {
        if (validStatus(*status)) {
            e.statuses = {int(*wholeNumber(*status))};
            e.statusClass = 0;
        } else if (status->isArray() && !status->array().empty()) {
            for (const JsonValue &s : status->array()) {
                if (!validStatus(s))
                    return badExpectation(
                        ExpectationsText::tr("\"status\" lists must hold statuses from 100 to 599"));
                e.statuses.append(int(*wholeNumber(s)));
            }
            e.statusClass = 0;
        } else if (status->isString() && status->toString().size() == 3 &&
            status->toString().endsWith(u"xx") && status->toString().at(0) >= u'1' &&
            status->toString().at(0) <= u'5') {
            e.statusClass = status->toString().at(0).digitValue();
        } else {
            return badExpectation(ExpectationsText::tr(
                "\"status\" must be a status (200), a class (\"2xx\") or a list ([200, 202])"));
        }
    }
    if (const JsonValue *validation = o.find(u"validation")) {
        const QString v = validation->toString();
        if (v != u"clean" && v != u"any")
            return badExpectation(ExpectationsText::tr("\"validation\" must be \"clean\" or \"any\""));
        e.allowValidationErrors = v == u"any";
    }
    if (const JsonValue *max = o.find(u"maxBytes")) {
        const std::optional<qint64> n = wholeNumber(*max);
        if (!n || *n <= 0)
            return badExpectation(ExpectationsText::tr("\"maxBytes\" must be a whole number above 0"));
        e.maxBytes = n;
    }
    if (const JsonValue *recorded = o.find(u"recorded")) {
        const QString r = recorded->toString();
        if (r != u"accepted" && r != u"dropped")
            return badExpectation(ExpectationsText::tr("\"recorded\" must be \"accepted\" or \"dropped\""));
        e.recorded = r == u"accepted" ? Recorded::Accepted : Recorded::Dropped;
    }
    if (const JsonValue *reason = o.find(u"reason")) {
        if (!reason->isString() || reason->toString().isEmpty())
            return badExpectation(ExpectationsText::tr("\"reason\" must be a drop reason code such as "
                                                       "\"track.event.missing\""));
        if (e.recorded == Recorded::Accepted)
            return badExpectation(ExpectationsText::tr("\"reason\" goes with \"recorded\": \"dropped\""));
        e.recorded = Recorded::Dropped;
        e.reason = reason->toString();
    }
    return e;
}

QStringList unmetExpectations(const Expectations &expect, const ExchangeFacts &facts)
{
    QStringList unmet;
    if (facts.status == 0) {
        unmet.append(ExpectationsText::tr("no answer: %1").arg(facts.failure));
        return unmet;
    }
    if (!statusMatches(expect, facts.status))
        unmet.append(
            ExpectationsText::tr("status %1, expected %2").arg(facts.status).arg(expect.statusText()));
    if (expect.maxBytes && facts.bodyBytes > *expect.maxBytes)
        unmet.append(ExpectationsText::tr("the body is %1 bytes, over the expected maximum of %2")
                         .arg(facts.bodyBytes)
                         .arg(*expect.maxBytes));
    // By default a sandbox's verdict is checked whenever the call was meant to succeed: a 200 for
    // a call it dropped is the failure this tool exists to catch.
    Expectations::Recorded recorded = expect.recorded;
    if (recorded == Expectations::Recorded::Default)
        recorded =
            expect.expectsSuccess() ? Expectations::Recorded::Accepted : Expectations::Recorded::Default;
    if (recorded == Expectations::Recorded::Default)
        return unmet;
    if (!facts.sandbox) {
        if (expect.recorded != Expectations::Recorded::Default)
            unmet.append(
                ExpectationsText::tr("the target is not a sandbox, so what it recorded cannot be checked"));
        return unmet;
    }
    const SandboxVerdict &v = *facts.sandbox;
    if (recorded == Expectations::Recorded::Accepted && v.dropped > 0)
        unmet.append(
            ExpectationsText::tr("the sandbox dropped %1 of %n call(s): %2", nullptr, v.accepted + v.dropped)
                .arg(v.dropped)
                .arg(v.reasons.join(QStringLiteral(", "))));
    if (recorded == Expectations::Recorded::Dropped) {
        if (v.dropped == 0)
            unmet.append(expect.reason.isEmpty()
                    ? ExpectationsText::tr("the sandbox accepted every call, expected it to drop them")
                    : ExpectationsText::tr("the sandbox accepted every call, expected it to drop them (%1)")
                          .arg(expect.reason));
        else if (!expect.reason.isEmpty() && !v.reasons.contains(expect.reason))
            unmet.append(ExpectationsText::tr("the sandbox dropped the call for %1, expected %2")
                             .arg(v.reasons.join(QStringLiteral(", ")), expect.reason));
    }
    return unmet;
}

} // namespace ewb
