// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "httprequest.h"

namespace ewb {

namespace {
bool connectionHas(const HttpHeaders &headers, QByteArrayView token)
{
    for (const QByteArray &value : headers.values("connection")) {
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

bool HttpRequest::keepAlive() const
{
    if (version == "HTTP/1.0")
        return connectionHas(headers, "keep-alive");
    return !connectionHas(headers, "close");
}

} // namespace ewb
