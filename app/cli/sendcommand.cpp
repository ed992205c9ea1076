// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sendcommand.h"

#include "collections/collection.h"
#include "collections/preparedrequest.h"
#include "compose/sendplan.h"
#include "console.h"
#include "history/historystore.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "keyinput.h"
#include "net/apirequest.h"
#include "net/httpclient.h"
#include "payloadinput.h"
#include "target.h"
#include "util/appfolders.h"
#include "validation/validator.h"
#include "variables/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

namespace ewb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::SendCommand)
};

// The response body pretty-printed when it is JSON, as received otherwise.
QString displayBody(const QByteArray &body)
{
    if (body.isEmpty())
        return Text::tr("(empty body)");
    Result<JsonValue> parsed = parseJson(body);
    return QString::fromUtf8(parsed ? writeJson(parsed.value(), JsonStyle::Pretty) : body);
}

// What ewb prints about an exchange goes through the same mask as the history (a secret echoed in
// a URL or a response body is still a secret).
JsonObject resultJson(const OutgoingRequest &request, HttpResult result, const SecretMask &secrets)
{
    result.body = secrets.apply(result.body);
    JsonObject o;
    o.insert(QStringLiteral("url"), secrets.apply(request.url.toString()));
    o.insert(QStringLiteral("status"), result.status);
    o.insert(QStringLiteral("ok"), result.isSuccess());
    o.insert(QStringLiteral("headline"), result.headline);
    o.insert(QStringLiteral("explanation"), result.explanation);
    o.insert(QStringLiteral("body"), QString::fromUtf8(result.body));
    o.insert(QStringLiteral("attempts"), qint64(result.attempts.size()));
    o.insert(QStringLiteral("timeToHeadersMs"),
        result.timeToHeaders ? JsonValue(qint64(result.timeToHeaders->count())) : JsonValue());
    o.insert(QStringLiteral("totalMs"), qint64(result.totalTime.count()));
    o.insert(QStringLiteral("bytesUp"), result.bytesUp);
    o.insert(QStringLiteral("bytesDown"), result.bytesDown);
    return o;
}

void printResult(const OutgoingRequest &request, HttpResult result, const SecretMask &secrets)
{
    result.body = secrets.apply(result.body);
    const int bytes = int(request.body.size());
    out() << request.method << ' ' << secrets.apply(request.url.toString()) << "  ("
          << (request.strictMode ? Text::tr("%1 byte(s), strict mode", nullptr, bytes)
                                 : Text::tr("%1 byte(s)", nullptr, bytes))
                 .arg(formatCount(bytes))
          << ")\n";
    out() << result.headline << '\n';
    if (!result.explanation.isEmpty())
        out() << result.explanation << '\n';
    if (result.status != 0)
        out() << displayBody(result.body) << '\n';
    const QString toHeaders = result.timeToHeaders
        ? QStringLiteral("%1 ms").arg(result.timeToHeaders->count())
        : QStringLiteral("-");
    out() << Text::tr("time to headers %1, total %2 ms, %3 bytes up, %4 down, %n attempt(s)", nullptr,
                 int(result.attempts.size()))
                 .arg(toHeaders, QString::number(result.totalTime.count()), formatCount(result.bytesUp),
                     formatCount(result.bytesDown))
          << '\n';
}

// "error /properties/total: ...": a diagnostic of what is about to be sent.
void printDiagnostic(const Diagnostic &d)
{
    err() << severityText(d.severity) << ' ' << (d.pointer.isEmpty() ? Text::tr("(body)") : d.pointer) << ": "
          << d.message << '\n';
}

// A file saved in a collection (or a lone saved-request file): it has a "body" or "bodyText"
// member, or sits in a folder with a collection.json.
bool isSavedRequest(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-"))
        return false;
    if (!findCollectionRoot(path).isEmpty())
        return true;
    Result<JsonValue> document = parseJson(bytes);
    return document && (document->object().contains(u"body") || document->object().contains(u"bodyText"));
}

struct SendInput
{
    Payload payload;
    SavedTarget savedTarget;
    SecretMask secrets; // of a saved request's variables
};

