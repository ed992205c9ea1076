// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonparser.h"
#include "sandbox/cors.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxauth.h"
#include "sandboxclient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;
using ewb::test::HeaderList;
using ewb::test::RawHttpClient;
using ewb::test::RawResponse;
using ewb::test::SandboxClient;

namespace {

const QByteArray key = "browser-key-one";
const QByteArray origin = "http://127.0.0.1:5173";

HeaderList withOrigin(HeaderList headers = {})
{
    headers.append({"Origin", origin});
    return headers;
}

JsonObject jsonOf(const RawResponse &response)
{
    Result<JsonValue> json = parseJson(response.body);
    return json && json->isObject() ? json->object() : JsonObject();
}

} // namespace

// What the official browser library needs of the sandbox besides the ingestion endpoints
// (issue 12, docs/sandbox.md "Browsers and SDKs"): CORS on everything under /v1 (preflights, and
// the headers on every answer, errors included), its settings document, and its metrics endpoint.
// The library itself, in Chromium, is tests/interop/browser_all_types.mjs.
class TestSandboxBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void preflight_data();
    void preflight();
    void preflightAsksNothing();
    void everyV1AnswerAllowsTheOrigin_data();
    void everyV1AnswerAllowsTheOrigin();
    void oversizeRefusalAllowsTheOrigin();
    void noOriginNoCorsHeaders();
    void inspectionIsNotCrossOrigin_data();
    void inspectionIsNotCrossOrigin();
    void pagesCannotChangeTheRecord_data();
    void pagesCannotChangeTheRecord();
    void settingsPointBackAtTheSandbox();
    void settingsFollowTheHostAsked_data();
    void settingsFollowTheHostAsked();
    void settingsOverHttps();
    void settingsForUnknownKeys_data();
    void settingsForUnknownKeys();
    void settingsKeyNeverLogged();
    void metricsCountedNotRecorded();
    void badMetricsRefused_data();
    void badMetricsRefused();

private:
    void startSandbox(SandboxOptions options);
    SandboxOptions defaults() const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QTemporaryDir m_dir;
    QString m_certFile;
    QString m_keyFile;
};

SandboxOptions TestSandboxBrowser::defaults() const
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(key)};
    options.idleTimeoutMs = 500;
    return options;
}

void TestSandboxBrowser::startSandbox(SandboxOptions options)
{
    m_client.reset();
    m_sandbox = std::make_unique<Sandbox>();
    const Status started = m_sandbox->start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    m_client = std::make_unique<SandboxClient>(m_sandbox->port());
}

void TestSandboxBrowser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A throwaway self-signed certificate for 127.0.0.1 (an EC key: fast to make).
    m_certFile = m_dir.filePath(QStringLiteral("cert.pem"));
    m_keyFile = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_keyFile, QStringLiteral("-out"),
            m_certFile, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(30000), "openssl did not finish (is it installed?)");
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
}

void TestSandboxBrowser::init()
{
    startSandbox(defaults());
}

void TestSandboxBrowser::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestSandboxBrowser::preflight_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("allowed");
    // A page's own call: JSON with Basic auth and strict mode (none of them "simple": preflighted).
    QTest::addRow("track") << QByteArray("/v1/track") << QByteArray("POST") << QByteArray("POST, OPTIONS");
    QTest::addRow("short track") << QByteArray("/v1/t") << QByteArray("POST") << QByteArray("POST, OPTIONS");
    QTest::addRow("short batch") << QByteArray("/v1/b") << QByteArray("POST") << QByteArray("POST, OPTIONS");
    QTest::addRow("metrics") << QByteArray("/v1/m") << QByteArray("POST") << QByteArray("POST, OPTIONS");
    QTest::addRow("settings") << QByteArray("/v1/projects/" + key + "/settings") << QByteArray("GET")
                              << QByteArray("GET, HEAD, OPTIONS");
}

