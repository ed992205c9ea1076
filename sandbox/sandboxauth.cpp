// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandboxauth.h"

#include <QCryptographicHash>

namespace ewb {

std::optional<QString> basicAuthKey(const QByteArray &authorizationHeader)
{
    if (authorizationHeader.isEmpty())
        return std::nullopt;
    const QByteArray trimmed = authorizationHeader.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space < 0 || trimmed.left(space).compare("basic", Qt::CaseInsensitive) != 0)
        return QString();
    const auto decoded = QByteArray::fromBase64Encoding(
        trimmed.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return QString();
    const QByteArray &credentials = decoded.decoded;
    const qsizetype colon = credentials.indexOf(':');
    return QString::fromUtf8(colon < 0 ? credentials : credentials.left(colon));
}

AuthResult authenticate(const std::optional<QString> &headerKey, const std::optional<QString> &bodyWriteKey,
    const QStringList &configuredKeys)
{
    QString key;
    if (headerKey) {
        if (headerKey->isEmpty())
            return {false, QStringLiteral("auth.malformed"),
                QStringLiteral("The Authorization header is not \"Basic base64(key:)\".")};
        key = *headerKey;
    } else if (bodyWriteKey && !bodyWriteKey->isEmpty()) {
        key = *bodyWriteKey;
    } else {
        return {false, QStringLiteral("auth.missing"),
            QStringLiteral("No API key: send \"Authorization: Basic base64(key:)\" or a \"writeKey\" in the "
                           "body.")};
    }
    if (configuredKeys.isEmpty() || configuredKeys.contains(key))
        return {true, {}, {}};
    return {false, QStringLiteral("auth.unknown-key"),
        QStringLiteral("The API key %1 is not one of this sandbox's keys.").arg(maskKey(key))};
}

QString maskKey(const QString &key)
{
    // A fingerprint tells two keys apart without revealing any character of either.
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("#") + QString::fromLatin1(digest.toHex().left(8));
}

} // namespace ewb
