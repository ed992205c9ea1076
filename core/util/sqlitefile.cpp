// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sqlitefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace ewb {

namespace {
// The translation context of this file's messages.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SqliteFile)
};
} // namespace

SqliteFileKind sqliteFileKind(const QString &path, quint32 applicationId)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return SqliteFileKind::Absent;
    if (!info.isFile())
        return SqliteFileKind::NotAFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SqliteFileKind::NotSqlite;
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return SqliteFileKind::Empty;
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return SqliteFileKind::NotSqlite;
    // The application id is the big-endian 32-bit number at offset 68 of the database header.
    const quint32 id = qFromBigEndian<quint32>(header.constData() + 68);
    return id == applicationId ? SqliteFileKind::Ours
        : id == 0              ? SqliteFileKind::Unmarked
                               : SqliteFileKind::OtherProgram;
}

Result<QString> firstForeignTable(const QSqlDatabase &db, const std::function<bool(const QString &)> &isOurs)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        return Error {QStringLiteral("sqlite.schema"),
            SqliteFile::tr("%1 is not a readable SQLite database: %2")
                .arg(db.databaseName(), query.lastError().text())};
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (!isOurs(table))
            return table;
    }
    return QString();
}

} // namespace ewb
