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