void TestSandboxBrowser::preflight()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, allowed);
    const QByteArray requested = "content-type, authorization, x-strict-mode";
    const std::optional<RawResponse> response = m_client->request("OPTIONS", path, {},
        withOrigin(
            {{"Access-Control-Request-Method", method}, {"Access-Control-Request-Headers", requested}}));
    QVERIFY2(response, qPrintable(m_client->lastError()));
    QCOMPARE(response->status, 204);
    QCOMPARE(response->headers.value("access-control-allow-origin"), origin);
    QCOMPARE(response->headers.value("vary"), QByteArray("Origin"));
    QCOMPARE(response->headers.value("access-control-allow-methods"), allowed);
    QCOMPARE(response->headers.value("access-control-allow-headers"), requested);
    QCOMPARE(response->headers.value("access-control-max-age"), QByteArray::number(corsMaxAgeSeconds));
    QVERIFY(!response->headers.contains("access-control-allow-credentials"));
    QVERIFY(!response->headers.contains("access-control-allow-private-network"));
    // A preflight is not a call.
    QCOMPARE(m_client->events().size(), size_t(0));
}

void TestSandboxBrowser::preflightAsksNothing()
{
    // No request headers asked for: none listed. Chromium's Private Network Access question (a page
    // on a LAN or public origin reaching a loopback sandbox) is answered yes.
    const std::optional<RawResponse> response = m_client->request("OPTIONS", "/v1/t", {},
        withOrigin(
            {{"Access-Control-Request-Method", "POST"}, {"Access-Control-Request-Private-Network", "true"}}));
    QVERIFY(response);
    QCOMPARE(response->status, 204);
    QCOMPARE(response->headers.value("access-control-allow-origin"), origin);
    QVERIFY(!response->headers.contains("access-control-allow-headers"));
    QCOMPARE(response->headers.value("access-control-allow-private-network"), QByteArray("true"));
}

void TestSandboxBrowser::everyV1AnswerAllowsTheOrigin_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("fault"); // posted to /_sandbox/faults first, when set
    QTest::addColumn<int>("status");

    const HeaderList plain = {{"Content-Type", "text/plain"}};
    const HeaderList strict = {{"Content-Type", "text/plain"}, {"X-Strict-Mode", "1"}};
    const QByteArray call = R"({"writeKey":")" + key + R"(","userId":"u1","event":"Viewed"})";
    QTest::addRow("accepted, short path, text/plain")
        << QByteArray("POST") << QByteArray("/v1/t") << plain << call << QByteArray() << 200;
    QTest::addRow("dropped: unknown key")
        << QByteArray("POST") << QByteArray("/v1/t") << plain
        << QByteArray(R"({"writeKey":"other","userId":"u1","event":"E"})") << QByteArray() << 200;
    QTest::addRow("strict 401") << QByteArray("POST") << QByteArray("/v1/t") << strict
                                << QByteArray(R"({"writeKey":"other","userId":"u1","event":"E"})")
                                << QByteArray() << 401;
    QTest::addRow("strict 400") << QByteArray("POST") << QByteArray("/v1/t") << strict
                                << QByteArray(R"({"writeKey":")" + key + R"(","userId":"u1"})")
                                << QByteArray() << 400;
    QTest::addRow("invalid JSON") << QByteArray("POST") << QByteArray("/v1/i") << plain << QByteArray("{nope")
                                  << QByteArray() << 400;
    QTest::addRow("429 fault") << QByteArray("POST") << QByteArray("/v1/t") << plain << call
                               << QByteArray(R"({"status":429,"retryAfter":2})") << 429;
    QTest::addRow("503 fault") << QByteArray("POST") << QByteArray("/v1/b") << plain << call
                               << QByteArray(R"({"status":503})") << 503;
    QTest::addRow("unknown /v1 path")
        << QByteArray("POST") << QByteArray("/v1/x") << plain << call << QByteArray() << 404;
    QTest::addRow("wrong method") << QByteArray("GET") << QByteArray("/v1/t") << HeaderList() << QByteArray()
                                  << QByteArray() << 405;
    QTest::addRow("metrics") << QByteArray("POST") << QByteArray("/v1/m") << plain
                             << QByteArray(R"({"series":[]})") << QByteArray() << 200;
    QTest::addRow("settings") << QByteArray("GET") << QByteArray("/v1/projects/" + key + "/settings")
                              << HeaderList() << QByteArray() << QByteArray() << 200;
    QTest::addRow("settings, unknown key") << QByteArray("GET") << QByteArray("/v1/projects/other/settings")
                                           << HeaderList() << QByteArray() << QByteArray() << 404;
}

