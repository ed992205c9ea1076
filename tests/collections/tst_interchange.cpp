// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/collection.h"
#include "golden.h"
#include "interchange/codesnippets.h"
#include "interchange/curlimport.h"
#include "interchange/postmanexport.h"
#include "interchange/postmanimport.h"
#include "json/jsonparser.h"
#include "support/testpaths.h"
#include "util/atomicfile.h"
#include "workbench/importservice.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

namespace {
QByteArray fixture()
{
    return test::readFileOrFail(test::sharedPath(
        QStringLiteral("fixtures/postman/customer-io-pipelines-api.postman_collection.json")));
}

const QList<QByteArray> literalKeys = {"LITERAL-COLLECTION-KEY", "LITERAL-VARIABLE-KEY", "LITERAL-HEADER-KEY",
    "LITERAL-BODY-KEY", "LITERAL-BEARER"};
} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void fixtureImportsCompletely();
    void postmanGoldenRoundTrip();
    void literalCredentialsNeverReachFiles();
    void refusesWhatIsNotAPostmanCollection();
    void keysHiddenElsewhereNeverReachFiles();
    void curlSpecSamples_data();
    void curlSpecSamples();
    void curlVariants_data();
    void curlVariants();
    void curlRefusals_data();
    void curlRefusals();
    void snippets();
    void importIsAllOrNothing();
    void aKilledImportsLeftoversGo();
};

void TestInterchange::fixtureImportsCompletely()
{
    Result<PostmanImport> imported = importPostmanCollection(fixture());
    QVERIFY(imported.ok());
    QCOMPARE(imported->requestsImported, 7);
    QCOMPARE(imported->requestsSkipped, 0);
    QVERIFY(imported->secrets.isEmpty());
    const Collection &c = imported->collection;
    QCOMPARE(c.name, QStringLiteral("Customer.io Pipelines API"));
    QCOMPARE(c.auth,
        Auth::basic(QStringLiteral("{{basicAuthUsername}}"), QStringLiteral("{{basicAuthPassword}}")));
    QCOMPARE(c.variables.size(), size_t(1));
    QCOMPARE(c.variables[0].name, QStringLiteral("baseUrl"));
    QCOMPARE(c.items.size(), size_t(7));
    for (const CollectionItem &folder : c.items) {
        QVERIFY(folder.isFolder());
        QCOMPARE(folder.children.size(), size_t(1));
        const SavedRequest &r = folder.children[0].request;
        QCOMPARE(callTypeTitle(r.type), folder.folder.name); // folders per call type
        QCOMPARE(r.target.baseUrl, QStringLiteral("{{baseUrl}}"));
        QVERIFY(r.body.has_value());
        QVERIFY(!r.notes.isEmpty());
    }
    // Only the saved example responses are left behind, and each is listed.
    QCOMPARE(imported->notes.size(), 7);
    for (const ImportNote &note : imported->notes)
        QVERIFY2(note.message.contains(QStringLiteral("example response")), qPrintable(note.toString()));
}

