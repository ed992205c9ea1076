// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sessionkeystore.h"

namespace ewb {

namespace {
// Answers later, like a real keychain, so callers cannot come to depend on a synchronous answer.
template<typename F>
void later(QObject *context, F f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}
} // namespace

void SessionKeyStore::readKey(const QUuid &sourceId, QObject *context, ReadCallback done)
{
    const auto it = m_keys.constFind(sourceId);
    Result<QString> result = it != m_keys.cend()
        ? Result<QString>(*it)
        : Result<QString>(Error {QStringLiteral("key.not-found"),
              SessionKeyStore::tr("No key is stored for this source in "
                                  "this session: enter the source's API key")});
    later(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void SessionKeyStore::writeKey(
    const QUuid &sourceId, const QString &key, QObject *context, StatusCallback done)
{
    if (key.isEmpty()) {
        later(context, [done = std::move(done)] {
            done(Error {
                QStringLiteral("key.empty"), SessionKeyStore::tr("The API key is empty: paste the key")});
        });
        return;
    }
    m_keys.insert(sourceId, key);
    later(context, [done = std::move(done)] { done(Done {}); });
}

void SessionKeyStore::deleteKey(const QUuid &sourceId, QObject *context, StatusCallback done)
{
    m_keys.remove(sourceId);
    later(context, [done = std::move(done)] { done(Done {}); });
}

} // namespace ewb
