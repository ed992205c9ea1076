// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "backfilljournal.h"

#include "util/sqlitefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace ewb {

namespace {

// The translation context of this file's messages.
class BackfillJournalText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::BackfillJournal)
};

// "EWBJ" in the SQLite header: this file is a backfill journal.
constexpr quint32 journalApplicationId = 0x4557424A;

Error journalError(const QString &message)
{
    return Error {QStringLiteral("backfill.journal"), message};
}

void addRange(std::vector<std::pair<qint64, qint64>> &ranges, qint64 first, qint64 last)
{
    auto it = std::lower_bound(ranges.begin(), ranges.end(), std::make_pair(first, first));
    it = ranges.insert(it, {first, last});
    // Merge with neighbours that touch or overlap.
    if (it != ranges.begin() && std::prev(it)->second + 1 >= it->first) {
        auto prev = std::prev(it);
        prev->second = std::max(prev->second, it->second);
        it = ranges.erase(it);
        it = prev;
    }
    while (std::next(it) != ranges.end() && it->second + 1 >= std::next(it)->first) {
        it->second = std::max(it->second, std::next(it)->second);
        ranges.erase(std::next(it));
    }
}

// Writes the ranges of rows (indexes, increasing) in one transaction, durable when it commits.
Result<std::vector<std::pair<qint64, qint64>>> writeRanges(QSqlDatabase db, const std::vector<qint64> &rows)
{
    std::vector<std::pair<qint64, qint64>> added;
    if (rows.empty())
        return added;
    if (!db.transaction())
        return journalError(db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO acknowledged (first_row, last_row) VALUES (?, ?)"));
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        added.emplace_back(rows[i], rows[j]);
        q.addBindValue(rows[i]);
        q.addBindValue(rows[j]);
        if (!q.exec()) {
            db.rollback();
            return journalError(q.lastError().text());
        }
        i = j + 1;
    }
    if (!db.commit())
        return journalError(db.lastError().text());
    return added;
}

// A connection named name to the journal at path; each thread that writes has its own.
Result<QSqlDatabase> openConnection(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return journalError(BackfillJournalText::tr("cannot open %1: %2").arg(path, db.lastError().text()));
    return db;
}

void removeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

BackfillJournal::~BackfillJournal()
{
    if (m_writer) {
        // Queued after every write handed over: when it has run, they all have.
        QMetaObject::invokeMethod(
            m_writerContext, [name = m_connection] { removeConnection(name + QStringLiteral("-writer")); },
            Qt::BlockingQueuedConnection);
        m_writer->quit();
        m_writer->wait();
        delete m_writerContext;
        delete m_writer;
    }
    removeConnection(m_connection);
}

