// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "validatecommand.h"

#include "console.h"
#include "json/jsonwriter.h"
#include "payloadinput.h"
#include "validation/validator.h"

#include <QCoreApplication>

namespace ewb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::ValidateCommand)
};

QByteArray diagnosticsJson(bool valid, qsizetype bytes, const Diagnostics &diagnostics)
{
    JsonArray list;
    for (const Diagnostic &d : diagnostics)
        list.push_back(diagnosticToJson(d));
    JsonObject result;
    result.insert(QStringLiteral("valid"), valid);
    result.insert(QStringLiteral("bytes"), qint64(bytes));
    result.insert(QStringLiteral("diagnostics"), std::move(list));
    return writeJson(JsonValue(std::move(result)));
}

QString summary(const QString &name, const std::optional<Payload> &payload, const PayloadCheck &check)
{
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : check.diagnostics) {
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    QString what = payload ? callTypeName(payload->type()) : Text::tr("payload");
    if (payload && payload->isBatch()) {
        const qsizetype calls = qsizetype(payload->batchItems().size());
        what = Text::tr("batch of %1 call(s)", nullptr, int(calls)).arg(formatCount(calls));
    }
    QString verdict = errors ? Text::tr("INVALID, %n error(s)", nullptr, errors) : Text::tr("valid");
    if (warnings)
        verdict += Text::tr(", %n warning(s)", nullptr, warnings);
    QString text = QStringLiteral("%1: %2, %3").arg(name, what, verdict);
    if (payload) {
        const qsizetype limit = payload->isBatch() ? sizelimits::batchHard : sizelimits::callHard;
        text += Text::tr("; %1 byte(s) as sent (limit %2)", nullptr, int(check.size.bodyBytes))
                    .arg(formatCount(check.size.bodyBytes), formatCount(limit));
    }
    return text;
}

} // namespace

int runValidateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(
        QStringLiteral("json"), Text::tr("Print one JSON object: {valid, bytes, diagnostics}."));
    const QCommandLineOption type(QStringLiteral("type"),
        Text::tr("The call type, when the file has no \"type\" field: "
                 "identify, track, page, screen, group, alias or batch."),
        QStringLiteral("TYPE"));
    parser.addOptions({json, type});
    parser.addPositionalArgument(
        QStringLiteral("FILE"), Text::tr("The payload file, or - for standard input."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("validate"),
            Text::tr("Checks a call or a batch against the API's rules and size limits, "
                     "without sending it.\nExit status: 0 valid (warnings allowed), "
                     "1 invalid, 2 usage error."),
            done))
        return done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(
            QStringLiteral("validate"), Text::tr("expected one FILE (or - for standard input)"));
    Result<std::optional<CallType>> forced = parseTypeOption(parser.value(type));
    if (!forced)
        return usageError(QStringLiteral("validate"), forced.error().message);
    Result<PayloadInput> input = readPayloadInput(files.first(), forced.value());
    if (!input) {
        err() << "ewb validate: " << input.error().message << '\n';
        return ExitUsage;
    }

    PayloadCheck check;
    if (input->payload) {
        check = checkPayload(*input->payload);
    } else {
        check.diagnostics.append(input->problem);
        check.size.bodyBytes = input->bytes.size();
    }
    const bool valid = check.valid();
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(diagnosticsJson(valid, check.size.bodyBytes, check.diagnostics)) << '\n';
    } else {
        const QString name = files.first() == QLatin1String("-") ? QStringLiteral("<stdin>") : files.first();
        out() << summary(name, input->payload, check) << '\n';
        for (const Diagnostic &d : check.diagnostics) {
            out() << "  " << severityText(d.severity).leftJustified(8) << ' '
                  << (d.pointer.isEmpty() ? Text::tr("(body)") : d.pointer) << "  " << d.message << "  ["
                  << d.code << "]\n";
        }
    }
    return valid ? ExitOk : ExitFailure;
}

} // namespace ewb::cli
