// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "requesttext.h"

#include "net/redaction.h"

namespace ewb {

namespace {
HeaderList wireHeaders(const OutgoingRequest &request)
{
    HeaderList headers;
    QByteArray host = request.url.host(QUrl::FullyEncoded).toUtf8();
    if (request.url.port() > 0)
        host += ':' + QByteArray::number(request.url.port());
    headers.append(std::pair<QByteArray, QByteArray>("Host", host));
    for (const auto &h : request.headers)
        headers.append(h);
    if (request.strictMode && request.header("X-Strict-Mode").isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("X-Strict-Mode", "1"));
    headers.append(
        std::pair<QByteArray, QByteArray>("Content-Length", QByteArray::number(request.body.size())));
    return headers;
}
} // namespace

QString requestAsText(const OutgoingRequest &request, bool revealKey)
{
    const HeaderList headers = revealKey ? wireHeaders(request) : redactedHeaders(wireHeaders(request));
    QString text = QString::fromLatin1(request.method) + u' ' + request.url.path(QUrl::FullyEncoded) +
        (request.url.hasQuery() ? u'?' + request.url.query(QUrl::FullyEncoded) : QString()) +
        QStringLiteral(" HTTP/1.1\n");
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value) + u'\n';
    text += u'\n';
    // A key in the body ("writeKey") is masked with the header's, and shown with it.
    text += QString::fromUtf8(revealKey ? request.body : redactWriteKeys(request.body));
    return text;
}

} // namespace ewb
