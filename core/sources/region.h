// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace ewb {

// Where a source's data goes. The API key cannot tell its region and data sent to the wrong one is
// answered 200 and silently dropped, so the region is always an explicit choice of the user.
enum class Region { US, EU, Custom };

// "us", "eu", "custom": the value stored in sources.json and accepted on the command line.
QString regionName(Region region);
// "US", "EU", "Custom URL": for people.
QString regionTitle(Region region);
std::optional<Region> regionFromName(QStringView name);
// https://cdp.customer.io/v1 and https://cdp-eu.customer.io/v1; an empty URL for Custom.
QUrl regionBaseUrl(Region region);

// A region and the base URL calls go to (the region's own, or the custom one).
struct Endpoint
{
    Region region = Region::US;
    QUrl baseUrl;
};

// Reads what a user typed: "us", "eu" (any case) or a base URL. A URL that equals a region's base
// URL is reported as that region.
Result<Endpoint> parseEndpoint(QStringView text);

// Checks a custom base URL: absolute, http or https, a host, no user name or password (a key in a
// URL ends up in logs and shell history), no query or fragment. A trailing slash is removed so
// that "{base}/track" has exactly one. Errors say what to change.
Result<QUrl> validateCustomBaseUrl(QStringView text);

} // namespace ewb
