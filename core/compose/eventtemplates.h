// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"

#include <QStringList>

namespace ewb {

// The semantic events (validation/semanticevents.h) offered as templates for a track call.
QStringList eventTemplateNames();
// A one-line explanation for a template's menu entry: what it does and what it needs.
QString eventTemplateDescription(const QString &name);
// Sets the event name and adds each required field the event lacks (an empty string to fill in),
// keeping everything already there. Unknown names leave the payload unchanged.
Payload applyEventTemplate(const Payload &call, const QString &name);

} // namespace ewb
