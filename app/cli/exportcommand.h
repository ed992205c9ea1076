#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb export postman DIR [--out FILE]
int runExportCommand(const QStringList &args);

} // namespace ewb::cli
