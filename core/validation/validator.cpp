// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "validator.h"

#include "fieldrules.h"
#include "isotimestamp.h"
#include "json/jsonpointer.h"
#include "semanticevents.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

namespace ewb {

namespace {

// The translation context of the validator's messages.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Validator)
};

// A group's rules by the length of their key: a member is compared only with the rules whose key
// is as long as its name, where it was compared with the whole table (a fifth of a call's check).
struct RulesByLength
{
    static constexpr qsizetype longest = 32;
    std::array<std::vector<quint8>, longest + 1> rules; // indexes into fieldRules(group), in order
};

const RulesByLength &rulesByLength(RuleGroup group)
{
    static const std::array<RulesByLength, 4> all = [] {
        std::array<RulesByLength, 4> out;
        for (const RuleGroup g :
            {RuleGroup::Call, RuleGroup::Context, RuleGroup::ContextDevice, RuleGroup::Traits}) {
            const std::span<const FieldRule> rules = fieldRules(g);
            for (size_t r = 0; r < rules.size(); ++r) {
                Q_ASSERT(rules[r].key.size() <= RulesByLength::longest);
                out[size_t(g)].rules[size_t(rules[r].key.size())].push_back(quint8(r));
            }
        }
        return out;
    }();
    static const RulesByLength none;
    return group == RuleGroup::None ? none : all[size_t(group)];
}

QString quoted(QStringView text)
{
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

// A step of the path from the body to the value being checked. Keys point into the payload, which
// outlives the walk, so building a path costs nothing; the pointer string is made only when a
// diagnostic is emitted. position is the member's place in its object (or the array index), -1 for
// a member that is absent: it orders diagnostics in document order.
struct Step
{
    QStringView key;
    int position = -1;
    bool isIndex = false;
};

bool isUsableId(const JsonValue *v)
{
    return v && ((v->isString() && !v->stringRef().isEmpty()) || v->isNumber());
}

bool isNonEmptyString(const JsonValue *v)
{
    return v && v->isString() && !v->stringRef().isEmpty();
}

// The member's position for document order: the last one with this key (the one the API keeps).
int positionOf(const JsonObject &object, QStringView key)
{
    const auto &members = object.members();
    for (int i = int(members.size()) - 1; i >= 0; --i) {
        if (members[size_t(i)].first == key)
            return i;
    }
    return -1;
}

QString timestampAdvice(TimestampProblem problem)
{
    switch (problem) {
    case TimestampProblem::DateOnly:
        return Validator::tr("it is a date without a time; add a time and zone, e.g. 2024-01-02T00:00:00Z");
    case TimestampProblem::NoZone:
        return Validator::tr("it has no time zone, so its instant is unknown; end it with Z (UTC) or an "
                             "offset like +02:00");
    case TimestampProblem::NotARealDate:
        return Validator::tr("no such date or time exists (check the day of the month, hours 00-23, "
                             "minutes and seconds 00-59, offset)");
    case TimestampProblem::TrailingText:
        return Validator::tr("there are extra characters after the date-time; remove them");
    case TimestampProblem::Syntax:
    case TimestampProblem::None: break;
    }
    return Validator::tr("write it as ISO 8601, e.g. 2024-01-02T03:04:05.678Z");
}

class Walker
{
public:
    Walker(const Payload &payload, const ValidationOptions &options) : m_payload(payload), m_options(options)
    {
        m_path.reserve(16);
        m_now = options.nowMsecsSinceEpoch ? options.nowMsecsSinceEpoch : QDateTime::currentMSecsSinceEpoch();
    }

    Diagnostics run()
    {
        const JsonObject &body = m_payload.body();
        if (m_payload.isBatch())
            checkBatch(body);
        else
            checkCall(body, m_payload.type(), false);
        checkDuplicates(body);
        return sorted();
    }

private:
    struct Entry
    {
        Diagnostic diagnostic;
        std::vector<int> order;
    };

    // --- emitting --------------------------------------------------------------------------------

    // message makes the text (a callable returning QString), only when the diagnostic is listed: past
    // maxPerCode of a code a diagnostic is only counted, and a batch of 250,000 empty calls would
    // otherwise translate and format a quarter of a million sentences nobody sees.
    template<typename MakeMessage>
    void report(
        Severity severity, QStringView code, MakeMessage &&message, std::initializer_list<Step> extra = {})
    {
        reportAt(m_path, std::span<const Step>(extra.begin(), extra.size()), severity, code, message);
    }

    template<typename MakeMessage>
    void reportAt(std::span<const Step> base, std::span<const Step> extra, Severity severity,
        QStringView code, MakeMessage &&message)
    {
        if (m_options.maxPerCode > 0) {
            Count &count = m_perCode[code.toString()];
            count.severity = count.seen == 0 ? severity : std::min(count.severity, severity); // Error first
            if (++count.seen > m_options.maxPerCode)
                return; // counted, not listed: see sorted()
        }
        Entry e;
        e.diagnostic.severity = severity;
        e.diagnostic.code = code.toString();
        e.diagnostic.message = message();
        e.order.reserve(m_path.size() + extra.size());
        bool absent = false;
        const auto add = [&](const Step &s) {
            if (s.isIndex)
                appendPointerIndex(e.diagnostic.pointer, s.position);
            else
                appendPointerToken(e.diagnostic.pointer, s.key);
            // Below an absent member everything is absent too: order them all at its place.
            if (!absent)
                e.order.push_back(s.position);
            absent = absent || s.position < 0;
        };
        for (const Step &s : base)
            add(s);
        for (const Step &s : extra)
            add(s);
        // A value in a batch's shared context is checked once per call that uses it: report it once.
        if (base.empty() && m_batchBody) {
            for (const Entry &earlier : m_entries) {
                if (earlier.diagnostic == e.diagnostic)
                    return;
            }
        }
        m_entries.push_back(std::move(e));
    }

    Diagnostics sorted()
    {
        std::stable_sort(m_entries.begin(), m_entries.end(),
            [](const Entry &a, const Entry &b) { return a.order < b.order; });
        Diagnostics out;
        out.reserve(m_entries.size());
        for (Entry &e : m_entries)
            out.append(std::move(e.diagnostic));
        for (const auto &[code, count] : m_perCode) {
            const int left = count.seen - m_options.maxPerCode;
            if (left <= 0)
                continue;
            out.append(Diagnostic {count.severity, QString(), code,
                Validator::tr(
                    "and %n more like the ones above (%1); only the first %2 are listed", nullptr, left)
                    .arg(code)
                    .arg(m_options.maxPerCode)});
        }
        return out;
    }

    struct PathGuard
    {
        PathGuard(std::vector<Step> &path, Step step) : m_path(path) { m_path.push_back(step); }
        ~PathGuard() { m_path.pop_back(); }
        Q_DISABLE_COPY_MOVE(PathGuard)
        std::vector<Step> &m_path;
    };

    // --- batch -----------------------------------------------------------------------------------

    void checkBatch(const JsonObject &body)
    {
        walkGroup(body, RuleGroup::Call, CallType::Batch);
        const JsonValue *items = body.find(u"batch");
        const int at = positionOf(body, u"batch");
        if (!items || items->isNull()) {
            report(Severity::Error, u"batch.missing",
                [&] {
                    return Validator::tr("a batch needs a \"batch\" array holding the calls to send, e.g. "
                                         "{\"batch\": [{\"type\": \"track\", ...}]}");
                },
                {Step {u"batch", -1}});
            return;
        }
        if (!items->isArray()) {
            report(Severity::Error, u"batch.type",
                [&] {
                    return Validator::tr("\"batch\" is %1; it must be an array of calls")
                        .arg(JsonValue::kindName(items->kind()));
                },
                {Step {u"batch", at}});
            return;
        }
        PathGuard batchStep(m_path, Step {u"batch", at});
        const JsonArray &array = items->array();
        if (array.empty()) {
            report(Severity::Error, u"batch.empty",
                [&] { return Validator::tr("the batch is empty: nothing to send; add at least one call"); });
            return;
        }
        m_batchBody = &body;
        for (size_t i = 0; i < array.size(); ++i) {
            PathGuard itemStep(m_path, Step {{}, int(i), true});
            checkBatchItem(array[i]);
        }
        m_batchBody = nullptr;
    }

    void checkBatchItem(const JsonValue &item)
    {
        if (!item.isObject()) {
            report(Severity::Error, u"batch.item.not-object", [&] {
                return Validator::tr("this batch item is %1; each item must be a call object with a \"type\"")
                    .arg(JsonValue::kindName(item.kind()));
            });
            return;
        }
        const JsonObject &object = item.object();
        const JsonValue *type = object.find(u"type");
        if (!type || type->isNull()) {
            report(Severity::Error, u"batch.item.type.missing",
                [&] {
                    return Validator::tr(
                        "this batch item has no \"type\"; inside a batch each call must say what it "
                        "is: identify, track, page, screen, group or alias");
                },
                {Step {u"type", -1}});
            return;
        }
        const Step typeStep {u"type", positionOf(object, u"type")};
        if (!type->isString()) {
            report(Severity::Error, u"batch.item.type.unknown",
                [&] {
                    return Validator::tr(
                        "\"type\" is %1; it must be one of identify, track, page, screen, group, alias")
                        .arg(JsonValue::kindName(type->kind()));
                },
                {typeStep});
            return;
        }
        const std::optional<CallType> callType = callTypeFromName(type->stringRef());
        if (callType == CallType::Batch) {
            report(Severity::Error, u"batch.item.type.nested",
                [&] {
                    return Validator::tr(
                        "a batch cannot contain another batch; put these calls directly in the outer "
                        "\"batch\" array");
                },
                {typeStep});
            return;
        }
        if (!callType) {
            report(Severity::Error, u"batch.item.type.unknown",
                [&] {
                    return Validator::tr(
                        "\"type\" is %1, which is not a call type; use identify, track, page, screen, "
                        "group or alias (lower case)")
                        .arg(quoted(type->stringRef()));
                },
                {typeStep});
            return;
        }
        checkCall(object, *callType, true);
    }

    // --- one call --------------------------------------------------------------------------------

    void checkCall(const JsonObject &call, CallType type, bool inBatch)
    {
        m_inBatch = inBatch;
        const SemanticEvent *semantic = nullptr;
        if (type == CallType::Track) {
            const JsonValue *event = call.find(u"event");
            if (event && event->isString())
                semantic = findSemanticEvent(event->stringRef());
        }
        checkUser(call, type, semantic);
        walkGroup(call, RuleGroup::Call, type);
        if (type == CallType::Track)
            checkSemantic(call, semantic);
    }

    // Every call but alias names a person, by userId or anonymousId.
    void checkUser(const JsonObject &call, CallType type, const SemanticEvent *semantic)
    {
        if (type == CallType::Alias)
            return;
        const JsonValue *userId = call.find(u"userId");
        const JsonValue *anonymousId = call.find(u"anonymousId");
        if (semantic) {
            switch (semantic->identity) {
            case SemanticIdentity::None: return;
            case SemanticIdentity::UserId:
                if (!isUsableId(userId))
                    report(Severity::Error, u"semantic.userId.missing",
                        [&] {
                            return (isUsableId(anonymousId)
                                    ? Validator::tr(
                                          "\"%1\" %2, so it needs the person's \"userId\"; an anonymousId "
                                          "is not enough")
                                    : Validator::tr("\"%1\" %2, so it needs the person's \"userId\""))
                                .arg(semantic->name, semanticEventPurpose(*semantic));
                        },
                        {Step {u"userId", positionOf(call, u"userId")}});
                return;
            case SemanticIdentity::AnonymousId:
                if (!isUsableId(anonymousId))
                    report(Severity::Error, u"semantic.anonymousId.missing",
                        [&] {
                            return Validator::tr(
                                "\"%1\" %2, which concerns no person: the spec's schema for it requires "
                                "\"anonymousId\" (any value, e.g. a UUID)")
                                .arg(semantic->name, semanticEventPurpose(*semantic));
                        },
                        {Step {u"anonymousId", positionOf(call, u"anonymousId")}});
                return;
            }
        }
        if (isUsableId(userId) || isUsableId(anonymousId))
            return;
        if (type == CallType::Identify) {
            const JsonValue *traits = call.find(u"traits");
            if (traits && traits->isObject() && isNonEmptyString(traits->object().find(u"email"))) {
                report(Severity::Warning, u"user.email-only", [&] {
                    return Validator::tr(
                        "no userId or anonymousId: this identify only works when Customer.io is the "
                        "destination, which identifies the person by traits.email; add a userId "
                        "for every other destination");
                });
                return;
            }
        }
        const bool emptyGiven = (userId && userId->isString()) || (anonymousId && anonymousId->isString());
        report(Severity::Error, u"user.missing", [&] { return userMissing(type, emptyGiven); });
    }

    static QString userMissing(CallType type, bool emptyGiven)
    {
        if (type == CallType::Identify)
            return emptyGiven
                ? Validator::tr("an identify call needs a \"userId\" or an \"anonymousId\" that is "
                                "not empty; without one the API drops it")
                : Validator::tr("an identify call needs a \"userId\" or an \"anonymousId\"; without "
                                "one the API drops it");
        return (emptyGiven
                ? Validator::tr("a %1 call needs a \"userId\" or an \"anonymousId\" that is not empty; "
                                "without one the API drops it")
                : Validator::tr("a %1 call needs a \"userId\" or an \"anonymousId\"; without one the "
                                "API drops it"))
            .arg(callTypeName(type));
    }

    // --- the rule table ---------------------------------------------------------------------------

    void walkGroup(const JsonObject &object, RuleGroup group, CallType type)
    {
        const std::span<const FieldRule> rules = fieldRules(group);
        const RulesByLength &byLength = rulesByLength(group);
        const CallMask mask = callMask(type);
        const auto &members = object.members();
        // Which required rules were satisfied; the table has fewer than 64 rules per group.
        quint64 seen = 0;
        for (size_t i = 0; i < members.size(); ++i) {
            const JsonObject::Member &m = members[i];
            if (m.first.size() > RulesByLength::longest)
                continue;
            for (const quint8 r : byLength.rules[size_t(m.first.size())]) {
                const FieldRule &rule = rules[r];
                if (!(rule.calls & mask) || rule.key != m.first)
                    continue;
                // With duplicate keys the API keeps the last one; only that one is checked.
                if (object.find(m.first) != &m.second)
                    continue;
                if (!m.second.isNull() || rule.check == FieldCheck::ServerSet)
                    seen |= quint64(1) << r;
                PathGuard step(m_path, Step {m.first, int(i)});
                applyRule(rule, m.second, type);
            }
        }
        for (size_t r = 0; r < rules.size(); ++r) {
            const FieldRule &rule = rules[r];
            if (rule.required && (rule.calls & mask) && !(seen & (quint64(1) << r)))
                report(Severity::Error, rule.missingCode,
                    [&] {
                        return Validator::tr("%1 is missing; %2")
                            .arg(quoted(rule.key), rule.missingHintText());
                    },
                    {Step {rule.key, -1}});
        }
    }

    void kindMismatch(const FieldRule &rule, const JsonValue &value)
    {
        report(rule.severity, rule.code, [&] {
            return Validator::tr("%1 is %2; %3")
                .arg(quoted(rule.label), JsonValue::kindName(value.kind()), rule.hintText());
        });
    }

    void applyRule(const FieldRule &rule, const JsonValue &value, CallType type)
    {
        switch (rule.check) {
        case FieldCheck::Kind:
            if (value.isNull())
                return;
            if (!(kindBit(value.kind()) & rule.kinds)) {
                kindMismatch(rule, value);
                return;
            }
            if (rule.required && value.isString() && value.stringRef().isEmpty())
                report(Severity::Error, rule.missingCode, [&] {
                    return Validator::tr("%1 is empty; %2").arg(quoted(rule.label), rule.missingHintText());
                });
            break;
        case FieldCheck::Id: checkId(rule, value); return; // ids have no children
        case FieldCheck::Timestamp: checkTimestamp(rule, value); return;
        case FieldCheck::ServerSet:
            report(Severity::Info, u"field.server-set", [&] {
                return Validator::tr("%1 is set by the server on receipt; %2")
                    .arg(quoted(rule.label), rule.hintText());
            });
            return;
        case FieldCheck::TypeField: checkTypeField(value, type); return;
        case FieldCheck::Integrations:
            if (value.isNull())
                return;
            if (!value.isObject()) {
                kindMismatch(rule, value);
                return;
            }
            checkIntegrations(value.object());
            return;
        case FieldCheck::ObjectTypeId: checkObjectTypeId(rule, value); return;
        }
        if (rule.child != RuleGroup::None && value.isObject())
            walkGroup(value.object(), rule.child, type);
    }

    void checkId(const FieldRule &rule, const JsonValue &value)
    {
        switch (value.kind()) {
        case JsonValue::Kind::Null: return;
        case JsonValue::Kind::String:
            if (rule.required && value.stringRef().isEmpty())
                report(Severity::Error, rule.missingCode, [&] {
                    return Validator::tr("%1 is empty; %2").arg(quoted(rule.label), rule.missingHintText());
                });
            return;
        case JsonValue::Kind::Number:
            report(Severity::Warning, u"id.number", [&] {
                return Validator::tr(
                    "%1 is a number; the API turns it into a string, but send ids as strings "
                    "(\"%2\") so that they match exactly everywhere")
                    .arg(quoted(rule.label), value.numberLiteral());
            });
            return;
        default: kindMismatch(rule, value); return;
        }
    }

    void checkTimestamp(const FieldRule &rule, const JsonValue &value)
    {
        if (value.isNull())
            return;
        // The hint is made only when reported: a translation lookup per timestamp showed in a
        // backfill's profile.
        if (!value.isString()) {
            report(Severity::Warning, u"timestamp.invalid", [&] {
                return Validator::tr("%1 is %2, not an ISO 8601 date-time string; %3")
                    .arg(quoted(rule.label), JsonValue::kindName(value.kind()), rule.hintText());
            });
            return;
        }
        const ParsedTimestamp parsed = parseIsoTimestamp(value.stringRef());
        if (parsed.problem != TimestampProblem::None) {
            report(Severity::Warning, u"timestamp.invalid", [&] {
                return Validator::tr("%1 is %2, which is not a valid ISO 8601 date-time: %3; %4")
                    .arg(quoted(rule.label), quoted(value.stringRef()), timestampAdvice(parsed.problem),
                        rule.hintText());
            });
            return;
        }
        if (rule.key != u"receivedAt" && parsed.msecsSinceEpoch > m_now + m_options.futureToleranceMsecs)
            report(Severity::Warning, u"timestamp.future", [&] {
                return Validator::tr("%1 (%2) is in the future; check the clock and the time zone offset "
                                     "(local time written with Z?)")
                    .arg(quoted(rule.label), value.stringRef());
            });
    }

    void checkTypeField(const JsonValue &value, CallType type)
    {
        if (m_inBatch || value.isNull())
            return; // in a batch "type" says what the item is, checked before the rules run
        if (!value.isString()) {
            report(Severity::Error, u"field.type", [&] {
                return Validator::tr("\"type\" is %1; leave it out (the endpoint sets it) or write %2")
                    .arg(JsonValue::kindName(value.kind()), quoted(callTypeName(type)));
            });
            return;
        }
        if (value.stringRef() != callTypeName(type))
            report(Severity::Error, u"type.mismatch", [&] {
                return (type == CallType::Identify || type == CallType::Alias
                        ? Validator::tr("\"type\" is %1 but this is sent as an %2 call; the API rejects the "
                                        "mismatch: send it to the /%3 endpoint or change \"type\" to %4")
                        : Validator::tr("\"type\" is %1 but this is sent as a %2 call; the API rejects the "
                                        "mismatch: send it to the /%3 endpoint or change \"type\" to %4"))
                    .arg(quoted(value.stringRef()), callTypeName(type), value.stringRef(),
                        quoted(callTypeName(type)));
            });
    }

    void checkIntegrations(const JsonObject &integrations)
    {
        const auto &members = integrations.members();
        for (size_t i = 0; i < members.size(); ++i) {
            const JsonValue &v = members[i].second;
            if (v.isBool() || v.isObject())
                continue;
            PathGuard step(m_path, Step {members[i].first, int(i)});
            report(Severity::Warning, u"integrations.value.type", [&] {
                return Validator::tr(
                    "integration %1 is %2; use true or false to turn the destination on or off, "
                    "or an object of options for it")
                    .arg(quoted(members[i].first), JsonValue::kindName(v.kind()));
            });
        }
    }

    void checkObjectTypeId(const FieldRule &rule, const JsonValue &value)
    {
        if (value.isNull())
            return;
        bool ok = value.isString() && !value.stringRef().isEmpty();
        if (ok) {
            for (const QChar c : value.stringRef())
                ok = ok && c >= u'0' && c <= u'9';
        }
        if (!ok)
            report(Severity::Warning, rule.code, [&] {
                return Validator::tr("%1 is %2; %3")
                    .arg(quoted(rule.label),
                        value.isString() ? quoted(value.stringRef()) : JsonValue::kindName(value.kind()),
                        rule.hintText());
            });
    }

    // --- semantic events --------------------------------------------------------------------------

    void checkSemantic(const JsonObject &call, const SemanticEvent *semantic)
    {
        if (!semantic) {
            const JsonValue *event = call.find(u"event");
            if (event && event->isString()) {
                if (const SemanticEvent *near = findSemanticEventLoosely(event->stringRef()))
                    report(Severity::Warning, u"semantic.event.name",
                        [&] {
                            return Validator::tr(
                                "%1 is a custom event to the API; to use the reserved event that %2, "
                                "write its name exactly: %3")
                                .arg(quoted(event->stringRef()), semanticEventPurpose(*near),
                                    quoted(near->name));
                        },
                        {Step {u"event", positionOf(call, u"event")}});
            }
            return;
        }
        for (const SemanticField &field : semantic->fields)
            checkSemanticField(call, *semantic, field);
    }

    // Follows a dotted path ("context.device.token") from object, recording a step for each key
    // (absent ones too, for the pointer). Returns the value, or nullptr when any part is absent.
    static const JsonValue *resolveDotted(
        const JsonObject &object, QStringView path, std::array<Step, 4> &steps, size_t &depth)
    {
        depth = 0;
        const JsonObject *current = &object;
        const JsonValue *value = nullptr;
        while (!path.isEmpty() && depth < steps.size()) {
            const qsizetype dot = path.indexOf(u'.');
            const QStringView key = dot < 0 ? path : path.first(dot);
            path = dot < 0 ? QStringView() : path.sliced(dot + 1);
            value = current ? current->find(key) : nullptr;
            steps[depth++] = Step {key, value ? positionOf(*current, key) : -1};
            current = value && value->isObject() ? &value->object() : nullptr;
        }
        return value;
    }

    static bool isPresent(const JsonValue *v)
    {
        return v && !v->isNull() && !(v->isString() && v->stringRef().isEmpty());
    }

    void checkSemanticField(const JsonObject &call, const SemanticEvent &semantic, const SemanticField &field)
    {
        std::array<Step, 4> steps;
        size_t depth = 0;
        const JsonValue *value = resolveDotted(call, field.path, steps, depth);
        std::span<const Step> base = m_path;
        // In a batch, the top-level context applies to every call: a device token may come from it.
        if (!isPresent(value) && m_batchBody && field.path.startsWith(u"context.")) {
            std::array<Step, 4> sharedSteps;
            size_t sharedDepth = 0;
            const JsonValue *shared = resolveDotted(*m_batchBody, field.path, sharedSteps, sharedDepth);
            if (isPresent(shared)) {
                value = shared;
                steps = sharedSteps;
                depth = sharedDepth;
                base = {};
            }
        }
        const std::span<const Step> where(steps.data(), depth);
        if (!isPresent(value)) {
            if (field.required)
                reportAt(base, where, Severity::Error,
                    field.path.startsWith(u"context.") ? u"semantic.context.missing"
                                                       : u"semantic.property.missing",
                    [&] {
                        return field.allowedValues.empty()
                            ? Validator::tr("\"%1\" %2, so it needs %3")
                                  .arg(semantic.name, semanticEventPurpose(semantic), field.path)
                            : Validator::tr("\"%1\" %2, so it needs %3 (one of: %4)")
                                  .arg(semantic.name, semanticEventPurpose(semantic), field.path,
                                      joined(field.allowedValues));
                    });
            return;
        }
        if (!value->isString()) {
            reportAt(base, where, Severity::Warning, u"semantic.value.type", [&] {
                return Validator::tr("%1 is %2; send it as a string")
                    .arg(field.path.toString(), JsonValue::kindName(value->kind()));
            });
            return;
        }
        if (!field.allowedValues.empty() &&
            std::find(field.allowedValues.begin(), field.allowedValues.end(), value->stringRef()) ==
                field.allowedValues.end())
            reportAt(base, where, Severity::Warning, u"semantic.value.unknown", [&] {
                return Validator::tr("%1 is %2, which the spec does not list for \"%3\"; expected one of: %4")
                    .arg(field.path.toString(), quoted(value->stringRef()), semantic.name.toString(),
                        joined(field.allowedValues));
            });
    }

    static QString joined(std::span<const QStringView> values)
    {
        QString out;
        for (const QStringView v : values) {
            if (!out.isEmpty())
                out += QLatin1String(", ");
            out += v;
        }
        return out;
    }

    // --- duplicate keys ---------------------------------------------------------------------------

    void checkDuplicates(const JsonObject &object)
    {
        const auto &members = object.members();
        const size_t n = members.size();
        // Linear: a hostile body with 100,000 keys must not cost seconds (it did, compared in
        // pairs). Small objects, the usual case, skip the set.
        QSet<QStringView> seen;
        if (n > 8)
            seen.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i) {
            const QString &key = members[i].first;
            bool repeated = false;
            if (n > 8) {
                const auto before = seen.size();
                seen.insert(key);
                repeated = seen.size() == before;
            } else {
                for (size_t j = 0; j < i && !repeated; ++j)
                    repeated = members[j].first == key;
            }
            if (repeated) {
                PathGuard step(m_path, Step {key, int(i)});
                report(Severity::Warning, u"json.duplicate-key", [&] {
                    return Validator::tr(
                        "%1 appears more than once in this object; the API keeps only the last "
                        "one, so remove the others")
                        .arg(quoted(key));
                });
            }
        }
        for (size_t i = 0; i < n; ++i)
            checkDuplicatesIn(members[i].second, Step {members[i].first, int(i)});
    }

    void checkDuplicatesIn(const JsonValue &value, Step step)
    {
        if (value.isObject()) {
            if (value.object().isEmpty())
                return;
            PathGuard g(m_path, step);
            checkDuplicates(value.object());
        } else if (value.isArray()) {
            const JsonArray &array = value.array();
            if (array.empty())
                return;
            PathGuard g(m_path, step);
            for (size_t i = 0; i < array.size(); ++i)
                checkDuplicatesIn(array[i], Step {{}, int(i), true});
        }
    }

    const Payload &m_payload;
    const ValidationOptions &m_options;
    qint64 m_now = 0;
    bool m_inBatch = false;
    const JsonObject *m_batchBody = nullptr; // while checking a batch's items: the batch itself
    std::vector<Step> m_path;
    std::vector<Entry> m_entries;
    struct Count
    {
        int seen = 0;
        Severity severity = Severity::Error;
    };
    std::map<QString, Count> m_perCode; // ordered: the summaries come out in a stable order
};

} // namespace

Diagnostics validatePayload(const Payload &payload, const ValidationOptions &options)
{
    return Walker(payload, options).run();
}

PayloadCheck checkPayload(const Payload &payload, const ValidationOptions &options)
{
    return checkPayload(payload, measureSize(payload), options);
}

PayloadCheck checkPayload(const Payload &payload, SizeReport size, const ValidationOptions &options)
{
    PayloadCheck check;
    check.diagnostics = validatePayload(payload, options);
    check.size = std::move(size);
    check.diagnostics.append(checkSize(payload, check.size));
    return check;
}

} // namespace ewb
