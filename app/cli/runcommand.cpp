// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "runcommand.h"

#include "collections/preparedrequest.h"
#include "console.h"
#include "json/jsonwriter.h"
#include "keyinput.h"
#include "net/httpclient.h"
#include "runner/collectionrunner.h"
#include "runner/rundata.h"
#include "runner/runreport.h"
#include "sandbox/sandbox.h"
#include "target.h"
#include "util/appfolders.h"
#include "util/stopsignals.h"
#include "variables/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>
#include <QNetworkAccessManager>

namespace ewb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::RunCommand)
};

struct ReportRequest
{
    RunReport::Kind kind;
    QString path;
};

// --reporter takes two values (junit FILE), which QCommandLineParser cannot: taken out of the
// arguments first. "--reporter junit=FILE" works too.
Result<QList<ReportRequest>> takeReporters(QStringList &args)
{
    QList<ReportRequest> reports;
    for (qsizetype i = 1; i < args.size();) {
        if (args[i] != QLatin1String("--reporter") && !args[i].startsWith(QLatin1String("--reporter="))) {
            ++i;
            continue;
        }
        QString kind;
        QString path;
        qsizetype used = 1;
        QString value = args[i].startsWith(QLatin1String("--reporter=")) ? args[i].mid(11) : QString();
        if (value.isEmpty()) {
            value = args.value(i + 1);
            used = 2;
        }
        if (value.contains(QLatin1Char('='))) {
            kind = value.section(QLatin1Char('='), 0, 0);
            path = value.section(QLatin1Char('='), 1);
        } else {
            kind = value;
            path = args.value(i + used);
            ++used;
        }
        const std::optional<RunReport::Kind> k = RunReport::kindFromName(kind);
        if (!k)
            return Error {QStringLiteral("usage.reporter"),
                Text::tr("--reporter takes junit, json or html and a FILE, e.g. --reporter junit "
                         "results.xml")};
        if (path.isEmpty() || path.startsWith(QLatin1String("--")))
            return Error {QStringLiteral("usage.reporter"),
                Text::tr("--reporter %1 needs the FILE to write").arg(kind)};
        reports.append({*k, path});
        args.remove(i, used);
    }
    return reports;
}

Result<Variables> parseVars(const QStringList &values)
{
    Variables vars;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        const QString name = v.left(eq);
        if (eq <= 0 || !isValidVariableName(name))
            return Error {QStringLiteral("usage.var"),
                Text::tr("--var takes NAME=VALUE with a variable name, not '%1'").arg(v.left(60))};
        setVariable(vars, Variable {name, v.mid(eq + 1)});
    }
    return vars;
}

QString padded(const QString &text, int width)
{
    return text.size() >= width ? text : text + QString(width - text.size(), QLatin1Char(' '));
}

void printStep(const StepResult &step, int nameWidth)
{
    const char *mark = step.passed()                   ? "PASS"
        : step.verdict == StepResult::Verdict::NotSent ? "SKIP"
                                                       : "FAIL";
    out() << "  " << mark << "  " << padded(step.name, nameWidth) << "  #" << step.iteration << "  "
          << (step.result.status ? QString::number(step.result.status) : QStringLiteral("---")) << "  "
          << step.ms << " ms\n";
    for (const QString &why : step.failures)
        out() << "        " << why << '\n';
    out().flush();
}

// Per request of the plan, over every iteration: the summary table.
struct StepTally
{
    int passed = 0;
    int failed = 0;
    int notSent = 0;
    qint64 totalMs = 0;
    qint64 maxMs = 0;

    void add(const StepResult &step)
    {
        (step.passed() ? passed : step.verdict == StepResult::Verdict::NotSent ? notSent : failed) += 1;
        totalMs += step.ms;
        maxMs = std::max(maxMs, step.ms);
    }
    int runs() const { return passed + failed + notSent; }
};

