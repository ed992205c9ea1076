// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "historystore.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "util/damagedfile.h"
#include "util/sqlitefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace ewb {

namespace {

// "EWBH" in the SQLite header (PRAGMA application_id): this file is the workbench's history.
// Histories from before it have 0 and only the history's own tables.
constexpr quint32 historyApplicationId = 0x45574248;

bool isHistoryTable(const QString &table)
{
    return table == u"entries" || table.startsWith(u"entries_fts");
}

// SQLite's result codes for a file that is not (or no longer) a database.
bool meansDamaged(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26") // SQLITE_CORRUPT, SQLITE_NOTADB
        || error.databaseText().contains(QLatin1String("malformed"), Qt::CaseInsensitive) ||
        error.databaseText().contains(QLatin1String("not a database"), Qt::CaseInsensitive);
}

QString headersToText(const HeaderList &headers)
{
    JsonArray list;
    for (const auto &[name, value] : headers)
        list.emplace_back(
            JsonArray {JsonValue(QString::fromLatin1(name)), JsonValue(QString::fromLatin1(value))});
    return QString::fromUtf8(writeJson(JsonValue(std::move(list))));
}

HeaderList headersFromText(const QString &text)
{
    HeaderList headers;
    Result<JsonValue> doc = parseJson(text.toUtf8());
    if (!doc || !doc->isArray())
        return headers;
    for (const JsonValue &pair : doc->array()) {
        if (pair.isArray() && pair.array().size() == 2)
            headers.append({pair.array()[0].toString().toLatin1(), pair.array()[1].toString().toLatin1()});
    }
    return headers;
}

const char summaryColumns[] =
    "e.id, e.sent_at, e.type, e.request_name, e.source, e.environment, e.method, e.url, "
    "e.status, e.headline, e.time_to_headers_ms, e.total_ms, e.bytes_up, e.bytes_down, "
    "e.attempts";
const char textColumns[][16] = {"request_name", "source", "url", "request_body", "response_body", "headline"};

HistoryEntry readSummary(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.sentAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.type = callTypeFromName(q.value(2).toString()).value_or(CallType::Track);
    e.requestName = q.value(3).toString();
    e.sourceName = q.value(4).toString();
    e.environmentName = q.value(5).toString();
    e.method = q.value(6).toString().toLatin1();
    e.url = q.value(7).toString();
    e.status = q.value(8).toInt();
    e.headline = q.value(9).toString();
    if (!q.value(10).isNull())
        e.timeToHeadersMs = q.value(10).toLongLong();
    e.totalMs = q.value(11).toLongLong();
    e.bytesUp = q.value(12).toLongLong();
    e.bytesDown = q.value(13).toLongLong();
    e.attempts = q.value(14).toInt();
    return e;
}

// A LIKE pattern that finds text literally anywhere.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

HistoryStore::HistoryStore(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
    static std::atomic<int> counter {0};
    m_connection = QStringLiteral("ewb-history-%1").arg(++counter);
}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

Error HistoryStore::sqlError(const QString &what, const QString &detail) const
{
    return Error {
        QStringLiteral("history.sql"), HistoryStore::tr("history (%1): %2: %3").arg(m_path, what, detail)};
}

Status HistoryStore::openFresh()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Error {QStringLiteral("history.folder"),
            HistoryStore::tr("cannot create the folder %1 for the history")
                .arg(QFileInfo(m_path).absolutePath())};
    const bool existed = QFileInfo::exists(m_path);
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return sqlError(HistoryStore::tr("cannot open"), db.lastError().text());
    // History holds what was sent to customers' workspaces: owner-only, like every other file.
    if (!existed)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Done {};
}

Error HistoryStore::notOurs(const QString &what) const
{
    return Error {QStringLiteral("history.foreign"),
        HistoryStore::tr(
            "%1 is %2, not Event Workbench's history. It was left as it is; sends are not kept "
            "in the history until it is moved or deleted (or EWB_DATA_DIR names another folder).")
            .arg(m_path, what)};
}

