// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonmatch.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "json/plainrun.h"
#include "support/testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace ewb;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void compactRoundTrip_data();
    void compactRoundTrip();
    void goldenFiles_data();
    void goldenFiles();
    void errors_data();
    void errors();
    void deepNestingIsRefusedQuickly();
    void escapesLikeJsonStringify_data();
    void escapesLikeJsonStringify();
    void prettyAndSorted();
    void duplicateKeysKeepAllLastWins();
    void numbersKeepTheirText();
    void copiesShareTreesUntilChanged();
    void byteOrderMarksInStringsAreKept_data();
    void byteOrderMarksInStringsAreKept();
    void partialMatch_data();
    void partialMatch();
    void differencesPointWhereTheyAre();
    void sizeCountedAsWritten();
    void plainRunsAreExact();
    void everyUnitAtEveryPlaceOfAWord();
};

void TestJson::compactRoundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addRow("empty object") << QByteArray("{}");
    QTest::addRow("order kept") << QByteArray(R"({"z":1,"a":2,"m":[true,false,null]})");
    QTest::addRow("numbers as written")
        << QByteArray(R"({"a":1.10,"b":-0,"c":1e5,"d":12345678901234567890,"e":2.5E-3})");
    QTest::addRow("unicode raw") << QByteArray(
        "{\"name\":\"J\xc3\xa9r\xc3\xb4me \xe2\x9c\x93 \xf0\x9f\x98\x80\"}");
    QTest::addRow("escapes") << QByteArray(R"({"s":"a\"b\\c\nd\te\u0001\b\f\r"})");
    QTest::addRow("lone surrogate") << QByteArray(R"(["\ud800"])");
    QTest::addRow("node client batch") << QByteArray(
        R"({"batch":[{"timestamp":"2024-01-02T03:04:05.000Z","integrations":{},"event":"Order Completed","type":"track","properties":{"total":12.5},"userId":"u1","context":{"library":{"name":"@customerio/cdp-analytics-node","version":"1.0.0"}},"messageId":"node-next-1795666729990-82810a3d-1a06-4dfc-932d-309f5988b62c","_metadata":{"nodeVersion":"20.20.2","jsRuntime":"node"}}],"sentAt":"2024-01-02T03:04:05.100Z"})");
}

void TestJson::compactRoundTrip()
{
    QFETCH(QByteArray, input);
    Result<JsonValue> parsed = parseJson(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(writeJson(parsed.value()), input);
}

// tests/data/json/*.json: pretty input; *.compact: what the wire form must be, byte for byte.
void TestJson::goldenFiles_data()
{
    QTest::addColumn<QString>("inputPath");
    const QDir dir(test::sourcePath(QStringLiteral("tests/data/json")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

void TestJson::goldenFiles()
{
    QFETCH(QString, inputPath);
    const QByteArray input = test::readFileOrFail(inputPath);
    QString expectedPath = inputPath;
    expectedPath.replace(QStringLiteral(".json"), QStringLiteral(".compact"));
    const QByteArray expected = test::readFileOrFail(expectedPath).trimmed();
    Result<JsonValue> parsed = parseJson(input);
    QVERIFY(parsed.ok());
    QCOMPARE(writeJson(parsed.value()), expected);
    // And the pretty form reads back to the same value.
    Result<JsonValue> again = parseJson(writeJson(parsed.value(), JsonStyle::Pretty));
    QVERIFY(again.ok());
    QVERIFY(again.value() == parsed.value());
}

void TestJson::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("empty") << QByteArray() << "json.empty" << 1 << 1;
    QTest::addRow("blank") << QByteArray(" \n ") << "json.empty" << 2 << 2;
    QTest::addRow("missing comma") << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << "json.syntax" << 3 << 3;
    QTest::addRow("trailing comma") << QByteArray("{\"a\":1,}") << "json.syntax" << 1 << 8;
    QTest::addRow("array trailing comma") << QByteArray("[1,]") << "json.syntax" << 1 << 4;
    QTest::addRow("single quotes") << QByteArray("{'a':1}") << "json.syntax" << 1 << 2;
    QTest::addRow("unterminated string") << QByteArray("{\"a\":\"abc") << "json.truncated" << 1 << 6;
    QTest::addRow("truncated object") << QByteArray("{\"a\":1") << "json.truncated" << 1 << 7;
    QTest::addRow("trailing text") << QByteArray("{} {}") << "json.trailing" << 1 << 4;
    QTest::addRow("leading zero") << QByteArray("[01]") << "json.syntax" << 1 << 2;
    QTest::addRow("bad escape") << QByteArray(R"(["\x"])") << "json.syntax" << 1 << 3;
    QTest::addRow("raw newline in string") << QByteArray("[\"a\nb\"]") << "json.syntax" << 1 << 4;
    QTest::addRow("latin-1 byte") << QByteArray("{\"name\":\"J\xe9r\xf4me\"}") << "json.utf8" << 1 << 11;
    QTest::addRow("overlong utf-8") << QByteArray("[\"\xc0\xaf\"]") << "json.utf8" << 1 << 3;
    QTest::addRow("utf-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << "json.utf8" << 1 << 3;
    QTest::addRow("truncated utf-8") << QByteArray("[\"\xe2\x9c\"]") << "json.utf8" << 1 << 3;
    QTest::addRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << "json.bom" << 1 << 1;
    QTest::addRow("NaN") << QByteArray("[NaN]") << "json.syntax" << 1 << 2;
    QTest::addRow("column counts characters")
        << QByteArray("{\"\xc3\xa9\xc3\xa9\": tru}") << "json.syntax" << 1 << 8;
}

void TestJson::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    JsonSyntaxError where;
    Result<JsonValue> parsed = parseJson(input, {}, &where);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QCOMPARE(where.line, line);
    QCOMPARE(where.column, column);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)),
        qPrintable(parsed.error().message));
}

