#pragma once

#include <QString>

namespace ewb {

// A random UUID v4 without braces, as the official libraries send for messageId.
QString generateMessageId();

} // namespace ewb
