// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "eventstore.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "util/damagedfile.h"
#include "util/sqlitefile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace ewb {

namespace {

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error {QStringLiteral("sandbox.store"), QStringLiteral("%1: %2").arg(what, error.text())};
}

bool exec(QSqlQuery &query, const QString &sql)
{
    return query.exec(sql);
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Opens the file and checks it is a usable SQLite database; the error says why not.
Status openAndCheck(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return sqlError(QStringLiteral("Cannot open %1").arg(path), db.lastError());
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("PRAGMA quick_check")) || !query.next())
        return sqlError(QStringLiteral("%1 is not a readable SQLite database").arg(path), query.lastError());
    if (query.value(0).toString() != QStringLiteral("ok"))
        return Error {QStringLiteral("sandbox.store"),
            QStringLiteral("%1 is damaged: %2").arg(path, query.value(0).toString())};
    return Done {};
}

// "EWBS" in the SQLite header (PRAGMA application_id): what tells this sandbox's store, even a
// damaged one, from any other SQLite file. Stores from before it have 0 and our two tables.
constexpr quint32 storeApplicationId = 0x45574253;

// An unmarked SQLite file is ours only when it holds our tables and nothing else.
Status checkTablesAreOurs(const QString &name, const QString &path)
{
    Result<QString> foreign = firstForeignTable(QSqlDatabase::database(name),
        [](const QString &table) { return table == u"sandbox_events" || table == u"sandbox_counts"; });
    if (!foreign)
        return foreign.error();
    if (!foreign->isEmpty())
        return Error {QStringLiteral("sandbox.store-foreign"),
            QStringLiteral("%1 is another program's database (it has a table \"%2\"); the sandbox "
                           "does not touch it: choose another --store file")
                .arg(path, foreign.value())};
    return Done {};
}

// "forward:failed": the count of a settled forwarding state in sandbox_counts.
QString forwardCountName(ForwardOutcome::State state)
{
    return QStringLiteral("forward:") + forwardStateName(state);
}

// The forward column: the outcome's JSON, or NULL when forwarding was off.
QVariant forwardColumn(const ForwardOutcome &outcome)
{
    return outcome.isSet() ? QVariant(QString::fromUtf8(writeJson(outcome.toJson())))
                           : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

EventStore::EventStore(QString path, QString connectionName, int capacity)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_capacity(capacity)
{ }

EventStore::~EventStore()
{
    (void)flush();
    closeConnection(m_connectionName);
}

Status EventStore::createSchema(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName);
    QSqlQuery query(db);
    // WAL + NORMAL: a crash may lose the last flush, never the file.
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sandbox_events (id INTEGER PRIMARY KEY, entry TEXT NOT "
                       "NULL, forward TEXT)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS sandbox_counts (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
        QStringLiteral("PRAGMA application_id = %1").arg(storeApplicationId),
    };
    for (const QString &statement : statements) {
        if (!exec(query, statement))
            return sqlError(QStringLiteral("Cannot set up the event store"), query.lastError());
    }
    // Stores from before forwarding have no forward column: added, so that they stay readable (and
    // an older sandbox still reads the newer file: it selects only id and entry).
    if (!exec(query, QStringLiteral("PRAGMA table_info(sandbox_events)")))
        return sqlError(QStringLiteral("Cannot read the event store's columns"), query.lastError());
    bool hasForward = false;
    while (query.next())
        hasForward = hasForward || query.value(1).toString() == u"forward";
    if (!hasForward && !exec(query, QStringLiteral("ALTER TABLE sandbox_events ADD COLUMN forward TEXT")))
        return sqlError(
            QStringLiteral("Cannot add the forward column to the event store"), query.lastError());
    // Our own tables must be readable: another program's database with the same names is not ours.
    if (!exec(query, QStringLiteral("SELECT id, entry, forward FROM sandbox_events LIMIT 1")) ||
        !exec(query, QStringLiteral("SELECT name, value FROM sandbox_counts LIMIT 1")))
        return sqlError(QStringLiteral("The event store's tables are not as expected"), query.lastError());
    return Done {};
}

