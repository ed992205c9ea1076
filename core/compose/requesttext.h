#pragma once

#include "net/outgoingrequest.h"

#include <QString>

namespace ewb {

// The request exactly as it goes on the wire (request line, headers, blank line, body), with the
// Authorization header masked unless revealKey. Host, Content-Length and X-Strict-Mode are shown
// as the client adds them.
QString requestAsText(const OutgoingRequest &request, bool revealKey);

// A curl command that sends the same request. Masked, the key is read from $EWB_API_KEY, so the
// command can be pasted into a ticket or a shell history without leaking anything; revealed, it
// carries the key itself. Single-quoted for POSIX shells.
QString curlCommand(const OutgoingRequest &request, bool revealKey);

} // namespace ewb