void TestJson::deepNestingIsRefusedQuickly()
{
    // 10,000 levels: a recursive reader without a limit would overflow its stack.
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    Result<JsonValue> parsed = parseJson(deep);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("json.depth"));
    const QByteArray deepObjects = QByteArray("{\"a\":").repeated(10000) + "1" + QByteArray(10000, '}');
    QCOMPARE(parseJson(deepObjects).error().code, QStringLiteral("json.depth"));
    // At the limit itself it still parses.
    const QByteArray atLimit = QByteArray(256, '[') + QByteArray(256, ']');
    QVERIFY(parseJson(atLimit).ok());
}

void TestJson::escapesLikeJsonStringify_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    // Expected values are what Node's JSON.stringify prints for the same strings.
    QTest::addRow("quote and backslash") << QStringLiteral("a\"b\\") << QByteArray(R"("a\"b\\")");
    QTest::addRow("slash kept") << QStringLiteral("a/b") << QByteArray(R"("a/b")");
    QTest::addRow("controls") << (QString(QChar(0)) + QChar(0x1f) + QChar(0x7f))
                              << QByteArray("\"\\u0000\\u001f\x7f\"");
    QTest::addRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray(R"("\b\f\n\r\t")");
    QTest::addRow("non-ascii raw") << QString::fromUtf16(u"\u00e9\u2028")
                                   << QByteArray("\"\xc3\xa9\xe2\x80\xa8\"");
    QTest::addRow("astral raw") << QString::fromUtf16(u"\U0001F600") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::addRow("lone low surrogate") << QString(QChar(0xdc00)) << QByteArray(R"("\udc00")");
    // The plain-ASCII path stops at the first unit that needs more, anywhere in the string.
    QTest::addRow("plain") << QStringLiteral("Order Completed") << QByteArray(R"("Order Completed")");
    QTest::addRow("empty") << QString() << QByteArray(R"("")");
    QTest::addRow("quote last") << QStringLiteral("abc\"") << QByteArray(R"("abc\"")");
    QTest::addRow("newline in the middle") << QStringLiteral("ab\ncd") << QByteArray(R"("ab\ncd")");
    QTest::addRow("non-ascii after plain")
        << QString::fromUtf16(u"caf\u00e9 \U0001F600!") << QByteArray("\"caf\xc3\xa9 \xf0\x9f\x98\x80!\"");
    QTest::addRow("long plain, escape last")
        << (QString(300, u'x') + QChar(0x01)) << (QByteArray(1, '"') + QByteArray(300, 'x') + "\\u0001\"");
}

