// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "forwardoutcome.h"

#include "recordedevent.h"

namespace ewb {

namespace {
constexpr std::pair<ForwardOutcome::State, QStringView> stateNames[] = {
    {ForwardOutcome::State::Pending, u"pending"},
    {ForwardOutcome::State::Forwarded, u"forwarded"},
    {ForwardOutcome::State::Failed, u"failed"},
    {ForwardOutcome::State::Skipped, u"skipped"},
};
} // namespace

QString forwardStateName(ForwardOutcome::State state)
{
    for (const auto &[s, name] : stateNames) {
        if (s == state)
            return name.toString();
    }
    return {};
}

std::optional<ForwardOutcome::State> forwardStateFromName(QStringView name)
{
    for (const auto &[s, n] : stateNames) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

JsonObject ForwardOutcome::toJson() const
{
    JsonObject object;
    object.insert(QStringLiteral("state"), forwardStateName(state));
    if (status)
        object.insert(QStringLiteral("status"), status);
    object.insert(QStringLiteral("attempts"), attempts);
    if (!reason.isEmpty()) {
        object.insert(QStringLiteral("reason"), reason);
        object.insert(QStringLiteral("message"), message);
    }
    if (!answer.isNull())
        object.insert(QStringLiteral("answer"), answer);
    if (at.isValid())
        object.insert(QStringLiteral("at"), isoUtcMillis(at));
    return object;
}

std::optional<ForwardOutcome> ForwardOutcome::fromJson(const JsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const JsonObject &object = value.object();
    const std::optional<State> state = forwardStateFromName(object.value(u"state").toString());
    if (!state)
        return std::nullopt;
    ForwardOutcome outcome;
    outcome.state = *state;
    outcome.status = int(object.value(u"status").toDouble(0));
    outcome.attempts = int(object.value(u"attempts").toDouble(0));
    outcome.reason = object.value(u"reason").toString();
    outcome.message = object.value(u"message").toString();
    if (const JsonValue *answer = object.find(u"answer"); answer && answer->isString())
        outcome.answer = answer->stringRef();
    outcome.at = QDateTime::fromString(object.value(u"at").toString(), Qt::ISODateWithMs);
    return outcome;
}

} // namespace ewb
