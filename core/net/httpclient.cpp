// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "httpclient.h"

#include "apirequest.h"
#include "failureexplanation.h"
#include "replyparsing.h"
#include "util/clock.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

namespace ewb {

using std::chrono::milliseconds;

struct HttpClient::Pending
{
    OutgoingRequest request;
    HttpResult result;
    QPointer<QNetworkReply> reply;
    // On the client's clock, so tests wait virtually. Destroying a handle cancels its call.
    std::unique_ptr<ScheduledCall> wait; // the next attempt, after a backoff or a Retry-After
    std::unique_ptr<ScheduledCall> deadline; // the whole attempt, however the bytes trickle in
    milliseconds sentAt {0}; // monotonic: send()
    milliseconds attemptStartedAt {0}; // monotonic: this attempt's start
    milliseconds nextWait {0};
    std::optional<milliseconds> timeToHeaders;
    QList<QSslError::SslError> sslErrors;
    qint64 bodyBytesSent = 0;
    bool cancelled = false;
    bool tooLarge = false;
};

namespace {

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The Host header exactly as Qt's HTTP/1.1 writer builds it.
QByteArray hostHeader(const QUrl &url)
{
    QByteArray host;
    QHostAddress address;
    if (address.setAddress(url.host()))
        host = address.protocol() == QAbstractSocket::IPv6Protocol ? '[' + url.host().toLatin1() + ']'
                                                                   : url.host().toLatin1();
    else
        host = QUrl::toAce(url.host());
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

// The headers of one attempt in the order they are written, the request's own first. Those Qt would
// otherwise add on its own (Connection, Accept-Encoding, Accept-Language, User-Agent) are set here
// explicitly, so that the byte count is exact and the answer comes uncompressed.
HeaderList headersToSend(const OutgoingRequest &request)
{
    HeaderList headers = request.headers;
    if (request.strictMode && !hasHeader(headers, "X-Strict-Mode"))
        headers.emplaceBack("X-Strict-Mode", "1");
    if (!hasHeader(headers, "User-Agent"))
        headers.emplaceBack("User-Agent", userAgent());
    if (!hasHeader(headers, "Accept-Encoding"))
        headers.emplaceBack("Accept-Encoding", "identity");
    if (!hasHeader(headers, "Accept-Language"))
        headers.emplaceBack("Accept-Language", "en");
    if (!hasHeader(headers, "Connection"))
        headers.emplaceBack("Connection", "keep-alive");
    return headers;
}

QString checkRequest(const OutgoingRequest &request)
{
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty())
        return HttpClient::tr("the URL \"%1\" is not valid").arg(request.url.toString(QUrl::RemoveUserInfo));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return HttpClient::tr("only http:// and https:// URLs can be sent to, not %1://").arg(scheme);
    if (request.method.isEmpty())
        return HttpClient::tr("the request has no method");
    return {};
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *manager, QObject *parent)
    : HttpClient(manager, Clock::system(), parent)
{ }

HttpClient::HttpClient(QNetworkAccessManager *manager, Clock &clock, QObject *parent)
    : QObject(parent), m_manager(manager), m_clock(clock)
{
    Q_ASSERT(manager);
}

HttpClient::~HttpClient()
{
    // Abort without reporting: nobody is left to tell, and handlers must not run on a half-destroyed
    // client.
    for (auto &[id, pending] : m_pending) {
        if (QNetworkReply *reply = pending->reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void HttpClient::addTrustedCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates += certificates;
}

HttpClient::RequestId HttpClient::send(OutgoingRequest request)
{
    const RequestId id = m_nextId++;
    auto pending = std::make_unique<Pending>();
    if (request.timeout.count() <= 0)
        request.timeout = OutgoingRequest().timeout;
    request.retry.maxAttempts = std::max(1, request.retry.maxAttempts);
    pending->request = std::move(request);
    pending->sentAt = m_clock.monotonicNow();
    const QString problem = checkRequest(pending->request);
    if (!problem.isEmpty()) {
        pending->result.networkError = NetworkErrorKind::InvalidRequest;
        pending->result.errorDetail = tr("Cannot send: %1.").arg(problem);
        m_pending.emplace(id, std::move(pending));
        QTimer::singleShot(0, this, [this, id] { finish(id); });
        return id;
    }
    m_pending.emplace(id, std::move(pending));
    // Starting from the event loop keeps the promise that finished() never comes inside send(). A
    // turn of the loop, not a wait: not the clock's.
    QTimer::singleShot(0, this, [this, id] { startAttempt(id); });
    return id;
}

void HttpClient::startAttempt(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = *it->second;
    const OutgoingRequest &request = p.request;

    QNetworkRequest qrequest(request.url);
    for (const auto &[name, value] : headersToSend(request))
        qrequest.setRawHeader(name, value);
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: what is counted is then what is sent (HTTP/2 compresses headers).
    qrequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qrequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qrequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    qrequest.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qrequest.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // Adding CAs turns off Qt's on-demand loading of the system's roots, so name them too.
        if (!m_extraCaCertificates.isEmpty())
            tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_extraCaCertificates);
        qrequest.setSslConfiguration(tls);
    }

    p.timeToHeaders.reset();
    p.sslErrors.clear();
    p.bodyBytesSent = 0;
    p.tooLarge = false;
    p.attemptStartedAt = m_clock.monotonicNow();
    QNetworkReply *reply = m_manager->sendCustomRequest(qrequest, request.method, request.body);
    p.reply = reply;
    // The attempt as a whole, however the bytes trickle in (an answer that drips a byte every few
    // seconds would pass any idle timeout). No Qt transfer timeout besides: it is an idle timer in
    // real time, which never fires before this deadline, and would make tests wait for real. Aborted, the
    // reply reports OperationCanceledError: a timeout (replyparsing.cpp).
    p.deadline = m_clock.callAfter(request.timeout, [this, id] {
        if (const auto found = m_pending.find(id); found != m_pending.end() && found->second->reply)
            found->second->reply->abort();
    });

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] {
        const auto found = m_pending.find(id);
        if (found != m_pending.end() && !found->second->timeToHeaders)
            found->second->timeToHeaders = m_clock.monotonicNow() - found->second->attemptStartedAt;
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, id](qint64 sent, qint64) {
        if (const auto found = m_pending.find(id); found != m_pending.end())
            found->second->bodyBytesSent = std::max(found->second->bodyBytesSent, sent);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id, reply](qint64 received, qint64) {
        const auto found = m_pending.find(id);
        if (found != m_pending.end() && received > found->second->request.maxResponseBytes &&
            !found->second->tooLarge) {
            found->second->tooLarge = true;
            reply->abort();
        }
    });
    // Recorded to explain the failure; never ignored: verification stays on.
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        if (const auto found = m_pending.find(id); found != m_pending.end()) {
            for (const QSslError &e : errors)
                found->second->sslErrors.append(e.error());
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { attemptFinished(id); });
}