// The payload to send: the file as it is, or a saved request with its {{variables}} resolved.
// Prints what is wrong and returns an exit code when there is nothing to send.
std::variant<SendInput, int> readSendInput(
    const QString &path, std::optional<CallType> forcedType, const QString &environment, bool targetGiven)
{
    Result<PayloadInput> input = readPayloadInput(path, forcedType);
    if (!input) {
        err() << "ewb send: " << input.error().message << '\n';
        return int(ExitUsage);
    }
    if (!isSavedRequest(path, input->bytes)) {
        if (!targetGiven) {
            return usageError(QStringLiteral("send"),
                TargetOptions::tr("say where to send: --source NAME, or --region us|eu|URL"));
        }
        if (!environment.isEmpty()) {
            err() << "ewb send: "
                  << Text::tr("--env applies to requests saved in a collection, and %1 is not one").arg(path)
                  << '\n';
            return int(ExitUsage);
        }
        if (!input->payload) {
            err() << "ewb send: " << Text::tr("not sent: %1").arg(input->problem.message) << '\n';
            return int(ExitFailure);
        }
        return SendInput {std::move(*input->payload), {}, {}};
    }
    std::unique_ptr<KeyStore> keychain = makeVariableKeychain();
    SecretStore secrets(*keychain);
    DynamicValues dynamic;
    Result<PreparedRequest> prepared =
        prepareRequestFile(path, environment, appDataFolder(), &secrets, dynamic);
    if (!prepared) {
        err() << "ewb send: " << prepared.error().message << '\n';
        return int(ExitFailure);
    }
    for (const Diagnostic &d : prepared->diagnostics)
        printDiagnostic(d);
    // Never sent with an unresolved {{variable}}, even with --force: it would go out literally.
    if (hasErrors(prepared->diagnostics) || !prepared->payload) {
        err() << "ewb send: "
              << Text::tr("not sent: the saved request '%1' cannot be resolved").arg(prepared->name) << '\n';
        return int(ExitFailure);
    }
    return SendInput {std::move(*prepared->payload),
        SavedTarget {prepared->target.sourceName, prepared->target.baseUrl, prepared->key()},
        prepared->secrets};
}

} // namespace

