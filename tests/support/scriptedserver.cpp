// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "scriptedserver.h"

#include <QDir>
#include <QProcess>

namespace ewb::test {

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

int ReceivedRequest::headerCount(QByteArrayView name) const
{
    int count = 0;
    for (const auto &[n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

qint64 ReceivedRequest::wireBytes() const
{
    qint64 n = method.size() + 1 + target.size() + 1 + version.size() + 2;
    for (const auto &[name, value] : headers)
        n += name.size() + 2 + value.size() + 2;
    return n + 2 + body.size();
}

ScriptedServer::ScriptedServer(QObject *parent) : QObject(parent)
{
    m_server.setFallback([this](const HttpRequest &request) { return answer(request); });
}

ScriptedServer::~ScriptedServer() = default;

Status ScriptedServer::listen(std::optional<QSslConfiguration> tls)
{
    HttpServerOptions options;
    options.tls = std::move(tls);
    // Long enough that only the client under test decides when a silent request times out.
    options.idleTimeoutMs = 60000;
    m_clock.start();
    return m_server.listen(options);
}

QUrl ScriptedServer::baseUrl() const
{
    return m_server.baseUrl();
}

QUrl ScriptedServer::url(const QString &path) const
{
    QUrl u = baseUrl();
    u.setPath(path);
    return u;
}

HttpResponse ScriptedServer::answer(const HttpRequest &request)
{
    ReceivedRequest r;
    r.method = request.method;
    r.target = request.target;
    r.version = request.version;
    for (const HttpHeaders::Field &field : request.headers.fields())
        r.headers.append({field.name, field.value});
    r.body = request.body;
    r.arrivedNs = m_clock.nsecsElapsed();
    r.arrivedAt = QDateTime::currentDateTimeUtc();
    m_received.append(std::move(r));

    const ScriptedResponse script = m_queue.isEmpty() ? m_fallback : m_queue.takeFirst();
    if (script.drop)
        return HttpResponse::drop(script.delayMs);
    HttpResponse response;
    if (script.silent) {
        // An hour: the client's own timeout ends the exchange long before.
        response.delayMs = 3600 * 1000;
        return response;
    }
    response.status = script.status;
    for (const auto &[name, value] : script.headers)
        response.headers.add(name, value);
    response.body = script.body;
    response.delayMs = script.delayMs;
    return response;
}

qint64 ScriptedServer::responseWireBytes(const ScriptedResponse &response)
{
    // As the sandbox's HttpConnection writes it: status line, the handler's headers, Content-Length.
    qint64 n = QByteArrayView("HTTP/1.1 ").size() + QByteArray::number(response.status).size() + 1 +
        HttpResponse::reasonPhrase(response.status).size() + 2;
    for (const auto &[name, value] : response.headers)
        n += name.size() + 2 + value.size() + 2;
    n += QByteArrayView("Content-Length: ").size() + QByteArray::number(response.body.size()).size() + 2;
    return n + 2 + response.body.size();
}

Result<TestCertificate> makeSelfSignedCertificate(
    const QString &dir, const QString &commonName, const QStringList &altNames)
{
    TestCertificate out {
        QDir(dir).filePath(QStringLiteral("cert.pem")), QDir(dir).filePath(QStringLiteral("key.pem"))};
    QStringList args {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
        QStringLiteral("/CN=") + commonName, QStringLiteral("-keyout"), out.keyPath, QStringLiteral("-out"),
        out.certificatePath};
    if (!altNames.isEmpty())
        args << QStringLiteral("-addext")
             << QStringLiteral("subjectAltName=") + altNames.join(QLatin1Char(','));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return Error {QStringLiteral("test.openssl"),
            QStringLiteral("openssl req failed: %1 %2")
                .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAllStandardError()))};
    return out;
}

} // namespace ewb::test