void TestSandboxBrowser::everyV1AnswerAllowsTheOrigin()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, fault);
    QFETCH(int, status);
    if (!fault.isEmpty())
        QCOMPARE(m_client->post("/_sandbox/faults", fault)->status, 200);
    const std::optional<RawResponse> response = m_client->request(method, path, body, withOrigin(headers));
    QVERIFY2(response, qPrintable(m_client->lastError()));
    QCOMPARE(response->status, status);
    QCOMPARE(response->headers.value("access-control-allow-origin"), origin);
    QCOMPARE(response->headers.value("vary"), QByteArray("Origin"));
    // The page may read the verdict and Retry-After (not CORS-safelisted headers).
    const QByteArray exposed = response->headers.value("access-control-expose-headers");
    for (const QByteArray &name : {QByteArray("X-Sandbox-Accepted"), QByteArray("X-Sandbox-Dropped"),
             QByteArray("X-Sandbox-Reasons"), QByteArray("X-Sandbox-Events"), QByteArray("Retry-After")})
        QVERIFY2(exposed.contains(name), exposed.constData());
    QVERIFY(!response->headers.contains("access-control-allow-methods")); // only on preflights
}

void TestSandboxBrowser::oversizeRefusalAllowsTheOrigin()
{
    // Refused by the server from the head alone, before any handler: the page still reads the 413.
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    raw.send("POST /v1/b HTTP/1.1\r\nOrigin: " + origin + "\r\nContent-Length: 104857600\r\n\r\n");
    const std::optional<RawResponse> response = raw.next();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->headers.value("access-control-allow-origin"), origin);
}

void TestSandboxBrowser::noOriginNoCorsHeaders()
{
    // Server clients (no Origin) get the answers they always got.
    const std::optional<RawResponse> answer = m_client->post("/v1/t",
        R"({"writeKey":")" + key + R"(","userId":"u1","event":"E"})", {{"Content-Type", "text/plain"}});
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    const std::optional<RawResponse> options =
        m_client->request("OPTIONS", "/v1/t", {}, {{"Access-Control-Request-Method", "POST"}});
    QVERIFY(options);
    QCOMPARE(options->status, 204);
    QCOMPARE(options->headers.value("allow"), QByteArray("POST, OPTIONS"));
    for (const RawResponse &response : {*answer, *options}) {
        for (const HttpHeaders::Field &field : response.headers.fields())
            QVERIFY2(!field.name.toLower().startsWith("access-control-") && field.name.toLower() != "vary",
                field.name.constData());
    }
}

void TestSandboxBrowser::pagesCannotChangeTheRecord_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("plant a fault") << QByteArray("/_sandbox/faults")
                                   << QByteArray(R"({"count":5,"status":503})");
    QTest::addRow("retry forwards") << QByteArray("/_sandbox/forward/retry") << QByteArray();
    QTest::addRow("wait on an expectation")
        << QByteArray("/_sandbox/expect") << QByteArray(R"({"event":{"event":"E"},"within":1})");
}

// A page the developer opens may POST text/plain anywhere without a preflight (a "simple"
// request): it cannot read the answer, but the sandbox would act on it. Browsers name the page's
// origin on such requests and tools do not, so the control endpoints refuse those.
void TestSandboxBrowser::pagesCannotChangeTheRecord()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    const std::optional<RawResponse> response =
        m_client->post(path, body, withOrigin({{"Content-Type", "text/plain"}}));
    QVERIFY(response);
    QCOMPARE(response->status, 403);
    QVERIFY2(response->body.contains("web page"), response->body.constData());
    QVERIFY(!response->headers.contains("access-control-allow-origin"));
    // Nothing was planted: the next call is answered as always.
    const std::optional<RawResponse> call =
        m_client->post("/v1/t", R"({"writeKey":")" + key + R"(","userId":"u1","event":"E"})");
    QVERIFY(call);
    QCOMPARE(call->status, 200);
    // And tools, which send no Origin, still may.
    const std::optional<RawResponse> fromTool =
        m_client->post("/_sandbox/faults", R"({"count":1,"status":503})");
    QVERIFY(fromTool);
    QCOMPARE(fromTool->status, 200);
}

