// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "backfillcommand.h"

#include "backfill/backfilljob.h"
#include "console.h"
#include "json/jsonwriter.h"
#include "keyinput.h"
#include "net/httpclient.h"
#include "payloadinput.h"
#include "target.h"
#include "util/appfolders.h"
#include "util/boundedread.h"
#include "util/stopsignals.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace ewb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::BackfillCommand)
};

QString formatRate(double perSecond)
{
    return formatCount(qsizetype(perSecond + 0.5));
}

QString formatDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

JsonObject progressJson(const BackfillProgress &p)
{
    JsonObject o;
    o.insert(QStringLiteral("rowsRead"), p.rowsRead);
    o.insert(QStringLiteral("rowsValid"), p.rowsValid);
    o.insert(QStringLiteral("rowsSent"), p.rowsSent);
    o.insert(QStringLiteral("rowsRejected"), p.rowsRejected);
    o.insert(QStringLiteral("rowsSkipped"), p.rowsSkipped);
    o.insert(QStringLiteral("warnings"), p.warnings);
    o.insert(QStringLiteral("batchesSent"), p.batchesSent);
    o.insert(QStringLiteral("batchesPlanned"), p.batchesPlanned);
    o.insert(QStringLiteral("bytesPlanned"), p.bytesPlanned);
    o.insert(QStringLiteral("retries"), p.retries);
    o.insert(QStringLiteral("elapsedMs"), p.elapsedMs);
    if (p.inputSize > 0)
        o.insert(QStringLiteral("inputFraction"), double(p.inputPosition) / double(p.inputSize));
    return o;
}

