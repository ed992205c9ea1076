// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "net/outgoingrequest.h"

#include <QString>

namespace ewb {

// Copy as curl is interchange/codesnippets.h's curlSnippet (the key always from the environment).

// The request exactly as it goes on the wire (request line, headers, blank line, body), with the
// Authorization header masked unless revealKey. Host, Content-Length and X-Strict-Mode are shown
// as the client adds them.
QString requestAsText(const OutgoingRequest &request, bool revealKey);

} // namespace ewb
