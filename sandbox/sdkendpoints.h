// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace ewb {

// What the official SDKs fetch and send besides calls (docs/sandbox.md "Browsers and SDKs"). Pure.

// GET /v1/projects/{writeKey}/settings: the source's settings document, which tells the browser
// library (and the mobile SDKs) where to send calls. It points them back at the sandbox as the
// client reached it: the request's Host (else root's host and port), http or https as it came.
// A key the sandbox does not know (configuredKeys non-empty and without it) is a 404, as the real
// API answers; the message names the key by its fingerprint only.
HttpResponse settingsResponse(
    const HttpRequest &request, const QUrl &root, const QStringList &configuredKeys);

// The key in a settings path ("/v1/projects/KEY/settings"); nullopt for any other path.
std::optional<QString> settingsPathKey(const QString &path);
// A path under /v1/projects/ with its key (the segment after it) replaced by the key's
// fingerprint, for logs; other paths unchanged.
QString redactProjectsPath(const QString &path);

// POST /v1/m: the browser library's own metrics, {"series":[{"type":"Counter","metric":..., ...}]}.
// Not calls: they are counted (seriesCount), never recorded. A body that is not such an object is
// a 400 saying why.
struct MetricsOutcome
{
    HttpResponse response;
    int seriesCount = 0; // 0 when refused
};
MetricsOutcome metricsResponse(const HttpRequest &request);

// What /v1/m received since the start (or the last clear), for /_sandbox/stats.
struct MetricsSeen
{
    qint64 requests = 0; // answered 200
    qint64 series = 0;
};

} // namespace ewb