int runSendCommand(const QStringList &args)
{
    QCommandLineParser parser;
    TargetOptions targetOptions;
    KeyOptions keyOptions;
    targetOptions.addTo(parser);
    keyOptions.addTo(parser);
    const QCommandLineOption type(QStringLiteral("type"),
        Text::tr("The call type when the file has no \"type\" field."), QStringLiteral("TYPE"));
    const QCommandLineOption noStrict(QStringLiteral("no-strict"),
        Text::tr("Do not send X-Strict-Mode: 1 (the API then answers 200 to "
                 "invalid calls and drops them)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        Text::tr("Give up an attempt after SECONDS without progress (default 30)."),
        QStringLiteral("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption retries(QStringLiteral("retries"),
        Text::tr("Retry up to N times on 429, 5xx and network errors (default 2)."), QStringLiteral("N"),
        QStringLiteral("2"));
    const QCommandLineOption split(QStringLiteral("split"),
        Text::tr("Send an oversize batch as the fewest batches that fit, in order."));
    const QCommandLineOption force(QStringLiteral("force"),
        Text::tr("Send even when validation finds errors (to see what the API says)."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the results as JSON."));
    const QCommandLineOption env(QStringLiteral("env"),
        Text::tr("For a request saved in a collection: resolve its {{variables}} "
                 "with environment NAME."),
        QStringLiteral("NAME"));
    parser.addOptions({type, noStrict, timeout, retries, split, force, json, env});
    parser.addPositionalArgument(QStringLiteral("FILE"),
        Text::tr("The payload file, a request saved in a collection, or - for "
                 "standard input."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("send"),
            Text::tr("Validates a call or batch, sends it, and explains the answer.\nExit "
                     "status: 0 every request answered 2xx, 1 otherwise, 2 usage error."),
            done))
        return done;
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("send"), message); };
    if (parser.positionalArguments().size() != 1)
        return usage(Text::tr("expected one FILE (or - for standard input)"));
    if (parser.isSet(keyOptions.stdinKey) && parser.positionalArguments().first() == QLatin1String("-"))
        return usage(Text::tr("--key-stdin and a payload on standard input cannot share it; use a file"));
    bool ok = false;
    const int timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || timeoutSeconds <= 0)
        return usage(Text::tr("--timeout takes a whole number of seconds above 0"));
    const int retryCount = parser.value(retries).toInt(&ok);
    if (!ok || retryCount < 0 || retryCount > 10)
        return usage(Text::tr("--retries takes a whole number from 0 to 10"));
    Result<std::optional<CallType>> forced = parseTypeOption(parser.value(type));
    if (!forced)
        return usage(forced.error().message);
    Result<QString> key = readKeyOption(parser, keyOptions);
    if (!key)
        return usage(key.error().message);
    std::variant<SendInput, int> input = readSendInput(parser.positionalArguments().first(), forced.value(),
        parser.value(env), parser.isSet(targetOptions.source) || parser.isSet(targetOptions.region));
    if (const int *code = std::get_if<int>(&input))
        return *code;
    const SendInput &toSend = std::get<SendInput>(input);
    Result<Target> target = resolveTarget(parser, targetOptions, key.value(), toSend.savedTarget);
    if (!target) {
        if (target.error().code.startsWith(QLatin1String("usage.")))
            return usage(target.error().message);
        err() << "ewb send: " << target.error().message << '\n';
        return ExitFailure;
    }
    const SendPlan plan = planSend(toSend.payload, parser.isSet(split));
    for (const Diagnostic &d : plan.diagnostics)
        printDiagnostic(d);
    if (plan.refused()) {
        err() << "ewb send: " << Text::tr("not sent: %1").arg(plan.refusal) << '\n';
        return ExitFailure;
    }
    if (plan.hasErrors() && !parser.isSet(force)) {
        err() << "ewb send: "
              << Text::tr("not sent: the payload has errors the API would reject or silently drop. Fix them, "
                          "or use --force to see what the API says.")
              << '\n';
        return ExitFailure;
    }
    if (plan.split)
        err() << Text::tr("Split into %n batch(es), each within the 500 KB limit.", nullptr,
                     int(plan.parts.size()))
              << '\n';

    QNetworkAccessManager manager;
    HttpClient client(&manager);
    // A wait for Retry-After can be a minute: say what is going on rather than sit silent.
    QObject::connect(&client, &HttpClient::retrying, &client,
        [](HttpClient::RequestId, const AttemptOutcome &failed, qint64 waitMs) {
            err() << "ewb send: "
                  << Text::tr("attempt answered %1; trying again in %2 s")
                         .arg(failed.status ? QString::number(failed.status)
                                            : Text::tr("nothing (%1)").arg(failed.detail),
                             formatDecimal(double(waitMs) / 1000.0, 1))
                  << '\n';
            err().flush();
        });
    if (Status trusted = trustCaCertOption(parser, targetOptions, client); !trusted)
        return usage(trusted.error().message);
    RetryPolicy policy;
    policy.maxAttempts = retryCount + 1;
    ApiRequestBuilder builder(target->baseUrl, target->key);
    builder.setStrictMode(target->strictMode && !parser.isSet(noStrict))
        .setTimeout(std::chrono::seconds(timeoutSeconds))
        .setRetryPolicy(policy);

    // Every send is kept in the local history (the key redacted), as the window does.
    HistoryStore history(appDataFolder() + QStringLiteral("/history.sqlite"));
    if (Status opened = history.open(); !opened)
        err() << "ewb send: " << Text::tr("the history is not kept this time: %1").arg(opened.error().message)
              << '\n';
    else if (!history.recoveryMessage().isEmpty())
        err() << "ewb send: " << history.recoveryMessage() << '\n';

    bool allOk = true;
    JsonArray results;
    for (const Payload &part : plan.parts) {
        Result<OutgoingRequest> request = builder.build(part);
        if (!request) {
            err() << "ewb send: " << request.error().message << '\n';
            return ExitFailure;
        }
        const QDateTime sentAt = QDateTime::currentDateTimeUtc();
        const HttpResult result = client.sendAndWait(request.value());
        allOk = allOk && result.isSuccess();
        if (history.isOpen()) {
            const HistoryEntry entry = HistoryEntry::fromExchange(request.value(), result, part.type(),
                target->label, parser.value(env), sentAt, toSend.secrets);
            if (Result<qint64> added = history.add(entry); !added)
                err() << "ewb send: " << Text::tr("not kept in the history: %1").arg(added.error().message)
                      << '\n';
        }
        if (parser.isSet(json))
            results.push_back(resultJson(request.value(), result, toSend.secrets));
        else
            printResult(request.value(), result, toSend.secrets);
    }
    if (parser.isSet(json)) {
        JsonObject o;
        o.insert(QStringLiteral("ok"), allOk);
        o.insert(QStringLiteral("target"), target->label);
        o.insert(QStringLiteral("results"), std::move(results));
        out() << QString::fromUtf8(writeJson(JsonValue(std::move(o)), JsonStyle::Pretty)) << '\n';
    }
    return allOk ? ExitOk : ExitFailure;
}

} // namespace ewb::cli