void TestJson::escapesLikeJsonStringify()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(writeJson(JsonValue(text)), expected);
}

void TestJson::prettyAndSorted()
{
    Result<JsonValue> parsed = parseJson(R"({"b":[1,{}],"a":{"y":[],"x":"s"}})");
    QVERIFY(parsed.ok());
    QCOMPARE(writeJson(parsed.value(), JsonStyle::Pretty, KeyOrder::Sorted),
        QByteArray(
            "{\n  \"a\": {\n    \"x\": \"s\",\n    \"y\": []\n  },\n  \"b\": [\n    1,\n    {}\n  ]\n}"));
}

void TestJson::duplicateKeysKeepAllLastWins()
{
    Result<JsonValue> parsed = parseJson(R"({"a":1,"a":2})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->object().value(u"a").numberLiteral(), QStringLiteral("2"));
    QCOMPARE(writeJson(parsed.value()), QByteArray(R"({"a":1,"a":2})"));
}

void TestJson::numbersKeepTheirText()
{
    QCOMPARE(writeJson(JsonValue(0.1)), QByteArray("0.1"));
    QCOMPARE(writeJson(JsonValue(12.5)), QByteArray("12.5"));
    QCOMPARE(writeJson(JsonValue(qint64(9007199254740993))), QByteArray("9007199254740993"));
    QCOMPARE(writeJson(JsonValue(std::numeric_limits<double>::quiet_NaN())), QByteArray("null"));
    Result<JsonValue> big = parseJson("123456789012345678901234567890");
    QVERIFY(big.ok());
    QCOMPARE(writeJson(big.value()), QByteArray("123456789012345678901234567890"));
}

// Found by fuzz_json: QString::fromUtf8 skipped a U+FEFF at the start of a string's run, so
// "\ufeffb" came back as "b" after a write and a parse.
void TestJson::byteOrderMarksInStringsAreKept_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QString bom(QChar(0xFEFF));
    QTest::addRow("escaped") << QByteArray(R"(["\ufeffb"])") << bom + QStringLiteral("b");
    QTest::addRow("raw, first") << QByteArray("[\"\xEF\xBB\xBF"
                                              "b\"]")
                                << bom + QStringLiteral("b");
    QTest::addRow("raw, after an escape") << QByteArray("[\"\\n\xEF\xBB\xBF"
                                                        "b\"]")
                                          << QStringLiteral("\n") + bom + QStringLiteral("b");
    QTest::addRow("two") << QByteArray("[\"\xEF\xBB\xBF\xEF\xBB\xBF\"]") << bom + bom;
}

void TestJson::byteOrderMarksInStringsAreKept()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Result<JsonValue> parsed = parseJson(json);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->array().front().toString(), expected);
    Result<JsonValue> again = parseJson(writeJson(parsed.value()));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), parsed.value());
}

// Undo steps and snapshots of a 3 MB batch must not hold a deep copy each (issue 8, item 7).
void TestJson::copiesShareTreesUntilChanged()
{
    Result<JsonValue> parsed =
        parseJson(R"({"batch":[{"type":"track","event":"a"},{"type":"track","event":"b"}]})");
    QVERIFY(parsed.ok());
    const JsonValue original = parsed.value();
    JsonValue copy = original;
    QVERIFY(copy.sharesDataWith(original));
    QVERIFY(copy.object().value(u"batch").sharesDataWith(original.object().value(u"batch")));

    // Changing the second call copies the path to it; the first call stays shared.
    JsonArray &calls = copy.object().find(u"batch")->array();
    calls[1].object().insert(QStringLiteral("event"), QStringLiteral("changed"));
    const JsonArray &before = original.object().value(u"batch").array();
    const JsonArray &after = copy.object().value(u"batch").array();
    QVERIFY(!copy.sharesDataWith(original));
    QVERIFY(after[0].sharesDataWith(before[0]));
    QVERIFY(!after[1].sharesDataWith(before[1]));
    QCOMPARE(before[1].object().value(u"event").toString(), QStringLiteral("b"));
    QCOMPARE(after[1].object().value(u"event").toString(), QStringLiteral("changed"));
    QVERIFY(!(copy == original));
}

