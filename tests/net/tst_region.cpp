// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sources/region.h"

#include <QTest>

using namespace ewb;

class TestRegion : public QObject
{
    Q_OBJECT

private slots:
    void baseUrls();
    void parseEndpoint_data();
    void parseEndpoint();
    void refused_data();
    void refused();
};

void TestRegion::baseUrls()
{
    QCOMPARE(regionBaseUrl(Region::US), QUrl(QStringLiteral("https://cdp.customer.io/v1")));
    QCOMPARE(regionBaseUrl(Region::EU), QUrl(QStringLiteral("https://cdp-eu.customer.io/v1")));
    QVERIFY(regionBaseUrl(Region::Custom).isEmpty());
    for (Region r : {Region::US, Region::EU, Region::Custom})
        QCOMPARE(regionFromName(regionName(r)), r);
}

void TestRegion::parseEndpoint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Region>("region");
    QTest::addColumn<QString>("baseUrl");
    QTest::addRow("us") << QStringLiteral("us") << Region::US << QStringLiteral("https://cdp.customer.io/v1");
    QTest::addRow("EU upper case") << QStringLiteral(" EU ") << Region::EU
                                   << QStringLiteral("https://cdp-eu.customer.io/v1");
    QTest::addRow("us by URL") << QStringLiteral("https://cdp.customer.io/v1/") << Region::US
                               << QStringLiteral("https://cdp.customer.io/v1");
    QTest::addRow("custom") << QStringLiteral("http://127.0.0.1:8080/v1") << Region::Custom
                            << QStringLiteral("http://127.0.0.1:8080/v1");
    QTest::addRow("custom slashes trimmed")
        << QStringLiteral("https://proxy.example.com/cio//") << Region::Custom
        << QStringLiteral("https://proxy.example.com/cio");
    QTest::addRow("scheme lower-cased") << QStringLiteral("HTTPS://proxy.example.com") << Region::Custom
                                        << QStringLiteral("https://proxy.example.com");
}

void TestRegion::parseEndpoint()
{
    QFETCH(QString, input);
    QFETCH(Region, region);
    QFETCH(QString, baseUrl);
    auto endpoint = ewb::parseEndpoint(input);
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().message));
    QCOMPARE(endpoint->region, region);
    QCOMPARE(endpoint->baseUrl.toString(), baseUrl);
}

void TestRegion::refused_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("says");
    QTest::addRow("unknown word") << QStringLiteral("asia") << QStringLiteral("is not a region: use us, eu");
    QTest::addRow("empty") << QString() << QStringLiteral("is empty");
    QTest::addRow("ftp") << QStringLiteral("ftp://example.com/v1")
                         << QStringLiteral("only http:// and https://");
    QTest::addRow("no scheme") << QStringLiteral("cdp.customer.io/v1")
                               << QStringLiteral("start with https://");
    QTest::addRow("user info") << QStringLiteral("https://key:@cdp.customer.io/v1")
                               << QStringLiteral("user name or password");
    QTest::addRow("query") << QStringLiteral("https://cdp.customer.io/v1?x=1") << QStringLiteral("after '?'");
    QTest::addRow("no host") << QStringLiteral("https:///v1") << QStringLiteral("no host");
}

void TestRegion::refused()
{
    QFETCH(QString, input);
    QFETCH(QString, says);
    auto endpoint = ewb::parseEndpoint(input);
    QVERIFY(!endpoint.ok());
    QVERIFY2(endpoint.error().message.contains(says), qPrintable(endpoint.error().message));
}

QTEST_GUILESS_MAIN(TestRegion)
#include "tst_region.moc"