Result<std::unique_ptr<EventStore>> EventStore::open(const QString &path, int capacity, QStringList *notices)
{
    // Only what is plainly this sandbox's store is opened, and only a damaged one of those is moved
    // aside: a folder, a device, a JSON file or another program's database is refused untouched
    // (opening one as a store used to add tables, switch it to WAL or rename it).
    const SqliteFileKind kind = sqliteFileKind(path, storeApplicationId);
    if (kind == SqliteFileKind::NotAFile)
        return Error {QStringLiteral("sandbox.store-not-a-file"),
            QStringLiteral("%1 is not a regular file (a folder, a device or a pipe); the sandbox keeps its "
                           "events in a file of its own: choose another --store path")
                .arg(path)};
    if (kind == SqliteFileKind::NotSqlite || kind == SqliteFileKind::OtherProgram)
        return Error {QStringLiteral("sandbox.store-foreign"),
            QStringLiteral("%1 is not a sandbox event store (it is not an SQLite file of the sandbox's); it "
                           "was left as it is: choose another --store path")
                .arg(path)};
    const QString name =
        QStringLiteral("ewb-sandbox-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status opened = openAndCheck(path, name);
    if (opened && kind == SqliteFileKind::Unmarked)
        opened = checkTablesAreOurs(name, path);
    if (!opened && kind == SqliteFileKind::Unmarked) {
        closeConnection(name); // readable or not, it is not known to be ours: never moved
        return opened.error().code == u"sandbox.store-foreign"
            ? opened.error()
            : Error {QStringLiteral("sandbox.store-foreign"),
                  QStringLiteral("%1 cannot be used (%2) and is not known to be the sandbox's store, so it "
                                 "was left as it is: choose another --store path")
                      .arg(path, opened.error().message)};
    }
    if (opened)
        opened = createSchema(name);
    if (!opened) {
        closeConnection(name);
        if (!QFile::exists(path))
            return opened.error();
        const QString aside = damagedFilePath(path);
        if (!QFile::rename(path, aside))
            return Error {QStringLiteral("sandbox.store"),
                QStringLiteral("%1; it could not be moved aside to %2 either, so the sandbox cannot "
                               "use it: remove or rename it.")
                    .arg(opened.error().message, aside)};
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
        if (notices)
            notices->append(
                QStringLiteral("The event store %1 could not be used (%2); it was moved to %3 and a "
                               "new, empty store was started.")
                    .arg(path, opened.error().message, aside));
        opened = openAndCheck(path, name);
        if (opened)
            opened = createSchema(name);
        if (!opened) {
            closeConnection(name);
            return opened.error();
        }
    }
    return std::unique_ptr<EventStore>(new EventStore(path, name, capacity));
}

Result<EventStore::Loaded> EventStore::load()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    Loaded loaded;
    query.prepare(QStringLiteral("SELECT entry, forward FROM sandbox_events ORDER BY id DESC LIMIT ?"));
    query.addBindValue(m_capacity);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot read the event store"), query.lastError());
    while (query.next()) {
        Result<JsonValue> json = parseJson(query.value(0).toByteArray());
        if (!json)
            continue; // one unreadable row is not worth losing the others for
        Result<RecordedEvent> event = RecordedEvent::fromJson(json.value());
        if (!event)
            continue;
        if (!query.isNull(1)) {
            if (Result<JsonValue> forward = parseJson(query.value(1).toByteArray()); forward)
                event->forward = ForwardOutcome::fromJson(forward.value()).value_or(ForwardOutcome());
        }
        loaded.events.prepend(std::move(event).value());
    }
    if (!exec(query, QStringLiteral("SELECT name, value FROM sandbox_counts")))
        return sqlError(QStringLiteral("Cannot read the event store's counts"), query.lastError());
    while (query.next()) {
        const QString name = query.value(0).toString();
        const qint64 value = query.value(1).toLongLong();
        if (name == u"lastId" || name == u"idCeiling")
            loaded.lastId = std::max(loaded.lastId, value);
        else if (name == u"accepted")
            loaded.stats.accepted = value;
        else if (name == u"duplicates")
            loaded.stats.duplicates = value;
        else if (name.startsWith(u"forward:"))
            loaded.stats.countForward(
                forwardStateFromName(QStringView(name).mid(8)).value_or(ForwardOutcome::State::None), value);
        else if (name.startsWith(u"dropped:"))
            loaded.stats.droppedByReason[name.mid(8)] = value;
    }
    for (qint64 count : std::as_const(loaded.stats.droppedByReason))
        loaded.stats.dropped += count;
    loaded.stats.total = loaded.stats.accepted + loaded.stats.dropped;
    return loaded;
}

void EventStore::add(const RecordedEvent &event)
{
    ++m_pendingCounts[event.accepted ? QStringLiteral("accepted")
                                     : QStringLiteral("dropped:") + event.reason];
    if (event.duplicate)
        ++m_pendingCounts[QStringLiteral("duplicates")];
    if (event.forward.isSettled())
        ++m_pendingCounts[forwardCountName(event.forward.state)];
    m_pendingLastId = std::max(m_pendingLastId, event.id);
    m_pending.append(event);
    if (m_pending.size() > m_capacity)
        m_pending.removeFirst();
}

