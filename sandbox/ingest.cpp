#include "ingest.h"

#include "enrich.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "model/payload.h"
#include "net/redaction.h"
#include "sandboxauth.h"
#include "validation/validator.h"

#include <QMap>

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

QByteArray errorBody(const QStringList &errors)
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

struct Problems
{
    QString reason;
    QStringList messages;
    bool any() const { return !messages.isEmpty(); }
    void add(const Diagnostic &diagnostic)
    {
        if (reason.isEmpty())
            reason = diagnostic.code;
        messages.append(describe(diagnostic));
    }
};

class Ingestion
{
public:
    Ingestion(const IngestRequest &request, const QStringList &keys) : m_request(request), m_keys(keys) { }

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
    void accept(RecordedEvent recorded)
    {
        recorded.accepted = true;
        ++m_outcome.accepted;
        m_outcome.events.append(std::move(recorded));
    }
    void drop(RecordedEvent recorded, const QString &reason, const QString &message)
    {
        recorded.accepted = false;
        recorded.reason = reason;
        recorded.message = message;
        ++m_outcome.dropped;
        m_outcome.events.append(std::move(recorded));
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
    IngestOutcome m_outcome;
};

IngestOutcome Ingestion::refuseAll(
    int status, const JsonValue &document, const QString &reason, const QStringList &messages)
{
    const QString message = messages.join(QStringLiteral("; "));
    // A body over a limit, or a big one refused as a whole, is one event with its text cut: its
    // parsed tree can be a hundred times its size (a 4 MB body of small numbers made 128 MB).
    if (reason.startsWith(u"size.") || m_request.body.size() > maxRecordedTreeBytes) {
        drop(event(endpointName(), cutText(m_request.body)), reason, message);
        m_outcome.status = status;
        m_outcome.body = status == 200 ? QByteArray("{}") : errorBody(messages);
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
    m_outcome.status = status;
    m_outcome.body = status == 200 ? QByteArray("{}") : errorBody(messages);
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
    Problems whole;
    QMap<int, Problems> perItem;
    for (const Diagnostic &diagnostic : check.diagnostics) {
        if (diagnostic.severity != Severity::Error)
            continue;
        const int item = payload->isBatch() ? batchItemOf(diagnostic.pointer) : -1;
        (item < 0 ? whole : perItem[item]).add(diagnostic);
    }
    if (whole.any())
        return refuseAll(strict ? 400 : 200, document, whole.reason, whole.messages);

    if (!payload->isBatch()) {
        JsonObject call = payload->body();
        enrichCall(call, m_request.endpoint, m_request.receivedAt, nullptr);
        accept(event(endpointName(), std::move(call)));
        m_outcome.body = "{}";
        return std::move(m_outcome);
    }

    if (strict && !perItem.isEmpty()) {
        QStringList all;
        for (const Problems &problems : std::as_const(perItem))
            all += problems.messages;
        const QString message = all.join(QStringLiteral("; "));
        const JsonArray &items = payload->batchItems();
        for (int i = 0; i < int(items.size()); ++i) {
            if (const auto found = perItem.constFind(i); found != perItem.cend())
                drop(event(itemType(items[size_t(i)]), items[size_t(i)]), found->reason,
                    found->messages.join(QStringLiteral("; ")));
            else
                drop(event(itemType(items[size_t(i)]), items[size_t(i)]), QStringLiteral("batch.rejected"),
                    QStringLiteral("Strict mode rejected the whole batch: ") + message);
        }
        m_outcome.status = 400;
        m_outcome.body = errorBody(all);
        return std::move(m_outcome);
    }

    const JsonObject &batchBody = payload->body();
    const JsonArray &items = payload->batchItems();
    for (int i = 0; i < int(items.size()); ++i) {
        const JsonValue &item = items[size_t(i)];
        if (const auto found = perItem.constFind(i); found != perItem.cend() || !item.isObject()) {
            drop(event(itemType(item), item),
                found != perItem.cend() ? found->reason : QStringLiteral("batch.item"),
                found != perItem.cend() ? found->messages.join(QStringLiteral("; "))
                                        : QStringLiteral("A batch item is not an object."));
            continue;
        }
        JsonObject call = item.object();
        const CallType type = callTypeFromName(itemType(item)).value_or(CallType::Track);
        enrichCall(call, type, m_request.receivedAt, &batchBody);
        accept(event(itemType(item), std::move(call)));
    }
    m_outcome.body = "{}";
    return std::move(m_outcome);
}

} // namespace

IngestOutcome ingest(const IngestRequest &request, const QStringList &configuredKeys)
{
    return Ingestion(request, configuredKeys).run();
}

} // namespace ewb
