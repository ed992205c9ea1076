// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>

#include <functional>

class QSpinBox;

namespace ewb {

// The suffix of a spin box that counts something (" days"), in the form its value needs: a
// translation has a plural form for each count ("1 Tag", "2 Tage"), which one fixed suffix cannot
// give. suffix(n) is the text for the value n, typically tr(" day(s)", nullptr, n); it is asked
// now and whenever the value changes.
void setCountSuffix(QSpinBox *box, const std::function<QString(int)> &suffix);

} // namespace ewb