void TestSandboxBrowser::inspectionIsNotCrossOrigin_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<HeaderList>("headers");
    QTest::addRow("events") << QByteArray("GET") << QByteArray("/_sandbox/events") << HeaderList();
    QTest::addRow("stats") << QByteArray("GET") << QByteArray("/_sandbox/stats") << HeaderList();
    QTest::addRow("preflight to clear") << QByteArray("OPTIONS") << QByteArray("/_sandbox/events")
                                        << HeaderList {{"Access-Control-Request-Method", "DELETE"}};
    QTest::addRow("preflight to plant a fault") << QByteArray("OPTIONS") << QByteArray("/_sandbox/faults")
                                                << HeaderList {{"Access-Control-Request-Method", "POST"},
                                                       {"Access-Control-Request-Headers", "content-type"}};
}

void TestSandboxBrowser::inspectionIsNotCrossOrigin()
{
    // Every recorded payload is there, and the means to clear them: no page on another origin may
    // read or preflight it (docs/sandbox.md).
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(HeaderList, headers);
    const std::optional<RawResponse> response = m_client->request(method, path, {}, withOrigin(headers));
    QVERIFY(response);
    QVERIFY(response->status == 200 || response->status == 204);
    QVERIFY(!response->headers.contains("access-control-allow-origin"));
    QVERIFY(!response->headers.contains("access-control-allow-methods"));
}

void TestSandboxBrowser::settingsPointBackAtTheSandbox()
{
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    const QByteArray authority = "127.0.0.1:" + QByteArray::number(m_sandbox->port());
    raw.send("GET /v1/projects/" + key + "/settings HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
    const std::optional<RawResponse> response = raw.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->headers.value("content-type"), QByteArray("application/json"));
    const JsonObject settings = jsonOf(*response);
    const JsonObject integrations = settings.value(u"integrations").object();
    // Only the library's own integration: any other would make it load destination code.
    QCOMPARE(integrations.size(), qsizetype(1));
    const JsonObject pipelines = integrations.value(u"Customer.io Data Pipelines").object();
    QCOMPARE(pipelines.value(u"apiKey").toString(), QString::fromLatin1(key));
    QCOMPARE(pipelines.value(u"apiHost").toString(), QString::fromLatin1(authority + "/v1"));
    QCOMPARE(pipelines.value(u"protocol").toString(), QStringLiteral("http"));
    // Metrics go over https only: off for an http sandbox.
    const JsonObject metrics = settings.value(u"metrics").object();
    QCOMPARE(metrics.value(u"host").toString(), QString::fromLatin1(authority + "/v1"));
    QCOMPARE(metrics.value(u"sampleRate").numberLiteral(), QStringLiteral("0"));
    QVERIFY(settings.value(u"remotePlugins").isArray());
    QVERIFY(settings.value(u"remotePlugins").array().empty());
    // The settings are no call.
    QCOMPARE(m_client->events().size(), size_t(0));
    QCOMPARE(m_client->getJson("/_sandbox/stats").value(u"requests").numberLiteral(), QStringLiteral("0"));
    // HEAD answers the same without the body.
    const std::optional<RawResponse> head = m_client->request("HEAD", "/v1/projects/" + key + "/settings");
    QVERIFY(head);
    QCOMPARE(head->status, 200);
}

void TestSandboxBrowser::settingsFollowTheHostAsked_data()
{
    QTest::addColumn<QByteArray>("host"); // empty: no Host field at all
    QTest::addColumn<QString>("apiHost"); // "{port}" stands for the sandbox's port
    QTest::addRow("localhost") << QByteArray("localhost:{port}") << QStringLiteral("localhost:{port}/v1");
    QTest::addRow("LAN name, another port (a proxy)")
        << QByteArray("sandbox.test:8443") << QStringLiteral("sandbox.test:8443/v1");
    QTest::addRow("IPv6") << QByteArray("[::1]:{port}") << QStringLiteral("[::1]:{port}/v1");
    QTest::addRow("none (HTTP/1.0)") << QByteArray() << QStringLiteral("127.0.0.1:{port}/v1");
    QTest::addRow("with a path") << QByteArray("evil.test/x") << QStringLiteral("127.0.0.1:{port}/v1");
    QTest::addRow("with user info") << QByteArray("me@evil.test") << QStringLiteral("127.0.0.1:{port}/v1");
    QTest::addRow("with a space") << QByteArray("a b") << QStringLiteral("127.0.0.1:{port}/v1");
    QTest::addRow("with a quote") << QByteArray("a\"b") << QStringLiteral("127.0.0.1:{port}/v1");
}

