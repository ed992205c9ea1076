// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/preparedrequest.h"
#include "sources/sessionkeystore.h"
#include "variables/environment.h"
#include "variables/secretstore.h"
#include "variables/variableresolver.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

namespace {
DynamicValues fixedDynamics()
{
    return DynamicValues(42, [] { return QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 6), Qt::UTC); });
}
} // namespace

class TestVariables : public QObject
{
    Q_OBJECT

private slots:
    void resolvesText_data();
    void resolvesText();
    void reportsWhereAVariableIsMissing();
    void expansionIsBounded();
    void dynamicValues_data();
    void dynamicValues();
    void secretsAreMaskedForDisplay();
    void environmentsAreFilesWithoutSecretValues();
    void secretStoreKeepsValuesOutOfFiles();
    void preparedRequestTakesTheInnermostAuth();
    void bodyTextIsParsedAfterResolution();
};

void TestVariables::resolvesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("problems");
    QTest::addRow("none") << "plain"
                          << "plain" << 0;
    QTest::addRow("one") << "{{user}}"
                         << "u-1" << 0;
    QTest::addRow("environment wins") << "{{plan}}"
                                      << "pro" << 0;
    QTest::addRow("embedded") << "id-{{user}}-x"
                              << "id-u-1-x" << 0;
    QTest::addRow("nested") << "{{greeting}}"
                            << "hello u-1" << 0;
    QTest::addRow("unknown stays") << "a{{nope}}b"
                                   << "a{{nope}}b" << 1;
    QTest::addRow("unclosed") << "{{user"
                              << "{{user" << 0;
    QTest::addRow("triple braces") << "{{{user}}}"
                                   << "{u-1}" << 0;
    QTest::addRow("unknown dynamic") << "{{$nope}}"
                                     << "{{$nope}}" << 1;
    QTest::addRow("loop is cut") << "{{loop}}"
                                 << "{{loop}}" << 0;
}

void TestVariables::resolvesText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, problems);
    const Variables environment = {{QStringLiteral("plan"), QStringLiteral("pro"), false}};
    const Variables collection = {{QStringLiteral("user"), QStringLiteral("u-1"), false},
        {QStringLiteral("plan"), QStringLiteral("free"), false},
        {QStringLiteral("greeting"), QStringLiteral("hello {{user}}"), false},
        {QStringLiteral("loop"), QStringLiteral("{{loop}}"), false}};
    DynamicValues dynamic = fixedDynamics();
    VariableResolver resolver(&dynamic);
    resolver.addScope(QStringLiteral("environment"), &environment);
    resolver.addScope(QStringLiteral("the collection"), &collection);
    Diagnostics diagnostics;
    QCOMPARE(resolver.resolveText(text, QString(), diagnostics), expected);
    QCOMPARE(diagnostics.size(), problems);
}

void TestVariables::reportsWhereAVariableIsMissing()
{
    Result<Payload> p = Payload::fromText(R"({"userId":"{{user}}","batch":[{"traits":{"a/b":"{{x}}"}}]})");
    QVERIFY(p.ok());
    const Variables none;
    VariableResolver resolver;
    resolver.addScope(QStringLiteral("the collection"), &none);
    Diagnostics diagnostics;
    resolver.resolveObject(p->body(), QString(), diagnostics);
    QCOMPARE(diagnostics.size(), 2);
    QCOMPARE(diagnostics[0].pointer, QStringLiteral("/userId"));
    QCOMPARE(diagnostics[0].code, QStringLiteral("variable.unresolved"));
    QCOMPARE(diagnostics[1].pointer, QStringLiteral("/batch/0/traits/a~1b"));
    QVERIFY(diagnostics[1].message.contains(QStringLiteral("{{x}}")));
}

// Issue 9: values that refer to each other several times over (a 1.3 KB collection.json)
// aborted ewb send with bad_alloc.
void TestVariables::expansionIsBounded()
{
    Variables scope = {{QStringLiteral("v0"), QString(100, u'x'), false}};
    for (int level = 1; level < 8; ++level)
        scope.push_back(
            {QStringLiteral("v%1").arg(level), QStringLiteral("{{v%1}}").arg(level - 1).repeated(10), false});
    VariableResolver resolver;
    resolver.addScope(QStringLiteral("the collection"), &scope);
    Diagnostics diagnostics;
    const QString out = resolver.resolveText(u"{{v7}}", QStringLiteral("/event"), diagnostics);
    QVERIFY(out.size() <= 9 * 1024 * 1024);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().code, QStringLiteral("variable.too-large"));
    QCOMPARE(diagnostics.first().pointer, QStringLiteral("/event"));
}

