// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QList>

class QHeaderView;

namespace ewb {

// A right click on the header lists these columns, each checked while shown: how a table lets a
// person bring back a column it hides by default (the history's Source, the sandbox's User).
void offerColumnsMenu(QHeaderView *header, const QList<int> &columns);

} // namespace ewb
