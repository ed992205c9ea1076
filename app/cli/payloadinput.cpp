// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "payloadinput.h"

#include "model/payloadfile.h"

#include <QCoreApplication>

namespace ewb::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::PayloadInput)
};
} // namespace

Result<PayloadInput> readPayloadInput(const QString &path, std::optional<CallType> forcedType)
{
    PayloadInput input;
    Result<QByteArray> bytes = readPayloadFile(path);
    if (!bytes) {
        const QString code = bytes.error().code;
        // Empty and oversize inputs are payload problems the user can fix in the file; a missing
        // file is a wrong argument.
        if (code != QLatin1String("input.empty") && code != QLatin1String("input.too-large"))
            return bytes.error();
        input.problem = Diagnostic {Severity::Error, QString(), code, bytes.error().message};
        return input;
    }
    input.bytes = std::move(bytes).value();
    Result<Payload> payload = Payload::fromText(input.bytes, forcedType);
    if (payload)
        input.payload = std::move(payload).value();
    else
        input.problem =
            Diagnostic {Severity::Error, QString(), payload.error().code, payload.error().message};
    return input;
}

Result<std::optional<CallType>> parseTypeOption(const QString &value)
{
    if (value.isEmpty())
        return std::optional<CallType>();
    if (auto type = callTypeFromName(value.toLower()))
        return std::optional<CallType>(*type);
    return Error {QStringLiteral("usage.type"),
        Text::tr("unknown call type '%1'; use identify, track, page, screen, group, alias or batch")
            .arg(value)};
}

} // namespace ewb::cli
