// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "cli/clirunner.h"
#include "cli/sandboxprocess.h"
#include "collections/collection.h"
#include "json/jsonparser.h"
#include "net/apirequest.h"
#include "support/testpaths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ewb;
using test::CliRun;

// ewb run end to end: the real binary against `ewb sandbox` in another process (or its own
// in-process sandbox), with collections written by the core as a user's would be, and the
// reports read back by real consumers (python3's XML and JSON parsers).
class TestCliRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void postmanFileAgainstItsOwnSandbox();
    void expectationsAgainstASandbox();
    void a200ThatTheSandboxDroppedFails();
    void dataDrivenIterations_data();
    void dataDrivenIterations();
    void aBadDataRowSendsNothing();
    void anUnresolvedVariableIsNeverSent();
    void aDamagedRequestFileIsReportedAndTheRestRun();
    void keysNeverReachReportsOrOutput();
    void aReportThatCannotBeWrittenIsSaidFirst();
    void bailStopsAtTheFirstFailure();
    void ctrlCWritesAPartialReport();
    void aTargetThatIsDownFailsEachRequest();
    void oneRateLimitForTheWholeRun();
    void a429StormIsRetried();

private:
    QString writeCollection(const QString &name, std::vector<CollectionItem> items, Variables variables = {});
    CliRun run(const QStringList &args, const QProcessEnvironment &extra = {}, int timeoutMs = 60000);
    QProcessEnvironment environment() const;

    test::SandboxProcess m_sandbox;
    QTemporaryDir m_data;
    QTemporaryDir m_work;
};

namespace {

SavedRequest request(
    const QString &name, CallType type, const QByteArray &body, const QByteArray &expect = "null")
{
    SavedRequest r;
    r.name = name;
    r.type = type;
    r.setBodyText(QString::fromUtf8(body));
    r.expect = Expectations::fromJson(parseJson(expect).value()).value();
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs a python3 snippet on a file; its standard output, trimmed, or the error.
QByteArray python(const QString &script, const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, file});
    if (!p.waitForFinished(30000))
        return "python3 hung";
    QByteArray all = p.readAllStandardOutput();
    all.append(p.readAllStandardError());
    return all.trimmed();
}

} // namespace

void TestCliRun::initTestCase()
{
    QVERIFY(m_sandbox.start({}));
}

void TestCliRun::init()
{
    m_sandbox.clear();
}

QProcessEnvironment TestCliRun::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EWB_DATA_DIR"), m_data.path());
    env.insert(QStringLiteral("EWB_API_KEY"), QStringLiteral("run-test-key"));
    return env;
}

CliRun TestCliRun::run(const QStringList &args, const QProcessEnvironment &extra, int timeoutMs)
{
    QProcessEnvironment env = environment();
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    return test::runEwb(QStringList {QStringLiteral("run")} + args, {}, env, timeoutMs);
}

QString TestCliRun::writeCollection(
    const QString &name, std::vector<CollectionItem> items, Variables variables)
{
    Collection c = Collection::create(name);
    c.items = std::move(items);
    c.variables = std::move(variables);
    const QString folder = m_work.filePath(name);
    if (Status s = saveCollection(c, folder); !s)
        qWarning() << s.error().message;
    return folder;
}

