// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "expectcommand.h"

#include "console.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "model/payloadfile.h"
#include "net/failureexplanation.h"
#include "net/httpclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

namespace ewb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::ExpectCommand)
};

const QString command = QStringLiteral("expect");

// Beyond the wait itself, how long the sandbox may take to answer.
constexpr std::chrono::milliseconds answerMargin {10000};

// The sandbox's root ("http://127.0.0.1:41234") from what a person has at hand: its base URL as
// `ewb sandbox` prints it (".../v1"), its root, or the file its --ready-file wrote.
Result<QUrl> sandboxRoot(const QString &given, const QString &readyFile)
{
    QString text = given;
    if (!readyFile.isEmpty()) {
        QFile file(readyFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error {QStringLiteral("expect.ready-file"),
                Text::tr("cannot read the ready file %1: %2 (is `ewb sandbox --ready-file` running?)")
                    .arg(readyFile, file.errorString())};
        text = QString::fromUtf8(file.read(4096)).trimmed();
    }
    if (text.isEmpty())
        text = qEnvironmentVariable("EWB_SANDBOX_URL");
    if (text.isEmpty())
        return Error {QStringLiteral("usage.sandbox"),
            Text::tr("say which sandbox: --sandbox URL (as `ewb sandbox` printed it), --ready-file FILE, "
                     "or EWB_SANDBOX_URL")};
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return Error {QStringLiteral("usage.sandbox"),
            Text::tr("\"%1\" is not a sandbox URL such as http://127.0.0.1:41234/v1").arg(text)};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String("/v1")))
        path.chop(3);
    url.setPath(path + QStringLiteral("/_sandbox/expect"));
    return url;
}

// A value as the command line gives it: JSON when it reads as JSON (12.5, true, "x", {"a":1}),
// otherwise the text itself, as the sandbox's ?match= filter reads it.
JsonValue valueFromText(const QString &text)
{
    if (Result<JsonValue> parsed = parseJson(text.toUtf8()); parsed)
        return parsed.value();
    return JsonValue(text);
}

// Sets the member a pointer names inside object, making the objects on the way ("/properties/total").
Status setAtPointer(JsonObject &object, const QString &pointer, JsonValue value)
{
    if (!pointer.startsWith(u'/') || pointer.size() < 2)
        return Error {QStringLiteral("usage.field"),
            Text::tr("--field takes POINTER=VALUE with a JSON pointer such as /properties/total=12.5")};
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &token : tokens)
        token = token.replace(QStringLiteral("~1"), QStringLiteral("/"))
                    .replace(QStringLiteral("~0"), QStringLiteral("~"));
    JsonObject *at = &object;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        JsonValue *next = at->find(tokens[i]);
        if (!next) {
            at->insert(tokens[i], JsonValue(JsonObject()));
            next = at->find(tokens[i]);
        } else if (!next->isObject()) {
            return Error {QStringLiteral("usage.field"),
                Text::tr("--field %1: %2 is already given as a value, not an object")
                    .arg(pointer, tokens[i])};
        }
        at = &next->object();
    }
    at->insert(tokens.last(), std::move(value));
    return Done {};
}

Result<JsonObject> matchDocument(const QCommandLineParser &parser)
{
    JsonObject match;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Error {QStringLiteral("usage.arguments"),
            Text::tr("give one MATCH document, not %1").arg(positional.size())};
    if (!positional.isEmpty()) {
        const QString given = positional.first();
        // Inline JSON is the common case in a CI step; a file or "-" otherwise.
        Result<QByteArray> text =
            given.trimmed().startsWith(u'{') ? Result<QByteArray>(given.toUtf8()) : readPayloadFile(given);
        if (!text)
            return text.error();
        Result<JsonValue> parsed = parseJson(text.value());
        if (!parsed)
            return Error {
                QStringLiteral("usage.match"), Text::tr("MATCH is not JSON: %1").arg(parsed.error().message)};
        if (!parsed->isObject())
            return Error {QStringLiteral("usage.match"),
                Text::tr("MATCH must be a JSON object, such as {\"event\": \"Order Completed\"}")};
        match = parsed->object();
    }
    const auto shorthand = [&](const char *option, const QString &member) {
        if (parser.isSet(QString::fromLatin1(option)))
            match.insert(member, parser.value(QString::fromLatin1(option)));
    };
    shorthand("type", QStringLiteral("type"));
    shorthand("event", QStringLiteral("event"));
    shorthand("user-id", QStringLiteral("userId"));
    shorthand("anonymous-id", QStringLiteral("anonymousId"));
    for (const QString &field : parser.values(QStringLiteral("field"))) {
        const qsizetype equals = field.indexOf(u'=');
        if (equals < 0)
            return Error {QStringLiteral("usage.field"),
                Text::tr("--field takes POINTER=VALUE, such as /properties/total=12.5")};
        if (Status set = setAtPointer(match, field.left(equals), valueFromText(field.mid(equals + 1))); !set)
            return set.error();
    }
    if (match.isEmpty())
        return Error {QStringLiteral("usage.match"),
            Text::tr("say what to expect: a MATCH document, or --type, --event, --user-id, --field")};
    return match;
}