void EventStore::setForward(qint64 id, const ForwardOutcome &outcome, ForwardOutcome::State previous)
{
    m_pendingForward.insert(id, outcome);
    if (previous != ForwardOutcome::State::None && previous != ForwardOutcome::State::Pending)
        --m_pendingCounts[forwardCountName(previous)];
    if (outcome.isSettled())
        ++m_pendingCounts[forwardCountName(outcome.state)];
}

Status EventStore::flush()
{
    if (m_pendingCounts.isEmpty() && m_pendingForward.isEmpty())
        return Done {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    if (!db.transaction())
        return sqlError(QStringLiteral("Cannot write to the event store"), db.lastError());
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sandbox_events (id, entry, forward) VALUES (?, ?, ?)"));
    for (const RecordedEvent &event : std::as_const(m_pending)) {
        JsonObject entry = event.toJson();
        entry.remove(u"forward"); // in its own column, which the updates below write
        insert.bindValue(0, event.id);
        insert.bindValue(1, QString::fromUtf8(writeJson(entry)));
        insert.bindValue(2, forwardColumn(m_pendingForward.value(event.id, event.forward)));
        if (!insert.exec()) {
            db.rollback();
            return sqlError(QStringLiteral("Cannot write to the event store"), insert.lastError());
        }
    }
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE sandbox_events SET forward = ? WHERE id = ?"));
    for (auto it = m_pendingForward.cbegin(); it != m_pendingForward.cend(); ++it) {
        update.bindValue(0, forwardColumn(it.value()));
        update.bindValue(1, it.key());
        if (!update.exec()) {
            db.rollback();
            return sqlError(QStringLiteral("Cannot write to the event store"), update.lastError());
        }
    }
    const QMap<QString, qint64> &increments = m_pendingCounts;
    const qint64 lastId = m_pendingLastId;
    QSqlQuery count(db);
    count.prepare(QStringLiteral("INSERT INTO sandbox_counts (name, value) VALUES (?, ?) "
                                 "ON CONFLICT(name) DO UPDATE SET value = value + excluded.value"));
    for (auto it = increments.cbegin(); it != increments.cend(); ++it) {
        count.bindValue(0, it.key());
        count.bindValue(1, it.value());
        if (!count.exec()) {
            db.rollback();
            return sqlError(QStringLiteral("Cannot write to the event store"), count.lastError());
        }
    }
    QSqlQuery other(db);
    other.prepare(QStringLiteral("INSERT INTO sandbox_counts (name, value) VALUES ('lastId', ?) "
                                 "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)"));
    other.addBindValue(lastId);
    bool ok = other.exec();
    if (ok) {
        other.prepare(QStringLiteral("DELETE FROM sandbox_events WHERE id <= ?"));
        other.addBindValue(lastId - m_capacity);
        ok = other.exec();
    }
    if (!ok) {
        db.rollback();
        return sqlError(QStringLiteral("Cannot write to the event store"), other.lastError());
    }
    if (!db.commit())
        return sqlError(QStringLiteral("Cannot write to the event store"), db.lastError());
    dropPending();
    return Done {};
}

void EventStore::dropPending()
{
    m_pending.clear();
    m_pendingCounts.clear();
    m_pendingForward.clear();
    m_pendingLastId = 0;
}

Status EventStore::clear(qint64 lastId)
{
    dropPending();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    // One transaction: a crash half way must not leave the events gone but the counts kept, or the
    // ids' high-water mark lost (ids are never reused, also across a clear).
    if (!db.transaction())
        return sqlError(QStringLiteral("Cannot clear the event store"), db.lastError());
    QSqlQuery query(db);
    bool ok = exec(query, QStringLiteral("DELETE FROM sandbox_events")) &&
        exec(query, QStringLiteral("DELETE FROM sandbox_counts WHERE name NOT IN ('lastId', 'idCeiling')"));
    if (ok) {
        query.prepare(QStringLiteral("INSERT INTO sandbox_counts (name, value) VALUES ('lastId', ?) "
                                     "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)"));
        query.addBindValue(lastId);
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        const QSqlError error = ok ? db.lastError() : query.lastError();
        db.rollback();
        return sqlError(QStringLiteral("Cannot clear the event store"), error);
    }
    return Done {};
}

Status EventStore::reserveIds(qint64 upTo, Reserve how)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(how == Reserve::Exactly
            ? QStringLiteral("INSERT INTO sandbox_counts (name, value) VALUES ('idCeiling', ?) "
                             "ON CONFLICT(name) DO UPDATE SET value = excluded.value")
            : QStringLiteral("INSERT INTO sandbox_counts (name, value) VALUES ('idCeiling', ?) "
                             "ON CONFLICT(name) DO UPDATE SET value = max(value, excluded.value)"));
    query.addBindValue(upTo);
    if (!query.exec())
        return sqlError(QStringLiteral("Cannot write to the event store"), query.lastError());
    return Done {};
}

} // namespace ewb
