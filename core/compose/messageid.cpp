// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "messageid.h"

#include <QUuid>

namespace ewb {

QString generateMessageId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ewb
