// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "clirunner.h"
#include "collections/collection.h"
#include "json/jsonparser.h"
#include "sandboxprocess.h"
#include "support/testpaths.h"
#include "variables/environment.h"
#include "variables/secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;
using namespace ewb::test;

// The real Postman collection for this API (shared/fixtures), imported with `ewb import`, sent
// request by request with `ewb send FILE --env`, then exported with `ewb export` and run by newman,
// Postman's own runner, all against `ewb sandbox` over loopback.
class TestCliSavedRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sendEverySavedRequestWithAnEnvironment();
    void newmanRunsTheExportedCollection();
    void unresolvedVariableIsNeverSent();
    void aSecretInTheBodyNeverReachesTheHistory();

private:
    QProcessEnvironment env() const;
    QStringList requestFiles() const;
    // The files ewb wrote in its data folder (history, environments) that hold bytes.
    QStringList dataFilesHolding(const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    const QString m_key = QStringLiteral("sk-saved-requests-4c1e9a");
};

QProcessEnvironment TestCliSavedRequests::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("EWB_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    e.remove(QStringLiteral("EWB_API_KEY"));
    return e;
}

void TestCliSavedRequests::initTestCase()
{
    QVERIFY(m_sandbox.start({m_key}));

    const CliRun import = runEwb(
        {QStringLiteral("import"), QStringLiteral("postman"),
            sharedPath(QStringLiteral("fixtures/postman/customer-io-pipelines-api.postman_collection.json")),
            QStringLiteral("--into"), m_dir.filePath(QStringLiteral("collection"))},
        {}, env());
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QCOMPARE(requestFiles().size(), 7);

    // The fixture's variables: {{baseUrl}} and Basic auth {{basicAuthUsername}}/{{basicAuthPassword}}.
    Environment local = Environment::create(QStringLiteral("local"));
    local.variables.push_back({QStringLiteral("baseUrl"), m_sandbox.baseUrl(), false});
    // The key is a secret variable: its value goes to the OS keychain, the file names it only.
    local.variables.push_back({QStringLiteral("basicAuthUsername"), QString(), true});
    local.variables.push_back({QStringLiteral("basicAuthPassword"), QString(), false});
    EnvironmentStore environments(environmentsFolder(m_dir.filePath(QStringLiteral("data"))));
    QVERIFY(environments.save(local).ok());
    std::unique_ptr<KeyStore> keychain = makeVariableKeychain();
    SecretStore secrets(*keychain);
    QVERIFY(secrets.writeAndWait(local.secretScope(), QStringLiteral("basicAuthUsername"), m_key).ok());
}

void TestCliSavedRequests::cleanupTestCase()
{
    QVERIFY(m_sandbox.stop());
}

QStringList TestCliSavedRequests::requestFiles() const
{
    QStringList files;
    QDirIterator it(m_dir.filePath(QStringLiteral("collection")), {QStringLiteral("*.json")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("/collection.json")) &&
            !path.endsWith(QLatin1String("/folder.json")))
            files.append(path);
    }
    files.sort();
    return files;
}

QStringList TestCliSavedRequests::dataFilesHolding(const QByteArray &bytes) const
{
    QStringList holding;
    QDirIterator it(m_dir.filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly) || f.readAll().contains(bytes))
            holding.append(f.fileName());
    }
    return holding;
}

void TestCliSavedRequests::sendEverySavedRequestWithAnEnvironment()
{
    m_sandbox.clear();
    // The fixture's batch is a placeholder ({"type": "<string>"} twice): the API would drop it,
    // so ewb refuses to send it and says why. Fixed as a user would, it goes.
    const QString batchFile =
        m_dir.filePath(QStringLiteral("collection/batch/send-a-batch-of-api-calls.json"));
    const CliRun refused = runEwb(
        {QStringLiteral("send"), batchFile, QStringLiteral("--env"), QStringLiteral("local")}, {}, env());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("is not a call type"), refused.err.constData());
    QByteArray batch = readFileOrFail(batchFile);
    const QByteArray placeholder = "\"type\": \"<string>\"";
    QCOMPARE(batch.count(placeholder), qsizetype(2));
    batch.replace(batch.indexOf(placeholder), placeholder.size(),
        R"("type": "identify", "userId": "u-1", "traits": {"email": "ada@example.com"})");
    batch.replace(batch.indexOf(placeholder), placeholder.size(),
        R"("type": "track", "userId": "u-1", "event": "Signed Up")");
    QFile out(batchFile);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(batch);
    out.close();
    QCOMPARE(m_sandbox.stats().value(u"requests").numberLiteral(), QStringLiteral("0"));

    for (const QString &file : requestFiles()) {
        const CliRun run = runEwb(
            {QStringLiteral("send"), file, QStringLiteral("--env"), QStringLiteral("local")}, {}, env());
        QVERIFY2(
            run.exitCode == 0, qPrintable(file + QLatin1Char('\n') + QString::fromUtf8(run.out + run.err)));
        QVERIFY(!run.out.contains(m_key.toUtf8()));
        QVERIFY(!run.err.contains(m_key.toUtf8()));
    }
    // Every call arrived with the right key: a wrong one is refused (401, strict) and recorded dropped.
    const JsonObject stats = m_sandbox.stats();
    QCOMPARE(stats.value(u"requests").numberLiteral(), QStringLiteral("7"));
    QCOMPARE(stats.value(u"dropped").numberLiteral(), QStringLiteral("0"));
    // The history keeps every send, without the key.
    QCOMPARE(dataFilesHolding(m_key.toUtf8()), QStringList());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/history.sqlite"))));
}