void TestInterchange::postmanGoldenRoundTrip()
{
    Result<PostmanImport> imported = importPostmanCollection(fixture());
    QVERIFY(imported.ok());
    QTemporaryDir dir;
    QVERIFY(saveCollection(imported->collection, dir.path()).ok());
    QString difference = test::compareTrees(
        dir.path(), test::sourcePath(QStringLiteral("tests/data/collections/customer-io")));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    Result<LoadedCollection> loaded = loadCollection(dir.path());
    QVERIFY(loaded.ok());
    const PostmanExport exported = exportPostmanCollection(loaded->collection);
    QVERIFY(exported.notes.isEmpty());
    difference = test::compareWithGoldenFile(
        exported.json, test::sourcePath(QStringLiteral("tests/data/collections/customer-io.postman.json")));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Back in: the same collection, variables under the same names.
    Result<PostmanImport> again = importPostmanCollection(exported.json);
    QVERIFY(again.ok());
    QCOMPARE(again->requestsImported, 7);
    for (const ImportNote &note : again->notes) // X-Strict-Mode is a setting of the source here
        QVERIFY2(note.kind == ImportNote::Kind::Info, qPrintable(note.toString()));
    Collection back = again->collection;
    QCOMPARE(back.variables, loaded->collection.variables);
    QCOMPARE(back.auth, loaded->collection.auth);
    QTemporaryDir second;
    QVERIFY(saveCollection(back, second.path()).ok());
    difference = test::compareTrees(second.path(), dir.path());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestInterchange::literalCredentialsNeverReachFiles()
{
    Result<PostmanImport> imported = importPostmanCollection(test::readFileOrFail(
        test::sourcePath(QStringLiteral("tests/data/collections/literal-keys.postman.json"))));
    QVERIFY(imported.ok());
    QCOMPARE(imported->requestsImported, 2);
    QCOMPARE(imported->requestsSkipped, 2);
    QStringList secrets;
    for (const ImportedSecret &s : imported->secrets)
        secrets.append(s.variable + QLatin1Char('=') + s.value);
    QCOMPARE(secrets,
        QStringList({QStringLiteral("write_key=LITERAL-VARIABLE-KEY"),
            QStringLiteral("basicAuthUsername=LITERAL-COLLECTION-KEY"),
            QStringLiteral("with-headerBasicAuthUsername=LITERAL-HEADER-KEY"),
            QStringLiteral("writeKey=LITERAL-BODY-KEY")}));
    const Collection &c = imported->collection;
    QCOMPARE(c.auth.username, QStringLiteral("{{basicAuthUsername}}"));
    QCOMPARE(c.items[0].request.auth.username, QStringLiteral("{{with-headerBasicAuthUsername}}"));
    QCOMPARE(c.items[0].request.body->value(u"writeKey").toString(), QStringLiteral("{{writeKey}}"));
    QCOMPARE(c.items[1].request.bodyText, QStringLiteral("{\"userId\": {{n}}}"));
    QCOMPARE(c.items[1].request.type, CallType::Page);

    QStringList listed;
    for (const ImportNote &note : imported->notes)
        listed.append(note.toString());
    const QString all = listed.join(QLatin1Char('\n'));
    for (const char *expected : {"pre-request script", "a GET request", "\"urlencoded\" body", "X-Custom",
             "\"bearer\" auth", "query string"})
        QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(all));

    QTemporaryDir dir;
    Collection copy = c;
    QVERIFY(saveCollection(copy, dir.path()).ok());
    const QByteArray exported = exportPostmanCollection(copy).json;
    for (const QByteArray &key : literalKeys) {
        QVERIFY2(test::filesContaining(dir.path(), key).isEmpty(), key.constData());
        QVERIFY2(!exported.contains(key), key.constData());
        QVERIFY(!all.toUtf8().contains(key)); // nor in what is shown
    }
}

// Issue 9: literal keys in a URL's user info, in batch calls' writeKey and in bodies with
// variables stayed in the collection's files, and export carried them on; a note printed a query
// string's key.
void TestInterchange::keysHiddenElsewhereNeverReachFiles()
{
    Result<PostmanImport> imported = importPostmanCollection(test::readFileOrFail(
        test::sourcePath(QStringLiteral("tests/data/collections/hidden-keys.postman.json"))));
    QVERIFY(imported.ok());
    QCOMPARE(imported->requestsImported, 4);
    QStringList secrets;
    for (const ImportedSecret &s : imported->secrets)
        secrets.append(s.value);
    secrets.sort();
    QCOMPARE(secrets,
        QStringList({QStringLiteral("HIDDEN-ITEM-KEY"), QStringLiteral("HIDDEN-TEXT-KEY"),
            QStringLiteral("HIDDEN-URL-KEY")}));
    const Collection &c = imported->collection;
    QCOMPARE(c.items[0].request.target.baseUrl, QStringLiteral("https://cdp.customer.io/v1"));
    QVERIFY(c.items[0].request.auth.username.startsWith(QStringLiteral("{{")));
    QStringList listed;
    for (const ImportNote &note : imported->notes)
        listed.append(note.toString());
    const QByteArray all = listed.join(QLatin1Char('\n')).toUtf8();
    QVERIFY2(all.contains("writeKey, debug"), all.constData());

    QTemporaryDir dir;
    Collection copy = c;
    QVERIFY(saveCollection(copy, dir.path()).ok());
    const QByteArray exported = exportPostmanCollection(copy).json;
    for (const QByteArray key :
        {"HIDDEN-URL-KEY", "HIDDEN-ITEM-KEY", "HIDDEN-TEXT-KEY", "HIDDEN-QUERY-KEY"}) {
        QVERIFY2(test::filesContaining(dir.path(), key).isEmpty(), key.constData());
        QVERIFY2(!exported.contains(key), key.constData());
        QVERIFY2(!all.contains(key), key.constData());
    }
}

