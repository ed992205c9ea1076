// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "backfillinput.h"
#include "backfilljournal.h"
#include "net/tokenbucket.h"
#include "rowcheck.h"
#include "runner/stepresult.h"
#include "util/clock.h"

#include <QFile>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <unordered_map>

namespace ewb {

class HttpClient;

struct BackfillOptions
{
    QString input; // a file, or "-" for standard input
    BackfillInput::Format format = BackfillInput::Format::Auto;
    CsvMapping mapping;
    QString mappingSpec; // as given, for the journal's fingerprint
    BackfillRules rules;
    RunTarget target;
    bool dryRun = false; // check and plan everything, send nothing
    bool identifyFirst = false; // every identify before the other calls (two passes over the file)
    int concurrency = 4; // batches in flight
    double rate = 3000; // requests per ratePerMs, over the whole backfill (the API's 3,000 per 3 s)
    qint64 ratePerMs = 3000;
    std::chrono::milliseconds timeout {30000};
    int retries = 5; // per batch, on 429, 5xx and network errors, with backoff and Retry-After
    QString rejectsPath; // JSONL of the rows not sent; empty: counted only
    QString journalPath; // empty: no journal (standard input, a dry run)
};

// The journal identity of a backfill of options.input (a file): its path, size and modification time,
// and a fingerprint of the options that decide the calls it makes.
BackfillJournal::Identity backfillIdentity(const BackfillOptions &options);

// The first rows of the input as the backfill would make them, checked: for a preview. An error when
// the input cannot be opened.
Result<std::vector<CheckedRow>> previewBackfill(const BackfillOptions &options, int rows);

// Where a backfill stands: also its summary at the end.
struct BackfillProgress
{
    qint64 rowsRead = 0;
    qint64 rowsValid = 0;
    qint64 rowsRejected = 0;
    qint64 rowsSent = 0; // acknowledged by the API (2xx), this run
    qint64 rowsSkipped = 0; // acknowledged by an earlier run (--resume)
    qint64 warnings = 0;
    qint64 batchesSent = 0;
    qint64 batchesPlanned = 0; // packed so far (a dry run: all of them)
    qint64 bytesPlanned = 0;
    qint64 retries = 0;
    qint64 inputPosition = 0;
    qint64 inputSize = 0; // 0 when unknown (standard input)
    qint64 elapsedMs = 0;
};

struct BackfillSummary
{
    BackfillProgress progress;
    QMap<QString, qint64> rejectedByReason;
    QMap<QString, qint64> warningsByCode;
    bool completed = false; // every row read, every valid one acknowledged
    QString stopReason; // why it stopped before the end
    bool dryRun = false;
};

// A backfill: reads the input a row at a time, checks every row (rowcheck.h), writes the rejects,
// packs the valid calls into the fewest batches within the limits (in file order), and sends them
// under one token bucket with several in flight, never two batches at once for the same person (so a
// person's events are never reordered, retries included). Each batch the API acknowledges is written
// to the journal before it counts. A batch refused as a whole in strict mode is split in halves
// until the rows it refuses are found; they go to the rejects. Everything runs on the event loop;
// reading pauses while enough batches wait, so memory stays flat however large the file.
class BackfillJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackfillJob)

public:
    // client and clock must outlive the job; journal may be null (no resuming).
    BackfillJob(HttpClient *client, std::unique_ptr<BackfillInput> input,
        std::unique_ptr<BackfillJournal> journal, BackfillOptions options, Clock &clock = Clock::system(),
        QObject *parent = nullptr);
    ~BackfillJob() override;

    // Opens the rejects file and starts. An error when the rejects file cannot be written.
    Status start();
    void stop(const QString &reason);
    bool isRunning() const { return m_running; }
    BackfillProgress progress() const;

signals:
    void progressed(const ewb::BackfillProgress &progress);
    // A batch failed after its retries and the backfill stops; or a note worth a line (a split).
    void note(const QString &message);
    // A row not sent: where it was, why (the reasons joined), and the row as written, or as a call's
    // JSON when it is one (a CSV row after its mapping), to be opened and fixed.
    void rowRejected(qint64 line, const QString &reasons, const QByteArray &row);
    void finished(const ewb::BackfillSummary &summary);

private:
    struct Batch
    {
        std::vector<qint64> rows;
        std::vector<QByteArray> items; // each call's wire bytes
        QSet<QString> persons;
        qint64 bytes = 0;
    };

    void pump();
    bool wantsToRead() const;
    void queuePump();
    void readMore();
    bool wantsRow(const InputRow &row) const; // the current pass's
    void addRow(CheckedRow row);
    void closeBatch();
    void dispatch();
    void send(Batch batch);
    void answered(quint64 id, const HttpResult &result);
    void reject(qint64 index, qint64 line, const Diagnostics &errors, const QByteArray &raw,
        const QByteArray &callJson = {});
    void finishIfDone();
    bool conflicts(const Batch &batch, size_t queuedBefore) const;
    static QByteArray body(const Batch &batch);

    HttpClient *m_client;
    std::unique_ptr<BackfillInput> m_input;
    std::unique_ptr<BackfillJournal> m_journal;
    BackfillOptions m_options;
    Clock &m_clock;
    TokenBucket m_bucket;
    qint64 m_startedMs = 0;
    std::unique_ptr<ScheduledCall> m_wake;
    QTimer m_tick; // progress
    QFile m_rejects;
    Batch m_open; // being packed
    std::deque<Batch> m_queue; // packed, waiting to be sent
    std::unordered_map<quint64, Batch> m_inFlight;
    int m_unwritten = 0; // acknowledged batches the journal is still making durable
    int m_pass = 0; // identify-first: 0 identifies, 1 the rest; else 0 only
    bool m_inputDone = false;
    bool m_running = false;
    bool m_stopping = false;
    bool m_pumpQueued = false;
    BackfillSummary m_summary;
};

} // namespace ewb