JsonObject countsJson(const QMap<QString, qint64> &counts)
{
    JsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// "12 batches" with the thousands separated.
QString batchesText(qint64 batches)
{
    return Text::tr("%1 batch(es)", nullptr, int(batches)).arg(formatCount(qsizetype(batches)));
}

QString countsText(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.key(), formatCount(qsizetype(it.value()))));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int runBackfillCommand(const QStringList &args)
{
    QCommandLineParser parser;
    TargetOptions targetOptions;
    KeyOptions keyOptions;
    targetOptions.addTo(parser);
    keyOptions.addTo(parser);
    const QCommandLineOption type(QStringLiteral("type"),
        Text::tr("The call type of rows without a \"type\"."), QStringLiteral("TYPE"));
    const QCommandLineOption format(QStringLiteral("format"),
        Text::tr("jsonl, json or csv (default: from the name; standard input is jsonl)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption map(QStringLiteral("map"),
        Text::tr("CSV columns to fields: FIELD=COLUMN,... (FIELD dotted, :number/:bool/:json typed; "
                 "PATH.*=* for the other columns), e.g. userId=user_id,event=name,properties.*=*"),
        QStringLiteral("SPEC"));
    const QCommandLineOption mapFile(QStringLiteral("map-file"),
        Text::tr("The --map entries in FILE, one per line."), QStringLiteral("FILE"));
    const QCommandLineOption rejects(QStringLiteral("rejects"),
        Text::tr("Write the rows not sent to FILE (JSONL: row, line, reasons with codes, the input)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
        Text::tr(
            "Check and plan the whole file (rows, batches, bytes, time at the rate limit); send nothing."));
    const QCommandLineOption destructive(QStringLiteral("allow-destructive"),
        Text::tr(
            "Send events that delete or suppress (User Deleted, Device Deleted, ...); refused otherwise."));
    const QCommandLineOption identifyFirst(QStringLiteral("identify-first"),
        Text::tr("Send every identify before the other calls (reads the file twice)."));
    const QCommandLineOption tag(QStringLiteral("tag"),
        Text::tr(
            "Stamp every call with NAME=VALUE under context.backfill, to find the run later. Repeatable."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        Text::tr("At most N requests per second (default 1000: the API's 3,000 per 3 s)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
        Text::tr("Batches in flight at once (default 4); a person's calls keep their order."),
        QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption retries(QStringLiteral("retries"),
        Text::tr("Retry a batch up to N times on 429, 5xx and network errors (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        Text::tr("Give up an attempt after SECONDS (default 30)."), QStringLiteral("SECONDS"),
        QStringLiteral("30"));
    const QCommandLineOption resume(QStringLiteral("resume"),
        Text::tr("Continue an interrupted backfill of FILE: nothing acknowledged is sent again."));
    const QCommandLineOption restart(QStringLiteral("restart"),
        Text::tr("Forget an interrupted backfill of FILE and send it all (messageIds keep duplicates out)."));
    const QCommandLineOption noStrict(QStringLiteral("no-strict"), Text::tr("Do not send X-Strict-Mode: 1."));
    const QCommandLineOption json(
        QStringLiteral("json"), Text::tr("Progress and the summary as JSON lines."));
    parser.addOptions({type, format, map, mapFile, rejects, dryRun, destructive, identifyFirst, tag, rate,
        concurrency, retries, timeout, resume, restart, noStrict, json});
    parser.addPositionalArgument(
        QStringLiteral("FILE"), Text::tr("JSONL, JSON or CSV (.gz too), or - for standard input."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("backfill"),
            Text::tr(
                "Sends historical calls in batches at the API's own rate: every row checked first, invalid "
                "ones written to --rejects and never sent, a messageId for every row so nothing doubles, "
                "resumable after Ctrl+C, kill -9 or a lost network.\nExit status: 0 every valid row was "
                "acknowledged, 1 otherwise, 2 usage error."),
            done))
        return done;
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("backfill"), message); };
    if (parser.positionalArguments().size() != 1)
        return usage(Text::tr("expected one FILE (or - for standard input)"));
    const QString file = parser.positionalArguments().first();
    const auto number = [&](const QCommandLineOption &o, int min, int max, int &value) {
        return wholeNumberOption(parser, o, min, max, value);
    };
    BackfillOptions options;
    options.input = file;
    int lanes = 4, retryCount = 5, timeoutSeconds = 30;
    if (!number(concurrency, 1, 64, lanes))
        return usage(Text::tr("--concurrency takes a whole number from 1 to 64"));
    if (!number(retries, 0, 20, retryCount))
        return usage(Text::tr("--retries takes a whole number from 0 to 20"));
    if (!number(timeout, 1, 3600, timeoutSeconds))
        return usage(Text::tr("--timeout takes whole seconds from 1 to 3600"));
    Result<double> perSecond = rateOption(parser, rate);
    if (!perSecond)
        return usage(perSecond.error().message);
    options.concurrency = lanes;
    options.retries = retryCount;
    options.timeout = std::chrono::seconds(timeoutSeconds);
    options.rate = perSecond.value();
    options.ratePerMs = 1000;
    options.dryRun = parser.isSet(dryRun);
    options.identifyFirst = parser.isSet(identifyFirst);
    options.rules.allowDestructive = parser.isSet(destructive);
    options.rejectsPath = parser.value(rejects);
    if (parser.isSet(type)) {
        Result<std::optional<CallType>> t = parseTypeOption(parser.value(type));
        if (!t || !t.value() || *t.value() == CallType::Batch)
            return usage(Text::tr("--type takes identify, track, page, screen, group or alias"));
        options.rules.type = t.value();
    }
    if (parser.isSet(format)) {
        const QString f = parser.value(format);
        options.format = f == u"jsonl" ? BackfillInput::Format::Lines
            : f == u"json"             ? BackfillInput::Format::Array
            : f == u"csv"              ? BackfillInput::Format::Csv
                                       : BackfillInput::Format::Auto;
        if (options.format == BackfillInput::Format::Auto)
            return usage(Text::tr("--format takes jsonl, json or csv"));
    }
    QString mapping = parser.values(map).join(QLatin1Char(','));
    if (parser.isSet(mapFile)) {
        Result<QByteArray> text = readRegularFile(parser.value(mapFile), 1024 * 1024);
        if (!text)
            return usage(text.error().message);
        mapping += QLatin1Char('\n') + QString::fromUtf8(text.value());
    }
    Result<CsvMapping> parsedMapping = CsvMapping::parse(mapping);
    if (!parsedMapping)
        return usage(parsedMapping.error().message);
    options.mapping = parsedMapping.value();
    options.mappingSpec = mapping;
    for (const QString &t : parser.values(tag)) {
        const qsizetype eq = t.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usage(Text::tr("--tag takes NAME=VALUE, not '%1'").arg(t.left(60)));
        options.rules.tags.insert(t.left(eq), t.mid(eq + 1));
    }
    if (parser.isSet(resume) && parser.isSet(restart))
        return usage(Text::tr("--resume or --restart, not both"));
    if (file == QLatin1String("-") && (parser.isSet(resume) || options.identifyFirst))
        return usage(Text::tr("standard input is read once: --resume and --identify-first need a file"));
    if (parser.isSet(keyOptions.stdinKey) && file == QLatin1String("-"))
        return usage(Text::tr("--key-stdin and rows on standard input cannot share it; use a file"));

    Result<std::unique_ptr<BackfillInput>> input = BackfillInput::open(file, options.format, options.mapping);
    if (!input) {
        err() << "ewb backfill: " << input.error().message << '\n';
        return ExitFailure;
    }

    // The target is needed to send, not to plan.
    if (!options.dryRun) {
        Result<QString> key = readKeyOption(parser, keyOptions);
        if (!key)
            return usage(key.error().message);
        Result<Target> target = resolveTarget(parser, targetOptions, key.value());
        if (!target) {
            if (target.error().code.startsWith(u"usage."))
                return usage(target.error().message);
            err() << "ewb backfill: " << target.error().message << '\n';
            return ExitFailure;
        }
        options.target = RunTarget {
            target->label, target->baseUrl, target->key, target->strictMode && !parser.isSet(noStrict)};
    }

    // The journal: for a file, not for a stream or a plan.
    std::unique_ptr<BackfillJournal> journal;
    QString journalPath;
    if (!options.dryRun && file != QLatin1String("-")) {
        const BackfillJournal::Identity identity = backfillIdentity(options);
        journalPath = BackfillJournal::pathFor(appDataFolder(), identity);
        if (parser.isSet(restart)) {
            if (Status s = BackfillJournal::remove(journalPath); !s) {
                err() << "ewb backfill: " << s.error().message << '\n';
                return ExitFailure;
            }
        }
        const bool interrupted = QFileInfo::exists(journalPath);
        if (interrupted && !parser.isSet(resume) && !parser.isSet(restart))
            return usage(Text::tr("a backfill of %1 was interrupted: --resume to continue it (nothing "
                                  "acknowledged is sent again), or --restart to send it all")
                             .arg(file));
        if (!interrupted && parser.isSet(resume))
            return usage(Text::tr("there is no interrupted backfill of %1 to resume").arg(file));
        Result<std::unique_ptr<BackfillJournal>> opened = BackfillJournal::open(journalPath, identity);
        if (!opened) {
            err() << "ewb backfill: " << opened.error().message << '\n';
            return ExitFailure;
        }
        journal = std::move(opened).value();
        if (interrupted && !parser.isSet(json))
            err() << Text::tr("Resuming: %1 row(s) were acknowledged before and are not sent again.", nullptr,
                         int(journal->acknowledgedRows()))
                         .arg(formatCount(qsizetype(journal->acknowledgedRows())))
                  << '\n';
    }

    QNetworkAccessManager manager;
    HttpClient client(&manager);
    if (Status trusted = trustCaCertOption(parser, targetOptions, client); !trusted)
        return usage(trusted.error().message);
    const bool asJson = parser.isSet(json);
    TerminalStatusLine status(!asJson && isTerminal(stderr));
    BackfillJob job(&client, std::move(input).value(), std::move(journal), options);
    QObject::connect(&job, &BackfillJob::note, &job, [&](const QString &message) {
        status.clear();
        err() << "ewb backfill: " << message << '\n';
        err().flush();
    });
    QObject::connect(&job, &BackfillJob::progressed, &job, [&](const BackfillProgress &p) {
        if (asJson) {
            JsonObject o;
            o.insert(QStringLiteral("progress"), progressJson(p));
            out() << QString::fromUtf8(writeJson(JsonValue(std::move(o)))) << '\n';
            out().flush();
            return;
        }
        if (!status.isOn())
            return;
        const double rateNow = p.elapsedMs > 0 ? double(p.rowsSent) * 1000.0 / double(p.elapsedMs) : 0;
        QString line = Text::tr("rows %1, sent %2, rejected %3, %4 events/s")
                           .arg(formatCount(qsizetype(p.rowsRead)), formatCount(qsizetype(p.rowsSent)),
                               formatCount(qsizetype(p.rowsRejected)), formatRate(rateNow));
        if (p.inputSize > 0 && p.inputPosition > 0) {
            const double fraction = double(p.inputPosition) / double(p.inputSize);
            line.prepend(progressBar(fraction, 24) + QLatin1Char(' '));
            if (fraction > 0.01)
                line += Text::tr(", ETA %1")
                            .arg(formatDuration(qint64(double(p.elapsedMs) * (1 - fraction) / fraction)));
        }
        status.show(line);
    });
    BackfillSummary summary;
    QEventLoop loop;
    QObject::connect(&job, &BackfillJob::finished, &loop, [&](const BackfillSummary &s) {
        summary = s;
        loop.quit();
    });
    StopSignals stopSignals([&job] { job.stop(Text::tr("interrupted (Ctrl+C)")); });
    if (Status started = job.start(); !started) {
        err() << "ewb backfill: " << started.error().message << '\n';
        return ExitFailure;
    }
    if (job.isRunning())
        loop.exec();
    status.clear();

    const BackfillProgress &p = summary.progress;
    const bool everyValidRowSent = summary.completed;
    if (summary.completed && !journalPath.isEmpty())
        (void)BackfillJournal::remove(journalPath); // finished: nothing to resume
    if (asJson) {
        JsonObject o = progressJson(p);
        o.insert(QStringLiteral("completed"), summary.completed);
        o.insert(QStringLiteral("dryRun"), summary.dryRun);
        if (!summary.stopReason.isEmpty())
            o.insert(QStringLiteral("stopReason"), summary.stopReason);
        o.insert(QStringLiteral("rejectedByReason"), countsJson(summary.rejectedByReason));
        o.insert(QStringLiteral("warningsByCode"), countsJson(summary.warningsByCode));
        JsonObject wrap;
        wrap.insert(QStringLiteral("summary"), std::move(o));
        out() << QString::fromUtf8(writeJson(JsonValue(std::move(wrap)))) << '\n';
    } else {
        const double seconds = double(p.elapsedMs) / 1000.0;
        if (summary.dryRun) {
            out() << Text::tr("Dry run of %1: nothing was sent.").arg(file) << '\n';
            out() << "  "
                  << Text::tr("rows %1, valid %2, rejected %3")
                         .arg(formatCount(qsizetype(p.rowsRead)), formatCount(qsizetype(p.rowsValid)),
                             formatCount(qsizetype(p.rowsRejected)))
                  << '\n';
            out() << "  "
                  << Text::tr("%1, %2 bytes; at %3 requests/s about %4 (m:ss) of sending",
                         "batches, bytes, requests per second, time")
                         .arg(batchesText(p.batchesPlanned), formatCount(qsizetype(p.bytesPlanned)),
                             formatRate(options.rate),
                             formatDuration(qint64(double(p.batchesPlanned) * 1000.0 / options.rate)))
                  << '\n';
        } else {
            out() << (summary.completed ? Text::tr("Backfill complete: %1 to %2")
                                        : Text::tr("Backfill stopped: %1 to %2"))
                         .arg(file, options.target.label)
                  << '\n';
            out() << "  "
                  << Text::tr("rows %1: sent and acknowledged %2, rejected %3")
                         .arg(formatCount(qsizetype(p.rowsRead)), formatCount(qsizetype(p.rowsSent)),
                             formatCount(qsizetype(p.rowsRejected)));
            if (p.rowsSkipped > 0)
                out() << Text::tr(", acknowledged by an earlier run %1")
                             .arg(formatCount(qsizetype(p.rowsSkipped)));
            out() << '\n';
            out() << "  "
                  << Text::tr("%1, %2, %3 s, %4 events/s", "batches, retries, seconds, events per second")
                         .arg(batchesText(p.batchesSent), Text::tr("%n retry(-ies)", nullptr, int(p.retries)),
                             formatDecimal(seconds, 1),
                             formatRate(seconds > 0 ? double(p.rowsSent) / seconds : 0))
                  << '\n';
        }
        if (!summary.rejectedByReason.isEmpty())
            out() << "  " << Text::tr("rejected by reason: %1").arg(countsText(summary.rejectedByReason))
                  << '\n';
        if (!summary.warningsByCode.isEmpty())
            out() << "  " << Text::tr("warnings: %1").arg(countsText(summary.warningsByCode)) << '\n';
        if (p.rowsRejected > 0 && !options.rejectsPath.isEmpty())
            out() << "  " << Text::tr("the rejected rows are in %1").arg(options.rejectsPath) << '\n';
        if (!summary.stopReason.isEmpty())
            out() << Text::tr("Stopped: %1").arg(summary.stopReason) << '\n';
        if (!summary.completed && !journalPath.isEmpty())
            out()
                << Text::tr(
                       "Run the same command with --resume to continue: nothing acknowledged is sent again.")
                << '\n';
    }
    return everyValidRowSent ? ExitOk : ExitFailure;
}

} // namespace ewb::cli
