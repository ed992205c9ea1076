// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ewb {

// Where a request's key came from and whether the sandbox knows it. Never holds the key itself
// past the check, so nothing downstream can log it.
struct AuthResult
{
    bool ok = false;
    QString reason; // when not ok: "auth.missing", "auth.malformed", "auth.unknown-key"
    QString message; // when not ok: for a person, without the key
};

// The user name of an "Authorization: Basic ..." header: the key, with or without the trailing
// colon the API documents. nullopt when the header is absent; an empty string when it is present
// but unreadable (not Basic, not base64).
std::optional<QString> basicAuthKey(const QByteArray &authorizationHeader);

// Checks a request's key: the Authorization header's first, else the body's writeKey. With no
// configured keys, any non-empty key is accepted.
AuthResult authenticate(const std::optional<QString> &headerKey, const std::optional<QString> &bodyWriteKey,
    const QStringList &configuredKeys);

// "#1a2b3c4d": a key made safe for logs and messages (a hash prefix, no character of the key).
QString maskKey(const QString &key);

} // namespace ewb
