// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "ingest.h"

#include "enrich.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "model/payload.h"
#include "net/redaction.h"
#include "sandboxauth.h"
#include "validation/validator.h"

#include <algorithm>
#include <vector>

namespace ewb {

namespace {

// Raw bodies that are not JSON are recorded as text, cut to this, so a huge garbage body does not
// fill the ring.
constexpr qsizetype maxRecordedRawBytes = 4096;
// Past this, a request refused as a whole is recorded as that cut text, not as its parsed calls.
constexpr qsizetype maxRecordedTreeBytes = 64 * 1024;

// What is recorded of a body kept as text: its start, with any key in it redacted.
JsonValue cutText(const QByteArray &body)
{
    return JsonValue(QString::fromUtf8(redactWriteKeys(body.left(maxRecordedRawBytes))));
}

// The errors an answer or an event lists: the first maxListedProblems, then how many more. A
// batch of 170,000 bad calls answered each of them in one body, and wrote them all into every
// event of its valid calls as the reason they were rejected.
constexpr int maxListedProblems = 100;

class ProblemList
{
public:
    void add(const QString &message)
    {
        if (m_messages.size() < maxListedProblems)
            m_messages.append(message);
        ++m_count;
    }
    bool isEmpty() const { return m_count == 0; }
    QStringList listed() const
    {
        QStringList out = m_messages;
        if (m_count > m_messages.size())
            out.append(QStringLiteral("and %1 more").arg(m_count - m_messages.size()));
        return out;
    }

private:
    QStringList m_messages;
    qsizetype m_count = 0;
};

// The index of the batch item a JSON pointer points into, or -1 for the request as a whole.
int batchItemOf(const QString &pointer)
{
    static const QString prefix = QStringLiteral("/batch/");
    if (!pointer.startsWith(prefix))
        return -1;
    const qsizetype end = pointer.indexOf(u'/', prefix.size());
    bool ok = false;
    const int index = QStringView(pointer).mid(prefix.size(), end < 0 ? -1 : end - prefix.size()).toInt(&ok);
    return ok ? index : -1;
}

QString describe(const Diagnostic &diagnostic)
{
    return diagnostic.pointer.isEmpty() ? diagnostic.message
                                        : diagnostic.pointer + QStringLiteral(": ") + diagnostic.message;
}

// A batch's error diagnostics by the item they point into, as indexes into the check's list
// (in item order): every item is judged by all of its own, without a copy of any of them.
struct ItemErrors
{
    int item = 0;
    qsizetype diagnostic = 0;
};

class Ingestion
{
public:
    Ingestion(const IngestRequest &request, const QStringList &keys, const EventSink &sink)
        : m_request(request), m_keys(keys), m_sink(sink)
    { }

    IngestOutcome run();

private:
    RecordedEvent event(const QString &type, JsonValue payload) const
    {
        RecordedEvent recorded;
        recorded.type = type;
        recorded.path = m_request.path;
        recorded.receivedAt = m_request.receivedAt;
        if (payload.isObject()) {
            const JsonValue &id = payload.object().value(u"messageId");
            recorded.messageId = id.isString() ? id.stringRef() : QString();
        }
        recorded.payload = std::move(payload);
        return recorded;
    }
    // Both hand the event on at once, with the answer's status: set m_outcome.status first.
    void accept(RecordedEvent recorded)
    {
        recorded.accepted = true;
        recorded.status = m_outcome.status;
        ++m_outcome.accepted;
        m_sink(std::move(recorded));
    }
    void drop(RecordedEvent recorded, const QString &reason, const QString &message)
    {
        recorded.accepted = false;
        recorded.reason = reason;
        recorded.message = message;
        recorded.status = m_outcome.status;
        if (m_outcome.firstReason.isEmpty())
            m_outcome.firstReason = reason;
        ++m_outcome.dropped;
        m_sink(std::move(recorded));
    }
    // The whole request refused: every call in it recorded as dropped with the same reason.
    IngestOutcome refuseAll(
        int status, const JsonValue &document, const QString &reason, const QStringList &messages);
    QString endpointName() const { return callTypeName(m_request.endpoint); }
    static QString itemType(const JsonValue &item)
    {
        const JsonValue &type = item.isObject() ? item.object().value(u"type") : JsonValue();
        return type.isString() && !type.stringRef().isEmpty() ? type.stringRef() : QStringLiteral("unknown");
    }

