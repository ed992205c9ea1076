// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "codesnippets.h"

#include "json/jsonwriter.h"
#include "shellwords.h"

namespace ewb {

namespace {

QString prettyBody(const Payload &payload)
{
    return QString::fromUtf8(writeJson(JsonValue(payload.body()), JsonStyle::Pretty));
}

QString endpoint(const Payload &payload, const SnippetTarget &target)
{
    QString base = target.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + callTypePath(payload.type());
}

// The libraries post to {host}/v1/batch: the host is the base URL without its /v1.
QString libraryHost(const SnippetTarget &target, QString *path)
{
    QString base = target.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.endsWith(QLatin1String("/v1"))) {
        base.chop(3);
        path->clear();
    } else {
        const qsizetype slash = base.indexOf(QLatin1Char('/'), base.indexOf(QLatin1String("//")) + 2);
        *path = slash < 0 ? QString() : base.mid(slash) + QStringLiteral("/batch");
        if (slash >= 0)
            base.truncate(slash);
    }
    return base;
}

// Single calls as they are; a batch as its items, each with the batch's context and integrations
// when it has none of its own (the API applies them so).
QList<std::pair<CallType, JsonObject>> calls(const Payload &payload)
{
    QList<std::pair<CallType, JsonObject>> out;
    if (!payload.isBatch()) {
        JsonObject body = payload.body();
        body.remove(u"type");
        out.append({payload.type(), std::move(body)});
        return out;
    }
    for (const JsonValue &item : payload.batchItems()) {
        if (!item.isObject())
            continue;
        JsonObject body = item.object();
        const auto type = callTypeFromName(body.value(u"type").toString());
        if (!type)
            continue;
        body.remove(u"type");
        for (const char16_t *shared : {u"context", u"integrations"}) {
            const QString key = QString::fromUtf16(shared);
            if (!body.contains(key) && payload.body().contains(key))
                insertCanonical(body, key, payload.body().value(key));
        }
        out.append({*type, std::move(body)});
    }
    return out;
}

void appendPython(QString &out, const JsonValue &value, int indent)
{
    const QString pad(indent * 4, QLatin1Char(' '));
    const QString inner((indent + 1) * 4, QLatin1Char(' '));
    switch (value.kind()) {
    case JsonValue::Kind::Null: out += QStringLiteral("None"); return;
    case JsonValue::Kind::Bool:
        out += value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        return;
    case JsonValue::Kind::Number: out += value.numberLiteral(); return;
    case JsonValue::Kind::String: {
        // JSON's string escapes are Python's too.
        QByteArray s;
        appendJsonString(s, value.stringRef());
        out += QString::fromUtf8(s);
        return;
    }
    case JsonValue::Kind::Array:
        if (value.array().empty()) {
            out += QStringLiteral("[]");
            return;
        }
        out += QStringLiteral("[\n");
        for (const JsonValue &item : value.array()) {
            out += inner;
            appendPython(out, item, indent + 1);
            out += QStringLiteral(",\n");
        }
        out += pad + QLatin1Char(']');
        return;
    case JsonValue::Kind::Object:
        if (value.object().isEmpty()) {
            out += QStringLiteral("{}");
            return;
        }
        out += QStringLiteral("{\n");
        for (const auto &[key, member] : value.object().members()) {
            QByteArray k;
            appendJsonString(k, key);
            out += inner + QString::fromUtf8(k) + QStringLiteral(": ");
            appendPython(out, member, indent + 1);
            out += QStringLiteral(",\n");
        }
        out += pad + QLatin1Char('}');
        return;
    }
}

} // namespace

QString curlSnippet(const Payload &payload, const SnippetTarget &target)
{
    QString out = QStringLiteral("curl --request POST \\\n  --url ") + shellQuote(endpoint(payload, target)) +
        QStringLiteral(" \\\n  --user \"$") + target.keyVariable + QStringLiteral(":\" \\\n") +
        QStringLiteral("  --header 'Content-Type: application/json' \\\n");
    if (target.strictMode)
        out += QStringLiteral("  --header 'X-Strict-Mode: 1' \\\n");
    out += QStringLiteral("  --data-raw ") + shellQuote(prettyBody(payload)) + QLatin1Char('\n');
    return out;
}

QString httpieSnippet(const Payload &payload, const SnippetTarget &target)
{
    // The body goes on standard input so that it is sent byte for byte, not rebuilt from fields.
    QString out = QStringLiteral("http --auth \"$") + target.keyVariable + QStringLiteral(":\" POST ") +
        shellQuote(endpoint(payload, target)) + QStringLiteral(" 'Content-Type:application/json'");
    if (target.strictMode)
        out += QStringLiteral(" 'X-Strict-Mode:1'");
    out += QStringLiteral(" <<'JSON'\n") + prettyBody(payload) + QStringLiteral("\nJSON\n");
    return out;
}

