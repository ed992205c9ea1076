// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "backfilljob.h"

#include "json/jsonwriter.h"
#include "net/apirequest.h"
#include "net/httpclient.h"
#include "net/replyparsing.h"
#include "validation/sizebudget.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTimer>

namespace ewb {

namespace {

constexpr qsizetype batchOverhead = 12; // {"batch":[ and ]}
constexpr int readAheadBatches = 2; // per batch in flight: enough to keep the pipe full

} // namespace

BackfillJournal::Identity backfillIdentity(const BackfillOptions &options)
{
    const QFileInfo info(options.input);
    QByteArray shape;
    shape.append("type=").append(
        options.rules.type ? callTypeName(*options.rules.type).toUtf8() : QByteArray());
    shape.append("\nformat=").append(QByteArray::number(int(options.format)));
    shape.append("\nmap=").append(options.mappingSpec.toUtf8());
    shape.append("\ntags=").append(writeJson(JsonValue(options.rules.tags)));
    shape.append("\nidentifyFirst=").append(options.identifyFirst ? "1" : "0");
    shape.append("\nallowDestructive=").append(options.rules.allowDestructive ? "1" : "0");
    return BackfillJournal::Identity {info.absoluteFilePath(), info.size(),
        info.lastModified().toMSecsSinceEpoch(),
        QString::fromLatin1(QCryptographicHash::hash(shape, QCryptographicHash::Sha256).toHex().left(32)),
        options.target.baseUrl.toString(QUrl::RemoveUserInfo)};
}

Result<std::vector<CheckedRow>> previewBackfill(const BackfillOptions &options, int rows)
{
    Result<std::unique_ptr<BackfillInput>> input =
        BackfillInput::open(options.input, options.format, options.mapping);
    if (!input)
        return input.error();
    std::vector<CheckedRow> out;
    while (int(out.size()) < rows) {
        Result<std::optional<InputRow>> row = input.value()->next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.push_back(checkRow(std::move(*row.value()), options.rules));
    }
    return out;
}

BackfillJob::BackfillJob(HttpClient *client, std::unique_ptr<BackfillInput> input,
    std::unique_ptr<BackfillJournal> journal, BackfillOptions options, Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_input(std::move(input)), m_journal(std::move(journal)),
      m_options(std::move(options)), m_clock(clock),
      m_bucket(std::max(0.001, m_options.rate), std::max<qint64>(1, m_options.ratePerMs))
{
    m_options.concurrency = std::max(1, m_options.concurrency);
    m_summary.dryRun = m_options.dryRun;
    connect(m_client, &HttpClient::finished, this, &BackfillJob::answered);
}

BackfillJob::~BackfillJob()
{
    m_stopping = true;
    std::vector<quint64> ids;
    for (const auto &[id, batch] : m_inFlight)
        ids.push_back(id);
    for (quint64 id : ids)
        m_client->cancel(id);
}

Status BackfillJob::start()
{
    if (!m_options.rejectsPath.isEmpty()) {
        m_rejects.setFileName(m_options.rejectsPath);
        if (!m_rejects.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error {QStringLiteral("backfill.rejects"),
                BackfillJob::tr("cannot write the rejects file %1: %2")
                    .arg(m_options.rejectsPath, m_rejects.errorString())};
    }
    m_running = true;
    m_startedMs = m_clock.monotonicNow().count();
    m_summary.progress.inputSize = m_input->size();
    // Progress is for people and progress bars: real time, four times a second.
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_running)
            emit progressed(progress());
    });
    m_tick.start();
    pump();
    return Done {};
}

BackfillProgress BackfillJob::progress() const
{
    BackfillProgress p = m_summary.progress;
    p.inputPosition = m_input->position();
    p.elapsedMs = m_clock.monotonicNow().count() - m_startedMs;
    return p;
}

void BackfillJob::stop(const QString &reason)
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_summary.stopReason = reason;
    m_wake.reset();
    std::vector<quint64> ids;
    for (const auto &[id, batch] : m_inFlight)
        ids.push_back(id);
    for (quint64 id : ids)
        m_client->cancel(id); // reported at once; not acknowledged, so sent again on --resume
    finishIfDone();
}

// One turn: what can go now goes, one more batch is read and packed, and that goes too if it can.
// Then back to the event loop, with another turn queued while reading is wanted: answers are
// taken, and free places refilled, between batches. Reading ahead for every free place in one
// turn kept them all empty while it read (a fifth of a backfill to the sandbox, both cores idle).
void BackfillJob::pump()
{
    m_pumpQueued = false;
    if (!m_running || m_stopping)
        return;
    dispatch();
    readMore();
    dispatch();
    if (wantsToRead())
        queuePump();
    finishIfDone();
}

bool BackfillJob::wantsToRead() const
{
    const size_t wanted = size_t(m_options.concurrency * readAheadBatches);
    return !m_inputDone && !m_stopping && (m_options.dryRun || m_queue.size() < wanted);
}

void BackfillJob::queuePump()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &BackfillJob::pump, Qt::QueuedConnection);
}

