// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QString>
#include <QUrl>

namespace ewb {

// Where calls go and with which key: a stored source resolved (its key read from the keychain), or
// a base URL with a key given. A value; it holds a key, so never log or serialize one whole.
// What `ewb send`, `ewb run`, `ewb backfill` and `ewb sandbox --forward` take.
struct RunTarget
{
    QString label; // the source's name, or the URL
    QUrl baseUrl;
    QString key;
    bool strictMode = true;
};

// The stored source named name (sources.json in appDataFolder()), with its key from the OS
// keychain unless keyOverride is given. Blocking (it waits for the keychain): for the command line,
// not for GUI code. Errors: "source.unknown", the store's own, and the keychain's ("key.not-found",
// "keychain.unavailable", ...), each with a message that names the source.
Result<RunTarget> targetFromStoredSource(const QString &name, const QString &keyOverride = {});

// A base URL ("us", "eu" or http(s)://...) with key. Errors: "usage.region" for a URL that cannot be
// read, "usage.key" when key is empty.
Result<RunTarget> targetFromUrl(const QString &url, const QString &key);

} // namespace ewb
