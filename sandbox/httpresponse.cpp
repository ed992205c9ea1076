// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "httpresponse.h"

namespace ewb {

HttpResponse HttpResponse::withBody(int status, QByteArray body, QByteArray contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers.add("Content-Type", std::move(contentType));
    return response;
}

HttpResponse HttpResponse::text(int status, const QString &text)
{
    return withBody(status, text.toUtf8(), "text/plain; charset=utf-8");
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

HttpResponse HttpResponse::drop(int delayMs)
{
    HttpResponse response;
    response.action = Action::DropConnection;
    response.delayMs = delayMs;
    return response;
}

HttpResponse HttpResponse::later(HttpDeferredHandle handle)
{
    HttpResponse response;
    response.deferred = std::move(handle);
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

} // namespace ewb