void TestSandboxBrowser::settingsFollowTheHostAsked()
{
    QFETCH(QByteArray, host);
    QFETCH(QString, apiHost);
    const QByteArray port = QByteArray::number(m_sandbox->port());
    host.replace("{port}", port);
    apiHost.replace(QStringLiteral("{port}"), QString::fromLatin1(port));
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    if (host.isEmpty())
        raw.send("GET /v1/projects/" + key + "/settings HTTP/1.0\r\n\r\n");
    else
        raw.send("GET /v1/projects/" + key + "/settings HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    const std::optional<RawResponse> response = raw.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const JsonObject pipelines =
        jsonOf(*response).value(u"integrations").object().value(u"Customer.io Data Pipelines").object();
    QCOMPARE(pipelines.value(u"apiHost").toString(), apiHost);
}

void TestSandboxBrowser::settingsOverHttps()
{
    SandboxOptions options = defaults();
    options.tlsCertificateFile = m_certFile;
    options.tlsKeyFile = m_keyFile;
    startSandbox(options);
    SandboxClient client(m_sandbox->port(), true, QSslCertificate::fromPath(m_certFile));
    const std::optional<RawResponse> response = client.request("GET", "/v1/projects/" + key + "/settings");
    QVERIFY2(response, qPrintable(client.lastError()));
    QCOMPARE(response->status, 200);
    const JsonObject settings = jsonOf(*response);
    const JsonObject pipelines =
        settings.value(u"integrations").object().value(u"Customer.io Data Pipelines").object();
    QCOMPARE(pipelines.value(u"protocol").toString(), QStringLiteral("https"));
    // Over https the library's metrics can arrive: every one is sent.
    QCOMPARE(settings.value(u"metrics").object().value(u"sampleRate").numberLiteral(), QStringLiteral("1"));
}

void TestSandboxBrowser::settingsForUnknownKeys_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    const QStringList configured = {QString::fromLatin1(key)};
    QTest::addRow("known") << configured << QByteArray("/v1/projects/" + key + "/settings") << 200;
    QTest::addRow("unknown") << configured << QByteArray("/v1/projects/not-ours/settings") << 404;
    QTest::addRow("any key when none configured")
        << QStringList() << QByteArray("/v1/projects/not-ours/settings") << 200;
    QTest::addRow("empty key") << QStringList() << QByteArray("/v1/projects//settings") << 404;
    QTest::addRow("not a settings path") << configured << QByteArray("/v1/projects/" + key + "/other") << 404;
    QTest::addRow("deeper") << configured << QByteArray("/v1/projects/" + key + "/x/settings") << 404;
}

void TestSandboxBrowser::settingsForUnknownKeys()
{
    // As the real API: an unknown write key's settings are a 404, and the library then loads
    // nothing. The message names the key by its fingerprint only.
    QFETCH(QStringList, keys);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    SandboxOptions options = defaults();
    options.keys = keys;
    startSandbox(options);
    const std::optional<RawResponse> response = m_client->request("GET", path);
    QVERIFY(response);
    QCOMPARE(response->status, status);
    if (status == 200) {
        const QString apiKey = jsonOf(*response)
                                   .value(u"integrations")
                                   .object()
                                   .value(u"Customer.io Data Pipelines")
                                   .object()
                                   .value(u"apiKey")
                                   .toString();
        QVERIFY(path.contains(apiKey.toUtf8()));
        return;
    }
    QVERIFY(!response->body.contains("not-ours"));
    if (path.contains("not-ours"))
        QVERIFY2(response->body.contains(maskKey(QStringLiteral("not-ours")).toUtf8()),
            response->body.constData());
}