void TestCliRun::postmanFileAgainstItsOwnSandbox()
{
    const QString fixture = test::sharedPath(
        QStringLiteral("fixtures/postman/customer-io-pipelines-api.postman_collection.json"));
    const QString junit = m_work.filePath(QStringLiteral("postman.xml"));
    const CliRun all = run(
        {fixture, QStringLiteral("--sandbox"), QStringLiteral("--reporter"), QStringLiteral("junit"), junit});
    QVERIFY2(all.finished, all.err.constData());
    // The fixture's batch holds "<string>" call types: not sent, and said; the six calls pass.
    QCOMPARE(all.exitCode, 1);
    QCOMPARE(all.out.count("  PASS  "), 6);
    QVERIFY2(all.out.contains("SKIP  Batch / Send a batch of API calls"), all.out.constData());
    QVERIFY(all.out.contains("is not a call type"));
    QVERIFY(all.err.contains("note: ")); // what was not carried over is listed, never silently run
    // JUnit read back by a real parser, with the attributes the schema requires.
    const QByteArray checked = python(QStringLiteral(R"(
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
suites = root.findall("testsuite")
assert len(suites) == 1
s = suites[0]
for a in ("name", "tests", "failures", "errors", "time", "timestamp"):
    assert a in s.attrib, a
cases = s.findall("testcase")
for c in cases:
    assert "name" in c.attrib and "classname" in c.attrib and "time" in c.attrib
failed = [c for c in cases if c.find("failure") is not None]
print(s.attrib["tests"], s.attrib["failures"], len(cases), len(failed), failed[0].find("failure").attrib["type"])
)"),
        junit);
    QCOMPARE(checked, QByteArray("7 1 7 1 not-sent"));

    const CliRun track = run({fixture, QStringLiteral("Track"), QStringLiteral("--sandbox")});
    QCOMPARE(track.exitCode, 0);
    QCOMPARE(track.out.count("  PASS  "), 1);
    const CliRun unknown = run({fixture, QStringLiteral("Nope"), QStringLiteral("--sandbox")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("\"Nope\" is not a request or folder"));
}

void TestCliRun::expectationsAgainstASandbox()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("Good"), CallType::Track, R"({"userId":"u1","event":"Order Completed"})")));
    // A negative test: strict mode refuses it with 400 and the sandbox records the reason.
    items.push_back(
        CollectionItem::makeRequest(request(QStringLiteral("No event"), CallType::Track, R"({"userId":"u1"})",
            R"({"status":400,"validation":"any","recorded":"dropped","reason":"track.event.missing"})")));
    // The same expectation with the wrong reason fails, naming both.
    items.push_back(CollectionItem::makeRequest(request(QStringLiteral("Wrong reason"), CallType::Track,
        R"({"userId":"u1"})", R"({"status":400,"validation":"any","reason":"user.missing-id"})")));
    const QString folder = writeCollection(QStringLiteral("expect"), std::move(items));
    const CliRun r = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // three steps and the summary
    QCOMPARE(parseJson(lines[0])->object().value(u"verdict").toString(), QStringLiteral("passed"));
    QCOMPARE(parseJson(lines[1])->object().value(u"verdict").toString(), QStringLiteral("passed"));
    const JsonObject wrong = parseJson(lines[2])->object();
    QCOMPARE(wrong.value(u"verdict").toString(), QStringLiteral("failed"));
    QVERIFY2(
        wrong.value(u"failures")
            .array()[0]
            .toString()
            .contains(QStringLiteral("dropped the call for track.event.missing, expected user.missing-id")),
        lines[2].constData());
    const JsonObject summary = parseJson(lines[3])->object().value(u"summary").object();
    QCOMPARE(summary.value(u"passed").toDouble(), 2.0);
    QCOMPARE(summary.value(u"failed").toDouble(), 1.0);
    QCOMPARE(m_sandbox.events().size(), size_t(3));
}

// The reason for the tool: without strict mode the API answers 200 to a call it drops.
void TestCliRun::a200ThatTheSandboxDroppedFails()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(request(
        QStringLiteral("No event"), CallType::Track, R"({"userId":"u1"})", R"({"validation":"any"})")));
    const QString folder = writeCollection(QStringLiteral("dropped"), std::move(items));
    const CliRun r =
        run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--no-strict")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("FAIL  No event") && r.out.contains("  200  "), r.out.constData());
    QVERIFY2(r.out.contains("the sandbox dropped 1 of 1 call: track.event.missing"), r.out.constData());
}