void TestInterchange::refusesWhatIsNotAPostmanCollection()
{
    QCOMPARE(importPostmanCollection("{\"a\":]").error().code, QStringLiteral("json.syntax"));
    QCOMPARE(importPostmanCollection("{\"a\":1}").error().code, QStringLiteral("postman.shape"));
    // Outside the macro: moc reads "//" in a raw string inside a macro's arguments as a comment.
    const QByteArray version1 =
        R"({"info":{"schema":"https://schema.getpostman.com/json/collection/v1.0.0/"},"item":[]})";
    QCOMPARE(importPostmanCollection(version1).error().code, QStringLiteral("postman.version"));
}

void TestInterchange::curlSpecSamples_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("path");
    const QByteArray spec =
        test::readFileOrFail(test::sharedPath(QStringLiteral("api/pipelines-openapi.json")));
    Result<JsonValue> doc = parseJson(spec);
    QVERIFY(doc.ok());
    int samples = 0;
    for (const auto &[path, operations] : doc->object().value(u"paths").object().members()) {
        for (const auto &[method, operation] : operations.object().members()) {
            for (const JsonValue &sample : operation.object().value(u"x-codeSamples").array()) {
                if (sample.object().value(u"lang").toString() != QLatin1String("shell"))
                    continue;
                QTest::addRow("%s %s", qPrintable(method), qPrintable(path))
                    << sample.object().value(u"source").toString() << path;
                ++samples;
            }
        }
    }
    QCOMPARE(samples, 7);
}

void TestInterchange::curlSpecSamples()
{
    QFETCH(QString, command);
    QFETCH(QString, path);
    Result<CurlImport> imported = importCurlCommand(command);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    const SavedRequest &r = imported->request;
    QCOMPARE(callTypePath(r.type), path);
    QCOMPARE(r.target.baseUrl, QStringLiteral("https://cdp.customer.io/v1"));
    QVERIFY(r.body.has_value());
    QVERIFY(!r.body->isEmpty());
    // -u api_key: is a literal key: taken out, never in the request.
    QCOMPARE(imported->secrets.size(), 1);
    QCOMPARE(imported->secrets[0].value, QStringLiteral("api_key"));
    QCOMPARE(r.auth.username, QStringLiteral("{{write_key}}"));
    QVERIFY(!r.toFileBytes().contains("api_key"));
}

void TestInterchange::curlVariants_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("user");
    QTest::addRow("attached -X and -H, --data=")
        << R"(curl -XPOST -H'Content-Type: application/json' --data='{"userId":"a","event":"E"}' http://127.0.0.1:9/v1/track)"
        << R"({"userId":"a","event":"E"})"
        << "";
    QTest::addRow("CRLF continuations and $'...'") << "curl \\\r\n  --url https://cdp-eu.customer.io/v1/t "
                                                      "\\\r\n  -d $'{\"userId\":\"it\\'s\",\"event\":\"E\"}'"
                                                   << R"({"userId":"it's","event":"E"})"
                                                   << "";
    QTest::addRow("shell variable key")
        << R"(curl -u "$CDP_API_KEY:" --data-binary "{\"userId\":\"a\"}" https://x/v1/identify)"
        << R"({"userId":"a"})"
        << "{{CDP_API_KEY}}";
    QTest::addRow("variables kept") << R"(curl --json '{"userId":"{{user}}","n":{{n}}}' https://x/v1/track)"
                                    << ""
                                    << "";
    QTest::addRow("key in the URL") << R"(curl -d '{"userId":"a"}' https://SECRET@x/v1/identify)"
                                    << R"({"userId":"a"})"
                                    << "{{write_key}}";
}

