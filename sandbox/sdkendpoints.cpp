// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sdkendpoints.h"

#include "ingest.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandboxauth.h"

namespace ewb {

namespace {

const QString settingsPrefix = QStringLiteral("/v1/projects/");
const QString settingsSuffix = QStringLiteral("/settings");

// "127.0.0.1:41234": where the client reached the sandbox, from its Host header when that is a
// plain host[:port] (a page on localhost gets localhost back, a phone on the LAN the LAN address);
// otherwise the sandbox's own.
QString authorityFor(const HttpRequest &request, const QUrl &root)
{
    const QString host = QString::fromLatin1(request.header("host").trimmed());
    if (!host.isEmpty()) {
        const QUrl asked(QStringLiteral("http://") + host, QUrl::StrictMode);
        if (asked.isValid() && !asked.host().isEmpty() && asked.userInfo().isEmpty() &&
            asked.path().isEmpty() && !asked.hasQuery() && !asked.hasFragment())
            return asked.authority(QUrl::FullyEncoded);
    }
    return root.authority(QUrl::FullyEncoded);
}

} // namespace

std::optional<QString> settingsPathKey(const QString &path)
{
    if (!path.startsWith(settingsPrefix) || !path.endsWith(settingsSuffix) ||
        path.size() < settingsPrefix.size() + settingsSuffix.size())
        return std::nullopt;
    const QString key =
        path.mid(settingsPrefix.size(), path.size() - settingsPrefix.size() - settingsSuffix.size());
    if (key.contains(u'/'))
        return std::nullopt;
    return key;
}

QString redactProjectsPath(const QString &path)
{
    if (!path.startsWith(settingsPrefix))
        return path;
    // Whatever follows /v1/projects/ may be a key, in a settings path or a mistyped one.
    const qsizetype end = path.indexOf(u'/', settingsPrefix.size());
    const QString key = path.mid(settingsPrefix.size(), end < 0 ? -1 : end - settingsPrefix.size());
    return settingsPrefix + (key.isEmpty() ? QString() : maskKey(key)) +
        (end < 0 ? QString() : path.mid(end));
}

HttpResponse settingsResponse(const HttpRequest &request, const QUrl &root, const QStringList &configuredKeys)
{
    const std::optional<QString> key = settingsPathKey(request.path);
    if (!key)
        return HttpResponse::text(
            404, QStringLiteral("Nothing here: settings live at /v1/projects/KEY/settings.\n"));
    if (key->isEmpty())
        return HttpResponse::text(404, QStringLiteral("No write key in the settings path.\n"));
    if (!configuredKeys.isEmpty() && !configuredKeys.contains(*key)) {
        HttpResponse response = HttpResponse::text(
            404, QStringLiteral("The write key %1 is not one of this sandbox's keys.\n").arg(maskKey(*key)));
        response.logNote = "unknown key";
        return response;
    }

    const QString apiHost = authorityFor(request, root) + QStringLiteral("/v1");
    // The library reads its endpoint, its key for the body and the protocol from its own
    // integration's settings (plugins/customerio in @customerio/cdp-analytics-browser). With no
    // other integration it loads no destination code.
    JsonObject pipelines;
    pipelines.insert(QStringLiteral("apiKey"), *key);
    pipelines.insert(QStringLiteral("apiHost"), apiHost);
    pipelines.insert(
        QStringLiteral("protocol"), request.secure ? QStringLiteral("https") : QStringLiteral("http"));
    pipelines.insert(QStringLiteral("addBundledMetadata"), true);
    pipelines.insert(QStringLiteral("unbundledIntegrations"), JsonArray {});
    pipelines.insert(QStringLiteral("maybeBundledConfigIds"), JsonObject {});
    JsonObject integrations;
    integrations.insert(QStringLiteral("Customer.io Data Pipelines"), std::move(pipelines));

    // The library always sends its metrics over https (https://HOST/m); over http they would
    // reach this port as a TLS handshake, so they are switched off there (sample rate 0).
    JsonObject metrics;
    metrics.insert(QStringLiteral("host"), apiHost);
    metrics.insert(QStringLiteral("sampleRate"), request.secure ? 1 : 0);
    metrics.insert(QStringLiteral("flushTimer"), 30000);

    JsonObject body;
    body.insert(QStringLiteral("integrations"), std::move(integrations));
    body.insert(QStringLiteral("metrics"), std::move(metrics));
    body.insert(QStringLiteral("middlewareSettings"), JsonObject {});
    body.insert(QStringLiteral("enabledMiddleware"), JsonObject {});
    body.insert(QStringLiteral("remotePlugins"), JsonArray {});
    HttpResponse response = HttpResponse::json(200, writeJson(body));
    response.logNote = "settings";
    return response;
}

MetricsOutcome metricsResponse(const HttpRequest &request)
{
    const auto refuse = [](const QString &message) {
        HttpResponse response = HttpResponse::json(400, apiErrorBody({message}));
        response.logNote = "metrics refused";
        return MetricsOutcome {std::move(response), 0};
    };
    Result<JsonValue> parsed = parseJson(request.body);
    if (!parsed)
        return refuse(QStringLiteral("The metrics body is not valid JSON: %1").arg(parsed.error().message));
    const JsonValue *series = parsed->isObject() ? parsed->object().find(u"series") : nullptr;
    if (!series || !series->isArray())
        return refuse(QStringLiteral("The metrics body must be an object with a \"series\" array."));
    const int count = int(series->array().size());
    HttpResponse response = HttpResponse::json(200, "{}");
    response.logNote = QByteArray::number(count) + " metric series";
    return MetricsOutcome {std::move(response), count};
}

} // namespace ewb
