// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// Must fail to compile with core's include path: core never sees Gui.
#include <QColor>
int main()
{
    return 0;
}