bool BackfillJob::wantsRow(const InputRow &row) const
{
    if (!m_options.identifyFirst)
        return true;
    QString type = row.call ? row.call->value(u"type").toString() : QString();
    if (type.isEmpty() && m_options.rules.type)
        type = callTypeName(*m_options.rules.type);
    const bool identify = type == u"identify";
    return m_pass == 0 ? identify : !identify;
}

void BackfillJob::readMore()
{
    // A turn's slice: rows up to the next full batch; a dry run, which keeps nothing, 5,000 rows.
    // Either way the event loop (and Ctrl+C) gets its turn between slices.
    const qint64 planned = m_summary.progress.batchesPlanned;
    int slice = 0;
    while (
        wantsToRead() && (m_options.dryRun ? slice++ < 5000 : m_summary.progress.batchesPlanned == planned)) {
        Result<std::optional<InputRow>> next = m_input->next();
        if (!next) {
            stop(next.error().message);
            return;
        }
        if (!next.value()) {
            closeBatch();
            if (m_options.identifyFirst && m_pass == 0) {
                m_pass = 1;
                if (Status s = m_input->rewind(); !s) {
                    stop(s.error().message);
                    return;
                }
                continue;
            }
            m_inputDone = true;
            break;
        }
        InputRow &row = *next.value();
        if (!wantsRow(row))
            continue;
        ++m_summary.progress.rowsRead;
        if (m_journal && m_journal->isAcknowledged(row.index)) {
            ++m_summary.progress.rowsSkipped;
            continue;
        }
        addRow(checkRow(std::move(row), m_options.rules));
    }
}

void BackfillJob::addRow(CheckedRow row)
{
    for (const Diagnostic &w : row.warnings)
        ++m_summary.warningsByCode[w.code];
    m_summary.progress.warnings += row.warnings.size();
    if (row.rejected()) {
        reject(row.index, row.line, row.errors, row.raw, row.callJson);
        return;
    }
    ++m_summary.progress.rowsValid;
    const qsizetype bytes = row.wire.size() + (m_open.items.empty() ? 0 : 1);
    if (!m_open.items.empty() && batchOverhead + m_open.bytes + bytes > sizelimits::batchMargin)
        closeBatch();
    m_open.bytes += row.wire.size() + (m_open.items.empty() ? 0 : 1);
    m_open.rows.push_back(row.index);
    m_open.items.push_back(std::move(row.wire));
    if (!row.person.isEmpty())
        m_open.persons.insert(row.person);
}

void BackfillJob::closeBatch()
{
    if (m_open.items.empty())
        return;
    ++m_summary.progress.batchesPlanned;
    m_summary.progress.bytesPlanned += batchOverhead + m_open.bytes;
    if (m_options.dryRun)
        m_open = Batch {};
    else
        m_queue.push_back(std::exchange(m_open, Batch {}));
}

QByteArray BackfillJob::body(const Batch &batch)
{
    QByteArray out;
    out.reserve(batchOverhead + batch.bytes);
    out.append("{\"batch\":[");
    for (size_t i = 0; i < batch.items.size(); ++i) {
        if (i)
            out.append(',');
        out.append(batch.items[i]);
    }
    out.append("]}");
    return out;
}

// A batch may go only when no batch before it (in flight, or waiting ahead of it) holds one of its
// persons: that is what keeps each person's events in file order.
bool BackfillJob::conflicts(const Batch &batch, size_t queuedBefore) const
{
    for (const auto &[id, other] : m_inFlight) {
        if (batch.persons.intersects(other.persons))
            return true;
    }
    for (size_t i = 0; i < queuedBefore; ++i) {
        if (batch.persons.intersects(m_queue[i].persons))
            return true;
    }
    return false;
}

void BackfillJob::dispatch()
{
    for (size_t i = 0; i < m_queue.size() && int(m_inFlight.size()) < m_options.concurrency && !m_stopping;) {
        if (conflicts(m_queue[i], i)) {
            ++i;
            continue;
        }
        const qint64 now = m_clock.monotonicNow().count() - m_startedMs;
        if (const qint64 wait = m_bucket.waitMs(now); wait > 0) {
            m_wake = m_clock.callAfter(std::chrono::milliseconds(wait),
                [this] { QMetaObject::invokeMethod(this, &BackfillJob::pump, Qt::QueuedConnection); });
            return;
        }
        m_bucket.take(now);
        Batch batch = std::move(m_queue[i]);
        m_queue.erase(m_queue.begin() + qsizetype(i));
        send(std::move(batch));
    }
}

void BackfillJob::send(Batch batch)
{
    RetryPolicy policy;
    policy.maxAttempts = m_options.retries + 1;
    ApiRequestBuilder builder(m_options.target.baseUrl, m_options.target.key);
    builder.setStrictMode(m_options.target.strictMode).setTimeout(m_options.timeout).setRetryPolicy(policy);
    Result<OutgoingRequest> request = builder.build(CallType::Batch, body(batch));
    if (!request) {
        m_queue.push_front(std::move(batch));
        stop(request.error().message);
        return;
    }
    const quint64 id = m_client->send(std::move(request).value());
    m_inFlight.emplace(id, std::move(batch));
}

