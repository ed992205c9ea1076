// A test-only stand-in for `ewb validate --json`, so the JSON Schema cross-check can run before
// the real command exists: validate_tool [--type TYPE] FILE prints
// {"valid": bool, "bytes": N, "diagnostics": [{"severity", "pointer", "code", "message"}]}.
// Exit code 0 when valid, 1 when not, 2 on usage or read errors.
#include "json/jsonwriter.h"
#include "model/payload.h"
#include "model/payloadfile.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace ewb;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    std::optional<CallType> type;
    QTextStream err(stderr);
    if (args.size() == 3 && args[0] == QLatin1String("--type")) {
        type = callTypeFromName(args[1]);
        if (!type) {
            err << "unknown type " << args[1] << "\n";
            return 2;
        }
        args = args.mid(2);
    }
    if (args.size() != 1) {
        err << "usage: validate_tool [--type TYPE] FILE\n";
        return 2;
    }
    const Result<QByteArray> bytes = readPayloadFile(args[0]);
    if (!bytes) {
        err << bytes.error().message << "\n";
        return 2;
    }
    const Result<Payload> payload = Payload::fromText(bytes.value(), type);
    JsonObject out;
    if (!payload) {
        JsonObject d;
        d.insert(QStringLiteral("severity"), QStringLiteral("error"));
        d.insert(QStringLiteral("pointer"), QString());
        d.insert(QStringLiteral("code"), payload.error().code);
        d.insert(QStringLiteral("message"), payload.error().message);
        out.insert(QStringLiteral("valid"), false);
        out.insert(QStringLiteral("bytes"), qint64(bytes->size()));
        out.insert(QStringLiteral("diagnostics"), JsonArray {JsonValue(std::move(d))});
    } else {
        const PayloadCheck check = checkPayload(payload.value());
        JsonArray list;
        for (const Diagnostic &diag : check.diagnostics) {
            JsonObject d;
            d.insert(QStringLiteral("severity"), severityName(diag.severity));
            d.insert(QStringLiteral("pointer"), diag.pointer);
            d.insert(QStringLiteral("code"), diag.code);
            d.insert(QStringLiteral("message"), diag.message);
            list.push_back(std::move(d));
        }
        out.insert(QStringLiteral("valid"), check.valid());
        out.insert(QStringLiteral("bytes"), qint64(check.size.bodyBytes));
        out.insert(QStringLiteral("diagnostics"), std::move(list));
    }
    QTextStream(stdout) << QString::fromUtf8(writeJson(JsonValue(out), JsonStyle::Pretty)) << "\n";
    return out.value(u"valid").toBool() ? 0 : 1;
}