void TestInterchange::curlVariants()
{
    QFETCH(QString, command);
    QFETCH(QString, wire);
    QFETCH(QString, user);
    Result<CurlImport> imported = importCurlCommand(command);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    const SavedRequest &r = imported->request;
    if (wire.isEmpty())
        QVERIFY(!r.bodyText.isEmpty());
    else
        QCOMPARE(QString::fromUtf8(Payload(r.type, *r.body).toWire()), wire);
    QCOMPARE(r.auth.username, user);
    QVERIFY(!r.toFileBytes().contains("SECRET"));
}

void TestInterchange::curlRefusals_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("code");
    QTest::addRow("not curl") << "wget http://x"
                              << "curl.unsupported";
    QTest::addRow("GET") << "curl https://x/v1/track"
                         << "curl.unsupported";
    QTest::addRow("file body") << "curl -d @body.json https://x/v1/track"
                               << "curl.unsupported";
    QTest::addRow("form") << "curl -F a=b https://x/v1/track"
                          << "curl.unsupported";
    QTest::addRow("unclosed quote") << "curl -d '{} https://x/v1/track"
                                    << "curl.quote";
    QTest::addRow("not an endpoint") << "curl -d '{}' https://x/v1/other"
                                     << "curl.unsupported";
    QTest::addRow("not JSON") << "curl -d 'a=b' https://x/v1/track"
                              << "curl.body";
}

void TestInterchange::curlRefusals()
{
    QFETCH(QString, command);
    QFETCH(QString, code);
    Result<CurlImport> imported = importCurlCommand(command);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, code);
}

