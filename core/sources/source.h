// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "region.h"
#include "util/result.h"

#include <QUrl>
#include <QUuid>

#include <optional>

namespace ewb {

// A Data Pipelines source as the workbench knows it: where calls go and how they are sent. A value.
// The API key is not part of it: keys live in the OS keychain under the source's id (see
// KeyStore), so nothing that serializes a Source can leak one.
struct Source
{
    QUuid id;
    QString name;
    Region region = Region::US;
    QUrl customBaseUrl; // used only when region is Custom
    bool strictMode = true; // send X-Strict-Mode: 1, the only way to see validation errors on the wire
    std::optional<JsonObject> defaultContext; // merged into calls' "context" by the sender

    // A new source with a fresh id.
    static Source create(const QString &name, Region region, const QUrl &customBaseUrl = {});

    // The region's base URL, or the custom one.
    QUrl baseUrl() const;

    // {"id", "name", "region", "baseUrl" (custom only), "strictMode", "defaultContext" (when set)}.
    JsonObject toJson() const;
    // Reads toJson()'s shape; the error names the field that is wrong.
    static Result<Source> fromJson(const JsonValue &value);

    bool operator==(const Source &other) const = default;
};

} // namespace ewb