void printTable(const RunPlan &plan, const std::vector<StepTally> &tallies, int nameWidth)
{
    // Each column as wide as its heading (in the language shown), the numbers right-aligned under it.
    const QStringList headings {Text::tr("Runs"), Text::tr("Passed"), Text::tr("Failed"),
        Text::tr("Not sent"), Text::tr("Avg ms"), Text::tr("Max ms")};
    const auto row = [&headings](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text +=
                QStringLiteral("  ") + cells[i].rightJustified(std::max<qsizetype>(6, headings[i].size()));
        return text;
    };
    out() << '\n' << "  " << padded(Text::tr("Request"), nameWidth) << row(headings) << '\n';
    for (size_t i = 0; i < tallies.size(); ++i) {
        const StepTally &t = tallies[i];
        const QString avg = t.runs() ? formatDecimal(double(t.totalMs) / t.runs(), 1) : QStringLiteral("-");
        out() << "  " << padded(plan.steps[i].name, nameWidth)
              << row({QString::number(t.runs()), QString::number(t.passed), QString::number(t.failed),
                     QString::number(t.notSent), avg, QString::number(t.maxMs)})
              << '\n';
    }
}

QString requestsText(qsizetype requests)
{
    return Text::tr("%n request(s)", nullptr, int(requests));
}

QString iterationsText(qsizetype iterations)
{
    return Text::tr("%n iteration(s)", nullptr, int(iterations));
}

void printSummary(const RunSummary &s)
{
    const QString verdict = s.allPassed() ? Text::tr("All passed")
        : s.partial                       ? Text::tr("Stopped before the end")
                                          : Text::tr("Not all passed");
    out() << '\n'
          << Text::tr("%1: %2 in %3: %4 passed, %5 failed, %6 not sent; %7 s",
                 "verdict, requests, iterations, passed, failed, not sent, seconds")
                 .arg(verdict, requestsText(s.total()), iterationsText(s.iterations),
                     QString::number(s.passed), QString::number(s.failed), QString::number(s.notSent),
                     formatDecimal(double(s.ms) / 1000.0, 2));
    if (s.ms > 0 && s.total() > 0)
        out()
            << Text::tr(" (%1 requests/s)").arg(formatDecimal(double(s.total()) * 1000.0 / double(s.ms), 1));
    out() << '\n';
    if (!s.stopReason.isEmpty())
        out() << Text::tr("Stopped: %1").arg(s.stopReason) << '\n';
}

} // namespace

