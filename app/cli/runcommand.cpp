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

#include <QEventLoop>
#include <QMap>
#include <QNetworkAccessManager>

namespace ewb::cli {

namespace {

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
                QStringLiteral("--reporter takes junit, json or html and a FILE, e.g. --reporter junit "
                               "results.xml")};
        if (path.isEmpty() || path.startsWith(QLatin1String("--")))
            return Error {QStringLiteral("usage.reporter"),
                QStringLiteral("--reporter %1 needs the FILE to write").arg(kind)};
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
                QStringLiteral("--var takes NAME=VALUE with a variable name, not '%1'").arg(v.left(60))};
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
    const auto num = [](qint64 n, int width) { return QString::number(n).rightJustified(width); };
    out() << '\n'
          << "  " << padded(QStringLiteral("Request"), nameWidth)
          << "    Runs  Passed  Failed  Not sent  Avg ms  Max ms\n";
    for (size_t i = 0; i < tallies.size(); ++i) {
        const StepTally &t = tallies[i];
        const QString avg =
            t.runs() ? QString::number(double(t.totalMs) / t.runs(), 'f', 1) : QStringLiteral("-");
        out() << "  " << padded(plan.steps[i].name, nameWidth) << "  " << num(t.runs(), 6) << num(t.passed, 8)
              << num(t.failed, 8) << num(t.notSent, 10) << avg.rightJustified(8) << num(t.maxMs, 8) << '\n';
    }
}