void TestVariables::dynamicValues_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern");
    QTest::addRow("guid") << "$guid"
                          << "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";
    QTest::addRow("randomUUID") << "$randomUUID"
                                << "^[0-9a-f-]{36}$";
    QTest::addRow("timestamp") << "$timestamp"
                               << "^1704164645$";
    QTest::addRow("isoTimestamp") << "$isoTimestamp"
                                  << "^2024-01-02T03:04:05\\.006Z$";
    QTest::addRow("randomInt") << "$randomInt"
                               << "^\\d{1,4}$";
    QTest::addRow("randomEmail") << "$randomEmail"
                                 << "^[a-z.-]+\\d*@example\\.(com|org|net)$";
    QTest::addRow("randomFirstName") << "$randomFirstName"
                                     << "^[A-Z][a-z]+$";
    QTest::addRow("randomIP") << "$randomIP"
                              << "^\\d+\\.\\d+\\.\\d+\\.\\d+$";
    QTest::addRow("randomBoolean") << "$randomBoolean"
                                   << "^(true|false)$";
}

void TestVariables::dynamicValues()
{
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    DynamicValues dynamic = fixedDynamics();
    const std::optional<QString> value = dynamic.value(name);
    QVERIFY(value.has_value());
    QVERIFY2(QRegularExpression(pattern).match(*value).hasMatch(), qPrintable(*value));
    QVERIFY(DynamicValues::names().contains(name));
    // Every occurrence is new, as in Postman; the same seed gives the same values.
    DynamicValues again = fixedDynamics();
    QCOMPARE(again.value(name), value);
}

void TestVariables::secretsAreMaskedForDisplay()
{
    const Variables vars = {{QStringLiteral("key"), QStringLiteral("s3cr3t-value"), true},
        {QStringLiteral("empty"), QString(), true}};
    Diagnostics diagnostics;
    VariableResolver masked(nullptr, VariableResolver::Secrets::Mask);
    masked.addScope(QStringLiteral("env"), &vars);
    QCOMPARE(masked.resolveText(u"k={{key}}", QString(), diagnostics), QStringLiteral("k=") + maskedSecret());
    QVERIFY(masked.usedSecret());
    QVERIFY(diagnostics.isEmpty());
    masked.resolveText(u"{{empty}}", QString(), diagnostics);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].code, QStringLiteral("variable.secret-missing"));
    VariableResolver revealed;
    revealed.addScope(QStringLiteral("env"), &vars);
    QCOMPARE(revealed.resolveText(u"{{key}}", QString(), diagnostics), QStringLiteral("s3cr3t-value"));
}

void TestVariables::environmentsAreFilesWithoutSecretValues()
{
    QTemporaryDir dir;
    EnvironmentStore store(dir.path());
    Environment env = Environment::create(QStringLiteral("Sandbox"));
    env.variables = {{QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:1/v1"), false},
        {QStringLiteral("write_key"), QStringLiteral("never-in-a-file"), true}};
    QVERIFY(store.save(env).ok());
    QVERIFY(store.setActiveName(QStringLiteral("Sandbox")).ok());
    QCOMPARE(store.activeName(), QStringLiteral("Sandbox"));
    Result<Environment> loaded = store.load(u"sandbox");
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->id, env.id);
    QCOMPARE(loaded->variables.size(), size_t(2));
    QVERIFY(loaded->variables[1].secret);
    QVERIFY(loaded->variables[1].value.isEmpty());
    QVERIFY(!env.toFileBytes().contains("never-in-a-file"));
    // A rename keeps the same file; a second environment of the same name is refused.
    env.name = QStringLiteral("Local sandbox");
    QVERIFY(store.save(env).ok());
    QCOMPARE(store.list().size(), size_t(1));
    Environment clash = Environment::create(QStringLiteral("local SANDBOX"));
    QCOMPARE(store.save(clash).error().code, QStringLiteral("environment.duplicate"));
    QCOMPARE(store.load(u"nope").error().code, QStringLiteral("environment.unknown"));
}