Status HistoryStore::open()
{
    m_recoveryMessage.clear();
    // Only a file that is plainly the history is repaired or moved aside as damaged; a folder, a
    // device or another program's database at this path is refused and left untouched.
    const SqliteFileKind kind = sqliteFileKind(m_path, historyApplicationId);
    if (kind == SqliteFileKind::NotAFile)
        return notOurs(HistoryStore::tr("not a regular file (a folder, a device or a pipe)"));
    if (kind == SqliteFileKind::OtherProgram)
        return notOurs(
            HistoryStore::tr("another program's SQLite database (its application id is not ours)"));
    if (Status s = openFresh(); !s)
        return s;
    QString why;
    {
        QSqlQuery check(QSqlDatabase::database(m_connection, false));
        // quick_check reads every page; it is what tells a damaged file from a healthy one before
        // any real work meets the damage.
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            why = check.lastError().text();
        else if (check.next() && check.value(0).toString() != QLatin1String("ok"))
            why = check.value(0).toString();
    }
    if (why.isEmpty() && kind == SqliteFileKind::Unmarked) {
        if (Status ours = checkUnmarkedIsOurs(); !ours) {
            close();
            return ours;
        }
    }
    if (!why.isEmpty())
        return recover(why);
    Status schema = createSchema();
    if (!schema && schema.error().code == QLatin1String("history.damaged"))
        return recover(schema.error().message);
    if (!schema) {
        close();
        return schema;
    }
    (void)applyRetention(m_retention); // a failure here leaves more history, never less
    return Done {};
}

// An unmarked SQLite file is a history from before the application id when every table is one
// of the history's and its entries table has the history's columns. Read only: nothing is
// written to a file that may be someone else's.
Status HistoryStore::checkUnmarkedIsOurs() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Result<QString> foreign = firstForeignTable(db, isHistoryTable);
    if (!foreign)
        return foreign.error();
    if (!foreign->isEmpty())
        return notOurs(
            HistoryStore::tr("another program's database (it has a table \"%1\")").arg(foreign.value()));
    QSqlQuery probe(db);
    const bool hasEntries =
        probe.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'entries'")) &&
        probe.next();
    if (hasEntries &&
        !probe.exec(
            QStringLiteral("SELECT id, sent_at, type, request_name, source, environment, method, url, "
                           "request_headers, request_body, status, headline, response_headers, "
                           "response_body, time_to_headers_ms, total_ms, bytes_up, bytes_down, "
                           "attempts FROM entries LIMIT 0")))
        return notOurs(
            HistoryStore::tr("another program's database (its table \"entries\" is not the history's)"));
    return Done {};
}

void HistoryStore::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Status HistoryStore::recover(const QString &why)
{
    close();
    const QString aside = damagedFilePath(m_path);
    if (!QFile::rename(m_path, aside))
        return Error {QStringLiteral("history.damaged"),
            HistoryStore::tr("the history %1 is damaged (%2) and could not be moved aside: move or delete it")
                .arg(m_path, why)};
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString extra = m_path + QLatin1String(suffix);
        if (QFile::exists(extra))
            QFile::rename(extra, aside + QLatin1String(suffix));
    }
    m_recoveryMessage =
        HistoryStore::tr("The history file was damaged (%1). It was moved to %2 and a new, empty "
                         "history was started; the old file can be inspected or deleted.")
            .arg(why, aside);
    if (Status s = openFresh(); !s)
        return s;
    if (Status s = createSchema(); !s)
        return s;
    Q_EMIT recovered(m_recoveryMessage);
    Q_EMIT changed();
    return Done {};
}

Status HistoryStore::createSchema()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const char *const statements[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=NORMAL",
        "CREATE TABLE IF NOT EXISTS entries ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, sent_at INTEGER NOT NULL, type TEXT NOT NULL,"
        " request_name TEXT, source TEXT, environment TEXT, method TEXT, url TEXT,"
        " request_headers TEXT, request_body TEXT, status INTEGER NOT NULL, headline TEXT,"
        " response_headers TEXT, response_body TEXT, time_to_headers_ms INTEGER, total_ms INTEGER,"
        " bytes_up INTEGER, bytes_down INTEGER, attempts INTEGER)",
        "CREATE INDEX IF NOT EXISTS entries_sent_at ON entries(sent_at)",
    };
    for (const char *sql : statements) {
        if (!q.exec(QLatin1String(sql))) {
            Error error = sqlError(HistoryStore::tr("cannot create the tables"), q.lastError().text());
            if (meansDamaged(q.lastError()))
                error.code = QStringLiteral("history.damaged");
            return error;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(historyApplicationId)))
        return sqlError(HistoryStore::tr("cannot mark the file as the history"), q.lastError().text());
    // FTS5 with trigram tokens (SQLite 3.34+) where the SQLite build has them; LIKE otherwise.
    m_fts = q.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS entries_fts USING fts5(request_name, source, url, request_body,"
        " response_body, headline, content='entries', content_rowid='id', tokenize='trigram')"));
    if (m_fts) {
        const char *const triggers[] = {
            "CREATE TRIGGER IF NOT EXISTS entries_ai AFTER INSERT ON entries BEGIN"
            " INSERT INTO entries_fts(rowid, request_name, source, url, request_body, response_body, "
            "headline)"
            " VALUES (new.id, new.request_name, new.source, new.url, new.request_body, new.response_body,"
            " new.headline); END",
            "CREATE TRIGGER IF NOT EXISTS entries_ad AFTER DELETE ON entries BEGIN"
            " INSERT INTO entries_fts(entries_fts, rowid, request_name, source, url, request_body, "
            "response_body,"
            " headline) VALUES ('delete', old.id, old.request_name, old.source, old.url, old.request_body,"
            " old.response_body, old.headline); END",
        };
        for (const char *sql : triggers) {
            if (!q.exec(QLatin1String(sql)))
                return sqlError(HistoryStore::tr("cannot create the search index"), q.lastError().text());
        }
    }
    return Done {};
}