void TestCliSavedRequests::newmanRunsTheExportedCollection()
{
    const QString newman = sourcePath(QStringLiteral("tests/interop/node_modules/.bin/newman"));
    QVERIFY2(QFile::exists(newman), "run scripts/install-node-clients.sh (the README's test command does)");
    const QString exported = m_dir.filePath(QStringLiteral("export.postman_collection.json"));
    const CliRun run =
        runEwb({QStringLiteral("export"), QStringLiteral("postman"),
                   m_dir.filePath(QStringLiteral("collection")), QStringLiteral("--out"), exported},
            {}, env());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!readFileOrFail(exported).contains(m_key.toUtf8()));

    m_sandbox.clear();
    const QString report = m_dir.filePath(QStringLiteral("newman-report.json"));
    QProcess process;
    process.start(newman,
        {QStringLiteral("run"), exported, QStringLiteral("--env-var"),
            QStringLiteral("baseUrl=") + m_sandbox.baseUrl(), QStringLiteral("--env-var"),
            QStringLiteral("basicAuthUsername=") + m_key, QStringLiteral("--env-var"),
            QStringLiteral("basicAuthPassword="), QStringLiteral("--reporters"), QStringLiteral("json"),
            QStringLiteral("--reporter-json-export"), report});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    Result<JsonValue> doc = parseJson(readFileOrFail(report));
    QVERIFY(doc.ok());
    const JsonArray &executions = doc->object().value(u"run").object().value(u"executions").array();
    QCOMPARE(executions.size(), size_t(7));
    for (const JsonValue &execution : executions)
        QCOMPARE(execution.object().value(u"response").object().value(u"code").numberLiteral(),
            QStringLiteral("200"));
    // 200 alone proves little (the API answers 200 to a wrong key when not strict): every call must
    // have been accepted, which needs the right key.
    const JsonObject stats = m_sandbox.stats();
    QCOMPARE(stats.value(u"requests").numberLiteral(), QStringLiteral("7"));
    QCOMPARE(stats.value(u"dropped").numberLiteral(), QStringLiteral("0"));
}

void TestCliSavedRequests::unresolvedVariableIsNeverSent()
{
    m_sandbox.clear();
    // No environment: {{baseUrl}} and {{basicAuthUsername}} stay unresolved.
    const CliRun run = runEwb({QStringLiteral("send"), requestFiles().first(), QStringLiteral("--region"),
                                  m_sandbox.baseUrl(), QStringLiteral("--force")},
        {}, env());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not sent"), run.err.constData());
    QCOMPARE(m_sandbox.stats().value(u"requests").numberLiteral(), QStringLiteral("0"));
}

// Issue 8, item 5: ewb send wrote a secret variable's resolved value into history.sqlite.
void TestCliSavedRequests::aSecretInTheBodyNeverReachesTheHistory()
{
    m_sandbox.clear();
    const QString secret = QStringLiteral("tok-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Environment secretive = Environment::create(QStringLiteral("secretive"));
    secretive.variables.push_back({QStringLiteral("baseUrl"), m_sandbox.baseUrl(), false});
    secretive.variables.push_back({QStringLiteral("basicAuthUsername"), QString(), true});
    secretive.variables.push_back({QStringLiteral("basicAuthPassword"), QString(), false});
    secretive.variables.push_back({QStringLiteral("pushToken"), QString(), true});
    EnvironmentStore environments(environmentsFolder(m_dir.filePath(QStringLiteral("data"))));
    QVERIFY(environments.save(secretive).ok());
    std::unique_ptr<KeyStore> keychain = makeVariableKeychain();
    SecretStore secrets(*keychain);
    QVERIFY(secrets.writeAndWait(secretive.secretScope(), QStringLiteral("basicAuthUsername"), m_key).ok());
    QVERIFY(secrets.writeAndWait(secretive.secretScope(), QStringLiteral("pushToken"), secret).ok());

    SavedRequest request;
    request.name = QStringLiteral("Device with a secret token");
    request.type = CallType::Track;
    Result<JsonValue> body = parseJson(
        R"({"userId":"u-1","event":"Device Created or Updated","context":{"device":{"token":"{{pushToken}}"}}})");
    QVERIFY(body.ok());
    request.body = body->object();
    request.target.baseUrl = QStringLiteral("{{baseUrl}}");
    const QString file = m_dir.filePath(QStringLiteral("collection/device-secret.json"));
    QVERIFY(saveRequestFile(file, request).ok());
    const CliRun run = runEwb({QStringLiteral("send"), file, QStringLiteral("--env"),
                                  QStringLiteral("secretive"), QStringLiteral("--json")},
        {}, env());
    QFile::remove(file);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // It went out resolved: the sandbox has the token.
    const JsonArray events = m_sandbox.events();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0]
                 .object()
                 .value(u"payload")
                 .object()
                 .value(u"context")
                 .object()
                 .value(u"device")
                 .object()
                 .value(u"token")
                 .toString(),
        secret);
    // But neither what ewb printed nor any file it wrote holds it.
    QVERIFY(!run.out.contains(secret.toUtf8()));
    QVERIFY(!run.err.contains(secret.toUtf8()));
    QCOMPARE(dataFilesHolding(secret.toUtf8()), QStringList());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("data/history.sqlite"))));
}

QTEST_GUILESS_MAIN(TestCliSavedRequests)
#include "tst_cli_savedrequests.moc"
