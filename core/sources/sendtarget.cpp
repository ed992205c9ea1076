// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sendtarget.h"

#include "keychainkeystore.h"
#include "region.h"
#include "sourcestore.h"
#include "util/appfolders.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class SendTarget
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SendTarget)
};
} // namespace

Result<RunTarget> targetFromStoredSource(const QString &name, const QString &keyOverride)
{
    RunTarget target;
    target.key = keyOverride;
    SourceStore store(appDataFolder());
    if (Status loaded = store.load(); !loaded)
        return loaded.error();
    const Source *source = store.findByName(name);
    if (!source)
        return Error {QStringLiteral("source.unknown"),
            SendTarget::tr("no source named '%1' (see ewb sources list)").arg(name)};
    target.label = source->name;
    target.baseUrl = source->baseUrl();
    target.strictMode = source->strictMode;
    if (target.key.isEmpty()) {
        KeychainKeyStore keys;
        Result<QString> key = keys.readKeyAndWait(source->id);
        if (!key)
            return Error {key.error().code,
                SendTarget::tr("the key of '%1': %2").arg(source->name, key.error().message)};
        target.key = key.value();
    }
    return target;
}

Result<RunTarget> targetFromUrl(const QString &url, const QString &key)
{
    Result<Endpoint> endpoint = parseEndpoint(url);
    if (!endpoint)
        return Error {QStringLiteral("usage.region"), endpoint.error().message};
    RunTarget target;
    target.baseUrl = endpoint->baseUrl;
    target.label = target.baseUrl.toString();
    target.key = key;
    if (target.key.isEmpty())
        return Error {QStringLiteral("usage.key"),
            SendTarget::tr("no API key: set EWB_API_KEY, or use --key-env VAR or --key-stdin "
                           "(never a command-line argument)")};
    return target;
}

} // namespace ewb