void HttpClient::attemptFinished(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = *it->second;
    QNetworkReply *reply = p.reply;
    if (!reply)
        return;
    p.reply = nullptr;
    p.deadline.reset();
    reply->deleteLater();

    ReplySnapshot snap;
    snap.error = reply->error();
    snap.errorString = reply->errorString();
    snap.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    snap.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        snap.headers.emplaceBack(name, value);
    if (reply->isOpen()) // an aborted reply is closed
        snap.body = reply->readAll();
    snap.sslErrors = p.sslErrors;
    snap.cancelled = p.cancelled;
    snap.tooLarge = p.tooLarge;

    const NetworkErrorKind kind = classifyNetworkError(snap);
    const OutgoingRequest &request = p.request;
    HttpResult &r = p.result;
    r.attempts.push_back(
        AttemptOutcome {snap.status, kind, kind == NetworkErrorKind::None ? QString() : snap.errorString,
            m_clock.monotonicNow() - p.attemptStartedAt, p.nextWait});
    // A request counts as sent when an answer came or Qt reported the whole body written; a refused
    // connection or a failed TLS handshake sent nothing.
    if (snap.status != 0 || (!request.body.isEmpty() && p.bodyBytesSent >= request.body.size())) {
        HeaderList sent = headersToSend(request);
        sent.emplaceFront("Host", hostHeader(request.url));
        sent.emplaceBack("Content-Length", QByteArray::number(request.body.size()));
        r.bytesUp += requestWireSize(request.method, request.url, sent, request.body.size());
    }
    if (snap.status != 0)
        r.bytesDown += responseWireSize(snap.status, snap.reasonPhrase, snap.headers, snap.body.size());

    r.status = snap.status;
    r.reasonPhrase = snap.reasonPhrase;
    r.headers = snap.headers;
    r.body = snap.body;
    r.timeToHeaders = p.timeToHeaders;
    r.networkError = kind;
    r.errorDetail = kind == NetworkErrorKind::None ? QString() : snap.errorString;
    r.sslErrors = snap.sslErrors;

    const int made = int(r.attempts.size());
    if (!p.cancelled && made < request.retry.maxAttempts && isRetryable(snap.status, kind)) {
        std::optional<milliseconds> retryAfter;
        if (snap.status != 0)
            retryAfter = parseRetryAfter(r.header("Retry-After"), m_clock.nowUtc());
        p.nextWait =
            retryDelay(request.retry, made, retryAfter, QRandomGenerator::global()->generateDouble());
        emit retrying(id, r.attempts.back(), p.nextWait.count());
        // retrying's handler may have cancelled.
        if (const auto again = m_pending.find(id); again != m_pending.end())
            again->second->wait =
                m_clock.callAfter(again->second->nextWait, [this, id] { startAttempt(id); });
        return;
    }
    finish(id);
}

void HttpClient::finish(RequestId id)
{
    auto node = m_pending.extract(id);
    if (node.empty())
        return;
    Pending &p = *node.mapped();
    p.result.totalTime = m_clock.monotonicNow() - p.sentAt;
    const Explanation e = explainResult(p.result, p.request);
    p.result.headline = e.headline;
    p.result.explanation = e.explanation;
    emit finished(id, p.result);
}

bool HttpClient::cancel(RequestId id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return false;
    Pending &p = *it->second;
    p.cancelled = true;
    if (QNetworkReply *reply = p.reply) {
        reply->abort();
        // abort() normally finishes the reply at once; make sure of it.
        if (m_pending.count(id))
            attemptFinished(id);
        return true;
    }
    p.wait.reset();
    p.result.networkError = NetworkErrorKind::Cancelled;
    p.result.status = 0;
    finish(id);
    return true;
}

HttpResult HttpClient::sendAndWait(OutgoingRequest request)
{
    QEventLoop loop;
    std::optional<HttpResult> out;
    RequestId wanted = 0;
    const auto connection =
        connect(this, &HttpClient::finished, &loop, [&](RequestId got, const HttpResult &result) {
            if (got == wanted) {
                out = result;
                loop.quit();
            }
        });
    wanted = send(std::move(request));
    if (!out)
        loop.exec();
    disconnect(connection);
    return std::move(*out);
}

} // namespace ewb
