// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "net/failureexplanation.h"

#include <QTest>

using namespace ewb;
using namespace std::chrono_literals;

// Every outcome in plain words, from a table: the headline exactly, the explanation by a phrase
// that carries the advice.
class TestFailureExplanation : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
    void successOffTheApiSaysNothingOfRegions();
    void aTimeoutSaysHowFarItGot_data();
    void aTimeoutSaysHowFarItGot();
};

void TestFailureExplanation::explain_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<NetworkErrorKind>("error");
    QTest::addColumn<QList<QSslError::SslError>>("sslErrors");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("says");

    const QList<QSslError::SslError> none;
    auto row = [&](const char *name, int status, QByteArray reason, NetworkErrorKind error, QByteArray body,
                   int attempts, QString headline, QString says, QList<QSslError::SslError> ssl = {}) {
        QTest::addRow("%s", name) << status << reason << error << ssl << body << attempts << headline << says;
    };
    const auto N = NetworkErrorKind::None;
    row("200", 200, "OK", N, "{}", 1, QStringLiteral("200 OK: accepted"),
        QStringLiteral("check the source's region"));
    row("400 strict", 400, "Bad Request", N, R"({"meta":{"errors":["event is required"]}})", 1,
        QStringLiteral("400 Bad Request: the API rejected the call"),
        QStringLiteral("problems:\n- event is required"));
    row("400 plain", 400, "Bad Request", N, "", 1,
        QStringLiteral("400 Bad Request: the API rejected the call"), QStringLiteral("Run the validator"));
    row("401", 401, "Unauthorized", N, "", 1, QStringLiteral("401 Unauthorized: the API key was rejected"),
        QStringLiteral("Check the source's region"));
    row("403", 403, "Forbidden", N, "", 1, QStringLiteral("403 Forbidden: access forbidden"),
        QStringLiteral("source may be disabled"));
    row("404", 404, "Not Found", N, "", 1, QStringLiteral("404 Not Found: wrong URL"),
        QStringLiteral("Nothing answers at https://cdp.customer.io/v1/track"));
    row("413", 413, "Payload Too Large", N, "", 1,
        QStringLiteral("413 Payload Too Large: the request is too large"),
        QStringLiteral("32 KB per call and 500 KB per batch"));
    row("429", 429, "Too Many Requests", N, "", 3, QStringLiteral("429 Too Many Requests: rate limited"),
        QStringLiteral("Tried 3 times"));
    row("500", 500, "Internal Server Error", N, "oops", 3,
        QStringLiteral("500 Internal Server Error: trouble at the server"),
        QStringLiteral("The server said: oops"));
    row("503 no reason", 503, "", N, "", 1, QStringLiteral("503: trouble at the server"),
        QStringLiteral("not a problem with the call"));
    row("301", 301, "Moved Permanently", N, "", 1,
        QStringLiteral("301 Moved Permanently: the URL redirects elsewhere"),
        QStringLiteral("does not follow redirects"));
    row("418", 418, "I'm a teapot", N, "", 1,
        QStringLiteral("418 I'm a teapot: the server refused the request"),
        QStringLiteral("does not document"));
    row("refused", 0, "", NetworkErrorKind::ConnectionRefused, "", 3,
        QStringLiteral("Connection refused by cdp.customer.io:443"), QStringLiteral("Nothing is listening"));
    row("dns", 0, "", NetworkErrorKind::HostNotFound, "", 1,
        QStringLiteral("Host not found: cdp.customer.io"), QStringLiteral("does not resolve (DNS)"));
    row("timeout", 0, "", NetworkErrorKind::Timeout, "", 1,
        QStringLiteral("Timed out: no answer from cdp.customer.io:443"), QStringLiteral("within 7 s"));
    row("closed", 0, "", NetworkErrorKind::ConnectionClosed, "", 1,
        QStringLiteral("Connection closed by cdp.customer.io:443 before it answered"),
        QStringLiteral("hung up"));
    row("tls self-signed", 0, "", NetworkErrorKind::Tls, "", 1,
        QStringLiteral("Secure connection failed: the certificate is self-signed, so nothing vouches for it"),
        QStringLiteral("never turned off"), {QSslError::SelfSignedCertificate});
    row("tls expired", 0, "", NetworkErrorKind::Tls, "", 1,
        QStringLiteral(
            "Secure connection failed: the certificate has expired (or this computer's clock is wrong)"),
        QStringLiteral("trust store"), {QSslError::CertificateExpired});
    row("tls mismatch", 0, "", NetworkErrorKind::Tls, "", 1,
        QStringLiteral(
            "Secure connection failed: the certificate is for another host name than cdp.customer.io"),
        QStringLiteral("intercepting"), {QSslError::HostNameMismatch});
    row("tls untrusted", 0, "", NetworkErrorKind::Tls, "", 1,
        QStringLiteral(
            "Secure connection failed: the certificate is signed by an authority this computer does not "
            "trust"),
        QStringLiteral("nothing was sent"), {QSslError::UnableToGetLocalIssuerCertificate});
    row("tls two", 0, "", NetworkErrorKind::Tls, "", 1,
        QStringLiteral(
            "Secure connection failed: the certificate is self-signed, so nothing vouches for it; the "
            "certificate has expired (or this computer's clock is wrong)"),
        QStringLiteral("nothing was sent"),
        {QSslError::SelfSignedCertificate, QSslError::CertificateExpired});
    row("too large", 0, "", NetworkErrorKind::TooLarge, "", 1, QStringLiteral("The answer was too large"),
        QStringLiteral("Check the URL"));
    row("cancelled", 0, "", NetworkErrorKind::Cancelled, "", 1, QStringLiteral("Cancelled"),
        QStringLiteral("cancelled before it finished"));
}