void TestSandboxBrowser::settingsKeyNeverLogged()
{
    QSignalSpy exchanged(m_sandbox.get(), &Sandbox::exchanged);
    const QString known = maskKey(QString::fromLatin1(key));
    const QString other = maskKey(QStringLiteral("not-ours"));
    const QList<std::tuple<QByteArray, QByteArray, int, QString>> requests = {
        {"GET", "/v1/projects/" + key + "/settings", 200,
            QStringLiteral("/v1/projects/") + known + QStringLiteral("/settings")},
        {"GET", "/v1/projects/not-ours/settings", 404,
            QStringLiteral("/v1/projects/") + other + QStringLiteral("/settings")},
        {"POST", "/v1/projects/" + key + "/settings", 405,
            QStringLiteral("/v1/projects/") + known + QStringLiteral("/settings")},
        {"GET", "/v1/projects/" + key, 404, QStringLiteral("/v1/projects/") + known},
        {"GET", "/v1/projects/" + key + "/setting/x", 404,
            QStringLiteral("/v1/projects/") + known + QStringLiteral("/setting/x")},
        {"OPTIONS", "/v1/projects/" + key + "/settings", 204,
            QStringLiteral("/v1/projects/") + known + QStringLiteral("/settings")},
    };
    for (const auto &[method, target, status, logged] : requests) {
        const std::optional<RawResponse> response =
            m_client->request(method, target, method == "POST" ? "{}" : "");
        QVERIFY(response);
        QCOMPARE(response->status, status);
        if (status != 200) // the settings themselves hold the key, for the library's bodies
            QVERIFY(!response->body.contains(key));
    }
    QTRY_COMPARE(exchanged.size(), requests.size());
    for (qsizetype i = 0; i < exchanged.size(); ++i) {
        const auto exchange = exchanged.at(i).at(0).value<HttpExchange>();
        QCOMPARE(exchange.path, std::get<3>(requests.at(i)));
        QVERIFY(!exchange.note.contains(key));
    }
}

void TestSandboxBrowser::metricsCountedNotRecorded()
{
    // What the library sends: text/plain, no key, a series of counters.
    const QByteArray body =
        R"({"series":[{"type":"Counter","metric":"analytics_js.integration.invoke","value":1,)"
        R"("tags":{"integration_name":"x","library":"analytics.js","library_version":"next-0.5.11"}},)"
        R"({"type":"Counter","metric":"analytics_js.invoke.error","value":1,"tags":{"type":"initialization"}}]})";
    const std::optional<RawResponse> response =
        m_client->post("/v1/m", body, withOrigin({{"Content-Type", "text/plain"}}));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray("{}"));
    QCOMPARE(m_client->post("/v1/m", R"({"series":[]})")->status, 200);
    const JsonObject stats = m_client->getJson("/_sandbox/stats");
    QCOMPARE(stats.value(u"metrics").object().value(u"requests").numberLiteral(), QStringLiteral("2"));
    QCOMPARE(stats.value(u"metrics").object().value(u"series").numberLiteral(), QStringLiteral("2"));
    QCOMPARE(stats.value(u"requests").numberLiteral(), QStringLiteral("0")); // no ingestion request
    QCOMPARE(m_client->events().size(), size_t(0));
    // Cleared with the events.
    QCOMPARE(m_client->request("DELETE", "/_sandbox/events")->status, 200);
    QCOMPARE(m_client->getJson("/_sandbox/stats").value(u"metrics").object().value(u"series").numberLiteral(),
        QStringLiteral("0"));
}

void TestSandboxBrowser::badMetricsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addRow("not JSON") << QByteArray("series") << QStringLiteral("not valid JSON");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::addRow("an array") << QByteArray("[]") << QStringLiteral("\"series\" array");
    QTest::addRow("no series") << QByteArray(R"({"metrics":[]})") << QStringLiteral("\"series\" array");
    QTest::addRow("series not an array")
        << QByteArray(R"({"series":{}})") << QStringLiteral("\"series\" array");
}

void TestSandboxBrowser::badMetricsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const std::optional<RawResponse> response = m_client->post("/v1/m", body);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    const JsonArray errors = jsonOf(*response).value(u"meta").object().value(u"errors").array();
    QCOMPARE(errors.size(), size_t(1));
    QVERIFY2(errors.front().toString().contains(message), qPrintable(errors.front().toString()));
    QCOMPARE(
        m_client->getJson("/_sandbox/stats").value(u"metrics").object().value(u"requests").numberLiteral(),
        QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestSandboxBrowser)
#include "tst_sandboxbrowser.moc"
