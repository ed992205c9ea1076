// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "failureexplanation.h"

#include "replyparsing.h"

#include <QCoreApplication>
#include <QStringList>

namespace ewb {

namespace {

// The translation context of the explanations. What the server said (its reason phrase, its body,
// strict mode's list of problems) is quoted as it came: only our own sentences around it are
// translated.
class FailureExplanation
{
    Q_DECLARE_TR_FUNCTIONS(ewb::FailureExplanation)
};

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

QString seconds(std::chrono::milliseconds ms)
{
    return FailureExplanation::tr("%1 s").arg(QString::number(double(ms.count()) / 1000.0, 'g', 3));
}

// "Tried 3 times." when retries happened, so nobody wonders whether the client gave up early.
QString attemptsNote(const HttpResult &result)
{
    const auto n = result.attempts.size();
    return n > 1 ? QLatin1Char(' ') + FailureExplanation::tr("Tried %n time(s).", nullptr, int(n))
                 : QString();
}

QString statusLine(const HttpResult &r)
{
    QString line = QString::number(r.status);
    if (!r.reasonPhrase.isEmpty())
        line += QLatin1Char(' ') + QString::fromLatin1(r.reasonPhrase);
    return line;
}

// The start of a body, for answers we have no better words for.
QString bodyExcerpt(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return {};
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return QLatin1Char(' ') + FailureExplanation::tr("The server said: %1").arg(text);
}

Explanation explainStatus(const HttpResult &r, const OutgoingRequest &request)
{
    const QString status = statusLine(r);
    const int s = r.status;
    if (s >= 200 && s < 300) {
        // The wrong-region caveat is about Customer.io's own hosts; a sandbox or a proxy on this
        // machine is not in a region.
        if (!request.url.host().endsWith(QLatin1String(".customer.io"), Qt::CaseInsensitive))
            return {FailureExplanation::tr("%1: accepted").arg(status),
                FailureExplanation::tr("The server at %1 accepted the request.").arg(request.url.host())};
        return {FailureExplanation::tr("%1: accepted").arg(status),
            FailureExplanation::tr(
                "The server accepted the request. The API also answers 200 to calls sent to "
                "the wrong region and drops them, so if the data does not show up in "
                "Customer.io, check the source's region.")};
    }
    if (s >= 300 && s < 400) {
        const QByteArray location = r.header("Location");
        return {FailureExplanation::tr("%1: the URL redirects elsewhere").arg(status),
            location.isEmpty()
                ? FailureExplanation::tr(
                      "The server answered with a redirect. The workbench does not follow redirects, "
                      "since the key and the body would go to another address: if that address is "
                      "right, use it as the base URL.")
                : FailureExplanation::tr(
                      "The server answered with a redirect to %1. The workbench does not follow "
                      "redirects, since the key and the body would go to another address: if that "
                      "address is right, use it as the base URL.")
                      .arg(QString::fromLatin1(location))};
    }
    switch (s) {
    case 400: {
        const QStringList errors = strictModeErrors(r.body);
        if (errors.isEmpty())
            return {FailureExplanation::tr("%1: the API rejected the call").arg(status),
                FailureExplanation::tr(
                    "The body is not valid JSON or misses a required field. Run the validator "
                    "on it to see every problem.") +
                    bodyExcerpt(r.body)};
        return {FailureExplanation::tr("%1: the API rejected the call").arg(status),
            FailureExplanation::tr("The API (in strict mode) listed these problems:\n- %1")
                .arg(errors.join(QStringLiteral("\n- ")))};
    }
    case 401:
        return {FailureExplanation::tr("%1: the API key was rejected").arg(status),
            FailureExplanation::tr(
                "Either the key is wrong (check that it is this source's API key, copied "
                "whole) or the region is: a key only works in its workspace's region (US or "
                "EU). Check the source's region.")};
    case 403:
        return {FailureExplanation::tr("%1: access forbidden").arg(status),
            FailureExplanation::tr(
                "The server understood the request but refuses it: the source may be disabled, "
                "or a proxy or firewall blocks it. Check the source in Customer.io.") +
                bodyExcerpt(r.body)};
    case 404:
        return {FailureExplanation::tr("%1: wrong URL").arg(status),
            FailureExplanation::tr("Nothing answers at %1. Check the base URL: it ends in /v1 (for example "
                                   "https://cdp.customer.io/v1) and the call's path follows it (/track).")
                .arg(request.url.toString(QUrl::RemoveUserInfo))};
    case 408:
        return {FailureExplanation::tr("%1: the server gave up waiting").arg(status),
            FailureExplanation::tr("The server timed out reading the request; the network may be slow.") +
                attemptsNote(r)};
    case 413:
        return {FailureExplanation::tr("%1: the request is too large").arg(status),
            FailureExplanation::tr(
                "The body (%1 bytes) is larger than the server accepts. The API takes 32 KB "
                "per call and 500 KB per batch: split the batch or trim properties and traits.")
                .arg(request.body.size())};
    case 429: {
        const QByteArray retryAfter = r.header("Retry-After");
        return {FailureExplanation::tr("%1: rate limited").arg(status),
            (retryAfter.isEmpty()
                    ? FailureExplanation::tr(
                          "Too many requests for this source (the API allows about 3,000 per 3 seconds)."
                          "%1 Wait a little, send less often, or put calls in batches.")
                          .arg(attemptsNote(r))
                    : FailureExplanation::tr(
                          "Too many requests for this source (the API allows about 3,000 per 3 seconds); "
                          "the server asked to wait %1 s.%2 Wait a little, send less often, or put "
                          "calls in batches.")
                          .arg(QString::fromLatin1(retryAfter), attemptsNote(r)))};
    }
    default: break;
    }
    if (s >= 500)
        return {FailureExplanation::tr("%1: trouble at the server").arg(status),
            FailureExplanation::tr(
                "The server failed to handle the request; this is not a problem with the call "
                "itself.%1 Try again later, and check status.customer.io if it persists.")
                    .arg(attemptsNote(r)) +
                bodyExcerpt(r.body)};
    return {FailureExplanation::tr("%1: the server refused the request").arg(status),
        FailureExplanation::tr("The server answered with an error the API does not document.") +
            bodyExcerpt(r.body)};
}

} // namespace

QString describeSslErrors(const QList<QSslError::SslError> &errors, const QString &host)
{
    QStringList parts;
    for (QSslError::SslError e : errors) {
        QString part;
        switch (e) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            part = FailureExplanation::tr("the certificate is self-signed, so nothing vouches for it");
            break;
        case QSslError::CertificateExpired:
            part = FailureExplanation::tr("the certificate has expired (or this computer's clock is wrong)");
            break;
        case QSslError::CertificateNotYetValid:
            part = FailureExplanation::tr(
                "the certificate is not valid yet (or this computer's clock is wrong)");
            break;
        case QSslError::HostNameMismatch:
            part = FailureExplanation::tr("the certificate is for another host name than %1").arg(host);
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            part = FailureExplanation::tr(
                "the certificate is signed by an authority this computer does not trust");
            break;
        case QSslError::CertificateRevoked:
            part = FailureExplanation::tr("the certificate has been revoked");
            break;
        default: part = QSslError(e).errorString(); break;
        }
        if (!parts.contains(part))
            parts.append(part);
    }
    return parts.join(QStringLiteral("; "));
}