void TestInterchange::snippets()
{
    Result<Payload> payload = Payload::fromText(
        R"({"batch":[{"type":"track","userId":"u'1","event":"E","timestamp":"2024-01-02T03:04:05.000Z","properties":{"ok":true,"n":null}}],"context":{"ip":"1.2.3.4"}})");
    QVERIFY(payload.ok());
    SnippetTarget target;
    target.baseUrl = QStringLiteral("http://127.0.0.1:8080/v1");

    // curl: back in through the importer, the same call.
    const QString curl = curlSnippet(payload.value(), target);
    Result<CurlImport> back = importCurlCommand(curl);
    QVERIFY2(back.ok(), qPrintable(curl));
    QCOMPARE(Payload(back->request.type, *back->request.body).toWire(), payload.value().toWire());
    QCOMPARE(back->request.target.baseUrl, target.baseUrl);
    QCOMPARE(back->request.auth.username, QStringLiteral("{{CDP_API_KEY}}"));
    QVERIFY(back->secrets.isEmpty());
    QVERIFY(curl.contains(QStringLiteral("X-Strict-Mode: 1")));

    const QString httpie = httpieSnippet(payload.value(), target);
    QVERIFY(httpie.startsWith(
        QStringLiteral("http --auth \"$CDP_API_KEY:\" POST http://127.0.0.1:8080/v1/batch")));

    const QString node = nodeSnippet(payload.value(), target);
    QVERIFY(node.contains(QStringLiteral("require('@customerio/cdp-analytics-node')")));
    QVERIFY(node.contains(QStringLiteral("writeKey: process.env.CDP_API_KEY")));
    QVERIFY(node.contains(QStringLiteral("host: 'http://127.0.0.1:8080'")));
    QVERIFY(node.contains(QStringLiteral("analytics.track({")));
    QVERIFY(node.contains(QStringLiteral("\"ip\": \"1.2.3.4\""))); // the batch's context, on its call

    const QString python = pythonSnippet(payload.value(), target);
    QVERIFY(python.contains(QStringLiteral("from customerio import analytics")));
    QVERIFY(python.contains(QStringLiteral("analytics.write_key = os.environ[\"CDP_API_KEY\"]")));
    QVERIFY(python.contains(QStringLiteral("user_id=\"u'1\"")));
    QVERIFY(python.contains(QStringLiteral("\"ok\": True")));
    QVERIFY(python.contains(QStringLiteral("\"n\": None")));
    QVERIFY(python.contains(
        QStringLiteral("timestamp=datetime.fromisoformat(\"2024-01-02T03:04:05.000+00:00\")")));
}

// The one import for ewb and the window: into a new or empty folder only, written beside it and
// renamed into place, so no half-written collection is ever where the user asked for one.
void TestInterchange::importIsAllOrNothing()
{
    const QString fixture = test::sharedPath(
        QStringLiteral("fixtures/postman/customer-io-pipelines-api.postman_collection.json"));
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    Result<PostmanImport> imported = importPostmanFile(fixture, empty);
    QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
    QVERIFY(QFileInfo::exists(empty + QStringLiteral("/collection.json")));
    QCOMPARE(loadCollection(empty)->collection.requestCount(), 7);
    // Nothing left beside it: the staging folder was renamed, not copied.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList({QStringLiteral("empty")}));

    // A folder that holds anything is refused before the file is even read.
    const QString project = dir.filePath(QStringLiteral("project"));
    QVERIFY(writeFileAtomically(project + QStringLiteral("/package.json"), "{}").ok());
    Result<PostmanImport> refused = importPostmanFile(fixture, project);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("collection.folder-not-empty"));
    QCOMPARE(QDir(project).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList({QStringLiteral("package.json")}));

    // A file that is not a collection leaves nothing behind, not even the new folder's staging.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFileAtomically(broken, "{\"info\": ").ok());
    QVERIFY(!importPostmanFile(broken, dir.filePath(QStringLiteral("new"))).ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new"))));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 3);
}

// An import killed half way (kill -9) left its hidden staging folder beside the target for good.
// The next import into that target removes the ones whose process is gone, and nothing else.
void TestInterchange::aKilledImportsLeftoversGo()
{
    const QString fixture = test::sharedPath(
        QStringLiteral("fixtures/postman/customer-io-pipelines-api.postman_collection.json"));
    QTemporaryDir dir;
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished(10000));
    const QString deadPid = QString::number(gone.processId() ? gone.processId() : 999999999);
    const QString killed = dir.filePath(QStringLiteral(".new.importing-%1-0badf00d").arg(deadPid));
    QVERIFY(writeFileAtomically(killed + QStringLiteral("/requests/half.json"), "{\"na").ok());
    const QString running =
        dir.filePath(QStringLiteral(".new.importing-%1-c0ffee00").arg(QCoreApplication::applicationPid()));
    QVERIFY(writeFileAtomically(running + QStringLiteral("/collection.json"), "{}").ok());
    const QString otherTarget = dir.filePath(QStringLiteral(".other.importing-%1-12345678").arg(deadPid));
    QVERIFY(writeFileAtomically(otherTarget + QStringLiteral("/collection.json"), "{}").ok());
    const QString notOurs = dir.filePath(QStringLiteral(".new.importing-notes"));
    QVERIFY(writeFileAtomically(notOurs + QStringLiteral("/mine.txt"), "keep").ok());

    Result<PostmanImport> imported = importPostmanFile(fixture, dir.filePath(QStringLiteral("new")));
    QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
    QVERIFY(!QFileInfo::exists(killed));
    QVERIFY(QFileInfo::exists(running)); // an import still writing
    QVERIFY(QFileInfo::exists(otherTarget)); // another target's: its own next import clears it
    QVERIFY(QFileInfo::exists(notOurs + QStringLiteral("/mine.txt")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 4);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"