QString BackfillJournal::pathFor(const QString &dataFolder, const Identity &identity)
{
    const QByteArray key =
        QCryptographicHash::hash(identity.input.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(dataFolder)
        .filePath(QStringLiteral("backfill/%1-%2.journal")
                      .arg(QFileInfo(identity.input).fileName(), QString::fromLatin1(key)));
}

Result<std::unique_ptr<BackfillJournal>> BackfillJournal::open(const QString &path, const Identity &identity)
{
    const SqliteFileKind kind = sqliteFileKind(path, journalApplicationId);
    // Empty: what a backfill killed while it made the journal leaves (SQLite makes the file when it
    // opens it; the first write, the application id, is still to come). Nothing is in it to keep,
    // so it is made a journal as an absent one would be; resuming then had refused for good.
    if (kind != SqliteFileKind::Absent && kind != SqliteFileKind::Ours && kind != SqliteFileKind::Empty)
        return journalError(
            BackfillJournalText::tr("%1 is not a backfill journal; it was left as it is: move it away")
                .arg(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return journalError(
            BackfillJournalText::tr("cannot create the folder %1").arg(QFileInfo(path).absolutePath()));
    const QString name = QStringLiteral("ewb-backfill-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<BackfillJournal> journal(new BackfillJournal(name, path));
    Result<QSqlDatabase> opened = openConnection(name, path);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlQuery q(db);
    if (kind == SqliteFileKind::Unmarked) {
        Result<QString> foreign =
            firstForeignTable(db, [](const QString &t) { return t == u"job" || t == u"acknowledged"; });
        if (!foreign || !foreign->isEmpty())
            return journalError(
                BackfillJournalText::tr("%1 is not a backfill journal; it was left as it is: move it away")
                    .arg(path));
    }
    const QStringList setup = {
        // The id first: a journal killed right after this is still known to be one.
        QStringLiteral("PRAGMA application_id = %1").arg(journalApplicationId),
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // FULL: an acknowledged batch is on disk before it counts, even if the machine loses power.
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS job (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS acknowledged (first_row INTEGER NOT NULL, last_row "
                       "INTEGER NOT NULL)"),
        QStringLiteral("PRAGMA application_id = %1").arg(journalApplicationId),
    };
    for (const QString &sql : setup) {
        if (!q.exec(sql))
            return journalError(QStringLiteral("%1: %2").arg(path, q.lastError().text()));
    }
    // The identity: written by the first run, compared by every later one.
    const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("input"), identity.input},
        {QStringLiteral("size"), QString::number(identity.size)},
        {QStringLiteral("modified"), QString::number(identity.modified)},
        {QStringLiteral("fingerprint"), identity.fingerprint},
        {QStringLiteral("target"), identity.target},
    };
    for (const auto &[key, value] : fields) {
        q.prepare(QStringLiteral("SELECT value FROM job WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return journalError(QStringLiteral("%1: %2").arg(path, q.lastError().text()));
        if (q.next()) {
            if (q.value(0).toString() != value) {
                if (key == u"target")
                    return journalError(BackfillJournalText::tr(
                        "the interrupted backfill sent to %1: resume it there (what it "
                        "sent is acknowledged only there), or start it anew "
                        "(--restart, or Cancel in the window)")
                                            .arg(q.value(0).toString()));
                return journalError(key == u"fingerprint"
                        ? BackfillJournalText::tr(
                              "the interrupted backfill used other options (type, mapping, tags or "
                              "--identify-first): resume with the same ones, or --restart")
                        : BackfillJournalText::tr(
                              "%1 changed since the interrupted backfill (its %2): --restart to send it anew")
                              .arg(identity.input, key));
            }
            continue;
        }
        q.prepare(QStringLiteral("INSERT INTO job (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return journalError(QStringLiteral("%1: %2").arg(path, q.lastError().text()));
    }
    if (Status s = journal->load(); !s)
        return s.error();
    return journal;
}

Status BackfillJournal::remove(const QString &path)
{
    const SqliteFileKind kind = sqliteFileKind(path, journalApplicationId);
    if (kind == SqliteFileKind::Absent)
        return Done {};
    if (kind != SqliteFileKind::Ours && kind != SqliteFileKind::Empty)
        return journalError(
            BackfillJournalText::tr("%1 is not a backfill journal; it was left as it is").arg(path));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return Done {};
}

Status BackfillJournal::load()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT first_row, last_row FROM acknowledged")))
        return journalError(q.lastError().text());
    while (q.next())
        addRange(m_ranges, q.value(0).toLongLong(), q.value(1).toLongLong());
    m_rows = 0;
    for (const auto &[first, last] : m_ranges)
        m_rows += last - first + 1;
    return Done {};
}

bool BackfillJournal::isAcknowledged(qint64 row) const
{
    auto it = std::upper_bound(
        m_ranges.begin(), m_ranges.end(), std::make_pair(row, std::numeric_limits<qint64>::max()));
    return it != m_ranges.begin() && std::prev(it)->first <= row && row <= std::prev(it)->second;
}

Status BackfillJournal::acknowledge(const std::vector<qint64> &rows)
{
    Result<std::vector<std::pair<qint64, qint64>>> added =
        writeRanges(QSqlDatabase::database(m_connection, false), rows);
    if (!added)
        return added.error();
    record(added.value());
    return Done {};
}

void BackfillJournal::acknowledgeLater(std::vector<qint64> rows, std::function<void(const Status &)> done)
{
    if (!m_writer) {
        m_replies = std::make_unique<QObject>();
        m_writer = new QThread;
        m_writer->setObjectName(QStringLiteral("ewb backfill journal"));
        m_writerContext = new QObject;
        m_writerContext->moveToThread(m_writer);
        m_writer->start();
    }
    const auto report = [this, replies = m_replies.get(), done = std::move(done)](
                            Result<std::vector<std::pair<qint64, qint64>>> added) {
        QMetaObject::invokeMethod(
            replies,
            [this, done, added = std::move(added)] {
                if (!added) {
                    done(added.error());
                    return;
                }
                record(added.value());
                done(Done {});
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_writerContext,
        [name = QString(m_connection + QStringLiteral("-writer")), path = m_path, rows = std::move(rows),
            report] {
            // The thread's own connection (a connection belongs to the thread that made it), made
            // at its first write; synchronous is a setting of the connection, not of the file.
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isValid()) {
                Result<QSqlDatabase> opened = openConnection(name, path);
                if (!opened) {
                    report(opened.error());
                    return;
                }
                db = opened.value();
                QSqlQuery pragma(db);
                for (const QString &statement : {QStringLiteral("PRAGMA busy_timeout = 10000"),
                         QStringLiteral("PRAGMA synchronous=FULL")}) {
                    if (!pragma.exec(statement)) {
                        report(journalError(pragma.lastError().text()));
                        return;
                    }
                }
            }
            report(writeRanges(db, rows));
        },
        Qt::QueuedConnection);
}

void BackfillJournal::record(const std::vector<std::pair<qint64, qint64>> &added)
{
    for (const auto &[first, last] : added) {
        addRange(m_ranges, first, last);
        m_rows += last - first + 1;
    }
}

} // namespace ewb
