// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httprequest.h"
#include "httpresponse.h"

namespace ewb {

// Cross-origin resource sharing, so that a page served from another origin (the official browser
// library in a test page, a developer's app on its own port) may call the sandbox and read its
// answers. Applied to every answer of the paths it covers, errors included: a browser hides an
// answer without Access-Control-Allow-Origin from the page, so a 400 or a 429 would look like a
// network failure.
//
// Only requests that carry an Origin (what browsers send cross-origin) get the headers; the origin
// is echoed (with Vary: Origin), credentials are not allowed. A preflight (OPTIONS with
// Access-Control-Request-Method, answered 204 by the server) also gets the methods the path allows,
// the request headers it asked for, and a max age. Pure: it only adds headers to the answer.
void addCorsHeaders(const HttpRequest &request, HttpResponse &response);

// How long a browser may keep a preflight's answer, in seconds (browsers cap it lower).
inline constexpr int corsMaxAgeSeconds = 86400;

} // namespace ewb
