// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandboxcommand.h"

#include "sandbox.h"
#include "sandboxauth.h"
#include "sources/sendtarget.h"
#include "util/atomicfile.h"
#include "util/heaptuning.h"
#include "util/stopsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QTextStream>
#include <QTime>

#include <cstdio>

namespace ewb {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SandboxCommand)
};

void printError(const QString &message)
{
    QTextStream(stderr) << "ewb sandbox: " << message << Qt::endl;
}

int usageError(const QString &message)
{
    printError(message);
    QTextStream(stderr) << Text::tr("Try 'ewb sandbox --help'.") << Qt::endl;
    return 2;
}

QString logLine(const HttpExchange &exchange)
{
    QString line = QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")) + u' ' +
        (exchange.method.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(exchange.method)) + u' ' +
        (exchange.path.isEmpty() ? QStringLiteral("-") : exchange.path) + u' ' +
        (exchange.status ? QString::number(exchange.status) : QStringLiteral("dropped")) + u' ' +
        QString::number(exchange.requestBodyBytes) + QStringLiteral("B in");
    if (!exchange.note.isEmpty())
        line += QStringLiteral(" - ") + QString::fromUtf8(exchange.note);
    return line;
}

// A forwarding request's line, in the same style: "12:00:01.234 FORWARD POST URL 200 15467B out - ...".
QString forwardLogLine(const ForwardExchange &exchange)
{
    QString line = QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    line += QStringLiteral(" FORWARD POST ");
    line += exchange.url;
    line += u' ';
    line += exchange.status ? QString::number(exchange.status) : QStringLiteral("-");
    line += QStringLiteral(" %1B out - ").arg(exchange.bytesUp);
    const int events = int(exchange.events);
    switch (exchange.result) {
    case ForwardOutcome::State::Forwarded: line += Text::tr("%n event(s) forwarded", nullptr, events); break;
    case ForwardOutcome::State::Failed:
        line += Text::tr("%n event(s) failed: %1", nullptr, events).arg(exchange.headline);
        break;
    default:
        line += Text::tr("%n event(s) pending: %1", nullptr, events).arg(exchange.headline);
        if (exchange.retryIn)
            line += Text::tr(", next try in %1 s")
                        .arg(QString::number(double(exchange.retryIn->count()) / 1000.0, 'f', 1)
                                 .replace(u'.', Text::tr(".", "the decimal separator: 1.5 s")));
        break;
    }
    if (exchange.attempts > 1)
        line += Text::tr(" (%n attempt(s))", nullptr, int(exchange.attempts));
    return line;
}

// The forwarding target the options name, resolved: a stored source (its key from the keychain,
// unless --forward-key-env names one) or a URL with the key from the environment. Error codes
// starting with "usage." are usage errors.
Result<ForwardOptions> forwardOptions(const QCommandLineParser &parser, const QCommandLineOption &source,
    const QCommandLineOption &url, const QCommandLineOption &keyEnv, const QCommandLineOption &caCert,
    const QCommandLineOption &dropped, const QCommandLineOption &queue)
{
    const auto usage = [](const QString &message) {
        return Error {QStringLiteral("usage.forward"), message};
    };
    if (parser.isSet(source) && parser.isSet(url))
        return usage(Text::tr("use --forward SOURCE or --forward-url URL, not both."));
    for (const QCommandLineOption *option : {&keyEnv, &caCert, &dropped, &queue}) {
        if (parser.isSet(*option) && !parser.isSet(source) && !parser.isSet(url))
            return usage(Text::tr("--%1 goes with --forward SOURCE or --forward-url URL.")
                             .arg(option->names().constFirst()));
    }
    const QString variable = parser.isSet(keyEnv) ? parser.value(keyEnv) : QStringLiteral("EWB_API_KEY");
    const QString key = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
    if (parser.isSet(keyEnv) && key.isEmpty())
        return usage(Text::tr("environment variable %1 is not set or empty.").arg(variable));
    ForwardOptions options;
    if (parser.isSet(source)) {
        // A source's own key is the keychain's: EWB_API_KEY is only used when --forward-key-env says so.
        Result<RunTarget> target =
            targetFromStoredSource(parser.value(source), parser.isSet(keyEnv) ? key : QString());
        if (!target)
            return Error {target.error().code, QStringLiteral("--forward: ") + target.error().message};
        options.target = std::move(target).value();
    } else {
        if (key.isEmpty())
            return usage(Text::tr("--forward-url needs the key of the API to forward to: set EWB_API_KEY, "
                                  "or name a variable with --forward-key-env VAR (never a command-line "
                                  "argument)."));
        Result<RunTarget> target = targetFromUrl(parser.value(url), key);
        if (!target)
            return usage(QStringLiteral("--forward-url: ") + target.error().message);
        options.target = std::move(target).value();
    }
    if (parser.isSet(caCert)) {
        options.caCertificates = QSslCertificate::fromPath(parser.value(caCert));
        if (options.caCertificates.isEmpty())
            return usage(Text::tr("no PEM certificate in %1.").arg(parser.value(caCert)));
    }
    options.forwardDropped = parser.isSet(dropped);
    if (parser.isSet(queue)) {
        bool ok = false;
        options.maxQueuedEvents = parser.value(queue).toInt(&ok);
        if (!ok || options.maxQueuedEvents < 1 || options.maxQueuedEvents > 10000000)
            return usage(Text::tr("--forward-queue takes a number from 1 to 10000000."));
    }
    return options;
}

} // namespace

int runSandboxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Runs the sandbox: a local emulator of the Data Pipelines API that records every call it receives.\n"
        "Prints its base URL first, then one line per request. Inspect at <root>/_sandbox/events and "
        "/_sandbox/stats; inject faults with POST /_sandbox/faults. Stops on Ctrl+C (SIGINT) or SIGTERM."));
    const QCommandLineOption helpOption(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption portOption(QStringLiteral("port"),
        Text::tr("Port to listen on (0: a free one)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
        Text::tr("Address to listen on (default 127.0.0.1: this machine only)."), QStringLiteral("ADDR"),
        QStringLiteral("127.0.0.1"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
        Text::tr("An API key the sandbox accepts (repeat for several; none: any "
                 "key). Also read from EWB_SANDBOX_KEYS (comma-separated)."),
        QStringLiteral("KEY"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
        Text::tr("Serve HTTPS with this PEM certificate (chain)."), QStringLiteral("FILE"));
    const QCommandLineOption keyFileOption(
        QStringLiteral("tls-key"), Text::tr("The PEM private key of --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption storeOption(QStringLiteral("store"),
        Text::tr("Keep recorded events in this SQLite file across restarts. Only a store of the "
                 "sandbox's own is used; anything else at FILE is refused and left as it is."),
        QStringLiteral("FILE"));
    const QCommandLineOption ringOption(QStringLiteral("ring"),
        Text::tr("How many recorded events to keep (default 10000, at most about 64 MB of them)."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption rateOption(QStringLiteral("rate-limit"),
        Text::tr("Answer 429 past N ingestion requests per second (0: no limit)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption readyOption(QStringLiteral("ready-file"),
        Text::tr("Once listening, write the base URL to FILE (atomically: a CI step waits for it to "
                 "exist), and remove it on stop."),
        QStringLiteral("FILE"));
    const QCommandLineOption forwardOption(QStringLiteral("forward"),
        Text::tr("Also send every accepted call to stored source SOURCE (its region, strict mode and "
                 "keychain key): a live debugger in front of the real API. What it answers is recorded "
                 "beside each event."),
        QStringLiteral("SOURCE"));
    const QCommandLineOption forwardUrlOption(QStringLiteral("forward-url"),
        Text::tr("Forward to us, eu or a base URL instead, with the key from EWB_API_KEY."),
        QStringLiteral("URL"));
    const QCommandLineOption forwardKeyEnvOption(QStringLiteral("forward-key-env"),
        Text::tr("Read the key to forward with from environment variable VAR (with --forward: instead of "
                 "the keychain's)."),
        QStringLiteral("VAR"));
    const QCommandLineOption forwardCaOption(QStringLiteral("forward-ca-cert"),
        Text::tr("Also trust the CA certificate(s) in PEM FILE when forwarding over HTTPS."),
        QStringLiteral("FILE"));
    const QCommandLineOption forwardDroppedOption(QStringLiteral("forward-dropped"),
        Text::tr("Forward the calls the sandbox dropped too (each alone), to see what the API says."));
    const QCommandLineOption forwardQueueOption(QStringLiteral("forward-queue"),
        Text::tr("At most N events waiting to be forwarded (default 10000); past it, events are recorded "
                 "and marked skipped."),
        QStringLiteral("N"));
    parser.addOptions({helpOption, portOption, bindOption, keyOption, certOption, keyFileOption, storeOption,
        ringOption, rateOption, readyOption, forwardOption, forwardUrlOption, forwardKeyEnvOption,
        forwardCaOption, forwardDroppedOption, forwardQueueOption});

    if (!parser.parse(QStringList {QStringLiteral("ewb sandbox")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        // helpText() names the program by its path on its first line ("Usage:", in the language of
        // Qt's own catalog); users type "ewb sandbox".
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), QStringLiteral("ewb sandbox"));
        QTextStream(stdout) << text;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    keepFreedMemoryForReuse(); // every request is parsed and checked: reuse memory between them
    SandboxOptions options;
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(Text::tr("--port takes a number from 0 to 65535."));
    options.port = quint16(port);
    if (!options.address.setAddress(parser.value(bindOption)))
        return usageError(Text::tr("--bind takes an IP address, such as 127.0.0.1."));
    options.keys = parser.values(keyOption);
    for (const QString &key : qEnvironmentVariable("EWB_SANDBOX_KEYS").split(u',', Qt::SkipEmptyParts))
        options.keys.append(key.trimmed());
    if (options.keys.contains(QString()))
        return usageError(Text::tr("--key may not be empty."));
    options.tlsCertificateFile = parser.value(certOption);
    options.tlsKeyFile = parser.value(keyFileOption);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return usageError(Text::tr("--tls-cert and --tls-key go together."));
    options.storeFile = parser.value(storeOption);
    options.ringSize = parser.value(ringOption).toInt(&ok);
    if (!ok || options.ringSize < 1 || options.ringSize > 10000000)
        return usageError(Text::tr("--ring takes a number from 1 to 10000000."));
    options.rateLimitRequests = parser.value(rateOption).toInt(&ok);
    if (!ok || options.rateLimitRequests < 0)
        return usageError(Text::tr("--rate-limit takes a number of requests per second (0: no limit)."));

    if (parser.isSet(forwardOption) || parser.isSet(forwardUrlOption) || parser.isSet(forwardKeyEnvOption) ||
        parser.isSet(forwardCaOption) || parser.isSet(forwardDroppedOption) ||
        parser.isSet(forwardQueueOption)) {
        Result<ForwardOptions> forward = forwardOptions(parser, forwardOption, forwardUrlOption,
            forwardKeyEnvOption, forwardCaOption, forwardDroppedOption, forwardQueueOption);
        if (!forward) {
            if (forward.error().code.startsWith(u"usage."))
                return usageError(forward.error().message);
            printError(forward.error().message);
            return 1;
        }
        options.forward = std::move(forward).value();
    }

    StopSignals stopSignals([] { QCoreApplication::quit(); });
    Sandbox sandbox;
    QObject::connect(&sandbox, &Sandbox::exchanged,
        [](const HttpExchange &exchange) { QTextStream(stderr) << logLine(exchange) << Qt::endl; });
    QObject::connect(&sandbox, &Sandbox::notice, [](const QString &message) { printError(message); });
    QObject::connect(&sandbox, &Sandbox::forwardExchanged,
        [](const ForwardExchange &exchange) { QTextStream(stderr) << forwardLogLine(exchange) << Qt::endl; });
    if (Status started = sandbox.start(options); !started) {
        printError(started.error().message);
        return 1;
    }
    // Written only once the port is listening, and whole (rename), so a script that waits for the
    // file never reads half a URL or one nobody answers at; and before the URL goes to standard
    // output, so that one who reads that first finds the file there too.
    const QString readyFile = parser.value(readyOption);
    if (!readyFile.isEmpty()) {
        if (Status written = writeFileAtomically(
                readyFile, QByteArray(sandbox.baseUrl().toString().toUtf8()).append('\n'));
            !written) {
            printError(written.error().message);
            return 1;
        }
    }
    QTextStream(stdout) << sandbox.baseUrl().toString() << Qt::endl; // Qt::endl flushes
    struct RemoveOnStop
    {
        QString path;
        ~RemoveOnStop()
        {
            if (!path.isEmpty())
                QFile::remove(path);
        }
    } removeReadyFile {readyFile};
    for (const QString &notice : sandbox.notices())
        printError(notice);
    QStringList keyNames;
    for (const QString &key : std::as_const(options.keys))
        keyNames.append(maskKey(key));
    if (options.forward) {
        const RunTarget &target = options.forward->target;
        const QString url = target.baseUrl.toString(QUrl::RemoveUserInfo);
        QStringList details;
        if (target.label != url)
            details.append(url);
        details.append(Text::tr("key %1").arg(maskKey(target.key)));
        details.append(target.strictMode ? Text::tr("strict mode") : Text::tr("permissive"));
        printError((options.forward->forwardDropped
                ? Text::tr("forwarding accepted calls and dropped ones to %1 (%2).")
                : Text::tr("forwarding accepted calls to %1 (%2)."))
                       .arg(target.label, details.join(QStringLiteral(", "))));
    }
    printError(
        Text::tr("listening on %1 (%2); %3; %4. Events: %5/_sandbox/events. Stop with Ctrl+C.")
            .arg(sandbox.rootUrl().toString(),
                options.tlsCertificateFile.isEmpty() ? QStringLiteral("HTTP") : QStringLiteral("HTTPS"),
                options.keys.isEmpty() ? Text::tr("any API key accepted")
                                       : Text::tr("keys %1").arg(keyNames.join(QStringLiteral(", "))),
                options.storeFile.isEmpty() ? Text::tr("events kept in memory")
                                            : Text::tr("events stored in %1").arg(options.storeFile),
                sandbox.rootUrl().toString()));
    QCoreApplication::exec();
    sandbox.stop();
    printError(Text::tr("stopped."));
    return 0;
}

} // namespace ewb
