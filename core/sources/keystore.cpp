// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "keystore.h"

#include <QEventLoop>

#include <optional>

namespace ewb {

namespace {
template<typename T, typename Start>
T waitFor(Start start)
{
    std::optional<T> out;
    QEventLoop loop;
    start(&loop, [&out, &loop](T value) {
        out = std::move(value);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}
} // namespace

Result<QString> KeyStore::readKeyAndWait(const QUuid &sourceId)
{
    return waitFor<Result<QString>>(
        [&](QObject *context, ReadCallback done) { readKey(sourceId, context, std::move(done)); });
}

Status KeyStore::writeKeyAndWait(const QUuid &sourceId, const QString &key)
{
    return waitFor<Status>(
        [&](QObject *context, StatusCallback done) { writeKey(sourceId, key, context, std::move(done)); });
}

Status KeyStore::deleteKeyAndWait(const QUuid &sourceId)
{
    return waitFor<Status>(
        [&](QObject *context, StatusCallback done) { deleteKey(sourceId, context, std::move(done)); });
}

} // namespace ewb
