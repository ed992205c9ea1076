// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/savedrequest.h"
#include "sandbox/replay.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace ewb {

// What the sandbox panel and the history do with the calls selected in them (sandbox/replay.h):
// save them as requests of a collection, or write them as JSON lines for `ewb backfill`. The
// window lends the parts that are not theirs.
struct ReplayHooks
{
    // Adds the requests to a collection the user picks (CollectionsPanel::saveRequests); false
    // when cancelled or not written.
    std::function<bool(const std::vector<SavedRequest> &requests)> saveRequests;
    // The file Export as JSONL writes; empty: cancelled. Unset: a file dialog asks.
    std::function<QString(const QString &suggested)> askExportFile;
};

// Saves the requests of the calls through hooks.saveRequests. What to tell the user beyond what
// the collections panel says (calls that could not be saved) comes back in note.
bool saveReplayAsRequests(const ReplayCalls &replay, const ReplayHooks &hooks, QString *note);

// Writes the calls to file; the sentence for the user ("Wrote 3 calls to ...") or why not.
Result<QString> exportReplay(const ReplayCalls &replay, const QString &file);
// Asks for the file first; the sentence for the user, empty when cancelled.
QString exportReplayInteractive(
    QWidget *parent, const ReplayCalls &replay, const ReplayHooks &hooks, const QString &suggested);

} // namespace ewb