void TestFailureExplanation::explain()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(NetworkErrorKind, error);
    QFETCH(QList<QSslError::SslError>, sslErrors);
    QFETCH(QByteArray, body);
    QFETCH(int, attempts);
    QFETCH(QString, headline);
    QFETCH(QString, says);

    OutgoingRequest request;
    request.url = QUrl(QStringLiteral("https://cdp.customer.io/v1/track"));
    request.timeout = 7s;
    HttpResult result;
    result.status = status;
    result.reasonPhrase = reason;
    result.networkError = error;
    result.sslErrors = sslErrors;
    result.body = body;
    result.attempts.resize(size_t(attempts));
    const Explanation e = explainResult(result, request);
    QCOMPARE(e.headline, headline);
    QVERIFY2(e.explanation.contains(says), qPrintable(e.explanation));
}

// Seen with ewb send to the sandbox: a 200 from 127.0.0.1 told the user to check the source's region.
void TestFailureExplanation::successOffTheApiSaysNothingOfRegions()
{
    OutgoingRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/track"));
    HttpResult result;
    result.status = 200;
    result.reasonPhrase = "OK";
    result.attempts.resize(1);
    const Explanation e = explainResult(result, request);
    QCOMPARE(e.headline, QStringLiteral("200 OK: accepted"));
    QVERIFY2(!e.explanation.contains(QStringLiteral("region")), qPrintable(e.explanation));
    QVERIFY(e.explanation.contains(QStringLiteral("127.0.0.1")));
}

void TestFailureExplanation::aTimeoutSaysHowFarItGot_data()
{
    QTest::addColumn<qint64>("bytesUp");
    QTest::addColumn<bool>("gotHeaders");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("says");
    QTest::addRow("nothing sent") << qint64(0) << false
                                  << QStringLiteral("Timed out: no answer from cdp.customer.io:443")
                                  << QStringLiteral("server may be down");
    // Issue 9: an answer with a 30 MB header was reported as "no answer".
    QTest::addRow("sent, no head") << qint64(300) << false
                                   << QStringLiteral(
                                          "Timed out waiting for the answer from cdp.customer.io:443")
                                   << QStringLiteral("a head far larger than any API's");
    QTest::addRow("head, no body") << qint64(300) << true
                                   << QStringLiteral("Timed out reading the answer from cdp.customer.io:443")
                                   << QStringLiteral("very slowly");
}

void TestFailureExplanation::aTimeoutSaysHowFarItGot()
{
    QFETCH(qint64, bytesUp);
    QFETCH(bool, gotHeaders);
    QFETCH(QString, headline);
    QFETCH(QString, says);
    OutgoingRequest request;
    request.url = QUrl(QStringLiteral("https://cdp.customer.io/v1/track"));
    request.timeout = 7s;
    HttpResult result;
    result.networkError = NetworkErrorKind::Timeout;
    result.bytesUp = bytesUp;
    if (gotHeaders)
        result.timeToHeaders = 5ms;
    result.attempts.resize(1);
    const Explanation e = explainResult(result, request);
    QCOMPARE(e.headline, headline);
    QVERIFY2(e.explanation.contains(says), qPrintable(e.explanation));
}

QTEST_GUILESS_MAIN(TestFailureExplanation)
#include "tst_failureexplanation.moc"