void printSummary(const RunSummary &s)
{
    out() << '\n'
          << (s.allPassed()      ? "All passed"
                     : s.partial ? "Stopped before the end"
                                 : "Not all passed")
          << ": " << s.total() << " request(s) in " << s.iterations << " iteration(s): " << s.passed
          << " passed, " << s.failed << " failed, " << s.notSent << " not sent; "
          << QString::number(double(s.ms) / 1000.0, 'f', 2) << " s";
    if (s.ms > 0 && s.total() > 0)
        out() << " (" << QString::number(double(s.total()) * 1000.0 / double(s.ms), 'f', 1) << " requests/s)";
    out() << '\n';
    if (!s.stopReason.isEmpty())
        out() << "Stopped: " << s.stopReason << '\n';
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
        QStringLiteral("Start a sandbox in this process and run against it (a hermetic CI run); what it "
                       "records is checked for every call."));
    const QCommandLineOption env(QStringLiteral("env"),
        QStringLiteral("Resolve {{variables}} with environment NAME."), QStringLiteral("NAME"));
    const QCommandLineOption var(QStringLiteral("var"),
        QStringLiteral("Set variable NAME to VALUE for the run (above the data, the environment and the "
                       "collection). Repeatable."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption data(QStringLiteral("data"),
        QStringLiteral("One iteration per row of FILE (CSV with a header row, a JSON array of objects, or "
                       "JSONL); its columns are variables."),
        QStringLiteral("FILE"));
    const QCommandLineOption iterations(QStringLiteral("iterations"),
        QStringLiteral("Run N iterations (with --data: the first N rows)."), QStringLiteral("N"));
    const QCommandLineOption bail(QStringLiteral("bail"), QStringLiteral("Stop at the first failure."));
    const QCommandLineOption delay(QStringLiteral("delay"),
        QStringLiteral("Wait MS milliseconds between two requests of an iteration."), QStringLiteral("MS"),
        QStringLiteral("0"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
        QStringLiteral("Run N iterations at once (each iteration's requests stay in order; default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("At most N requests per second over the whole run (default 1000, the API's limit)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        QStringLiteral("Give up an attempt after SECONDS (default 30)."), QStringLiteral("SECONDS"),
        QStringLiteral("30"));
    const QCommandLineOption retries(QStringLiteral("retries"),
        QStringLiteral("Retry up to N times on 429, 5xx and network errors (default 2)."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption noStrict(
        QStringLiteral("no-strict"), QStringLiteral("Do not send X-Strict-Mode: 1."));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Print one JSON object per request as it finishes, then the summary."));
    const QCommandLineOption reporterHelp(QStringLiteral("reporter"),
        QStringLiteral("Also write a report: junit, json or html, and the FILE (e.g. --reporter junit "
                       "results.xml). Repeatable."),
        QStringLiteral("KIND FILE"));
    parser.addOptions({sandboxOption, env, var, data, iterations, bail, delay, concurrency, rate, timeout,
        retries, noStrict, json, reporterHelp});
    parser.addPositionalArgument(QStringLiteral("COLLECTION"),
        QStringLiteral("A collection folder, a folder or request inside one, or a Postman v2.1 file."));
    parser.addPositionalArgument(QStringLiteral("ITEM"),
        QStringLiteral("Only these requests or folders (by name or relative path)."),
        QStringLiteral("[ITEM...]"));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("run"),
            QStringLiteral(
                "Runs a collection's requests in order, for each iteration, and checks each answer "
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
        return usage(QStringLiteral("expected a COLLECTION folder or Postman file"));
    const auto number = [&](const QCommandLineOption &o, int min, int max, int &value) {
        return wholeNumberOption(parser, o, min, max, value);
    };
    RunOptions options;
    int delayMs = 0, lanes = 1, timeoutSeconds = 30, retryCount = 2;
    if (!number(delay, 0, 600000, delayMs))
        return usage(QStringLiteral("--delay takes milliseconds from 0 to 600000"));
    if (!number(concurrency, 1, 256, lanes))
        return usage(QStringLiteral("--concurrency takes a whole number from 1 to 256"));
    if (!number(timeout, 1, 3600, timeoutSeconds))
        return usage(QStringLiteral("--timeout takes whole seconds from 1 to 3600"));
    if (!number(retries, 0, 10, retryCount))
        return usage(QStringLiteral("--retries takes a whole number from 0 to 10"));
    if (parser.isSet(iterations)) {
        if (!number(iterations, 1, 100000000, options.iterations))
            return usage(QStringLiteral("--iterations takes a whole number above 0"));
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
        return usage(QStringLiteral("--sandbox is a target of its own: not with --source or --region"));
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
        err() << "warning: not run, cannot be read: " << p.toString() << '\n';
    for (const ImportNote &note : plan->importNotes)
        err() << "note: " << note.toString() << '\n';

    std::unique_ptr<KeyStore> keychain = makeVariableKeychain();
    SecretStore secrets(*keychain);
    if (!plan->fromPostman) {
        if (Status s = secrets.fillSecretsAndWait(plan->collection.secretScope(), plan->collection.variables);
            !s)
            err() << "warning: the collection's secret variables could not be read: " << s.error().message
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
            err() << "warning: the environment's secret variables could not be read: " << s.error().message
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
            err() << "ewb run: " << report.error().message << "; nothing was run\n";
            return ExitFailure;
        }
        reports.push_back(std::move(report).value());
    }

    Sandbox sandbox;
    if (parser.isSet(sandboxOption)) {
        SandboxOptions sandboxOptions;
        sandboxOptions.port = 0;
        if (Status started = sandbox.start(sandboxOptions); !started) {
            err() << "ewb run: the sandbox could not start: " << started.error().message << '\n';
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
            Result<RunTarget> r = t
                ? Result<RunTarget>(t.value())
                : Result<RunTarget>(t.error().code.startsWith(u"usage.target")
                          ? Error {t.error().code,
                                QStringLiteral("the request has no target of its own: use "
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
        out() << "Running \"" << runner.plan().label << "\": " << runner.plan().steps.size()
              << " request(s) x " << runner.plannedIterations() << " iteration(s)";
        if (runner.plannedIterations() == 0)
            out() << " (nothing to run)";
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
        progress.show(QStringLiteral("%1 %2/%3 requests, %4 failed")
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
    StopSignals stopSignals([&runner] { runner.stop(QStringLiteral("interrupted (Ctrl+C)")); });
    runner.start();
    if (runner.isRunning())
        loop.exec();
    progress.clear();

    for (const auto &report : reports) {
        if (Status s = report->finish(summary); !s) {
            err() << "ewb run: " << s.error().message << '\n';
            reportFailed = true;
        } else if (!asJson) {
            err() << "Report: " << report->path() << (summary.partial ? " (partial)" : "") << '\n';
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
        err() << "ewb run: " << runner.plan().problems.size()
              << " request file(s) could not be read and were not run (see the warnings above)\n";
    return summary.allPassed() && !reportFailed && runner.plan().problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace ewb::cli
