// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/collection.h"
#include "interchange/importreport.h"

#include <QStringList>

#include <vector>

namespace ewb {

// One request of a run, with what it inherits: the folders it sits in (outermost first) for
// their auth. A value; the plan's collection holds the variables, auth and target above them.
struct RunStep
{
    QString name; // "Alias / Alias a person": the folders and the request, for lines and reports
    QString file; // relative to the collection folder ("alias/alias-a-person.json"); empty from Postman
    SavedRequest request;
    std::vector<FolderInfo> folders;
};

// What `ewb run` and the Runner view run: the requests in collection order, and what could not be
// read or carried (the run still runs the rest, and says so).
struct RunPlan
{
    QString label; // the collection's name
    Collection collection; // without its items: the steps hold the requests
    std::vector<RunStep> steps;
    QList<CollectionProblem> problems; // files of the collection that could not be read
    QList<ImportNote> importNotes; // a Postman file: what was not carried over
    bool fromPostman = false; // imported in memory: its secrets are in the variables already
};

// Builds the plan for path: a collection folder, a folder or request file inside one, or a Postman
// v2.1 file (imported in memory; literal keys become secret variables of the run, never written).
// items, when given, keeps only the requests and folders with those names or relative paths ("Alias",
// "alias/alias-a-person.json"), in collection order. Fails when nothing can be run: the path is not
// any of those, an item matches nothing, or no request is left.
Result<RunPlan> loadRunPlan(const QString &path, const QStringList &items = {});

} // namespace ewb
