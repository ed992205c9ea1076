// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonparser.h"
#include "net/connectionprobe.h"
#include "support/scriptedserver.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace ewb;
using ewb::test::ScriptedResponse;
using ewb::test::ScriptedServer;

// Test Connection against scripted answers over loopback: what each answer means, and that the
// probe itself is a call the API cannot store.
class TestConnectionProbe : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void verdicts_data();
    void verdicts();
    void probeIsInvalidStrictCall();
    void refused();
    void testEventSentOnRequest();
    void testEventNotSentWhenKeyRejected();
    void badKeyRefusedBeforeSending();

private:
    QUrl base() const;

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpClient> m_client;
};

void TestConnectionProbe::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen().ok());
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HttpClient>(m_manager.get());
}

void TestConnectionProbe::cleanup()
{
    m_client.reset();
    m_manager.reset();
    m_server.reset();
}

QUrl TestConnectionProbe::base() const
{
    return m_server->url(QStringLiteral("/v1"));
}

void TestConnectionProbe::verdicts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ProbeVerdict>("verdict");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("says");
    QTest::addRow("400") << 400 << ProbeVerdict::KeyAccepted << true << QStringLiteral("nothing was stored");
    QTest::addRow("401") << 401 << ProbeVerdict::KeyRejected << false << QStringLiteral("check the region");
    QTest::addRow("200") << 200 << ProbeVerdict::StrictModeIgnored << false
                         << QStringLiteral("Check the base URL");
    QTest::addRow("404") << 404 << ProbeVerdict::WrongUrl << false << QStringLiteral("ends in /v1");
    QTest::addRow("403") << 403 << ProbeVerdict::Forbidden << false << QStringLiteral("disabled");
    QTest::addRow("429") << 429 << ProbeVerdict::RateLimited << false << QStringLiteral("3,000");
    QTest::addRow("500") << 500 << ProbeVerdict::ServerError << false << QStringLiteral("try again later");
    QTest::addRow("302") << 302 << ProbeVerdict::WrongUrl << false << QStringLiteral("redirect");
}

void TestConnectionProbe::verdicts()
{
    QFETCH(int, status);
    QFETCH(ProbeVerdict, verdict);
    QFETCH(bool, success);
    QFETCH(QString, says);
    m_server->enqueue(ScriptedResponse::json(status));
    const ProbeResult r = ConnectionProbe::runAndWait(m_client.get(), base(), QStringLiteral("key-1"));
    QCOMPARE(r.verdict, verdict);
    QCOMPARE(r.success, success);
    QCOMPARE(r.http.status, status);
    QVERIFY2(r.whatToDo.contains(says, Qt::CaseInsensitive), qPrintable(r.whatToDo));
    QCOMPARE(m_server->receivedCount(), 1); // one probe, never retried
    QVERIFY(!r.testEvent);
}

void TestConnectionProbe::probeIsInvalidStrictCall()
{
    m_server->enqueue(ScriptedResponse::json(400));
    const ProbeResult r = ConnectionProbe::runAndWait(m_client.get(), base(), QStringLiteral("key-1"));
    QCOMPARE(r.title, QStringLiteral("Key accepted"));
    const auto &got = m_server->received().first();
    QCOMPARE(got.target, QByteArray("/v1/track"));
    QCOMPARE(got.header("x-strict-mode"), QByteArray("1"));
    QCOMPARE(got.header("authorization"), QByteArray("Basic a2V5LTE6"));
    auto body = parseJson(got.body);
    QVERIFY(body.ok());
    QVERIFY(!body->object().contains(u"event")); // invalid on purpose: strict mode refuses it
    QCOMPARE(body->object().value(u"userId").toString(), QString::fromLatin1(probeUserId));
}

void TestConnectionProbe::refused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url = base();
    url.setPort(closed.serverPort());
    closed.close();
    const ProbeResult r = ConnectionProbe::runAndWait(m_client.get(), url, QStringLiteral("key-1"));
    QCOMPARE(r.verdict, ProbeVerdict::NetworkFailure);
    QVERIFY(!r.success);
    QVERIFY2(r.title.startsWith(QLatin1String("Connection refused")), qPrintable(r.title));
    QVERIFY2(r.whatToDo.contains(QLatin1String("could not be checked")), qPrintable(r.whatToDo));
}

void TestConnectionProbe::testEventSentOnRequest()
{
    m_server->enqueue(ScriptedResponse::json(400));
    m_server->enqueue(ScriptedResponse::json(200));
    const ProbeResult r = ConnectionProbe::runAndWait(m_client.get(), base(), QStringLiteral("key-1"), true);
    QCOMPARE(r.verdict, ProbeVerdict::KeyAccepted);
    QVERIFY(r.testEvent);
    QCOMPARE(r.testEvent->status, 200);
    QCOMPARE(m_server->receivedCount(), 2);
    auto body = parseJson(m_server->received()[1].body);
    QVERIFY(body.ok());
    QCOMPARE(body->object().value(u"event").toString(), QString::fromLatin1(testEventName));
    QCOMPARE(m_server->received()[1].header("x-strict-mode"), QByteArray("1"));
    QVERIFY2(r.whatToDo.contains(QLatin1String("should appear")), qPrintable(r.whatToDo));
}

void TestConnectionProbe::testEventNotSentWhenKeyRejected()
{
    m_server->enqueue(ScriptedResponse::json(401));
    const ProbeResult r = ConnectionProbe::runAndWait(m_client.get(), base(), QStringLiteral("key-1"), true);
    QCOMPARE(r.verdict, ProbeVerdict::KeyRejected);
    QVERIFY(!r.testEvent);
    QCOMPARE(m_server->receivedCount(), 1);
}

void TestConnectionProbe::badKeyRefusedBeforeSending()
{
    const ProbeResult r = ConnectionProbe::runAndWait(m_client.get(), base(), QString());
    QCOMPARE(r.verdict, ProbeVerdict::Unexpected);
    QVERIFY2(r.whatToDo.contains(QLatin1String("No API key")), qPrintable(r.whatToDo));
    QCOMPARE(m_server->receivedCount(), 0);
}

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
