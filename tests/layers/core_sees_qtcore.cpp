// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Compiles with core's include path: the control for the probes that must not.
#include "model/payload.h"

#include <QObject>
int main()
{
    return 0;
}