    const IngestRequest &m_request;
    const QStringList &m_keys;
    const EventSink &m_sink;
    IngestOutcome m_outcome;
};

IngestOutcome Ingestion::refuseAll(
    int status, const JsonValue &document, const QString &reason, const QStringList &messages)
{
    const QString message = messages.join(QStringLiteral("; "));
    m_outcome.status = status;
    m_outcome.body = status == 200 ? QByteArray("{}") : apiErrorBody(messages);
    // A body over a limit, or a big one refused as a whole, is one event with its text cut: its
    // parsed tree can be a hundred times its size (a 4 MB body of small numbers made 128 MB).
    if (reason.startsWith(u"size.") || m_request.body.size() > maxRecordedTreeBytes) {
        drop(event(endpointName(), cutText(m_request.body)), reason, message);
        return std::move(m_outcome);
    }
    const JsonValue *items = document.isObject() && m_request.endpoint == CallType::Batch
        ? document.object().find(u"batch")
        : nullptr;
    if (items && items->isArray() && !items->array().empty()) {
        for (const JsonValue &item : items->array())
            drop(event(itemType(item), item), reason, message);
    } else {
        drop(event(endpointName(), document), reason, message);
    }
    return std::move(m_outcome);
}

IngestOutcome Ingestion::run()
{
    const bool strict = m_request.strict;
    JsonSyntaxError where;
    Result<JsonValue> parsed = parseJson(m_request.body, {}, &where);
    // What is recorded when the request is refused: the body without its key, or its text.
    JsonValue document = parsed ? std::move(parsed).value() : cutText(m_request.body);
    std::optional<QString> writeKey;
    // A body that is JSON but not an object (an array of calls) keeps no key either.
    if (document.isArray()) {
        for (JsonValue &item : document.array()) {
            if (item.isObject())
                stripWriteKey(item.object());
        }
    }
    if (parsed.ok() && document.isObject()) {
        if (const JsonValue *field = document.object().find(u"writeKey"); field && field->isString())
            writeKey = field->stringRef();
        stripWriteKey(document.object());
        if (JsonValue *items = document.object().find(u"batch"); items && items->isArray()) {
            for (JsonValue &item : items->array()) {
                if (item.isObject())
                    stripWriteKey(item.object());
            }
        }
    }

    // The key first (a request with a bad key learns nothing else about its body), unless the key
    // was to be in the body and the body cannot be read.
    const AuthResult auth = authenticate(m_request.headerKey, writeKey, m_keys);
    if (!parsed && (auth.ok || !m_request.headerKey))
        return refuseAll(400, document, QStringLiteral("json.invalid"),
            {QStringLiteral("The body is not valid JSON: %1").arg(parsed.error().message)});
    if (!auth.ok)
        return refuseAll(strict ? 401 : 200, document, auth.reason, {auth.message});

    Result<Payload> payload = Payload::fromJson(document, m_request.endpoint);
    if (!payload)
        return refuseAll(strict ? 400 : 200, document, payload.error().code, {payload.error().message});

    // Every call of a batch is judged by its own diagnostics: none may be left unlisted.
    ValidationOptions everything;
    everything.maxPerCode = 0;
    const PayloadCheck check = checkPayload(payload.value(), everything);
    QString wholeReason;
    ProblemList whole;
    std::vector<ItemErrors> itemErrors;
    for (qsizetype i = 0; i < check.diagnostics.size(); ++i) {
        const Diagnostic &diagnostic = check.diagnostics.at(i);
        if (diagnostic.severity != Severity::Error)
            continue;
        const int item = payload->isBatch() ? batchItemOf(diagnostic.pointer) : -1;
        if (item >= 0) {
            itemErrors.push_back(ItemErrors {item, i});
            continue;
        }
        if (wholeReason.isEmpty())
            wholeReason = diagnostic.code;
        whole.add(describe(diagnostic));
    }
    if (!whole.isEmpty())
        return refuseAll(strict ? 400 : 200, document, wholeReason, whole.listed());

    // Nothing is refused as a whole from here: the calls are moved out of the tree, not copied
    // (with the document let go, nothing else shares it).
    document = JsonValue();
    if (!payload->isBatch()) {
        JsonObject call = std::move(payload->body());
        enrichCall(call, m_request.endpoint, m_request.receivedAt, nullptr);
        accept(event(endpointName(), std::move(call)));
        m_outcome.body = "{}";
        return std::move(m_outcome);
    }

    // Document order keeps an item's diagnostics together; stable, so each item's stay in order.
    std::stable_sort(itemErrors.begin(), itemErrors.end(),
        [](const ItemErrors &a, const ItemErrors &b) { return a.item < b.item; });
    // Walks the items in order: the reason and message of each item with errors.
    auto nextErrors = itemErrors.cbegin();
    const auto judge = [&](int item, QString &reason, QString &message) {
        while (nextErrors != itemErrors.cend() && nextErrors->item < item)
            ++nextErrors;
        QStringList messages;
        for (; nextErrors != itemErrors.cend() && nextErrors->item == item; ++nextErrors) {
            const Diagnostic &diagnostic = check.diagnostics.at(nextErrors->diagnostic);
            if (reason.isEmpty())
                reason = diagnostic.code;
            messages.append(describe(diagnostic));
        }
        message = messages.join(QStringLiteral("; "));
        return !reason.isEmpty();
    };

    JsonArray &items = payload->batchItems();
    if (strict && !itemErrors.empty()) {
        ProblemList all;
        for (const ItemErrors &error : itemErrors)
            all.add(describe(check.diagnostics.at(error.diagnostic)));
        const QStringList listed = all.listed();
        const QString rejected =
            QStringLiteral("Strict mode rejected the whole batch: ") + listed.join(QStringLiteral("; "));
        m_outcome.status = 400;
        m_outcome.body = apiErrorBody(listed);
        for (int i = 0; i < int(items.size()); ++i) {
            QString reason;
            QString message;
            if (judge(i, reason, message))
                drop(event(itemType(items[size_t(i)]), items[size_t(i)]), reason, message);
            else
                drop(event(itemType(items[size_t(i)]), items[size_t(i)]), QStringLiteral("batch.rejected"),
                    rejected);
        }
        return std::move(m_outcome);
    }

    // Enriching reads the batch's own members (context, integrations, sentAt), never its calls.
    const JsonObject &batchBody = std::as_const(payload.value()).body();
    for (int i = 0; i < int(items.size()); ++i) {
        JsonValue &item = items[size_t(i)];
        QString reason;
        QString message;
        const QString type = itemType(item);
        if (judge(i, reason, message) || !item.isObject()) {
            drop(event(type, std::move(item)), reason.isEmpty() ? QStringLiteral("batch.item") : reason,
                reason.isEmpty() ? QStringLiteral("A batch item is not an object.") : message);
            continue;
        }
        JsonObject call = std::move(item.object());
        enrichCall(call, callTypeFromName(type).value_or(CallType::Track), m_request.receivedAt, &batchBody);
        accept(event(type, std::move(call)));
    }
    m_outcome.body = "{}";
    return std::move(m_outcome);
}

} // namespace

QByteArray apiErrorBody(const QStringList &errors)
{
    JsonArray list;
    for (const QString &error : errors)
        list.push_back(error);
    JsonObject meta;
    meta.insert(QStringLiteral("errors"), std::move(list));
    JsonObject body;
    body.insert(QStringLiteral("meta"), std::move(meta));
    return writeJson(body);
}

IngestOutcome ingest(const IngestRequest &request, const QStringList &configuredKeys, const EventSink &record)
{
    return Ingestion(request, configuredKeys, record).run();
}

} // namespace ewb