void BackfillJob::answered(quint64 id, const HttpResult &result)
{
    auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    Batch batch = std::move(it->second);
    m_inFlight.erase(it);
    m_summary.progress.retries += qint64(std::max<size_t>(result.attempts.size(), 1) - 1);
    if (result.isSuccess()) {
        const qint64 rows = qint64(batch.rows.size());
        if (!m_journal) {
            ++m_summary.progress.batchesSent;
            m_summary.progress.rowsSent += rows;
        } else {
            // Counted once it is durable; meanwhile the next batches go (their persons' earlier
            // events are acknowledged by the API already, so their order is kept).
            ++m_unwritten;
            m_journal->acknowledgeLater(std::move(batch.rows), [this, rows](const Status &written) {
                --m_unwritten;
                if (written) {
                    ++m_summary.progress.batchesSent;
                    m_summary.progress.rowsSent += rows;
                } else if (!m_stopping) {
                    stop(BackfillJob::tr("the journal could not be written (%1); the batch was sent, so "
                                         "--resume sends it again with the same messageIds")
                             .arg(written.error().message));
                    return;
                }
                finishIfDone();
            });
        }
    } else if (result.networkError == NetworkErrorKind::Cancelled) {
        // stop(): not acknowledged, so not skipped next time.
    } else if (result.status == 400 && result.networkError == NetworkErrorKind::None) {
        // Refused as a whole: halve it until the refused rows are alone, and reject those.
        if (batch.rows.size() == 1) {
            QStringList why = strictModeErrors(result.body);
            Diagnostics errors;
            for (const QString &w : why.isEmpty() ? QStringList {result.headline} : why)
                errors.append(Diagnostic {Severity::Error, QString(), QStringLiteral("api.refused"), w});
            reject(batch.rows.front(), -1, errors, batch.items.front());
        } else {
            const size_t half = batch.rows.size() / 2;
            Batch first;
            Batch second;
            for (size_t i = 0; i < batch.rows.size(); ++i) {
                Batch &to = i < half ? first : second;
                to.bytes += batch.items[i].size() + (to.items.empty() ? 0 : 1);
                to.rows.push_back(batch.rows[i]);
                to.items.push_back(std::move(batch.items[i]));
            }
            // Persons are not known per item any more: both halves keep the whole set (safe).
            first.persons = batch.persons;
            second.persons = batch.persons;
            m_queue.push_front(std::move(second));
            m_queue.push_front(std::move(first));
            emit note(BackfillJob::tr(
                "a batch of %1 calls was refused (%2); sending it in halves to find the calls "
                "it refuses")
                          .arg(batch.rows.size())
                          .arg(result.headline));
        }
    } else {
        // A key, a URL or a server that fails after every retry: stop, and let --resume go on.
        m_queue.push_front(std::move(batch));
        stop(QStringLiteral("%1 (%2)").arg(result.headline, result.explanation));
        return;
    }
    queuePump();
    finishIfDone();
}

void BackfillJob::reject(
    qint64 index, qint64 line, const Diagnostics &errors, const QByteArray &raw, const QByteArray &callJson)
{
    ++m_summary.progress.rowsRejected;
    QStringList why;
    for (const Diagnostic &e : errors) {
        ++m_summary.rejectedByReason[e.code];
        why.append(e.pointer.isEmpty() ? e.message : QStringLiteral("%1: %2").arg(e.pointer, e.message));
    }
    emit rowRejected(line, why.join(QStringLiteral("; ")), callJson.isEmpty() ? raw : callJson);
    if (!m_rejects.isOpen())
        return;
    JsonObject o;
    o.insert(QStringLiteral("row"), index);
    if (line > 0)
        o.insert(QStringLiteral("line"), line);
    JsonArray reasons;
    for (const Diagnostic &e : errors) {
        JsonObject r;
        r.insert(QStringLiteral("code"), e.code);
        if (!e.pointer.isEmpty())
            r.insert(QStringLiteral("pointer"), e.pointer);
        r.insert(QStringLiteral("message"), e.message);
        reasons.push_back(JsonValue(std::move(r)));
    }
    o.insert(QStringLiteral("reasons"), std::move(reasons));
    o.insert(QStringLiteral("input"), QString::fromUtf8(raw));
    QByteArray text = writeJson(JsonValue(std::move(o)));
    text.append('\n');
    if (m_rejects.write(text) != text.size() && !m_stopping)
        stop(BackfillJob::tr("the rejects file could not be written: %1").arg(m_rejects.errorString()));
}

void BackfillJob::finishIfDone()
{
    if (!m_running || !m_inFlight.empty() || m_unwritten > 0)
        return;
    const bool allDone = m_inputDone && m_queue.empty() && m_open.items.empty();
    if (!allDone && !m_stopping)
        return;
    m_running = false;
    m_wake.reset();
    m_tick.stop();
    m_rejects.close();
    m_summary.progress = progress();
    m_summary.completed = allDone && !m_stopping;
    emit finished(m_summary);
}

} // namespace ewb
