// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The translation catalogs (docs/translations.md) against the code and against their rules: a string
// of the code missing from a catalog, an unfinished German string, a lost placeholder, mnemonic or
// API word each fail here, named, so that no one finds them in the window first.

#include "tscatalog.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

namespace {
const QString folder = QStringLiteral(EWB_SOURCE_DIR "/resources/translations");

QStringList catalogFiles(const QString &pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
}

TsCatalog read(const QString &path)
{
    TsCatalog catalog;
    QString error;
    if (!readTsCatalog(path, &catalog, &error))
        qFatal("%s", qPrintable(error));
    return catalog;
}

QString where(const QString &file, const TsMessage &m)
{
    return QStringLiteral("%1 [%2] “%3”").arg(file, m.context, m.source);
}

using Key = std::tuple<QString, QString, bool>;
std::set<Key> keysOf(const TsCatalog &catalog)
{
    std::set<Key> keys;
    for (const TsMessage &m : catalog.messages)
        keys.insert({m.context, m.source, m.numerus});
    return keys;
}

// %1..%99, %n and their locale forms (%L1, %Ln), sorted: a translation may reorder them, not lose one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[0-9]{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

int mnemonics(const QString &text)
{
    QString single = text;
    single.remove(QStringLiteral("&&"));
    return int(single.count(QLatin1Char('&')));
}

// The API's and the product's words that stay as they are in every language: field names, option
// names, `quoted` code and {{variables}}.
QStringList fixedWords(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\b(?:userId|anonymousId|messageId|groupId|previousId|writeKey|receivedAt|sentAt|identify|alias)\\b"
        "|(?<![\\w-])--[a-z][a-z-]+|`[^`]+`|\\{\\{[^}]+\\}\\}"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.removeDuplicates();
    return found;
}

QStringList ruleFailures(const QString &file, const TsCatalog &catalog, bool pluralsOnly)
{
    QStringList failures;
    for (const TsMessage &m : catalog.messages) {
        if (pluralsOnly && !m.numerus) {
            failures << where(file, m) + QStringLiteral(": an English catalog holds plural forms only");
            continue;
        }
        if (!m.type.isEmpty()) {
            failures << where(file, m) + QStringLiteral(": %1").arg(m.type);
            continue;
        }
        if (m.forms.size() != (m.numerus ? 2 : 1))
            failures << where(file, m) + QStringLiteral(": %1 forms").arg(m.forms.size());
        const QStringList wanted = placeholders(m.source);
        const int wantedMnemonics = qMin(mnemonics(m.source), 1);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                failures << where(file, m) + QStringLiteral(": empty");
                continue;
            }
            if (placeholders(form) != wanted)
                failures << where(file, m) +
                        QStringLiteral(": “%1” has %2, not %3")
                            .arg(form, placeholders(form).join(u' '), wanted.join(u' '));
            if (qMin(mnemonics(form), 2) != wantedMnemonics)
                failures << where(file, m) +
                        QStringLiteral(": “%1” needs %2 mnemonic (&)").arg(form).arg(wantedMnemonics);
            for (const QString &word : fixedWords(m.source)) {
                if (!form.contains(word))
                    failures << where(file, m) + QStringLiteral(": “%1” lost “%2”").arg(form, word);
            }
        }
    }
    return failures;
}
} // namespace

class TestCatalogs : public QObject
{
    Q_OBJECT

private slots:
    // lupdate over the code as it is now: what it adds to a catalog is a string nobody translated,
    // what it removes is one the code no longer has.
    void catalogsHoldEveryStringOfTheCode()
    {
        QTemporaryDir updated;
        QVERIFY(updated.isValid());
        QProcess lupdate;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LUPDATE"), QStringLiteral(EWB_LUPDATE));
        lupdate.setProcessEnvironment(env);
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(EWB_SOURCE_DIR "/scripts/update-translations.sh"),
            {QStringLiteral("--into"), updated.path()});
        QVERIFY(lupdate.waitForFinished(120000));
        const QByteArray output = lupdate.readAll();
        QVERIFY2(lupdate.exitCode() == 0, output.constData());

        QStringList failures;
        const QStringList files = catalogFiles(QStringLiteral("*.ts"));
        QVERIFY(files.size() >= 6);
        for (const QString &file : files) {
            const std::set<Key> committed = keysOf(read(QDir(folder).filePath(file)));
            const std::set<Key> wanted = keysOf(read(QDir(updated.path()).filePath(file)));
            for (const auto &[context, source, numerus] : wanted) {
                if (!committed.count({context, source, numerus}))
                    failures << QStringLiteral("%1 lacks [%2] “%3”").arg(file, context, source);
            }
            for (const auto &[context, source, numerus] : committed) {
                if (!wanted.count({context, source, numerus}))
                    failures << QStringLiteral("%1 still has [%2] “%3”, gone from the code")
                                    .arg(file, context, source);
            }
        }
        if (!failures.isEmpty())
            failures << QStringLiteral("Run scripts/update-translations.sh and translate what it adds.");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // German complete; English only the plural forms, each of them there. Both keep the rules.
    void catalogsKeepTheRules_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        for (const QString &file : catalogFiles(QStringLiteral("*.ts"))) {
            const QString language = file.section(u'_', -1).chopped(3);
            QTest::newRow(qPrintable(file)) << file << language;
        }
    }

    void catalogsKeepTheRules()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        const TsCatalog catalog = read(QDir(folder).filePath(file));
        QCOMPARE(catalog.language, language);
        const QStringList failures = ruleFailures(file, catalog, language == u"en");
        QVERIFY2(failures.isEmpty(),
            qPrintable(QStringLiteral("%1 problems:\n").arg(failures.size()) + failures.join(u'\n')));
    }

    // The checks themselves: each rule catches what it is for.
    void rulesCatchWhatTheyAreFor()
    {
        const auto failuresOf = [](const QString &source, const QString &translation) {
            TsCatalog catalog;
            catalog.messages.push_back({QStringLiteral("ctx"), source, {translation}, false, QString()});
            return ruleFailures(QStringLiteral("x_de.ts"), catalog, false).size();
        };
        QCOMPARE(failuresOf(QStringLiteral("Sent %1 of %2"), QStringLiteral("%2 von %1 gesendet")), 0);
        QCOMPARE(failuresOf(QStringLiteral("Sent %1 of %2"), QStringLiteral("%1 gesendet")), 1);
        QCOMPARE(failuresOf(QStringLiteral("&Send"), QStringLiteral("Senden")), 1);
        QCOMPARE(failuresOf(QStringLiteral("&Send"), QStringLiteral("&Senden")), 0);
        QCOMPARE(failuresOf(QStringLiteral("Save && close"), QStringLiteral("Speichern && schließen")), 0);
        QCOMPARE(failuresOf(QStringLiteral("No userId"), QStringLiteral("Keine Benutzer-ID")), 1);
        QCOMPARE(failuresOf(QStringLiteral("Use --dry-run first"), QStringLiteral("Erst --trocken")), 1);
        QCOMPARE(failuresOf(QStringLiteral("Missing {{base}}"), QStringLiteral("{{basis}} fehlt")), 1);
        QCOMPARE(failuresOf(QStringLiteral("Hello"), QString()), 1);
    }
};

QTEST_APPLESS_MAIN(TestCatalogs)
#include "tst_catalogs.moc"
