// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "appfolders.h"

#include <QStandardPaths>

namespace ewb {

QString appDataFolder()
{
    const QString overridden = qEnvironmentVariable("EWB_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
        QStringLiteral("/event-workbench");
}

} // namespace ewb