int runRunCommand(const QStringList &givenArgs)
{
    QStringList args = givenArgs;
    Result<QList<ReportRequest>> reporters = takeReporters(args);
    QCommandLineParser parser;
    TargetOptions targetOptions;
    KeyOptions keyOptions;
    targetOptions.addTo(parser);
    keyOptions.addTo(parser);
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        Text::tr("Start a sandbox in this process and run against it (a hermetic CI run); what it "
                 "records is checked for every call."));
    const QCommandLineOption env(QStringLiteral("env"),
        Text::tr("Resolve {{variables}} with environment NAME."), QStringLiteral("NAME"));
    const QCommandLineOption var(QStringLiteral("var"),
        Text::tr("Set variable NAME to VALUE for the run (above the data, the environment and the "
                 "collection). Repeatable."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption data(QStringLiteral("data"),
        Text::tr("One iteration per row of FILE (CSV with a header row, a JSON array of objects, or "
                 "JSONL); its columns are variables."),
        QStringLiteral("FILE"));
    const QCommandLineOption iterations(QStringLiteral("iterations"),
        Text::tr("Run N iterations (with --data: the first N rows)."), QStringLiteral("N"));
    const QCommandLineOption bail(QStringLiteral("bail"), Text::tr("Stop at the first failure."));
    const QCommandLineOption delay(QStringLiteral("delay"),
        Text::tr("Wait MS milliseconds between two requests of an iteration."), QStringLiteral("MS"),
        QStringLiteral("0"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
        Text::tr("Run N iterations at once (each iteration's requests stay in order; default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        Text::tr("At most N requests per second over the whole run (default 1000, the API's limit)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        Text::tr("Give up an attempt after SECONDS (default 30)."), QStringLiteral("SECONDS"),
        QStringLiteral("30"));
    const QCommandLineOption retries(QStringLiteral("retries"),
        Text::tr("Retry up to N times on 429, 5xx and network errors (default 2)."), QStringLiteral("N"),
        QStringLiteral("2"));
    const QCommandLineOption noStrict(QStringLiteral("no-strict"), Text::tr("Do not send X-Strict-Mode: 1."));
    const QCommandLineOption json(QStringLiteral("json"),
        Text::tr("Print one JSON object per request as it finishes, then the summary."));
    const QCommandLineOption reporterHelp(QStringLiteral("reporter"),
        Text::tr("Also write a report: junit, json or html, and the FILE (e.g. --reporter junit "
                 "results.xml). Repeatable."),
        QStringLiteral("KIND FILE"));
    parser.addOptions({sandboxOption, env, var, data, iterations, bail, delay, concurrency, rate, timeout,
        retries, noStrict, json, reporterHelp});
    parser.addPositionalArgument(QStringLiteral("COLLECTION"),
        Text::tr("A collection folder, a folder or request inside one, or a Postman v2.1 file."));
    parser.addPositionalArgument(QStringLiteral("ITEM"),
        Text::tr("Only these requests or folders (by name or relative path)."), QStringLiteral("[ITEM...]"));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("run"),
            Text::tr("Runs a collection's requests in order, for each iteration, and checks each answer "
                     "against the request's expectations (by default: 2xx, no validation errors, and, "
                     "against a sandbox, every call recorded as accepted).\nExit status: 0 every request "
                     "passed, 1 any failed or was not sent, 2 usage error."),
            done))
        return done;
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("run"), message); };
    if (!reporters)
        return usage(reporters.error().message);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(Text::tr("expected a COLLECTION folder or Postman file"));
    const auto number = [&](const QCommandLineOption &o, int min, int max, int &value) {
        return wholeNumberOption(parser, o, min, max, value);
    };
    RunOptions options;
    int delayMs = 0, lanes = 1, timeoutSeconds = 30, retryCount = 2;
    if (!number(delay, 0, 600000, delayMs))
        return usage(Text::tr("--delay takes milliseconds from 0 to 600000"));
    if (!number(concurrency, 1, 256, lanes))
        return usage(Text::tr("--concurrency takes a whole number from 1 to 256"));
    if (!number(timeout, 1, 3600, timeoutSeconds))
        return usage(Text::tr("--timeout takes whole seconds from 1 to 3600"));
    if (!number(retries, 0, 10, retryCount))
        return usage(Text::tr("--retries takes a whole number from 0 to 10"));
    if (parser.isSet(iterations)) {
        if (!number(iterations, 1, 100000000, options.iterations))
            return usage(Text::tr("--iterations takes a whole number above 0"));
        options.iterationsGiven = true;
    }
    Result<double> perSecond = rateOption(parser, rate);
    if (!perSecond)
        return usage(perSecond.error().message);
    Result<Variables> vars = parseVars(parser.values(var));
    if (!vars)
        return usage(vars.error().message);
    if (parser.isSet(sandboxOption) &&
        (parser.isSet(targetOptions.source) || parser.isSet(targetOptions.region)))
        return usage(Text::tr("--sandbox is a target of its own: not with --source or --region"));
    Result<QString> key = readKeyOption(parser, keyOptions);
    if (!key)
        return usage(key.error().message);
    options.delayMs = delayMs;
    options.concurrency = lanes;
    options.timeout = std::chrono::seconds(timeoutSeconds);
    options.retries = retryCount;
    options.ratePerSecond = perSecond.value();
    options.bail = parser.isSet(bail);
    options.strict = !parser.isSet(noStrict);
    options.overrides = vars.value();

    // Everything that can be wrong with the input is said before anything is sent.
    Result<RunPlan> plan = loadRunPlan(positional.first(), positional.mid(1));
    if (!plan) {
        err() << "ewb run: " << plan.error().message << '\n';
        return plan.error().code == u"run.plan" ? int(ExitUsage) : int(ExitFailure);
    }
    for (const CollectionProblem &p : plan->problems)
        err() << Text::tr("warning: not run, cannot be read: %1").arg(p.toString()) << '\n';
    for (const ImportNote &note : plan->importNotes)
        err() << Text::tr("note: %1").arg(note.toString()) << '\n';

    std::unique_ptr<KeyStore> keychain = makeVariableKeychain();
    SecretStore secrets(*keychain);
    if (!plan->fromPostman) {
        if (Status s = secrets.fillSecretsAndWait(plan->collection.secretScope(), plan->collection.variables);
            !s)
            err() << Text::tr("warning: the collection's secret variables could not be read: %1")
                         .arg(s.error().message)
                  << '\n';
    }
    if (parser.isSet(env)) {
        Result<Environment> environment =
            EnvironmentStore(environmentsFolder(appDataFolder())).load(parser.value(env));
        if (!environment) {
            err() << "ewb run: " << environment.error().message << '\n';
            return ExitFailure;
        }
        if (Status s = secrets.fillSecretsAndWait(environment->secretScope(), environment->variables); !s)
            err() << Text::tr("warning: the environment's secret variables could not be read: %1")
                         .arg(s.error().message)
                  << '\n';
        options.environment = std::move(environment).value();
    }
    std::unique_ptr<RunData> rows;
    if (parser.isSet(data)) {
        Result<std::unique_ptr<RunData>> opened = RunData::open(parser.value(data));
        if (!opened) {
            err() << "ewb run: " << opened.error().message << '\n';
            return ExitFailure;
        }
        rows = std::move(opened).value();
        options.data = rows.get();
    }
    std::vector<std::unique_ptr<RunReport>> reports;
    for (const ReportRequest &r : reporters.value()) {
        Result<std::unique_ptr<RunReport>> report = RunReport::create(r.kind, r.path);
        if (!report) {
            err() << "ewb run: " << Text::tr("%1; nothing was run").arg(report.error().message) << '\n';
            return ExitFailure;
        }
        reports.push_back(std::move(report).value());
    }

    Sandbox sandbox;
    if (parser.isSet(sandboxOption)) {
        SandboxOptions sandboxOptions;
        sandboxOptions.port = 0;
        if (Status started = sandbox.start(sandboxOptions); !started) {
            err() << "ewb run: " << Text::tr("the sandbox could not start: %1").arg(started.error().message)
                  << '\n';
            return ExitFailure;
        }
        // Any key is accepted by a sandbox without keys; the request's own is not needed.
        options.target = RunTarget {QStringLiteral("sandbox %1").arg(sandbox.baseUrl().toString()),
            sandbox.baseUrl(), key->isEmpty() ? QStringLiteral("ewb-run") : key.value(), true};
    } else if (parser.isSet(targetOptions.source) || parser.isSet(targetOptions.region)) {
        Result<Target> target = resolveTarget(parser, targetOptions, key.value());
        if (!target) {
            if (target.error().code.startsWith(u"usage."))
                return usage(target.error().message);
            err() << "ewb run: " << target.error().message << '\n';
            return ExitFailure;
        }
        options.target = target.value();
    } else {
        // Each request's own target; a source's key is read from the keychain once.
        auto cache = std::make_shared<QMap<QString, Result<RunTarget>>>();
        const QString keyGiven = key.value();
        options.savedTarget = [&parser, &targetOptions, cache, keyGiven](const PreparedRequest &request) {
            const SavedTarget saved {request.target.sourceName, request.target.baseUrl, request.key()};
            const QString id =
                saved.sourceName + QLatin1Char('\n') + saved.baseUrl + QLatin1Char('\n') + saved.key;
            if (auto it = cache->constFind(id); it != cache->constEnd())
                return *it;
            Result<Target> t = resolveTarget(parser, targetOptions, keyGiven, saved);
            Result<RunTarget> r = t ? Result<RunTarget>(t.value())
                                    : Result<RunTarget>(t.error().code.startsWith(u"usage.target")
                                              ? Error {t.error().code,
                                                    Text::tr("the request has no target of its own: use "
                                                             "--sandbox, --source NAME or --region")}
                                              : t.error());
            cache->insert(id, r);
            return r;
        };
    }

    QNetworkAccessManager manager;
    HttpClient client(&manager);
    if (Status trusted = trustCaCertOption(parser, targetOptions, client); !trusted)
        return usage(trusted.error().message);
    const bool asJson = parser.isSet(json);
    CollectionRunner runner(&client, std::move(plan).value(), std::move(options));
    int nameWidth = 0;
    for (const RunStep &s : runner.plan().steps)
        nameWidth = std::max(nameWidth, int(std::min<qsizetype>(s.name.size(), 48)));
    if (!asJson) {
        out() << Text::tr("Running \"%1\": %2 x %3", "the collection, requests, iterations")
                     .arg(runner.plan().label, requestsText(qsizetype(runner.plan().steps.size())),
                         iterationsText(runner.plannedIterations()));
        if (runner.plannedIterations() == 0)
            out() << Text::tr(" (nothing to run)");
        out() << '\n';
        out().flush();
    }
    TerminalStatusLine progress(!asJson && isTerminal(stderr) && runner.plannedRequests() > 1);
    int finishedSteps = 0;
    int failedSteps = 0;
    std::vector<StepTally> tallies(runner.plan().steps.size());
    bool reportFailed = false;
    QObject::connect(&runner, &CollectionRunner::stepFinished, &runner, [&](const StepResult &step) {
        ++finishedSteps;
        failedSteps += step.passed() ? 0 : 1;
        tallies[size_t(step.step)].add(step);
        for (const auto &report : reports) {
            if (Status s = report->add(step); !s && !reportFailed) {
                reportFailed = true;
                err() << "ewb run: " << s.error().message << '\n';
            }
        }
        progress.clear();
        if (asJson) {
            out() << QString::fromUtf8(writeJson(JsonValue(step.toJson(!step.passed())))) << '\n';
            out().flush();
        } else {
            printStep(step, nameWidth);
        }
        progress.show(Text::tr("%1 %2/%3 requests, %4 failed")
                          .arg(progressBar(double(finishedSteps) / runner.plannedRequests(), 30))
                          .arg(finishedSteps)
                          .arg(runner.plannedRequests())
                          .arg(failedSteps));
    });
    RunSummary summary;
    QEventLoop loop;
    QObject::connect(&runner, &CollectionRunner::finished, &loop, [&](const RunSummary &s) {
        summary = s;
        loop.quit();
    });
    StopSignals stopSignals([&runner] { runner.stop(Text::tr("interrupted (Ctrl+C)")); });
    runner.start();
    if (runner.isRunning())
        loop.exec();
    progress.clear();

    for (const auto &report : reports) {
        if (Status s = report->finish(summary); !s) {
            err() << "ewb run: " << s.error().message << '\n';
            reportFailed = true;
        } else if (!asJson) {
            err() << (summary.partial ? Text::tr("Report: %1 (partial)") : Text::tr("Report: %1"))
                         .arg(report->path())
                  << '\n';
        }
    }
    if (asJson) {
        JsonObject o;
        o.insert(QStringLiteral("summary"), summary.toJson());
        out() << QString::fromUtf8(writeJson(JsonValue(std::move(o)))) << '\n';
    } else {
        printTable(runner.plan(), tallies, nameWidth);
        printSummary(summary);
    }
    // A request file that could not be read was not run: the run is not a pass, though the rest ran.
    if (!runner.plan().problems.isEmpty())
        err() << "ewb run: "
              << Text::tr("%n request file(s) could not be read and were not run (see the warnings above)",
                     nullptr, int(runner.plan().problems.size()))
              << '\n';
    return summary.allPassed() && !reportFailed && runner.plan().problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace ewb::cli
