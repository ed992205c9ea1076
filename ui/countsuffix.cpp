// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "countsuffix.h"

#include <QSpinBox>

namespace ewb {

void setCountSuffix(QSpinBox *box, const std::function<QString(int)> &suffix)
{
    box->setSuffix(suffix(box->value()));
    QObject::connect(box, &QSpinBox::valueChanged, box, [box, suffix](int n) { box->setSuffix(suffix(n)); });
}

} // namespace ewb
