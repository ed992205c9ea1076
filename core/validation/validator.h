#pragma once

#include "diagnostic.h"
#include "model/payload.h"
#include "sizebudget.h"

namespace ewb {

// Checks a payload against every rule of the API (../docs/validation.md lists them): required
// fields per call type, the userId/anonymousId rule and its identify-by-email exception, field
// types, real ISO 8601 dates, semantic events' required fields, batch items' "type". Pure and
// fast: the editor calls it on every keystroke. Returns every problem, in document order.
Diagnostics validatePayload(const Payload &payload);

// Everything the workbench shows about a payload before it is sent: the rule diagnostics, then the
// size diagnostics, and the sizes.
struct PayloadCheck
{
    Diagnostics diagnostics;
    SizeReport size;

    bool valid() const { return !hasErrors(diagnostics); }
};
PayloadCheck checkPayload(const Payload &payload);

} // namespace ewb
