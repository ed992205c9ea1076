// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// A Qt Linguist catalog (.ts) as the checks need it: its language and each message with its
// translation (several forms for a plural).
struct TsMessage
{
    QString context;
    QString source;
    QStringList forms; // one, or one per plural form
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

struct TsCatalog
{
    QString language;
    std::vector<TsMessage> messages;
};

// The catalog in `path`, or an error that names the place it stopped.
bool readTsCatalog(const QString &path, TsCatalog *catalog, QString *error);