void TestCliRun::dataDrivenIterations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("csv") << QStringLiteral("rows.csv")
                         << QByteArray("userId,total\nu1,12.5\nu2,3\n\"u,3\",0.25\n");
    QTest::addRow("json")
        << QStringLiteral("rows.json")
        << QByteArray(
               R"([{"userId":"u1","total":12.5},{"userId":"u2","total":3},{"userId":"u,3","total":0.25}])");
    QTest::addRow("jsonl") << QStringLiteral("rows.jsonl")
                           << QByteArray("{\"userId\":\"u1\",\"total\":12.5}\n{\"userId\":\"u2\",\"total\":3}"
                                         "\n{\"userId\":\"u,3\",\"total\":0.25}\n");
}

void TestCliRun::dataDrivenIterations()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(request(QStringLiteral("Order"), CallType::Track,
        R"({"userId":"{{userId}}","event":"Order Completed","properties":{"total":{{total}},"run":"{{run}}"}})")));
    const QString folder = writeCollection(QStringLiteral("data-") + file, std::move(items));
    const QString data = m_work.filePath(file);
    QFile f(data);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const CliRun r = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--data"),
        data, QStringLiteral("--var"), QStringLiteral("run=r42")});
    QVERIFY2(r.exitCode == 0, QByteArray(r.out).append(r.err).constData());
    QVERIFY(r.out.contains("1 request(s) x 3 iteration(s)"));
    const JsonArray events = m_sandbox.events();
    QCOMPARE(events.size(), size_t(3));
    const QStringList users {QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u,3")};
    const QList<double> totals {12.5, 3, 0.25};
    for (size_t i = 0; i < 3; ++i) {
        const JsonObject payload = events[i].object().value(u"payload").object();
        QCOMPARE(payload.value(u"userId").toString(), users[qsizetype(i)]);
        QCOMPARE(payload.value(u"properties").object().value(u"total").toDouble(), totals[qsizetype(i)]);
        QCOMPARE(payload.value(u"properties").object().value(u"run").toString(), QStringLiteral("r42"));
    }
    // --iterations takes the first rows.
    m_sandbox.clear();
    const CliRun two = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--data"),
        data, QStringLiteral("--iterations"), QStringLiteral("2"), QStringLiteral("--var"),
        QStringLiteral("run=x")});
    QCOMPARE(two.exitCode, 0);
    QCOMPARE(m_sandbox.events().size(), size_t(2));
}

void TestCliRun::aBadDataRowSendsNothing()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("Order"), CallType::Track, R"({"userId":"{{userId}}","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("baddata"), std::move(items));
    const QString data = m_work.filePath(QStringLiteral("bad.csv"));
    QFile f(data);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("userId,total\nu1,1\nu2\"x\",2\nu3,3\n");
    f.close();
    const CliRun r =
        run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--data"), data});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad.csv: line 3, column 3: a quote inside a field"), r.err.constData());
    QCOMPARE(m_sandbox.events().size(), size_t(0));
    const QString empty = m_work.filePath(QStringLiteral("empty.csv"));
    QFile e(empty);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.close();
    const CliRun none =
        run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--data"), empty});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("empty.csv: "), none.err.constData());
    QCOMPARE(m_sandbox.events().size(), size_t(0));
}

void TestCliRun::anUnresolvedVariableIsNeverSent()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(request(
        QStringLiteral("Uses a variable"), CallType::Track, R"({"userId":"{{nobody}}","event":"E"})")));
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("Fine"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("unresolved"), std::move(items));
    const CliRun r = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("SKIP  Uses a variable") && r.out.contains("{{nobody}}"), r.out.constData());
    QVERIFY(r.out.contains("PASS  Fine")); // the rest still runs
    const JsonArray events = m_sandbox.events();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0].object().value(u"payload").object().value(u"userId").toString(), QStringLiteral("u1"));
}

