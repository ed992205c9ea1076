#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb validate [--json] [--type TYPE] FILE|-
int runValidateCommand(const QStringList &args);

} // namespace ewb::cli
