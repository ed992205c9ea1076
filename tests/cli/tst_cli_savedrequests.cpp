#include "clirunner.h"
#include "json/jsonparser.h"
#include "support/testpaths.h"
#include "variables/environment.h"
#include "variables/secretstore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

private:
    QProcessEnvironment env() const;
    JsonValue sandboxGet(const QString &path);
    void sandboxClear();
    QStringList requestFiles() const;

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_baseUrl;
    QNetworkAccessManager m_manager;
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
    m_sandbox.start(QStringLiteral(EWB_CLI_PATH), {QStringLiteral("sandbox"), QStringLiteral("--key"), m_key});
    QVERIFY(m_sandbox.waitForStarted());
    QVERIFY(m_sandbox.waitForReadyRead(10000));
    m_baseUrl = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    QVERIFY(m_baseUrl.endsWith(QStringLiteral("/v1")));

    const CliRun import = runEwb({QStringLiteral("import"), QStringLiteral("postman"),
                                  sharedPath(QStringLiteral("fixtures/postman/customer-io-pipelines-api.postman_collection.json")),
                                  QStringLiteral("--into"), m_dir.filePath(QStringLiteral("collection"))},
                                 {}, env());
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QCOMPARE(requestFiles().size(), 7);

    // The fixture's variables: {{baseUrl}} and Basic auth {{basicAuthUsername}}/{{basicAuthPassword}}.
    Environment local = Environment::create(QStringLiteral("local"));
    local.variables.push_back({QStringLiteral("baseUrl"), m_baseUrl, false});
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
    m_sandbox.terminate();
    QVERIFY(m_sandbox.waitForFinished(10000));
}

QStringList TestCliSavedRequests::requestFiles() const
{
    QStringList files;
    QDirIterator it(m_dir.filePath(QStringLiteral("collection")), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String("/collection.json")) && !path.endsWith(QLatin1String("/folder.json")))
            files.append(path);
    }
    files.sort();
    return files;
}

JsonValue TestCliSavedRequests::sandboxGet(const QString &path)
{
    QString root = m_baseUrl;
    root.chop(3);
    QNetworkRequest request{QUrl(root + path)};
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_manager.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    Result<JsonValue> parsed = parseJson(reply->readAll());
    return parsed ? parsed.value() : JsonValue();
}

void TestCliSavedRequests::sandboxClear()
{
    QString root = m_baseUrl;
    root.chop(3);
    QNetworkRequest request{QUrl(root + QStringLiteral("/_sandbox/events"))};
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_manager.deleteResource(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
}

void TestCliSavedRequests::sendEverySavedRequestWithAnEnvironment()
{
    sandboxClear();
    // The fixture's batch is a placeholder ({"type": "<string>"} twice): the API would drop it,
    // so ewb refuses to send it and says why. Fixed as a user would, it goes.
    const QString batchFile = m_dir.filePath(QStringLiteral("collection/batch/send-a-batch-of-api-calls.json"));
    const CliRun refused = runEwb({QStringLiteral("send"), batchFile, QStringLiteral("--env"), QStringLiteral("local")}, {}, env());
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("is not a call type"), refused.err.constData());
    QByteArray batch = readFileOrFail(batchFile);
    const QByteArray placeholder = "\"type\": \"<string>\"";
    QCOMPARE(batch.count(placeholder), qsizetype(2));
    batch.replace(batch.indexOf(placeholder), placeholder.size(),
                  R"("type": "identify", "userId": "u-1", "traits": {"email": "ada@example.com"})");
    batch.replace(batch.indexOf(placeholder), placeholder.size(), R"("type": "track", "userId": "u-1", "event": "Signed Up")");
    QFile out(batchFile);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(batch);
    out.close();
    QCOMPARE(sandboxGet(QStringLiteral("/_sandbox/stats")).object().value(u"requests").numberLiteral(), QStringLiteral("0"));

    for (const QString &file : requestFiles()) {
        const CliRun run = runEwb({QStringLiteral("send"), file, QStringLiteral("--env"), QStringLiteral("local")}, {}, env());
        QVERIFY2(run.exitCode == 0, qPrintable(file + QLatin1Char('\n') + QString::fromUtf8(run.out + run.err)));
        QVERIFY(!run.out.contains(m_key.toUtf8()));
        QVERIFY(!run.err.contains(m_key.toUtf8()));
    }
    // Every call arrived with the right key: a wrong one is refused (401, strict) and recorded dropped.
    const JsonObject stats = sandboxGet(QStringLiteral("/_sandbox/stats")).object();
    QCOMPARE(stats.value(u"requests").numberLiteral(), QStringLiteral("7"));
    QCOMPARE(stats.value(u"dropped").numberLiteral(), QStringLiteral("0"));
    // The history keeps every send, without the key.
    QDirIterator it(m_dir.filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
    bool sawHistory = false;
    while (it.hasNext()) {
        const QString path = it.next();
        sawHistory = sawHistory || path.endsWith(QLatin1String("history.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(m_key.toUtf8()), qPrintable(path));
    }
    QVERIFY(sawHistory);
}

void TestCliSavedRequests::newmanRunsTheExportedCollection()
{
    const QString newman = sourcePath(QStringLiteral("tests/interop/node_modules/.bin/newman"));
    QVERIFY2(QFile::exists(newman), "run scripts/install-node-clients.sh (the README's test command does)");
    const QString exported = m_dir.filePath(QStringLiteral("export.postman_collection.json"));
    const CliRun run = runEwb({QStringLiteral("export"), QStringLiteral("postman"), m_dir.filePath(QStringLiteral("collection")),
                               QStringLiteral("--out"), exported},
                              {}, env());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(!readFileOrFail(exported).contains(m_key.toUtf8()));

    sandboxClear();
    const QString report = m_dir.filePath(QStringLiteral("newman-report.json"));
    QProcess process;
    process.start(newman, {QStringLiteral("run"), exported, QStringLiteral("--env-var"),
                           QStringLiteral("baseUrl=") + m_baseUrl, QStringLiteral("--env-var"),
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
        QCOMPARE(execution.object().value(u"response").object().value(u"code").numberLiteral(), QStringLiteral("200"));
    // 200 alone proves little (the API answers 200 to a wrong key when not strict): every call must
    // have been accepted, which needs the right key.
    const JsonObject stats = sandboxGet(QStringLiteral("/_sandbox/stats")).object();
    QCOMPARE(stats.value(u"requests").numberLiteral(), QStringLiteral("7"));
    QCOMPARE(stats.value(u"dropped").numberLiteral(), QStringLiteral("0"));
}

void TestCliSavedRequests::unresolvedVariableIsNeverSent()
{
    sandboxClear();
    // No environment: {{baseUrl}} and {{basicAuthUsername}} stay unresolved.
    const CliRun run = runEwb({QStringLiteral("send"), requestFiles().first(), QStringLiteral("--region"), m_baseUrl,
                               QStringLiteral("--force")},
                              {}, env());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not sent"), run.err.constData());
    QCOMPARE(sandboxGet(QStringLiteral("/_sandbox/stats")).object().value(u"requests").numberLiteral(), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestCliSavedRequests)
#include "tst_cli_savedrequests.moc"