Status HistoryStore::insert(const HistoryEntry &entry, qint64 *id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO entries (sent_at, type, request_name, source, environment, method, url, request_headers,"
        " request_body, status, headline, response_headers, response_body, time_to_headers_ms, total_ms, "
        "bytes_up,"
        " bytes_down, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.sentAt.toMSecsSinceEpoch());
    q.addBindValue(callTypeName(entry.type));
    q.addBindValue(entry.requestName);
    q.addBindValue(entry.sourceName);
    q.addBindValue(entry.environmentName);
    q.addBindValue(QString::fromLatin1(entry.method));
    q.addBindValue(entry.url);
    // Redacted again here: whatever a caller hands in, no key reaches the file.
    q.addBindValue(headersToText(redactedHeaders(entry.requestHeaders)));
    q.addBindValue(QString::fromUtf8(entry.requestBody));
    q.addBindValue(entry.status);
    q.addBindValue(entry.headline);
    q.addBindValue(headersToText(entry.responseHeaders));
    q.addBindValue(QString::fromUtf8(entry.responseBody));
    q.addBindValue(entry.timeToHeadersMs ? QVariant(*entry.timeToHeadersMs) : QVariant());
    q.addBindValue(entry.totalMs);
    q.addBindValue(entry.bytesUp);
    q.addBindValue(entry.bytesDown);
    q.addBindValue(entry.attempts);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        return Error {meansDamaged(error) ? QStringLiteral("history.damaged") : QStringLiteral("history.sql"),
            HistoryStore::tr("history (%1): cannot store the entry: %2").arg(m_path, error.text())};
    }
    if (id)
        *id = q.lastInsertId().toLongLong();
    return Done {};
}

Result<qint64> HistoryStore::add(const HistoryEntry &entry)
{
    if (!isOpen())
        return Error {QStringLiteral("history.closed"), HistoryStore::tr("the history is not open")};
    qint64 id = 0;
    Status s = insert(entry, &id);
    if (!s && s.error().code == QLatin1String("history.damaged")) {
        if (Status r = recover(s.error().message); !r)
            return r.error();
        s = insert(entry, &id);
    }
    if (!s)
        return s.error();
    (void)applyRetention(m_retention);
    Q_EMIT changed();
    return id;
}

Status HistoryStore::addAll(const QList<HistoryEntry> &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return sqlError(HistoryStore::tr("cannot start a transaction"), db.lastError().text());
    for (const HistoryEntry &entry : entries) {
        if (Status s = insert(entry, nullptr); !s) {
            db.rollback();
            return s;
        }
    }
    if (!db.commit())
        return sqlError(HistoryStore::tr("cannot commit"), db.lastError().text());
    (void)applyRetention(m_retention);
    Q_EMIT changed();
    return Done {};
}

