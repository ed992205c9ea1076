#include "messageid.h"

#include <QUuid>

namespace ewb {

QString generateMessageId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ewb