Explanation explainResult(const HttpResult &r, const OutgoingRequest &request)
{
    const QString where = hostAndPort(request.url);
    const QString tries = attemptsNote(r);
    switch (r.networkError) {
    case NetworkErrorKind::None: return explainStatus(r, request);
    case NetworkErrorKind::ConnectionRefused:
        return {FailureExplanation::tr("Connection refused by %1").arg(where),
            FailureExplanation::tr(
                "Nothing is listening at %1.%2 Check the URL and the port; for the sandbox, "
                "start it first.")
                .arg(where, tries)};
    case NetworkErrorKind::HostNotFound:
        return {FailureExplanation::tr("Host not found: %1").arg(request.url.host()),
            FailureExplanation::tr("The name %1 does not resolve (DNS). Check it for typos, and check this "
                                   "computer's network connection.")
                .arg(request.url.host())};
    case NetworkErrorKind::Timeout: {
        const auto timeout = request.timeout.count() > 0 ? request.timeout : OutgoingRequest().timeout;
        // Sent, and the head of the answer never finished: a server that is slow to answer looks
        // like this, and so does one sending a huge header (Qt reads a head to its end before it
        // says anything), which "no answer" would misdescribe.
        if (r.bytesUp > 0 && !r.timeToHeaders)
            return {FailureExplanation::tr("Timed out waiting for the answer from %1").arg(where),
                FailureExplanation::tr(
                    "The request was sent, but the head of the answer (its status and headers) "
                    "did not arrive whole within %1.%2 The server may be slow to answer, or be "
                    "sending a head far larger than any API's.")
                    .arg(seconds(timeout), tries)};
        if (r.bytesUp > 0)
            return {FailureExplanation::tr("Timed out reading the answer from %1").arg(where),
                FailureExplanation::tr(
                    "The server answered, but the whole answer did not arrive within %1.%2 It "
                    "may be sending it very slowly, or far more of it than an API sends.")
                    .arg(seconds(timeout), tries)};
        return {FailureExplanation::tr("Timed out: no answer from %1").arg(where),
            FailureExplanation::tr("Nothing came back within %1.%2 The server may be down or slow, or a "
                                   "firewall may drop the traffic.")
                .arg(seconds(timeout), tries)};
    }
    case NetworkErrorKind::Tls: {
        const QString what = describeSslErrors(r.sslErrors, request.url.host());
        return {FailureExplanation::tr("Secure connection failed: %1")
                    .arg(what.isEmpty() ? FailureExplanation::tr("TLS handshake error") : what),
            FailureExplanation::tr(
                "The server's identity could not be verified, so nothing was sent. "
                "Verification is never turned off. If this is your own server, give it a "
                "certificate from a trusted authority or add its CA to the system's trust "
                "store; if it is Customer.io, something (a proxy or antivirus) is intercepting "
                "HTTPS.") +
                (r.errorDetail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.errorDetail))};
    }
    case NetworkErrorKind::ConnectionClosed:
        return {FailureExplanation::tr("Connection closed by %1 before it answered").arg(where),
            FailureExplanation::tr("The server hung up or reset the connection.%1 It may be overloaded or "
                                   "restarting, or it may not speak HTTP on that port (for example http:// "
                                   "against an https:// port).")
                .arg(tries)};
    case NetworkErrorKind::Proxy:
        return {FailureExplanation::tr("The proxy failed"),
            FailureExplanation::tr("The network proxy could not be used: %1. Check the proxy settings.")
                .arg(r.errorDetail)};
    case NetworkErrorKind::TooLarge:
        return {FailureExplanation::tr("The answer was too large"),
            FailureExplanation::tr(
                "The server sent more than %1 bytes, far more than the API ever answers, so "
                "the transfer was stopped. Check the URL.")
                .arg(request.maxResponseBytes)};
    case NetworkErrorKind::Cancelled:
        return {FailureExplanation::tr("Cancelled"),
            FailureExplanation::tr("The request was cancelled before it finished.")};
    case NetworkErrorKind::InvalidRequest:
        return {FailureExplanation::tr("Cannot send this request"), r.errorDetail};
    case NetworkErrorKind::Other: break;
    }
    return {FailureExplanation::tr("Network error talking to %1").arg(where),
        QStringLiteral("%1.%2").arg(
            r.errorDetail.isEmpty() ? FailureExplanation::tr("The transfer failed") : r.errorDetail, tries)};
}

} // namespace ewb
