// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "faultplan.h"

namespace ewb {

namespace {

Error badSpec(const QString &message)
{
    return Error {QStringLiteral("sandbox.fault"), message};
}

// An integer field in [min, max]; fallback when absent.
Result<int> intField(const JsonObject &object, QStringView key, int fallback, int min, int max)
{
    const JsonValue *value = object.find(key);
    if (!value)
        return fallback;
    const double number = value->toDouble(-1e18);
    if (!value->isNumber() || number != double(qint64(number)) || number < min || number > max)
        return badSpec(
            QStringLiteral("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(min).arg(max));
    return int(number);
}

} // namespace

Status FaultPlan::add(const JsonValue &spec)
{
    if (!spec.isObject())
        return badSpec(QStringLiteral("A fault is a JSON object, e.g. {\"count\": 2, \"status\": 503}."));
    const JsonObject &object = spec.object();
    static const QStringList known = {QStringLiteral("count"), QStringLiteral("status"),
        QStringLiteral("retryAfter"), QStringLiteral("delayMs"), QStringLiteral("drop"),
        QStringLiteral("rateLimit")};
    for (const auto &member : object.members()) {
        if (!known.contains(member.first))
            return badSpec(QStringLiteral("Unknown fault field \"%1\"; known: %2.")
                               .arg(member.first, known.join(QStringLiteral(", "))));
    }

    if (const JsonValue *rate = object.find(u"rateLimit")) {
        if (rate->isNull()) {
            setRateLimit(0, 1000);
        } else {
            if (!rate->isObject())
                return badSpec(
                    QStringLiteral("\"rateLimit\" is {\"requests\": N, \"windowMs\": M} or null."));
            const Result<int> requests = intField(rate->object(), u"requests", -1, 0, 1000000);
            const Result<int> window = intField(rate->object(), u"windowMs", 1000, 1, 3600000);
            if (!requests)
                return requests.error();
            if (!window)
                return window.error();
            if (requests.value() < 0)
                return badSpec(QStringLiteral("\"rateLimit\" needs \"requests\" (0 turns it off)."));
            setRateLimit(requests.value(), window.value());
        }
    }

    const bool hasFault =
        object.contains(u"status") || object.contains(u"delayMs") || object.contains(u"drop");
    if (!hasFault) {
        if (object.contains(u"rateLimit"))
            return Done {};
        return badSpec(
            QStringLiteral("A fault needs \"status\", \"delayMs\" or \"drop\" (or \"rateLimit\")."));
    }
    Fault fault;
    const Result<int> count = intField(object, u"count", 1, 1, 1000000);
    // 200 to 599: a 1xx is not an answer (the client would wait for the real one).
    const Result<int> status = intField(object, u"status", 0, 200, 599);
    const Result<int> retryAfter = intField(object, u"retryAfter", -1, 0, 86400);
    const Result<int> delay = intField(object, u"delayMs", 0, 0, 600000);
    for (const Result<int> *field : {&count, &status, &retryAfter, &delay}) {
        if (!*field)
            return field->error();
    }
    fault.remaining = count.value();
    fault.status = status.value();
    fault.retryAfterSeconds = retryAfter.value();
    fault.delayMs = delay.value();
    if (const JsonValue *drop = object.find(u"drop")) {
        if (!drop->isBool())
            return badSpec(QStringLiteral("\"drop\" is true or false."));
        fault.drop = drop->toBool();
    }
    if (fault.retryAfterSeconds >= 0 && fault.status == 0)
        return badSpec(QStringLiteral("\"retryAfter\" goes with a \"status\" (usually 429 or 503)."));
    if (fault.drop && fault.status != 0)
        return badSpec(QStringLiteral("A fault either drops the connection or answers a status, not both."));
    if (fault.status == 0 && !fault.drop && fault.delayMs == 0)
        return badSpec(QStringLiteral("This fault would change nothing: give a status, a delay or drop."));
    m_faults.append(fault);
    return Done {};
}

void FaultPlan::clear()
{
    m_faults.clear();
    setRateLimit(0, 1000);
}

std::optional<Fault> FaultPlan::takeNext()
{
    if (m_faults.isEmpty())
        return std::nullopt;
    Fault fault = m_faults.first();
    if (--m_faults.first().remaining <= 0)
        m_faults.removeFirst();
    fault.remaining = 1;
    return fault;
}

void FaultPlan::setRateLimit(int requests, int windowMs)
{
    m_rateLimitRequests = requests;
    m_rateLimitWindowMs = std::max(1, windowMs);
    m_windowStartMs = -1;
    m_inWindow = 0;
}

std::optional<int> FaultPlan::admit(qint64 nowMs)
{
    if (m_rateLimitRequests <= 0)
        return std::nullopt;
    if (m_windowStartMs < 0 || nowMs - m_windowStartMs >= m_rateLimitWindowMs) {
        m_windowStartMs = nowMs;
        m_inWindow = 0;
    }
    if (m_inWindow < m_rateLimitRequests) {
        ++m_inWindow;
        return std::nullopt;
    }
    const qint64 leftMs = m_windowStartMs + m_rateLimitWindowMs - nowMs;
    return int(std::max<qint64>(1, (leftMs + 999) / 1000));
}

JsonObject FaultPlan::toJson() const
{
    JsonArray faults;
    for (const Fault &fault : m_faults) {
        JsonObject entry;
        entry.insert(QStringLiteral("count"), fault.remaining);
        if (fault.status)
            entry.insert(QStringLiteral("status"), fault.status);
        if (fault.retryAfterSeconds >= 0)
            entry.insert(QStringLiteral("retryAfter"), fault.retryAfterSeconds);
        if (fault.delayMs)
            entry.insert(QStringLiteral("delayMs"), fault.delayMs);
        if (fault.drop)
            entry.insert(QStringLiteral("drop"), true);
        faults.push_back(std::move(entry));
    }
    JsonObject object;
    object.insert(QStringLiteral("faults"), std::move(faults));
    if (m_rateLimitRequests > 0) {
        JsonObject rate;
        rate.insert(QStringLiteral("requests"), m_rateLimitRequests);
        rate.insert(QStringLiteral("windowMs"), m_rateLimitWindowMs);
        object.insert(QStringLiteral("rateLimit"), std::move(rate));
    } else {
        object.insert(QStringLiteral("rateLimit"), nullptr);
    }
    return object;
}

} // namespace ewb