void TestCliRun::aDamagedRequestFileIsReportedAndTheRestRun()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("Broken later"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("Fine"), CallType::Track, R"({"userId":"u2","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("damaged"), std::move(items));
    QFile broken(QDir(folder).filePath(QStringLiteral("broken-later.json")));
    QVERIFY(broken.exists());
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{\n  \"name\": \"Broken later\",\n  <<<<<<< HEAD\n");
    broken.close();
    const CliRun r = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl()});
    QCOMPARE(r.exitCode, 1); // not a pass: a request was not run
    QVERIFY2(r.err.contains("warning: not run, cannot be read: broken-later.json:3"), r.err.constData());
    QVERIFY(r.err.contains("1 request file(s) could not be read"));
    QVERIFY(r.out.contains("PASS  Fine"));
    QVERIFY2(r.out.contains("Runs  Passed  Failed  Not sent"), r.out.constData()); // the summary table
    QCOMPARE(m_sandbox.events().size(), size_t(1));
}

void TestCliRun::keysNeverReachReportsOrOutput()
{
    const QString key = QStringLiteral("sk-run-secret-7f3a9c");
    std::vector<CollectionItem> items;
    // Fails on purpose (expects 201), so every report carries the request and the answer.
    items.push_back(CollectionItem::makeRequest(request(QStringLiteral("Echo"), CallType::Track,
        R"({"userId":"u1","event":"E","writeKey":"{{writeKey}}"})", R"({"status":201})")));
    const QString folder = writeCollection(QStringLiteral("secrets"), std::move(items));
    QProcessEnvironment extra;
    extra.insert(QStringLiteral("EWB_API_KEY"), key);
    const QString junit = m_work.filePath(QStringLiteral("k.xml"));
    const QString json = m_work.filePath(QStringLiteral("k.json"));
    const QString html = m_work.filePath(QStringLiteral("k.html"));
    const CliRun r =
        run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--var"),
                QStringLiteral("writeKey=") + key, QStringLiteral("--reporter"), QStringLiteral("junit"),
                junit, QStringLiteral("--reporter"), QStringLiteral("json=") + json,
                QStringLiteral("--reporter"), QStringLiteral("html"), html},
            extra);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(m_sandbox.events().size(), size_t(1));
    const QByteArray basic = basicAuthorization(key);
    for (const QByteArray &text : {r.out, r.err, readFile(junit), readFile(json), readFile(html)}) {
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(key.toUtf8()), text.left(2000).constData());
        QVERIFY(!text.contains(basic));
        QVERIFY(!text.contains(basic.mid(6)));
    }
    QVERIFY(readFile(json).contains("<redacted>")); // the body's writeKey, masked where it stood
    QCOMPARE(QFile::permissions(junit) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());
}

void TestCliRun::aReportThatCannotBeWrittenIsSaidFirst()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("Fine"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("unwritable"), std::move(items));
    const QString blocker = m_work.filePath(QStringLiteral("a-file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const CliRun r = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--reporter"),
        QStringLiteral("junit"), blocker + QStringLiteral("/under/report.xml")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains("cannot write the report") && r.err.contains("nothing was run"), r.err.constData());
    QCOMPARE(m_sandbox.events().size(), size_t(0));
    const CliRun usage =
        run({folder, QStringLiteral("--reporter"), QStringLiteral("xml"), QStringLiteral("r.xml")});
    QCOMPARE(usage.exitCode, 2);
}

void TestCliRun::bailStopsAtTheFirstFailure()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(request(
        QStringLiteral("Fails"), CallType::Track, R"({"userId":"u1","event":"E"})", R"({"status":204})")));
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("Next"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("bail"), std::move(items));
    const CliRun r = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(),
        QStringLiteral("--iterations"), QStringLiteral("5"), QStringLiteral("--bail")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.count("  FAIL  "), 1);
    QVERIFY(!r.out.contains("PASS  Next"));
    QVERIFY2(r.out.contains("Stopped: --bail"), r.out.constData());
    QCOMPARE(m_sandbox.events().size(), size_t(1));
}

