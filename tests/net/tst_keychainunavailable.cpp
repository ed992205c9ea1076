// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sources/keychainkeystore.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

// With the session bus pointing nowhere (ctest sets DBUS_SESSION_BUS_ADDRESS for this executable
// only), every keychain operation fails with an error that says no keychain is available, and the
// key is written nowhere.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errorsSayNoKeychain();

private:
    QTemporaryDir m_home;
};

void TestKeychainUnavailable::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
        "run through ctest, which points DBUS_SESSION_BUS_ADDRESS nowhere for this test");
    QVERIFY(m_home.isValid());
}

void TestKeychainUnavailable::errorsSayNoKeychain()
{
    // Where a plain-text fallback would write, watched for the key afterwards.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    KeychainKeyStore keys(nullptr, QStringLiteral("event-workbench-test"));
    const QUuid id = QUuid::createUuid();
    const QString key = QStringLiteral("ewb-unreachable-key-5d0c");

    const Status written = keys.writeKeyAndWait(id, key);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("keychain.unavailable"));
    QVERIFY2(written.error().message.startsWith(QLatin1String("No keychain is available: ")),
        qPrintable(written.error().message));
    QVERIFY2(
        written.error().message.endsWith(QLatin1String("install and unlock gnome-keyring or KWallet (any "
                                                       "Secret Service); the key was not saved"),
            Qt::CaseInsensitive),
        qPrintable(written.error().message));
    QVERIFY(!written.error().message.contains(key));
    qInfo("%s", qPrintable(written.error().message));

    const auto read = keys.readKeyAndWait(id);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("keychain.unavailable"));
    QVERIFY2(read.error().message.endsWith(QLatin1String("the key could not be read")),
        qPrintable(read.error().message));

    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(key.toUtf8()), qPrintable(f.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