QString nodeSnippet(const Payload &payload, const SnippetTarget &target)
{
    QString path;
    const QString host = libraryHost(target, &path);
    QString out = QStringLiteral("const { Analytics } = require('@customerio/cdp-analytics-node');\n\n"
                                 "const analytics = new Analytics({\n"
                                 "  writeKey: process.env.") +
        target.keyVariable + QStringLiteral(",\n  host: '") + host + QStringLiteral("',\n");
    if (!path.isEmpty())
        out += QStringLiteral("  path: '") + path + QStringLiteral("',\n");
    out += QStringLiteral("});\n\n");
    for (const auto &[type, body] : calls(payload))
        out += QStringLiteral("analytics.") + callTypeName(type) + QLatin1Char('(') +
            QString::fromUtf8(writeJson(JsonValue(body), JsonStyle::Pretty)) + QStringLiteral(");\n");
    out += QStringLiteral("\nanalytics.closeAndFlush().then(() => console.log('sent'));\n");
    return out;
}

QString pythonSnippet(const Payload &payload, const SnippetTarget &target)
{
    static const std::pair<const char16_t *, const char *> arguments[] = {
        {u"userId", "user_id"},
        {u"anonymousId", "anonymous_id"},
        {u"previousId", "previous_id"},
        {u"groupId", "group_id"},
        {u"event", "event"},
        {u"category", "category"},
        {u"name", "name"},
        {u"traits", "traits"},
        {u"properties", "properties"},
        {u"context", "context"},
        {u"integrations", "integrations"},
        {u"messageId", "message_id"},
        {u"timestamp", "timestamp"},
    };
    QString path;
    const QString host = libraryHost(target, &path);
    QString calls_;
    bool usesDatetime = false;
    for (const auto &[type, body] : calls(payload)) {
        calls_ += QStringLiteral("analytics.") + callTypeName(type) + QStringLiteral("(\n");
        QStringList skipped;
        for (const auto &[key, value] : body.members()) {
            const char *argument = nullptr;
            for (const auto &[json, python] : arguments) {
                if (key == QStringView(json))
                    argument = python;
            }
            // name and category belong to page and screen; elsewhere they are not arguments.
            if (argument && (key == u"name" || key == u"category") && type != CallType::Page &&
                type != CallType::Screen)
                argument = nullptr;
            if (!argument) {
                skipped.append(key);
                continue;
            }
            calls_ += QStringLiteral("    ") + QLatin1String(argument) + QLatin1Char('=');
            if (key == u"timestamp" && value.isString()) {
                // The library takes a datetime; "Z" is spelled out for Pythons before 3.11.
                QString iso = value.toString();
                if (iso.endsWith(QLatin1Char('Z')))
                    iso = iso.chopped(1) + QStringLiteral("+00:00");
                QString literal;
                appendPython(literal, JsonValue(iso), 1);
                calls_ += QStringLiteral("datetime.fromisoformat(") + literal + QLatin1Char(')');
                usesDatetime = true;
            } else {
                appendPython(calls_, value, 1);
            }
            calls_ += QStringLiteral(",\n");
        }
        calls_ += QStringLiteral(")\n");
        if (!skipped.isEmpty())
            calls_ +=
                QStringLiteral("# not passed (the library sets these itself or has no argument for them): ") +
                skipped.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    QString out = QStringLiteral("import os\n");
    if (usesDatetime)
        out += QStringLiteral("from datetime import datetime\n");
    out += QStringLiteral("\nfrom customerio import analytics\n\nanalytics.write_key = os.environ[\"") +
        target.keyVariable + QStringLiteral("\"]\nanalytics.host = \"") + host + QStringLiteral("\"\n");
    if (!path.isEmpty())
        out += QStringLiteral("# this base URL is not {host}/v1: the library posts to {host}/v1/batch\n");
    out += QLatin1Char('\n') + calls_ + QStringLiteral("\nanalytics.flush()\n");
    return out;
}

QString codeSnippet(SnippetLanguage language, const Payload &payload, const SnippetTarget &target)
{
    switch (language) {
    case SnippetLanguage::Curl: return curlSnippet(payload, target);
    case SnippetLanguage::HTTPie: return httpieSnippet(payload, target);
    case SnippetLanguage::Node: return nodeSnippet(payload, target);
    case SnippetLanguage::Python: return pythonSnippet(payload, target);
    }
    return {};
}

} // namespace ewb
