// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sources/keychainkeystore.h"
#include "sources/sourcestore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

// API keys in a real Secret Service (gnome-keyring in a throwaway D-Bus session, as
// scripts/test.sh starts it). Uses its own service name so a developer's real keys are never touched.
class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadOverwriteDelete();
    void asynchronousAnswers();
    void keyOnlyInTheKeychain();
    void storeDeletedWhileAJobIsPending();
    void errorWording_data();
    void errorWording();

private:
    std::unique_ptr<KeychainKeyStore> m_keys;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Not a skip: the README's test command always provides the keychain, so its absence is a failure.
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "no D-Bus session: run under dbus-run-session -- scripts/with-test-keyring.sh (scripts/test.sh "
        "does)");
    // scripts/with-test-keyring.sh starts gnome-keyring with --daemonize, which returns before the
    // daemon owns org.freedesktop.secrets; a call that comes first makes D-Bus start a second,
    // locked gnome-keyring that tries to prompt (and fails without a display). Wait for the owner.
    const auto secretServiceOwned = [] {
        QProcess query;
        query.start(QStringLiteral("dbus-send"),
            {QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.DBus"),
                QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                QStringLiteral("string:org.freedesktop.secrets")});
        return query.waitForFinished(5000) && query.readAllStandardOutput().contains("boolean true");
    };
    QTRY_VERIFY_WITH_TIMEOUT(secretServiceOwned(), 10000);
    m_keys = std::make_unique<KeychainKeyStore>(nullptr, QStringLiteral("event-workbench-test"));
    QVERIFY(m_keys->isPersistent());
}

void TestKeychain::writeReadOverwriteDelete()
{
    const QUuid id = QUuid::createUuid();
    const auto missing = m_keys->readKeyAndWait(id);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("key.not-found"));

    const Status written = m_keys->writeKeyAndWait(id, QStringLiteral("first-key"));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QCOMPARE(m_keys->readKeyAndWait(id).value(), QStringLiteral("first-key"));

    QVERIFY(m_keys->writeKeyAndWait(id, QStringLiteral("second-k\u00e9y")).ok());
    QCOMPARE(m_keys->readKeyAndWait(id).value(), QStringLiteral("second-k\u00e9y"));

    // Another source's key is another entry.
    const QUuid other = QUuid::createUuid();
    QVERIFY(m_keys->writeKeyAndWait(other, QStringLiteral("other-key")).ok());
    QCOMPARE(m_keys->readKeyAndWait(id).value(), QStringLiteral("second-k\u00e9y"));

    QVERIFY(m_keys->deleteKeyAndWait(id).ok());
    QCOMPARE(m_keys->readKeyAndWait(id).error().code, QStringLiteral("key.not-found"));
    QVERIFY(m_keys->deleteKeyAndWait(id).ok()); // deleting twice is fine
    QCOMPARE(m_keys->readKeyAndWait(other).value(), QStringLiteral("other-key"));
    QVERIFY(m_keys->deleteKeyAndWait(other).ok());
    QCOMPARE(m_keys->writeKeyAndWait(id, QString()).error().code, QStringLiteral("key.empty"));
}

void TestKeychain::asynchronousAnswers()
{
    const QUuid id = QUuid::createUuid();
    std::optional<Status> written;
    m_keys->writeKey(id, QStringLiteral("async-key"), this, [&written](Status s) { written = std::move(s); });
    QVERIFY(!written); // never inside the call
    QTRY_VERIFY(written.has_value());
    QVERIFY(written->ok());
    std::optional<Result<QString>> read;
    m_keys->readKey(id, this, [&read](Result<QString> r) { read = std::move(r); });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->value(), QStringLiteral("async-key"));

    // A context destroyed before the answer: the callback never runs.
    bool called = false;
    {
        QObject context;
        m_keys->deleteKey(id, &context, [&called](Status) { called = true; });
    }
    QTRY_COMPARE(m_keys->readKeyAndWait(id).ok(), false);
    QVERIFY(!called);
}