void TestJson::partialMatch_data()
{
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<bool>("equivalent");
    QTest::addRow("more members") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"b":2})") << true
                                  << false;
    QTest::addRow("nested") << QByteArray(R"({"p":{"t":12.5}})")
                            << QByteArray(R"({"p":{"t":12.5,"c":"EUR"},"x":1})") << true << false;
    QTest::addRow("number spelling") << QByteArray("12.5") << QByteArray("1.25e1") << true << true;
    QTest::addRow("trailing zero") << QByteArray(R"({"t":12.5})") << QByteArray(R"({"t":12.50})") << true
                                   << true;
    QTest::addRow("number is not text")
        << QByteArray(R"({"t":12.5})") << QByteArray(R"({"t":"12.5"})") << false << false;
    QTest::addRow("missing") << QByteArray(R"({"a":1})") << QByteArray(R"({"b":1})") << false << false;
    QTest::addRow("null is a value") << QByteArray(R"({"a":null})") << QByteArray("{}") << false << false;
    QTest::addRow("array by element")
        << QByteArray(R"([{"a":1},2])") << QByteArray(R"([{"a":1,"b":0},2])") << true << false;
    QTest::addRow("array length") << QByteArray("[1]") << QByteArray("[1,2]") << false << false;
    QTest::addRow("member order") << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"b":2,"a":1})") << true
                                  << true;
    QTest::addRow("object is not array") << QByteArray("{}") << QByteArray("[]") << false << false;
    QTest::addRow("empty matches any object")
        << QByteArray("{}") << QByteArray(R"({"a":1})") << true << false;
}

void TestJson::partialMatch()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, actual);
    QFETCH(bool, matches);
    QFETCH(bool, equivalent);
    const Result<JsonValue> e = parseJson(expected);
    const Result<JsonValue> a = parseJson(actual);
    QVERIFY(e && a);
    QCOMPARE(jsonMatches(e.value(), a.value()), matches);
    QCOMPARE(jsonEquivalent(e.value(), a.value()), equivalent);
    int total = -1;
    const std::vector<JsonDifference> differences = jsonDifferences(e.value(), a.value(), 10, &total);
    QCOMPARE(differences.empty(), matches);
    QCOMPARE(total, int(differences.size()));
}

void TestJson::differencesPointWhereTheyAre()
{
    const Result<JsonValue> expected = parseJson(
        R"({"userId":"u1","properties":{"total":12.5,"a/b":true,"items":[{"sku":"x"}]},"event":"E"})");
    const Result<JsonValue> actual =
        parseJson(R"({"userId":"u2","properties":{"total":"12.5","items":[{"sku":"y"}]},"event":"E"})");
    QVERIFY(expected && actual);
    int total = 0;
    std::vector<JsonDifference> differences = jsonDifferences(expected.value(), actual.value(), 10, &total);
    QStringList described;
    for (const JsonDifference &difference : differences)
        described.append(difference.describe());
    QCOMPARE(described,
        (QStringList {QStringLiteral("/userId is \"u2\", expected \"u1\""),
            QStringLiteral("/properties/total is \"12.5\", expected 12.5"),
            QStringLiteral("/properties/a~1b is missing (expected true)"),
            QStringLiteral("/properties/items/0/sku is \"y\", expected \"x\"")}));
    QCOMPARE(total, 4);
    // A limit keeps the first ones and still counts them all.
    differences = jsonDifferences(expected.value(), actual.value(), 1, &total);
    QCOMPARE(differences.size(), size_t(1));
    QCOMPARE(total, 4);
    // A long value is cut in the message, not in the difference.
    const JsonValue longText(QString(200, u'x'));
    const JsonDifference cut {QStringLiteral("/a"), longText, std::nullopt};
    QVERIFY(cut.describe().size() < 120);
}