void TestCliRun::ctrlCWritesAPartialReport()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("Slow"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("interrupt"), std::move(items));
    const QString junit = m_work.filePath(QStringLiteral("partial.xml"));
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(EWB_CLI_PATH),
        {QStringLiteral("run"), folder, QStringLiteral("--sandbox"), QStringLiteral("--iterations"),
            QStringLiteral("1000"), QStringLiteral("--delay"), QStringLiteral("100"),
            QStringLiteral("--reporter"), QStringLiteral("junit"), junit});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    while (out.count("PASS") < 3 && p.state() == QProcess::Running && p.waitForReadyRead(10000))
        out += p.readAllStandardOutput();
    QVERIFY2(out.count("PASS") >= 3, out.constData());
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(20000));
    out += p.readAllStandardOutput();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(out.contains("Stopped: interrupted (Ctrl+C)"), out.constData());
    const QByteArray checked = python(QStringLiteral(R"(
import sys, xml.etree.ElementTree as ET
s = ET.parse(sys.argv[1]).getroot().find("testsuite")
props = {p.attrib["name"]: p.attrib["value"] for p in s.find("properties")}
n = len(s.findall("testcase"))
print(props["partial"], n >= 3 and n < 1000, int(s.attrib["tests"]) == n)
)"),
        junit);
    QCOMPARE(checked, QByteArray("true True True"));
}

void TestCliRun::aTargetThatIsDownFailsEachRequest()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("A"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("B"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("down"), std::move(items));
    const CliRun r = run({folder, QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/v1"),
        QStringLiteral("--retries"), QStringLiteral("0")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out.count("  FAIL  "), 2);
    QVERIFY2(r.out.count("no answer: Connection refused") == 2, r.out.constData());
}

// --rate is one limit over every request, whatever the concurrency: 30 requests at 20/s take at
// least (30 - burst) / 20 s of the sandbox's own clock. A bound on correctness, not a speed figure.
void TestCliRun::oneRateLimitForTheWholeRun()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("A"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("rate"), std::move(items));
    const CliRun r = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(),
        QStringLiteral("--iterations"), QStringLiteral("30"), QStringLiteral("--concurrency"),
        QStringLiteral("6"), QStringLiteral("--rate"), QStringLiteral("20/s")});
    QCOMPARE(r.exitCode, 0);
    const JsonArray events = m_sandbox.events();
    QCOMPARE(events.size(), size_t(30));
    const auto at = [](const JsonValue &e) {
        return QDateTime::fromString(e.object().value(u"receivedAt").toString(), Qt::ISODateWithMs);
    };
    const qint64 spanMs = at(events.front()).msecsTo(at(events.back()));
    QVERIFY2(spanMs >= 1350, qPrintable(QString::number(spanMs)));
}

void TestCliRun::a429StormIsRetried()
{
    std::vector<CollectionItem> items;
    items.push_back(CollectionItem::makeRequest(
        request(QStringLiteral("A"), CallType::Track, R"({"userId":"u1","event":"E"})")));
    const QString folder = writeCollection(QStringLiteral("storm"), std::move(items));
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":2,"status":429,"retryAfter":1})");
    const CliRun r = run({folder, QStringLiteral("--url"), m_sandbox.baseUrl(), QStringLiteral("--retries"),
        QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const JsonArray events = m_sandbox.events();
    QCOMPARE(events.size(), size_t(3)); // two refused attempts, then the accepted one
    QCOMPARE(events[2].object().value(u"accepted").toBool(), true);
    const qint64 waited =
        QDateTime::fromString(events[0].object().value(u"receivedAt").toString(), Qt::ISODateWithMs)
            .msecsTo(
                QDateTime::fromString(events[2].object().value(u"receivedAt").toString(), Qt::ISODateWithMs));
    QVERIFY2(waited >= 1900, qPrintable(QString::number(waited))); // Retry-After: 1, twice
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