void TestKeychain::storeDeletedWhileAJobIsPending()
{
    // The window closes while the Secret Service has not answered yet: QtKeychain must not crash,
    // the callback must not run, and the write still happens.
    const QUuid id = QUuid::createUuid();
    bool called = false;
    {
        QObject context;
        auto *store = new KeychainKeyStore(&context, QStringLiteral("event-workbench-test"));
        store->writeKey(id, QStringLiteral("pending-key"), &context, [&called](Status) { called = true; });
    } // store and context deleted here, before the answer
    QTRY_COMPARE(m_keys->readKeyAndWait(id).ok(), true);
    QCOMPARE(m_keys->readKeyAndWait(id).value(), QStringLiteral("pending-key"));
    QVERIFY(!called);
    QVERIFY(m_keys->deleteKeyAndWait(id).ok());
}

void TestKeychain::keyOnlyInTheKeychain()
{
    const QString key = QStringLiteral("ewb-keychain-test-key-93b1e0f4");
    QTemporaryDir data;
    SourceStore store(data.path());
    const Source source = Source::create(QStringLiteral("Keyed"), Region::US);
    QVERIFY(store.add(source).ok());
    QVERIFY(m_keys->writeKeyAndWait(source.id, key).ok());
    QVERIFY(store.save().ok());

    // Nothing under the data folder, nor under the config and data homes (where a plain-text
    // fallback would have written), holds the key in any form.
    const QList<QByteArray> needles = {
        key.toUtf8(), key.toUtf8().toBase64(), QByteArray(key.toUtf8() + ':').toBase64()};
    QStringList roots = {data.path()};
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation})
        roots << QStandardPaths::writableLocation(location);
    roots << QDir::homePath() + QStringLiteral("/.config");
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.read(64 * 1024 * 1024);
            ++files;
            for (const QByteArray &needle : needles)
                QVERIFY2(
                    !bytes.contains(needle), qPrintable(QStringLiteral("the key is in ") + f.fileName()));
        }
    }
    QVERIFY(files >= 1);
    QCOMPARE(m_keys->readKeyAndWait(source.id).value(), key);
    QVERIFY(m_keys->deleteKeyAndWait(source.id).ok());
}

void TestKeychain::errorWording_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::addRow("no backend")
        << 5 << QStringLiteral("No keychain service available") << QStringLiteral("keychain.unavailable")
        << QStringLiteral("No keychain is available: No keychain service available. Install and "
                          "unlock gnome-keyring or KWallet (any Secret Service); the key was not saved");
    QTest::addRow("dbus words") << 7 << QStringLiteral("Could not connect: No such file or directory")
                                << QStringLiteral("keychain.unavailable")
                                << QStringLiteral("No keychain is available");
    QTest::addRow("denied") << 4 << QStringLiteral("dismissed") << QStringLiteral("keychain.denied")
                            << QStringLiteral("unlock it");
    QTest::addRow("other") << 7 << QStringLiteral("disk full") << QStringLiteral("keychain.failed")
                           << QStringLiteral("The keychain failed: disk full");
    QTest::addRow("no login keyring")
        << 7
        << QStringLiteral(
               "Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d")
        << QStringLiteral("keychain.locked") << QStringLiteral("unlock or create the login keyring");
    QTest::addRow("not found") << 1 << QString() << QStringLiteral("key.not-found")
                               << QStringLiteral("enter the source's API key");
}

void TestKeychain::errorWording()
{
    QFETCH(int, error);
    QFETCH(QString, detail);
    QFETCH(QString, code);
    QFETCH(QString, says);
    const Error e = keychainError(error, detail, QStringLiteral("the key was not saved"));
    QCOMPARE(e.code, code);
    QVERIFY2(e.message.contains(says), qPrintable(e.message));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