namespace {
struct Filter
{
    QString from = QStringLiteral(" FROM entries e");
    QStringList where;
    QVariantList binds;
};

Filter buildFilter(const HistoryQuery &query, bool fts)
{
    Filter f;
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        if (fts && text.size() >= 3) {
            // One phrase, quotes doubled: the user's text is matched as written, never parsed as FTS
            // syntax (a '-' or 'OR' in an id must not change the query).
            QString phrase = text;
            phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
            f.from = QStringLiteral(" FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid");
            f.where.append(QStringLiteral("entries_fts MATCH ?"));
            f.binds.append(QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
        } else {
            QStringList any;
            for (const char *column : textColumns) {
                any.append(QStringLiteral("e.%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column)));
                f.binds.append(likePattern(text));
            }
            f.where.append(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
        }
    }
    switch (query.status) {
    case StatusFilter::Any: break;
    case StatusFilter::Success: f.where.append(QStringLiteral("e.status BETWEEN 200 AND 299")); break;
    case StatusFilter::ClientError: f.where.append(QStringLiteral("e.status BETWEEN 400 AND 499")); break;
    case StatusFilter::ServerError: f.where.append(QStringLiteral("e.status BETWEEN 500 AND 599")); break;
    case StatusFilter::NoAnswer: f.where.append(QStringLiteral("e.status = 0")); break;
    case StatusFilter::NotSuccess: f.where.append(QStringLiteral("e.status NOT BETWEEN 200 AND 299")); break;
    }
    if (query.type) {
        f.where.append(QStringLiteral("e.type = ?"));
        f.binds.append(callTypeName(*query.type));
    }
    if (!query.sourceName.isEmpty()) {
        f.where.append(QStringLiteral("e.source = ?"));
        f.binds.append(query.sourceName);
    }
    return f;
}

QString whereClause(const Filter &f)
{
    return f.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + f.where.join(QLatin1String(" AND "));
}
} // namespace

Result<QList<HistoryEntry>> HistoryStore::search(const HistoryQuery &query) const
{
    const Filter f = buildFilter(query, m_fts);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    // With the index joined, order by its rowid (the same number): FTS5 then walks its matches
    // newest first and stops at the limit, instead of collecting every match to sort them.
    const bool fullText = f.from.contains(QLatin1String("entries_fts"));
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(summaryColumns) + f.from + whereClause(f) +
        (fullText ? QStringLiteral(" ORDER BY entries_fts.rowid DESC")
                  : QStringLiteral(" ORDER BY e.id DESC")) +
        QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : f.binds)
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return sqlError(HistoryStore::tr("search failed"), q.lastError().text());
    QList<HistoryEntry> out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

Result<qint64> HistoryStore::count(const HistoryQuery &query) const
{
    const Filter f = buildFilter(query, m_fts);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*)") + f.from + whereClause(f));
    for (const QVariant &v : f.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(HistoryStore::tr("count failed"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(summaryColumns) +
        QStringLiteral(
            ", e.request_headers, e.request_body, e.response_headers, e.response_body FROM entries "
            "e WHERE e.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(HistoryStore::tr("cannot read an entry"), q.lastError().text());
    if (!q.next())
        return Error {QStringLiteral("history.not-found"), HistoryStore::tr("no history entry %1").arg(id)};
    HistoryEntry e = readSummary(q);
    e.requestHeaders = headersFromText(q.value(15).toString());
    e.requestBody = q.value(16).toString().toUtf8();
    e.responseHeaders = headersFromText(q.value(17).toString());
    e.responseBody = q.value(18).toString().toUtf8();
    return e;
}

Result<QStringList> HistoryStore::sourceNames() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT DISTINCT source FROM entries ORDER BY source")))
        return sqlError(HistoryStore::tr("cannot list sources"), q.lastError().text());
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<int> HistoryStore::applyRetention(const RetentionPolicy &policy, const QDateTime &now)
{
    if (!isOpen())
        return Error {QStringLiteral("history.closed"), HistoryStore::tr("the history is not open")};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    int removed = 0;
    if (policy.maxAgeDays > 0) {
        q.prepare(QStringLiteral("DELETE FROM entries WHERE sent_at < ?"));
        q.addBindValue(now.addDays(-policy.maxAgeDays).toMSecsSinceEpoch());
        if (!q.exec())
            return sqlError(HistoryStore::tr("cannot apply the retention"), q.lastError().text());
        removed += q.numRowsAffected();
    }
    if (policy.maxEntries > 0) {
        q.prepare(QStringLiteral(
            "DELETE FROM entries WHERE id <= (SELECT id FROM entries ORDER BY id DESC LIMIT 1 OFFSET ?)"));
        q.addBindValue(policy.maxEntries);
        if (!q.exec())
            return sqlError(HistoryStore::tr("cannot apply the retention"), q.lastError().text());
        removed += q.numRowsAffected();
    }
    if (removed > 0)
        Q_EMIT changed();
    return removed;
}

Status HistoryStore::remove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(HistoryStore::tr("cannot remove an entry"), q.lastError().text());
    Q_EMIT changed();
    return Done {};
}

Status HistoryStore::clear()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("DELETE FROM entries")))
        return sqlError(HistoryStore::tr("cannot clear"), q.lastError().text());
    Q_EMIT changed();
    return Done {};
}

} // namespace ewb
