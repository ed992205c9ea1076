// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandboxclient.h"

#include "json/jsonparser.h"

namespace ewb::test {

std::optional<RawResponse> SandboxClient::request(
    const QByteArray &method, const QByteArray &target, const QByteArray &body, const HeaderList &headers)
{
    if (!m_connection || !m_connection->isConnected()) {
        m_connection = std::make_unique<RawHttpClient>();
        if (!m_connection->connectTo(m_port, m_tls, m_ca)) {
            m_lastError = QStringLiteral("cannot connect to port %1").arg(m_port);
            return std::nullopt;
        }
    }
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "\r\n" + body;
    m_connection->send(bytes);
    std::optional<RawResponse> response = m_connection->next(10000, method == "HEAD");
    if (!response)
        m_lastError = QStringLiteral("no answer to %1 %2")
                          .arg(QString::fromLatin1(method), QString::fromLatin1(target));
    return response;
}

JsonObject SandboxClient::getJson(const QByteArray &target)
{
    const std::optional<RawResponse> response = request("GET", target);
    if (!response)
        return {};
    Result<JsonValue> json = parseJson(response->body);
    if (!json || !json->isObject()) {
        m_lastError = QStringLiteral("%1 did not answer a JSON object: %2")
                          .arg(QString::fromLatin1(target), QString::fromUtf8(response->body.left(200)));
        return {};
    }
    return json->object();
}

JsonArray SandboxClient::events()
{
    const JsonObject answer = getJson("/_sandbox/events?since=0&limit=10000");
    const JsonValue &events = answer.value(u"events");
    return events.isArray() ? events.array() : JsonArray();
}

} // namespace ewb::test