void TestVariables::secretStoreKeepsValuesOutOfFiles()
{
    SessionKeyStore keys;
    SecretStore secrets(keys);
    const QString scope = QStringLiteral("environment:1");
    QVERIFY(secrets.writeAndWait(scope, QStringLiteral("write_key"), QStringLiteral("abc")).ok());
    QVERIFY(SecretStore::secretId(scope, QStringLiteral("write_key")) !=
        SecretStore::secretId(QStringLiteral("environment:2"), QStringLiteral("write_key")));
    Variables vars = {
        {QStringLiteral("write_key"), QString(), true}, {QStringLiteral("other"), QString(), true}};
    QVERIFY(secrets.fillSecretsAndWait(scope, vars).ok());
    QCOMPARE(vars[0].value, QStringLiteral("abc"));
    QVERIFY(vars[1].value.isEmpty()); // not in the keychain: reported where used
    QVERIFY(!variablesToJson(vars).value(u"write_key").object().contains(u"value"));
}

void TestVariables::preparedRequestTakesTheInnermostAuth()
{
    Collection c = Collection::create(QStringLiteral("c"));
    c.variables = {{QStringLiteral("baseUrl"), QStringLiteral("http://collection/v1"), false},
        {QStringLiteral("key"), QStringLiteral("collection-key"), false}};
    c.auth = Auth::basic(QStringLiteral("{{key}}"));
    Environment env = Environment::create(QStringLiteral("e"));
    env.variables = {{QStringLiteral("baseUrl"), QStringLiteral("http://env/v1"), false},
        {QStringLiteral("folderKey"), QStringLiteral("folder-key"), true}};
    const FolderInfo folder {QStringLiteral("f"), {}, Auth::basic(QStringLiteral("{{folderKey}}"))};
    SavedRequest r;
    r.type = CallType::Track;
    r.body = Payload::fromText(R"({"userId":"{{$guid}}","event":"E"})", CallType::Track)->body();
    r.target.baseUrl = QStringLiteral("{{baseUrl}}");
    DynamicValues dynamic = fixedDynamics();

    RequestScope scope {&c, {&folder}, &env};
    PreparedRequest p = prepareRequest(r, scope, dynamic);
    QVERIFY(p.diagnostics.isEmpty());
    QCOMPARE(p.target.baseUrl, QStringLiteral("http://env/v1"));
    QCOMPARE(p.key(), QStringLiteral("folder-key"));
    QVERIFY(p.usedSecret);
    QCOMPARE(p.payload->userId().size(), 36);

    scope.folders.clear();
    QCOMPARE(prepareRequest(r, scope, dynamic).key(), QStringLiteral("collection-key"));
    r.auth = Auth {Auth::Kind::None, {}, {}};
    QCOMPARE(prepareRequest(r, scope, dynamic).auth.kind, Auth::Kind::None);
}

void TestVariables::bodyTextIsParsedAfterResolution()
{
    const Variables vars = {{QStringLiteral("count"), QStringLiteral("3"), false}};
    Collection c;
    c.variables = vars;
    SavedRequest r;
    r.setBodyText(QStringLiteral("{\"userId\":\"u\",\"event\":\"E\",\"properties\":{\"n\":{{count}}}}"));
    QVERIFY(!r.body);
    DynamicValues dynamic = fixedDynamics();
    PreparedRequest p = prepareRequest(r, RequestScope {&c, {}, nullptr}, dynamic);
    QVERIFY(p.payload);
    QCOMPARE(p.payload->toWire(), QByteArray(R"({"userId":"u","event":"E","properties":{"n":3}})"));
    c.variables.clear();
    p = prepareRequest(r, RequestScope {&c, {}, nullptr}, dynamic);
    QVERIFY(!p.payload);
    QCOMPARE(p.diagnostics.size(), 2); // the missing variable, then the body that is not JSON
    QCOMPARE(p.diagnostics[1].code, QStringLiteral("request.body-json"));
}

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
