// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "replyparsing.h"

#include "json/jsonparser.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ewb {

using std::chrono::milliseconds;

NetworkErrorKind classifyNetworkError(const ReplySnapshot &reply)
{
    if (reply.cancelled)
        return NetworkErrorKind::Cancelled;
    if (reply.tooLarge)
        return NetworkErrorKind::TooLarge;
    switch (reply.error) {
    case QNetworkReply::NoError: return NetworkErrorKind::None;
    case QNetworkReply::ConnectionRefusedError: return NetworkErrorKind::ConnectionRefused;
    case QNetworkReply::HostNotFoundError: return NetworkErrorKind::HostNotFound;
    case QNetworkReply::TimeoutError: return NetworkErrorKind::Timeout;
    // The attempt's deadline aborts the reply; nothing else aborts it unless we cancel.
    case QNetworkReply::OperationCanceledError: return NetworkErrorKind::Timeout;
    case QNetworkReply::SslHandshakeFailedError: return NetworkErrorKind::Tls;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        // A status line came and then the connection broke: still no usable answer.
        return NetworkErrorKind::ConnectionClosed;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError: return NetworkErrorKind::Proxy;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return reply.status ? NetworkErrorKind::None : NetworkErrorKind::InvalidRequest;
    default: break;
    }
    // The remaining codes mirror HTTP statuses (404 -> ContentNotFoundError, ...).
    return reply.status ? NetworkErrorKind::None : NetworkErrorKind::Other;
}

std::optional<milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (text.size() > 9) // more than 30 years: treat as "very long"; the policy caps it anyway
            return milliseconds(std::chrono::hours(24 * 365));
        return milliseconds(text.toLongLong() * 1000);
    }
    const QString s = QString::fromLatin1(text);
    QDateTime when = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!when.isValid()) {
        // IMF-fixdate, as RFC 9110 asks servers to send it.
        when = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (when.isValid())
            when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

bool isRetryable(int status, NetworkErrorKind error)
{
    switch (error) {
    case NetworkErrorKind::None: return status == 408 || status == 429 || (status >= 500 && status <= 599);
    case NetworkErrorKind::ConnectionRefused:
    case NetworkErrorKind::Timeout:
    case NetworkErrorKind::ConnectionClosed:
    case NetworkErrorKind::Proxy:
    case NetworkErrorKind::Other: return true;
    case NetworkErrorKind::HostNotFound:
    case NetworkErrorKind::Tls:
    case NetworkErrorKind::TooLarge:
    case NetworkErrorKind::Cancelled:
    case NetworkErrorKind::InvalidRequest: return false;
    }
    return false;
}

milliseconds retryDelay(
    const RetryPolicy &policy, int failedAttempts, std::optional<milliseconds> retryAfter, double random01)
{
    if (retryAfter)
        return std::clamp(*retryAfter, milliseconds(0), policy.maxRetryAfter);
    const int doublings = std::clamp(failedAttempts - 1, 0, 30);
    const double backoff = std::min(
        double(policy.baseBackoff.count()) * std::pow(2.0, doublings), double(policy.maxBackoff.count()));
    const double jitter = std::clamp(policy.jitter, 0.0, 1.0);
    const double factor = 1.0 + jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    return milliseconds(qint64(std::llround(backoff * factor)));
}

QStringList strictModeErrors(QByteArrayView body)
{
    QStringList out;
    auto doc = parseJson(body);
    if (!doc || !doc->isObject())
        return out;
    const JsonObject &root = doc->object();
    const JsonValue *errors = nullptr;
    if (const JsonValue *meta = root.find(u"meta"); meta && meta->isObject())
        errors = meta->object().find(u"errors");
    if (!errors)
        errors = root.find(u"errors");
    if (errors && errors->isArray()) {
        for (const JsonValue &e : errors->array()) {
            if (e.isString())
                out.append(e.toString());
            else if (e.isObject() && e.object().value(u"message").isString())
                out.append(e.object().value(u"message").toString());
        }
    } else if (errors && errors->isString()) {
        out.append(errors->toString());
    }
    if (out.isEmpty() && root.value(u"message").isString())
        out.append(root.value(u"message").toString());
    return out;
}

namespace {
qint64 headerLinesSize(const HeaderList &headers)
{
    qint64 n = 0;
    for (const auto &[name, value] : headers)
        n += name.size() + 2 + value.size() + 2; // "name: value\r\n"
    return n;
}
} // namespace

qint64 requestWireSize(const QByteArray &method, const QUrl &url, const HeaderList &headers, qint64 bodySize)
{
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    // "METHOD target HTTP/1.1\r\n" ... "\r\n" body
    return method.size() + 1 + target.size() + 11 + headerLinesSize(headers) + 2 + bodySize;
}

qint64 responseWireSize(
    int status, const QByteArray &reasonPhrase, const HeaderList &headers, qint64 bodySize)
{
    // "HTTP/1.1 200 OK\r\n" ... "\r\n" body
    return 9 + QByteArray::number(status).size() + 1 + reasonPhrase.size() + 2 + headerLinesSize(headers) +
        2 + bodySize;
}

} // namespace ewb
