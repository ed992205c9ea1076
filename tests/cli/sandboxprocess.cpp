// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandboxprocess.h"

#include "json/jsonparser.h"

#include <QEventLoop>
#include <QNetworkReply>

namespace ewb::test {

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool SandboxProcess::start(const QStringList &keys, const QStringList &extra)
{
    QStringList args = QStringList {QStringLiteral("sandbox")} + extra;
    for (const QString &key : keys)
        args << QStringLiteral("--key") << key;
    m_process.start(QStringLiteral(EWB_CLI_PATH), args);
    if (!m_process.waitForStarted() || !m_process.waitForReadyRead(10000))
        return false;
    m_baseUrl = QString::fromUtf8(m_process.readLine()).trimmed();
    return m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:")) &&
        m_baseUrl.endsWith(QLatin1String("/v1"));
}

bool SandboxProcess::stop()
{
    m_process.terminate();
    return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::NormalExit &&
        m_process.exitCode() == 0;
}

JsonValue SandboxProcess::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QString root = m_baseUrl;
    root.chop(3); // "/v1"
    QNetworkRequest request {QUrl(root + path)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    Result<JsonValue> parsed = parseJson(reply->readAll());
    return parsed ? parsed.value() : JsonValue();
}

JsonArray SandboxProcess::events(int limit)
{
    return call("GET", QStringLiteral("/_sandbox/events?limit=%1").arg(limit))
        .object()
        .value(u"events")
        .array();
}

JsonObject SandboxProcess::stats()
{
    return call("GET", QStringLiteral("/_sandbox/stats")).object();
}

void SandboxProcess::clear()
{
    call("DELETE", QStringLiteral("/_sandbox/events"));
    call("DELETE", QStringLiteral("/_sandbox/faults"));
}

} // namespace ewb::test
