// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ewb {

// What is at the path of one of our SQLite stores, told from the file's first bytes before SQLite
// touches it. Opening another program's database as a store would add tables to it and switch it
// to WAL; moving it aside as "damaged" would lose it. Each store marks its files with its own
// SQLite application id (PRAGMA application_id) and only ever repairs or moves a file it can tell
// is its own.
enum class SqliteFileKind {
    Absent,
    Empty, // a file of zero bytes: SQLite makes a database of it
    Ours, // an SQLite file with our application id
    Unmarked, // an SQLite file with application id 0: ours from before the id, or anyone's
    OtherProgram, // an SQLite file with another program's application id
    NotSqlite, // a regular file without the SQLite header (garbage, a truncated copy, JSON...)
    NotAFile, // a folder, a device, a pipe, a broken link
};

SqliteFileKind sqliteFileKind(const QString &path, quint32 applicationId);

// The first table of db (SQLite's own excepted) that isOurs does not accept, or an empty string
// when every table is ours: what tells an unmarked file of ours from someone else's. Fails when
// the schema cannot be read.
Result<QString> firstForeignTable(const QSqlDatabase &db, const std::function<bool(const QString &)> &isOurs);

} // namespace ewb
