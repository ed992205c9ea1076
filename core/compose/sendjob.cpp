// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sendjob.h"

#include "net/apirequest.h"
#include "sources/keystore.h"

namespace ewb {

SendJob::SendJob(HttpClient *client, KeyStore *keys, QObject *parent)
    : QObject(parent), m_client(client), m_keys(keys)
{
    connect(
        m_client, &HttpClient::finished, this, [this](HttpClient::RequestId id, const HttpResult &result) {
            if (id != m_current)
                return;
            m_current = 0;
            emit partFinished(m_next - 1, int(m_parts.size()), m_request, result);
            if (m_running && result.networkError != NetworkErrorKind::Cancelled)
                sendNext();
            else
                done();
        });
}

void SendJob::start(const Source &source, const QList<Payload> &parts)
{
    if (m_running)
        return;
    m_running = true;
    m_source = source;
    m_parts = parts;
    m_next = 0;
    m_keys->readKey(source.id, this, [this](Result<QString> key) {
        if (!m_running)
            return;
        if (!key) {
            emit failed(key.error().message);
            done();
            return;
        }
        m_key = key.value();
        sendNext();
    });
}

void SendJob::sendNext()
{
    if (m_next >= m_parts.size()) {
        done();
        return;
    }
    Result<OutgoingRequest> request = ApiRequestBuilder(m_source.baseUrl(), m_key)
                                          .setStrictMode(m_source.strictMode)
                                          .build(m_parts[m_next]);
    if (!request) {
        emit failed(request.error().message);
        done();
        return;
    }
    ++m_next;
    m_request = request.value();
    m_current = m_client->send(m_request);
}

void SendJob::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_current)
        m_client->cancel(m_current); // its finished() ends the job
    else
        done();
}

void SendJob::done()
{
    m_running = false;
    m_key.clear();
    m_current = 0;
    emit finished();
}

} // namespace ewb