QString eventSummary(const JsonObject &event)
{
    const JsonObject &payload = event.value(u"payload").object();
    QStringList parts {event.value(u"type").toString()};
    if (const QString name = payload.value(u"event").toString(); !name.isEmpty())
        parts.append(QStringLiteral("\"%1\"").arg(name));
    if (const QString user = payload.value(u"userId").toString(); !user.isEmpty())
        parts.append(QStringLiteral("userId %1").arg(user));
    else if (const QString anonymous = payload.value(u"anonymousId").toString(); !anonymous.isEmpty())
        parts.append(QStringLiteral("anonymousId %1").arg(anonymous));
    parts.append(event.value(u"accepted").toBool()
            ? Text::tr("accepted")
            : Text::tr("dropped: %1").arg(event.value(u"reason").toString()));
    return Text::tr("event %1 (%2)")
        .arg(event.value(u"id").numberLiteral(), parts.join(QStringLiteral(", ")));
}

void printAnswer(const JsonObject &answer)
{
    const JsonArray &events = answer.value(u"events").array();
    if (answer.value(u"matched").toBool()) {
        out() << Text::tr("Arrived: %1 of %2 expected")
                     .arg(answer.value(u"found").numberLiteral(), answer.value(u"wanted").numberLiteral())
              << '\n';
        for (const JsonValue &event : events)
            out() << "  " << eventSummary(event.object()) << '\n';
        return;
    }
    // The sandbox's message is in English, as all its answers (it emulates the API).
    out() << Text::tr("Not arrived: %1")
                 .arg(answer.value(u"message").toString().section(QStringLiteral(" Nearest: "), 0, 0))
          << '\n';
    for (const JsonValue &event : events)
        out() << "  " << Text::tr("matched: %1").arg(eventSummary(event.object())) << '\n';
    const JsonArray &nearest = answer.value(u"nearest").array();
    if (!nearest.empty())
        out() << Text::tr("Nearest:") << '\n';
    for (const JsonValue &near : nearest) {
        const JsonObject &entry = near.object();
        out() << "  " << eventSummary(entry.value(u"event").object()) << '\n';
        for (const JsonValue &difference : entry.value(u"differences").array())
            out() << "    " << difference.object().value(u"message").toString() << '\n';
        if (const qint64 more = entry.value(u"more").numberLiteral().toLongLong(); more > 0)
            out() << "    " << Text::tr("and %n more", nullptr, int(more)) << '\n';
    }
}

} // namespace

int runExpectCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        Text::tr("The sandbox to ask: the base URL `ewb sandbox` printed (or EWB_SANDBOX_URL)."),
        QStringLiteral("URL"));
    const QCommandLineOption readyFile(QStringLiteral("ready-file"),
        Text::tr("Read the sandbox's URL from the file `ewb sandbox --ready-file FILE` wrote."),
        QStringLiteral("FILE"));
    const QCommandLineOption type(
        QStringLiteral("type"), Text::tr("The call's type (track, identify, ...)."), QStringLiteral("TYPE"));
    const QCommandLineOption event(
        QStringLiteral("event"), Text::tr("The track call's event name."), QStringLiteral("NAME"));
    const QCommandLineOption userId(
        QStringLiteral("user-id"), Text::tr("The call's userId."), QStringLiteral("ID"));
    const QCommandLineOption anonymousId(
        QStringLiteral("anonymous-id"), Text::tr("The call's anonymousId."), QStringLiteral("ID"));
    const QCommandLineOption field(QStringLiteral("field"),
        Text::tr("The call has VALUE at this JSON pointer (VALUE read as JSON when it is JSON: "
                 "/properties/total=12.5). Repeatable."),
        QStringLiteral("POINTER=VALUE"));
    const QCommandLineOption count(QStringLiteral("count"),
        Text::tr("Wait for at least N such events (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption within(QStringLiteral("within"),
        Text::tr("Wait up to MS milliseconds for them (default 5000; 0: look once)."), QStringLiteral("MS"),
        QStringLiteral("5000"));
    const QCommandLineOption dropped(
        QStringLiteral("dropped"), Text::tr("Expect calls the sandbox dropped (by default: accepted ones)."));
    const QCommandLineOption either(
        QStringLiteral("either"), Text::tr("Count calls whether accepted or dropped."));
    const QCommandLineOption since(QStringLiteral("since"),
        Text::tr("Only events after this event id (what a test saw last)."), QStringLiteral("ID"),
        QStringLiteral("0"));
    const QCommandLineOption json(
        QStringLiteral("json"), Text::tr("Print the sandbox's answer as it is (JSON)."));
    parser.addOptions({sandbox, readyFile, type, event, userId, anonymousId, field, count, within, dropped,
        either, since, json});
    parser.addPositionalArgument(QStringLiteral("MATCH"),
        Text::tr("The fields the event must have, as JSON ({\"event\":\"Order Completed\",\"properties\":"
                 "{\"total\":12.5}}), a FILE holding it, or - for standard input."),
        QStringLiteral("[MATCH]"));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, command,
            Text::tr("Waits until a running sandbox has recorded the events a test expects: calls "
                     "whose fields match MATCH (objects may have more members; numbers compare by "
                     "value).\nExit status: 0 they arrived, 1 they did not (the nearest events are "
                     "shown with what differs) or the sandbox could not be asked, 2 usage error."),
            done))
        return done;

    int wanted = 1, withinMs = 5000;
    if (!wholeNumberOption(parser, count, 1, 10000, wanted))
        return usageError(command, Text::tr("--count takes a whole number from 1 to 10000"));
    if (!wholeNumberOption(parser, within, 0, 300000, withinMs))
        return usageError(command, Text::tr("--within takes milliseconds from 0 to 300000"));
    bool sinceOk = false;
    const qint64 sinceId = parser.value(since).toLongLong(&sinceOk);
    if (!sinceOk || sinceId < 0)
        return usageError(command, Text::tr("--since takes an event id (a whole number)"));
    if (parser.isSet(dropped) && parser.isSet(either))
        return usageError(command, Text::tr("--dropped and --either do not go together"));
    if (parser.isSet(sandbox) && parser.isSet(readyFile))
        return usageError(command, Text::tr("--sandbox and --ready-file do not go together"));
    Result<JsonObject> match = matchDocument(parser);
    if (!match) {
        if (match.error().code.startsWith(QLatin1String("usage.")))
            return usageError(command, match.error().message);
        err() << "ewb expect: " << match.error().message << '\n';
        return ExitFailure;
    }
    Result<QUrl> url = sandboxRoot(parser.value(sandbox), parser.value(readyFile));
    if (!url) {
        if (url.error().code.startsWith(QLatin1String("usage.")))
            return usageError(command, url.error().message);
        err() << "ewb expect: " << url.error().message << '\n';
        return ExitFailure;
    }

    JsonObject body;
    body.insert(QStringLiteral("match"), match.value());
    body.insert(QStringLiteral("count"), wanted);
    body.insert(QStringLiteral("within"), withinMs);
    body.insert(
        QStringLiteral("accepted"), parser.isSet(either) ? JsonValue() : JsonValue(!parser.isSet(dropped)));
    body.insert(QStringLiteral("since"), JsonValue(sinceId));
    OutgoingRequest request;
    request.url = url.value();
    request.headers = {{"Content-Type", "application/json"}};
    request.body = writeJson(body);
    request.strictMode = false;
    request.retry = RetryPolicy::none(); // a second wait would double the time the test asked for
    request.timeout = std::chrono::milliseconds(withinMs) + answerMargin;

    QNetworkAccessManager manager;
    HttpClient client(&manager);
    const HttpResult result = client.sendAndWait(request);
    if (result.networkError != NetworkErrorKind::None) {
        const Explanation why = explainResult(result, request);
        err() << "ewb expect: " << why.headline << '\n' << why.explanation << '\n';
        return ExitFailure;
    }
    if (parser.isSet(json))
        out() << QString::fromUtf8(result.body).trimmed() << '\n';
    Result<JsonValue> answer = parseJson(result.body);
    const bool readable = answer && answer->isObject() && answer->object().contains(u"matched");
    if (!readable) {
        const QString said =
            answer && answer->isObject() ? answer->object().value(u"error").toString() : QString();
        const QString answered =
            QString::number(result.status) + u' ' + QString::fromUtf8(result.reasonPhrase);
        err() << "ewb expect: "
              << (said.isEmpty() ? Text::tr("the sandbox answered %1").arg(answered)
                                 : Text::tr("the sandbox answered %1: %2").arg(answered, said))
              << '\n';
        return ExitFailure;
    }
    if (!parser.isSet(json))
        printAnswer(answer->object());
    return answer->object().value(u"matched").toBool() ? ExitOk : ExitFailure;
}

} // namespace ewb::cli
