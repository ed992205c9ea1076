#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QString>

namespace ewb {

// The one way the project writes a file: through QSaveFile, so a crash or a full disk never
// leaves half a file behind, with new files readable by their owner only (0600), since settings,
// collections and stores can hold personal data. Missing parent folders are created.
Status writeFileAtomically(const QString &path, QByteArrayView data);

} // namespace ewb