// compactJsonSize counts what writeJson writes, unit by unit: ASCII, the short escapes, control
// characters, two-, three- and four-byte UTF-8, and lone surrogates (escaped).
void TestJson::sizeCountedAsWritten()
{
    const QString every = QStringLiteral("a\"\\\b\f\n\r\t") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) +
        QChar(0xe9) + QChar(0x7ff) + QChar(0x800) + QChar(0x20ac) + QChar(0xfeff) + QChar(0xd83d) +
        QChar(0xde00) + QChar(0xd800) + QStringLiteral("x") + QChar(0xdc00);
    JsonObject object;
    object.insert(every, JsonValue(every));
    object.insert(QStringLiteral("n"), JsonValue::fromNumberLiteral(QStringLiteral("-1.50e+3")));
    object.insert(QStringLiteral("b"),
        JsonValue(JsonArray {JsonValue(true), JsonValue(false), JsonValue(), JsonValue(JsonArray {})}));
    object.insert(QStringLiteral("o"), JsonValue(JsonObject()));
    for (const JsonValue &value :
        {JsonValue(every), JsonValue(object), JsonValue(JsonArray {JsonValue(object), JsonValue(object)}),
            JsonValue(QString()), JsonValue(JsonObject())})
        QCOMPARE(compactJsonSize(value), writeJson(value).size());
    const Result<JsonValue> fixture =
        parseJson(R"({"batch":[{"type":"track","event":"Ünïcödé 😀","properties":{"a":[1,2,{"b":null}]}}]})");
    QVERIFY(fixture);
    QCOMPARE(compactJsonSize(fixture.value()), writeJson(fixture.value()).size());
}

namespace {
bool plainByte(quint8 c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}
} // namespace

// The word-at-a-time tests say "plain" exactly when every byte or unit is: each value at each place
// of a word otherwise plain, and random words, where a lane's borrow could spill into the next.
void TestJson::plainRunsAreExact()
{
    for (int place = 0; place < 8; ++place) {
        for (int c = 0; c < 256; ++c) {
            char word[8];
            std::memset(word, 'a', sizeof word);
            word[place] = char(c);
            QCOMPARE(plainrun::eightPlainBytes(word), plainByte(quint8(c)));
        }
    }
    quint64 state = 0x9E3779B97F4A7C15ULL; // xorshift: the same words in every run
    const auto next = [&] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    // Lanes drawn mostly around the edges (0x00-0x7f and the two characters), where borrows happen.
    const quint8 edges[] = {0x00, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d, 0x7e, 0x7f, 0x80, 0xff};
    for (int round = 0; round < 200000; ++round) {
        const quint64 r = next();
        char word[8];
        bool plain = true;
        for (int k = 0; k < 8; ++k) {
            const quint8 c =
                (r >> (8 * k)) & 1 ? edges[((r >> (8 * k + 1)) & 0x7f) % sizeof edges] : quint8(r >> (8 * k));
            word[k] = char(c);
            plain = plain && plainByte(c);
        }
        QCOMPARE(plainrun::eightPlainBytes(word), plain);
        char16_t units[4];
        bool plainUnits = true;
        for (int k = 0; k < 4; ++k) {
            const quint16 u = quint16(r >> (16 * k));
            units[k] = (u & 3) == 0 ? char16_t(edges[(u >> 2) % sizeof edges]) : char16_t(u & 0x80ff);
            plainUnits = plainUnits && units[k] < 0x80 && plainByte(quint8(units[k]));
        }
        QCOMPARE(plainrun::fourPlainUnits(units), plainUnits);
    }
}

void TestJson::everyUnitAtEveryPlaceOfAWord()
{
    for (int place = 0; place < 4; ++place) {
        for (int u = 0; u < 0x10000; ++u) {
            char16_t units[4] = {u'a', u'a', u'a', u'a'};
            units[place] = char16_t(u);
            const bool plain = u < 0x80 && plainByte(quint8(u));
            if (plainrun::fourPlainUnits(units) != plain)
                QFAIL(
                    qPrintable(QStringLiteral("unit 0x%1 at %2").arg(u, 4, 16, QLatin1Char('0')).arg(place)));
        }
    }
    // And the writer and the size count agree on strings that mix plain words with the rest.
    QString mixed;
    for (int u = 0; u < 0x3000; u += 7)
        mixed += QStringLiteral("abcd") + QChar(char16_t(u)) + QStringLiteral("efghijk");
    QCOMPARE(compactJsonStringSize(mixed), writeJson(JsonValue(mixed)).size());
    QCOMPARE(parseJson(writeJson(JsonValue(mixed)))->toString(), mixed);
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
